#include "noticetext.h"

namespace ow {

QString NoticeText::date(const QDate &d) {
    return d.isValid() ? d.toString(QStringLiteral("yyyy年M月d日")) : QString();
}

QString NoticeText::limit(const TimeLimit &l) {
    if (l.value == 0)
        return QStringLiteral("即时办结");
    return QStringLiteral("%1个%2").arg(l.value).arg(
        l.unit == QStringLiteral("日") ? QStringLiteral("自然日") : l.unit);
}

QString NoticeText::originalOrCopy(bool original) {
    return original ? QStringLiteral("原件") : QStringLiteral("复印件");
}

QStringList NoticeText::standardHeaders() {
    return {QStringLiteral("序号"),   QStringLiteral("材料名称"), QStringLiteral("形式"),
            QStringLiteral("份数"),   QStringLiteral("规格"),     QStringLiteral("来源"),
            QStringLiteral("必要性"), QStringLiteral("说明")};
}

QStringList NoticeText::standardRow(int index, const Material &m) {
    QStringList notes;
    if (m.eLicenceExempt)
        notes << QStringLiteral("免提交（电子证照/共享数据获取）");
    if (Item::isDeferrable(m))
        notes << QStringLiteral("可容缺");
    if (m.hasBlankForm)
        notes << QStringLiteral("提供空白表格");
    if (m.hasSampleForm)
        notes << QStringLiteral("提供填报例表");
    if (!m.note.isEmpty())
        notes << m.note;
    return {QString::number(index),
            m.name,
            m.form,
            QString::number(m.count),
            m.paperSpec,
            m.source,
            m.necessity,
            notes.join(QStringLiteral("；"))};
}

QString NoticeText::standardText(const Material &m) {
    QString text = QStringLiteral("%1 %2份 %3").arg(m.form).arg(m.count).arg(m.paperSpec);
    if (!m.note.isEmpty())
        text += QStringLiteral("；") + m.note;
    return text;
}

QString NoticeText::rightsParagraph(const QString &organ) {
    const QString reviewOrgan =
        organ.isEmpty() ? QStringLiteral("本行政机关的上一级行政机关或者同级人民政府") : organ;
    return QStringLiteral("如对本决定不服，可以自收到本通知书之日起六十日内向%1申请行政复议，"
                          "或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。")
        .arg(reviewOrgan);
}

QString NoticeText::correctionClockParagraph(const Item &item) {
    if (item.correctionPausesClock())
        return QStringLiteral("补正期间不计入办理时限，补正材料齐全后继续计算。");
    return QStringLiteral("根据《中华人民共和国行政许可法》第三十二条，补正材料齐全之日为受理之日，"
                          "办理时限自该日起重新计算。");
}

QString NoticeText::overdueConsequence(const Item &item) {
    const QString action = item.overdueRefuses() ? QStringLiteral("作出不予受理（不予许可）决定")
                                                 : QStringLiteral("终止办理并撤销受理");
    return QStringLiteral(
               "逾期未补交或补交材料不符合要求的，行政机关将%1，由此产生的后果由申请人承担，"
               "失信行为将记入信用记录。")
        .arg(action);
}

QString NoticeText::truthfulnessStatement() {
    return QStringLiteral(
        "申请人承诺所提交的申请材料真实、合法、有效，如有虚假，愿承担相应的法律责任。");
}

} // namespace ow
