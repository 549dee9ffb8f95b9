#pragma once

#include "catalog.h"
#include "documentnumber.h"
#include "intakecase.h"
#include "noticedocument.h"
#include "result.h"
#include "workcalendar.h"

#include <QString>

namespace ow {

// What a document is built from besides the case.
struct NoticeContext {
    const IntakeCase *kase = nullptr;
    const Item *item = nullptr;
    const Department *department = nullptr;
    QString agency;         // abbreviation for numbers (Catalog::agencyAbbrev)
    QString organ;          // the issuing organ (seal line), e.g. 乌海市政务服务中心
    QString officer;        // the clerk; defaults to the case's officer
    QString officerPhone;   // defaults to the case's officer phone
    QString queryBase;      // prefix of the QR query text, e.g. https://zwfw.example/q?no=
    QString complaintPhone; // 投诉电话, may be empty (the item's phone is printed too)
    QDate supplyBy;         // 补正: the date to supply by; invalid = none stated
};

// Builds the printed documents of a case (legal-rules.md §6; docs/intake.md "Documents").
// A document recorded on the case (NoticeRecord, case number) keeps its number; others draw
// one from the counter. Errors name the missing input (no case, no item, wrong state, a date
// outside the calendar).
class NoticeBuilder {
public:
    NoticeBuilder(const WorkCalendar &calendar, DocumentSerialCounter &counter, QDate today);

    Result<NoticeDocument> build(NoticeDocument::Kind kind, const NoticeContext &context);

    Result<NoticeDocument> oneTimeNotice(const NoticeContext &context);
    Result<NoticeDocument> correctionNotice(const NoticeContext &context);
    Result<NoticeDocument> acceptanceNotice(const NoticeContext &context);
    Result<NoticeDocument> refusalNotice(const NoticeContext &context);
    Result<NoticeDocument> deferredCommitment(const NoticeContext &context);
    Result<NoticeDocument> deferredNotice(const NoticeContext &context);
    Result<NoticeDocument> materialsReceipt(const NoticeContext &context);

    static QString title(NoticeDocument::Kind kind);

private:
    Result<NoticeDocument> base(NoticeDocument::Kind kind, const NoticeContext &context);
    Result<QString> numberFor(NoticeDocument::Kind kind, const NoticeContext &context);
    static NoticeDocument::Table commitmentTable(const NoticeContext &context,
                                                 const QString &caption,
                                                 const QString &standardHeader,
                                                 const QString &dateHeader);

    const WorkCalendar &m_calendar;
    DocumentSerialCounter &m_counter;
    QDate m_today;
};

} // namespace ow
