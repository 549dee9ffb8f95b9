// NoticeBuilder: the documents of a decision (acceptance, deferred acceptance, refusal) and
// the receipt. Split from noticebuilder.cpp by job: these read the case's decision records.
#include "noticebuilder.h"

#include "legalclock.h"
#include "noticetext.h"

namespace ow {

namespace {

using Kind = NoticeDocument::Kind;

QString delivery(const IntakeCase &kase) {
    return kase.deliveryMethod.isEmpty() ? QStringLiteral("窗口领取") : kase.deliveryMethod;
}

// The promised completion date: the committed overall track, or the committed limit counted
// from the acceptance date when the case carries no track.
Result<QDate> committedDue(const NoticeContext &context, const WorkCalendar &calendar,
                           const QDate &today) {
    const IntakeCase &kase = *context.kase;
    if (const DeadlineTrack *track = kase.overallTrack(DeadlineTrack::Basis::Committed))
        return LegalClock::due(*track, calendar, today);
    return LegalClock::due(context.item->committedLimit, kase.acceptedOn, {}, {}, calendar, today);
}

QString officerOf(const NoticeContext &c) {
    return c.officer.isEmpty() ? c.kase->officer : c.officer;
}

QString phoneOf(const NoticeContext &c) {
    return c.officerPhone.isEmpty() ? c.kase->officerPhone : c.officerPhone;
}

} // namespace

Result<NoticeDocument> NoticeBuilder::acceptanceNotice(const NoticeContext &context) {
    if (context.kase && !context.kase->acceptedOn.isValid())
        return Result<NoticeDocument>::failure(
            QStringLiteral("受理通知书: case %1 has not been accepted").arg(context.kase->id));
    auto doc = base(Kind::AcceptanceNotice, context);
    if (!doc)
        return doc;
    const IntakeCase &kase = *context.kase;
    const auto due = committedDue(context, m_calendar, m_today);
    if (!due)
        return Result<NoticeDocument>::failure(QStringLiteral("受理通知书: %1").arg(due.error()));
    NoticeDocument &d = doc.value();
    d.fields << NoticeDocument::Field{QStringLiteral("受理编号"), d.number};
    d.fields << NoticeDocument::Field{QStringLiteral("受理日期"),
                                      NoticeText::date(kase.acceptedOn)};
    d.fields << NoticeDocument::Field{QStringLiteral("承诺办结日期"), NoticeText::date(*due)};
    d.fields << NoticeDocument::Field{QStringLiteral("送达方式"), delivery(kase)};
    d.fields << NoticeDocument::Field{QStringLiteral("经办人"), officerOf(context)};
    d.fields << NoticeDocument::Field{QStringLiteral("经办人电话"), phoneOf(context)};
    d.paragraphs << QStringLiteral(
                        "你（单位）于%1提交的“%"
                        "2”申请，申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十"
                        "二条，决定予以受理。受理日期为%3，承诺于%4前办结（%5）。")
                        .arg(NoticeText::date(kase.receivedAt.date()), context.item->name,
                             NoticeText::date(kase.acceptedOn), NoticeText::date(*due),
                             NoticeText::limit(context.item->committedLimit));
    NoticeDocument::Table received{QStringLiteral("已收材料"),
                                   {QStringLiteral("序号"), QStringLiteral("材料名称"),
                                    QStringLiteral("原件/复印件"), QStringLiteral("份数")},
                                   {}};
    int n = 0;
    for (const ChecklistEntry &e : kase.checklist.entries()) {
        if (e.state == MaterialState::Received)
            received.rows << QStringList{QString::number(++n), e.standard.name,
                                         NoticeText::originalOrCopy(e.original),
                                         QString::number(e.count)};
        else if (e.state == MaterialState::FromELicence)
            received.rows << QStringList{QString::number(++n), e.standard.name,
                                         QStringLiteral("免提交（%1）").arg(e.source),
                                         QStringLiteral("—")};
    }
    d.tables << received;
    d.closingParagraphs << QStringLiteral(
                               "办理结果将通过%1送达。可凭受理编号或扫描二维码查询办理进度。")
                               .arg(delivery(kase));
    d.qrText = context.queryBase.isEmpty() ? QStringLiteral("受理编号:%1").arg(d.number)
                                           : context.queryBase + d.number;
    return doc;
}

Result<NoticeDocument> NoticeBuilder::refusalNotice(const NoticeContext &context) {
    const NoticeRecord *record = nullptr;
    if (context.kase)
        for (const NoticeRecord &n : context.kase->notices)
            if (n.kind == Kind::RefusalNotice)
                record = &n;
    if (context.kase && !record)
        return Result<NoticeDocument>::failure(
            QStringLiteral("不予受理通知书: case %1 has no refusal recorded")
                .arg(context.kase->id));
    auto doc = base(Kind::RefusalNotice, context);
    if (!doc)
        return doc;
    NoticeDocument &d = doc.value();
    d.fields << NoticeDocument::Field{QStringLiteral("不予受理理由"), record->reason};
    if (!record->competentOrgan.isEmpty())
        d.fields << NoticeDocument::Field{QStringLiteral("有权受理机关"), record->competentOrgan};
    d.paragraphs << QStringLiteral("你（单位）于%1提交的“%2”申请，经审查，%"
                                   "3。根据《中华人民共和国行政许可法》第三十二条，决定不予受理。")
                        .arg(NoticeText::date(context.kase->receivedAt.date()), context.item->name,
                             record->reason);
    if (!record->competentOrgan.isEmpty())
        d.paragraphs << QStringLiteral("请向%1提出申请。").arg(record->competentOrgan);
    d.closingParagraphs << NoticeText::rightsParagraph(QString());
    return doc;
}

// The deferred materials of the case, one row each: number, name, standard, promised date. The
// commitment and the notice word the caption and two headers differently.
NoticeDocument::Table NoticeBuilder::commitmentTable(const NoticeContext &context,
                                                     const QString &caption,
                                                     const QString &standardHeader,
                                                     const QString &dateHeader) {
    NoticeDocument::Table table{
        caption,
        {QStringLiteral("序号"), QStringLiteral("材料名称"), standardHeader, dateHeader},
        {}};
    const QList<Commitment> &commitments = context.kase->commitments;
    for (int i = 0; i < commitments.size(); ++i) {
        const Commitment &c = commitments.at(i);
        const Material *m = context.item->material(c.material);
        table.rows << QStringList{QString::number(i + 1), c.material,
                                  m ? NoticeText::standardText(*m) : QString(),
                                  NoticeText::date(c.promisedDate)};
    }
    return table;
}

Result<NoticeDocument> NoticeBuilder::deferredCommitment(const NoticeContext &context) {
    if (context.kase && context.kase->commitments.isEmpty())
        return Result<NoticeDocument>::failure(
            QStringLiteral("容缺受理承诺书: case %1 has no deferred material")
                .arg(context.kase->id));
    auto doc = base(Kind::DeferredCommitment, context);
    if (!doc)
        return doc;
    const IntakeCase &kase = *context.kase;
    NoticeDocument &d = doc.value();
    QDate last;
    for (const Commitment &c : kase.commitments)
        last = last.isValid() ? qMax(last, c.promisedDate) : c.promisedDate;
    const NoticeDocument::Table table =
        commitmentTable(context, QStringLiteral("容缺材料"), QStringLiteral("要求"),
                        QStringLiteral("承诺补交日期"));
    d.fields << NoticeDocument::Field{QStringLiteral("承诺补交日期"), NoticeText::date(last)};
    d.paragraphs << QStringLiteral(
                        "本人（单位）申请办理“%1”，下列材料暂不能提供，申请容缺受理，并郑重承诺：")
                        .arg(context.item->name);
    d.tables << table;
    d.closingParagraphs << QStringLiteral(
                               "一、于%1前补交上述全部材料（不超过本事项承诺办结时限%2）。")
                               .arg(NoticeText::date(last),
                                    NoticeText::limit(context.item->committedLimit));
    d.closingParagraphs << QStringLiteral("二、") + NoticeText::overdueConsequence(*context.item);
    d.closingParagraphs << QStringLiteral("三、") + NoticeText::truthfulnessStatement();
    // The applicant's own undertaking: signed (and for a unit stamped) by the applicant, not
    // sealed by the organ; the window keeps the first copy.
    d.issuer.clear();
    d.copyLabels = {QStringLiteral("窗口存档"), QStringLiteral("申请人留存")};
    d.signatures.clear();
    d.signatures << NoticeDocument::Signature{
        QStringLiteral("承诺人（申请人或代理人）签字（盖章）"),
        kase.applicant.agent ? kase.applicant.agent->name : kase.applicant.name, true};
    d.signatures << NoticeDocument::Signature{QStringLiteral("经办人（签字）"), officerOf(context),
                                              true};
    return doc;
}

Result<NoticeDocument> NoticeBuilder::deferredNotice(const NoticeContext &context) {
    if (context.kase && context.kase->commitments.isEmpty())
        return Result<NoticeDocument>::failure(
            QStringLiteral("容缺受理通知书: case %1 has no deferred material")
                .arg(context.kase->id));
    auto doc = base(Kind::DeferredNotice, context);
    if (!doc)
        return doc;
    const IntakeCase &kase = *context.kase;
    NoticeDocument &d = doc.value();
    d.fields << NoticeDocument::Field{QStringLiteral("受理编号"), d.number};
    d.fields << NoticeDocument::Field{QStringLiteral("受理日期"),
                                      NoticeText::date(kase.acceptedOn)};
    d.fields << NoticeDocument::Field{QStringLiteral("经办人"), officerOf(context)};
    d.fields << NoticeDocument::Field{QStringLiteral("经办人电话"), phoneOf(context)};
    d.paragraphs << QStringLiteral("你（单位）于%1提交的“%"
                                   "2”申请，主要申请材料齐全，符合容缺受理条件，决定予以容缺受理。"
                                   "请按下表在期限内补交材料：")
                        .arg(NoticeText::date(kase.receivedAt.date()), context.item->name);
    d.tables << commitmentTable(context, QStringLiteral("需补交的材料"),
                                QStringLiteral("形式、份数、规格"), QStringLiteral("补交期限"));
    d.closingParagraphs << NoticeText::overdueConsequence(*context.item);
    d.closingParagraphs
        << QStringLiteral("经办人：%1，联系电话：%2。").arg(officerOf(context), phoneOf(context));
    d.copies = 2;
    d.copyLabels = {QStringLiteral("申请人留存"), QStringLiteral("窗口存档")};
    return doc;
}

Result<NoticeDocument> NoticeBuilder::materialsReceipt(const NoticeContext &context) {
    auto doc = base(Kind::MaterialsReceipt, context);
    if (!doc)
        return doc;
    const IntakeCase &kase = *context.kase;
    NoticeDocument &d = doc.value();
    d.fields << NoticeDocument::Field{
        QStringLiteral("收件时间"), kase.receivedAt.toString(QStringLiteral("yyyy年M月d日 HH:mm"))};
    d.fields << NoticeDocument::Field{QStringLiteral("办件编号"),
                                      kase.number.isEmpty() ? kase.id : kase.number};
    NoticeDocument::Table table{QStringLiteral("收件清单"),
                                {QStringLiteral("序号"), QStringLiteral("材料名称"),
                                 QStringLiteral("状态"), QStringLiteral("原件/复印件"),
                                 QStringLiteral("份数"), QStringLiteral("备注")},
                                {}};
    for (int i = 0; i < kase.checklist.entries().size(); ++i) {
        const ChecklistEntry &e = kase.checklist.entries().at(i);
        QString form, count, note;
        switch (e.state) {
        case MaterialState::Received:
            form = NoticeText::originalOrCopy(e.original);
            count = QString::number(e.count);
            break;
        case MaterialState::FromELicence:
            note = e.source;
            break;
        case MaterialState::Deferred:
            note = QStringLiteral("承诺%1前补交").arg(NoticeText::date(e.promisedDate));
            break;
        case MaterialState::Defective:
        case MaterialState::NotApplicable:
            note = e.reason;
            break;
        case MaterialState::Missing:
            break;
        }
        table.rows << QStringList{QString::number(i + 1),
                                  e.standard.name,
                                  Checklist::stateLabel(e.state),
                                  form,
                                  count,
                                  note};
    }
    d.tables << table;
    d.closingParagraphs << QStringLiteral("本清单仅证明窗口收到上述材料，不代表受理。");
    return doc;
}

} // namespace ow
