#include "noticebuilder.h"

#include "legalclock.h"
#include "noticetext.h"

namespace ow {

namespace {

using Kind = NoticeDocument::Kind;

template <typename T> Result<T> fail(const QString &message) {
    return Result<T>::failure(message);
}

// The latest notice of a kind recorded on the case.
const NoticeRecord *latestRecord(const IntakeCase &kase, Kind kind) {
    const NoticeRecord *found = nullptr;
    for (const NoticeRecord &n : kase.notices)
        if (n.kind == kind)
            found = &n;
    return found;
}

} // namespace

NoticeBuilder::NoticeBuilder(const WorkCalendar &calendar, DocumentSerialCounter &counter,
                             QDate today)
    : m_calendar(calendar)
    , m_counter(counter)
    , m_today(today) {}

QString NoticeBuilder::title(Kind kind) {
    switch (kind) {
    case Kind::AcceptanceNotice:
        return QStringLiteral("受理通知书");
    case Kind::OneTimeNotice:
        return QStringLiteral("一次性告知书");
    case Kind::CorrectionNotice:
        return QStringLiteral("补正材料通知书");
    case Kind::DeferredCommitment:
        return QStringLiteral("容缺受理承诺书");
    case Kind::DeferredNotice:
        return QStringLiteral("容缺受理通知书");
    case Kind::RefusalNotice:
        return QStringLiteral("不予受理通知书");
    case Kind::MaterialsReceipt:
        return QStringLiteral("收件清单");
    }
    return {};
}

Result<NoticeDocument> NoticeBuilder::build(Kind kind, const NoticeContext &context) {
    switch (kind) {
    case Kind::AcceptanceNotice:
        return acceptanceNotice(context);
    case Kind::OneTimeNotice:
        return oneTimeNotice(context);
    case Kind::CorrectionNotice:
        return correctionNotice(context);
    case Kind::DeferredCommitment:
        return deferredCommitment(context);
    case Kind::DeferredNotice:
        return deferredNotice(context);
    case Kind::RefusalNotice:
        return refusalNotice(context);
    case Kind::MaterialsReceipt:
        return materialsReceipt(context);
    }
    return fail<NoticeDocument>(QStringLiteral("unknown document kind"));
}

Result<QString> NoticeBuilder::numberFor(Kind kind, const NoticeContext &context) {
    const IntakeCase &kase = *context.kase;
    if (kind == Kind::AcceptanceNotice && !kase.number.isEmpty())
        return kase.number;
    if (const NoticeRecord *record = latestRecord(kase, kind); record && !record->number.isEmpty())
        return record->number;
    QString agency = context.agency;
    if (agency.isEmpty())
        agency = context.item->agencyAbbrev;
    if (agency.isEmpty() && context.department)
        agency = context.department->shortName.isEmpty() ? context.department->name
                                                         : context.department->shortName;
    return DocumentNumber::next(m_counter, agency, kind, m_today.year());
}

// The header every document shares (legal-rules.md §6): title, number, applicant, contact,
// phone, item, application date; the officer's and the applicant's signatures; two copies.
Result<NoticeDocument> NoticeBuilder::base(Kind kind, const NoticeContext &context) {
    if (!context.kase)
        return fail<NoticeDocument>(QStringLiteral("%1: no case given").arg(title(kind)));
    if (!context.item)
        return fail<NoticeDocument>(
            QStringLiteral("%1: case %2 has no catalog item").arg(title(kind), context.kase->id));
    if (!m_today.isValid())
        return fail<NoticeDocument>(QStringLiteral("%1: no date given").arg(title(kind)));
    const IntakeCase &kase = *context.kase;
    const Applicant &applicant = kase.applicant;
    const auto number = numberFor(kind, context);
    if (!number)
        return fail<NoticeDocument>(QStringLiteral("%1: %2").arg(title(kind), number.error()));

    NoticeDocument doc;
    doc.kind = kind;
    doc.title = title(kind);
    doc.number = *number;
    doc.issuer =
        context.organ.isEmpty() && context.department ? context.department->name : context.organ;
    doc.date = m_today;
    const bool legal = applicant.kind == Applicant::Kind::LegalPerson;
    doc.fields << NoticeDocument::Field{QStringLiteral("申请人"), applicant.name};
    doc.fields << NoticeDocument::Field{legal ? QStringLiteral("统一社会信用代码")
                                              : QStringLiteral("身份证件号码"),
                                        applicant.documentId(kind)};
    if (legal)
        doc.fields << NoticeDocument::Field{QStringLiteral("法定代表人"),
                                            applicant.legalRepresentative};
    if (applicant.agent)
        doc.fields << NoticeDocument::Field{QStringLiteral("委托代理人"), applicant.agent->name};
    doc.fields << NoticeDocument::Field{QStringLiteral("联系人"), applicant.contactName()};
    doc.fields << NoticeDocument::Field{QStringLiteral("联系电话"), applicant.phone};
    doc.fields << NoticeDocument::Field{QStringLiteral("申请事项"), context.item->name};
    doc.fields << NoticeDocument::Field{QStringLiteral("申请日期"),
                                        NoticeText::date(kase.receivedAt.date())};

    const QString officer = context.officer.isEmpty() ? kase.officer : context.officer;
    doc.signatures << NoticeDocument::Signature{QStringLiteral("经办人（签字）"), officer, true};
    doc.signatures << NoticeDocument::Signature{QStringLiteral("申请人（签收）"), QString(), true};
    doc.copies = 2;
    doc.copyLabels = {QStringLiteral("申请人留存"), QStringLiteral("窗口存档")};
    return doc;
}

Result<NoticeDocument> NoticeBuilder::oneTimeNotice(const NoticeContext &context) {
    auto doc = base(Kind::OneTimeNotice, context);
    if (!doc)
        return doc;
    const Item &item = *context.item;
    NoticeDocument &d = doc.value();
    d.fields << NoticeDocument::Field{QStringLiteral("设定依据"), item.legalLimit.basis};
    d.paragraphs
        << QStringLiteral(
               "根据一次性告知制度，现将办理“%1”所需的全部材料、办理程序和时限一次性告知如下。")
               .arg(item.name);
    if (!item.notes.isEmpty())
        d.paragraphs << QStringLiteral("受理条件：%1").arg(item.notes);
    NoticeDocument::Table all{QStringLiteral("申请材料清单"), NoticeText::standardHeaders(), {}};
    QStringList forms;
    for (int i = 0; i < item.materials.size(); ++i) {
        const Material &m = item.materials.at(i);
        all.rows << NoticeText::standardRow(i + 1, m);
        if (m.hasBlankForm || m.hasSampleForm)
            forms << m.name;
    }
    d.tables << all;
    const QList<ChecklistEntry> missing = context.kase->checklist.toCorrect();
    if (!missing.isEmpty()) {
        NoticeDocument::Table still{QStringLiteral("尚需提交的材料"),
                                    {QStringLiteral("序号"), QStringLiteral("材料名称"),
                                     QStringLiteral("情况"), QStringLiteral("要求")},
                                    {}};
        for (int i = 0; i < missing.size(); ++i) {
            const ChecklistEntry &e = missing.at(i);
            still.rows << QStringList{QString::number(i + 1), e.standard.name,
                                      e.state == MaterialState::Defective
                                          ? QStringLiteral("不符合要求：%1").arg(e.reason)
                                          : QStringLiteral("缺少"),
                                      NoticeText::standardText(e.standard)};
        }
        d.tables << still;
    }
    d.closingParagraphs << QStringLiteral("办理程序：收件—受理—审查—决定（办结）—送达。");
    d.closingParagraphs << QStringLiteral("法定办结时限：%1；承诺办结时限：%2。")
                               .arg(NoticeText::limit(item.legalLimit),
                                    NoticeText::limit(item.committedLimit));
    d.closingParagraphs << QStringLiteral("收费标准及依据：%1。")
                               .arg(item.fees.isEmpty() ? QStringLiteral("不收费") : item.fees);
    d.closingParagraphs << QStringLiteral("办理地点：%1；办理时间：法定工作日。")
                               .arg(item.place.isEmpty() ? d.issuer : item.place);
    d.closingParagraphs << QStringLiteral("咨询电话：%1；投诉电话：%2。")
                               .arg(item.phone.isEmpty() ? context.officerPhone : item.phone,
                                    context.complaintPhone.isEmpty() ? QStringLiteral("12345")
                                                                     : context.complaintPhone);
    d.closingParagraphs << (forms.isEmpty() ? QStringLiteral("本事项无需填写表格。")
                                            : QStringLiteral("窗口免费提供空白表格及填报例表：%1。")
                                                  .arg(forms.join(QStringLiteral("、"))));
    return doc;
}

Result<NoticeDocument> NoticeBuilder::correctionNotice(const NoticeContext &context) {
    auto doc = base(Kind::CorrectionNotice, context);
    if (!doc)
        return doc;
    const IntakeCase &kase = *context.kase;
    const NoticeRecord *record = latestRecord(kase, Kind::CorrectionNotice);
    QStringList names;
    if (record) {
        names = record->materials;
    } else {
        for (const ChecklistEntry &e : kase.checklist.toCorrect())
            names << e.standard.name;
    }
    if (names.isEmpty())
        return fail<NoticeDocument>(
            QStringLiteral("补正材料通知书: case %1 has no missing or defective material")
                .arg(kase.id));
    NoticeDocument &d = doc.value();
    const QString officer = context.officer.isEmpty() ? kase.officer : context.officer;
    const QString phone = context.officerPhone.isEmpty() ? kase.officerPhone : context.officerPhone;
    d.fields << NoticeDocument::Field{QStringLiteral("经办人"), officer};
    d.fields << NoticeDocument::Field{QStringLiteral("经办人电话"), phone};
    d.paragraphs << QStringLiteral(
                        "你（单位）于%1提交的“%"
                        "2”申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十"
                        "二条第一款第（四）项，现一次性告知需要补正的全部内容如下：")
                        .arg(NoticeText::date(kase.receivedAt.date()), context.item->name);
    NoticeDocument::Table table{QStringLiteral("需补正的材料"),
                                {QStringLiteral("序号"), QStringLiteral("材料名称"),
                                 QStringLiteral("问题"),
                                 QStringLiteral("补正要求（形式、份数、规格、说明）")},
                                {}};
    for (int i = 0; i < names.size(); ++i) {
        const ChecklistEntry *e = kase.checklist.entry(names.at(i));
        const Material *m = context.item->material(names.at(i));
        const QString problem = e && e->state == MaterialState::Defective
                                    ? QStringLiteral("不符合要求：%1").arg(e->reason)
                                    : QStringLiteral("缺少");
        table.rows << QStringList{QString::number(i + 1), names.at(i), problem,
                                  m ? NoticeText::standardText(*m) : QString()};
    }
    d.tables << table;
    d.closingParagraphs << (context.supplyBy.isValid()
                                ? QStringLiteral("请于%1前一次性补正上述材料。")
                                      .arg(NoticeText::date(context.supplyBy))
                                : QStringLiteral("请在补齐上述材料后一次性提交。"));
    d.closingParagraphs << NoticeText::correctionClockParagraph(*context.item);
    if (record && !record->justification.isEmpty())
        d.closingParagraphs << QStringLiteral("再次告知说明：%1").arg(record->justification);
    d.closingParagraphs << QStringLiteral("经办人：%1，联系电话：%2。").arg(officer, phone);
    return doc;
}

} // namespace ow
