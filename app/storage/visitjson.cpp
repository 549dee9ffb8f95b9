#include "visitjson.h"

#include "intakejson.h"

#include <QJsonArray>

namespace ow {

namespace {

QString key(const char *name) {
    return QString::fromLatin1(name);
}

QString basisName(DeadlineTrack::Basis basis) {
    return basis == DeadlineTrack::Basis::Legal ? QStringLiteral("legal")
                                                : QStringLiteral("committed");
}

QJsonArray strings(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

QJsonObject event(const CaseEvent &e) {
    return {{key("from"), CaseTransitions::name(e.from)},
            {key("to"), CaseTransitions::name(e.to)},
            {key("actor"), e.actor},
            {key("at"), IntakeJson::dateTimeText(e.at)},
            {key("reason"), e.reason}};
}

QJsonObject checklistEntry(const ChecklistEntry &e) {
    return {{key("standard"), IntakeJson::material(e.standard)},
            {key("state"), Checklist::stateName(e.state)},
            {key("original"), e.original},
            {key("count"), e.count},
            {key("source"), e.source},
            {key("promised_date"), IntakeJson::dateText(e.promisedDate)},
            {key("reason"), e.reason}};
}

QJsonObject notice(const NoticeRecord &n) {
    return {{key("kind"), IntakeJson::noticeKindName(n.kind)},
            {key("number"), n.number},
            {key("issued_at"), IntakeJson::dateTimeText(n.issuedAt)},
            {key("actor"), n.actor},
            {key("materials"), strings(n.materials)},
            {key("reason"), n.reason},
            {key("competent_organ"), n.competentOrgan},
            {key("justification"), n.justification}};
}

QJsonObject commitment(const Commitment &c) {
    QJsonArray supplies;
    for (const Commitment::Supply &s : c.supplies)
        supplies.append(QJsonObject{{key("at"), IntakeJson::dateTimeText(s.at)},
                                    {key("what"), s.what},
                                    {key("actor"), s.actor},
                                    {key("complete"), s.complete}});
    return {{key("id"), c.id},
            {key("case_id"), c.caseId},
            {key("applicant_key"), c.applicantKey},
            {key("material"), c.material},
            {key("promised_date"), IntakeJson::dateText(c.promisedDate)},
            {key("created_at"), IntakeJson::dateTimeText(c.createdAt)},
            {key("state"), Commitment::stateName(c.state)},
            {key("supplies"), supplies},
            {key("supplied_on"), IntakeJson::dateText(c.suppliedOn)},
            {key("breached_on"), IntakeJson::dateText(c.breachedOn)}};
}

QJsonObject violation(const Violation &v) {
    return {{key("kind"), Violation::kindName(v.kind)},
            {key("at"), IntakeJson::dateTimeText(v.at)},
            {key("actor"), v.actor},
            {key("notice_number"), v.noticeNumber},
            {key("new_materials"), strings(v.newMaterials)},
            {key("justification"), v.justification}};
}

QJsonObject track(const DeadlineTrack &t) {
    QJsonArray pauses;
    for (const ClockPause &p : t.pauses)
        pauses.append(QJsonObject{{key("kind"), ClockPause::kindName(p.kind)},
                                  {key("reason"), p.reason},
                                  {key("from"), IntakeJson::dateText(p.from)},
                                  {key("until"), IntakeJson::dateText(p.until)}});
    QJsonArray extensions;
    for (const ClockExtension &e : t.extensions)
        extensions.append(QJsonObject{
            {key("days"), e.days}, {key("reason"), e.reason}, {key("approved_by"), e.approvedBy}});
    return {{key("step"), t.step},
            {key("basis"), basisName(t.basis)},
            {key("limit"), QJsonObject{{key("value"), t.limit.value},
                                       {key("unit"), t.limit.unit},
                                       {key("basis"), t.limit.basis},
                                       {key("confidence"), t.limit.confidence}}},
            {key("start"), IntakeJson::dateText(t.start)},
            {key("pauses"), pauses},
            {key("extensions"), extensions},
            {key("finished"), IntakeJson::dateText(t.finished)}};
}

template <typename T, typename F> QJsonArray arrayOf(const QList<T> &list, F toJson) {
    QJsonArray out;
    for (const T &item : list)
        out.append(toJson(item));
    return out;
}

} // namespace

QJsonObject VisitJson::intakeCase(const IntakeCase &k) {
    return {{key("id"), k.id},
            {key("number"), k.number},
            {key("visit_id"), k.visitId},
            {key("item_id"), k.itemId},
            {key("item_name"), k.itemName},
            {key("applicant"), IntakeJson::applicant(k.applicant)},
            {key("received_at"), IntakeJson::dateTimeText(k.receivedAt)},
            {key("accepted_on"), IntakeJson::dateText(k.acceptedOn)},
            {key("officer"), k.officer},
            {key("officer_phone"), k.officerPhone},
            {key("delivery_method"), k.deliveryMethod},
            {key("state"), CaseTransitions::name(k.state())},
            {key("events"), arrayOf(k.events(), event)},
            {key("checklist"), arrayOf(k.checklist.entries(), checklistEntry)},
            {key("commitments"), arrayOf(k.commitments, commitment)},
            {key("notices"), arrayOf(k.notices, notice)},
            {key("violations"), arrayOf(k.violations, violation)},
            {key("deadlines"), arrayOf(k.deadlines, track)}};
}

QJsonObject VisitJson::visit(const Visit &v) {
    return {{key("id"), v.id},
            {key("ticket"), v.ticket},
            {key("applicant"), IntakeJson::applicant(v.applicant)},
            {key("opened_at"), IntakeJson::dateTimeText(v.openedAt)},
            {key("closed_at"), IntakeJson::dateTimeText(v.closedAt)},
            {key("cases"), arrayOf(v.cases, &VisitJson::intakeCase)}};
}

} // namespace ow
