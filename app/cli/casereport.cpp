#include "casereport.h"

#include "intakejson.h"

#include <QJsonArray>

namespace ow::cli {

namespace {

QString key(const char *name) {
    return QString::fromLatin1(name);
}

QString date(const QDate &d) {
    return IntakeJson::dateText(d);
}

QString time(const QDateTime &t) {
    return t.isValid() ? t.toString(Qt::ISODate) : QString();
}

QJsonObject applicant(const Applicant &a) {
    QJsonObject json{{key("kind"), IntakeJson::applicantKindName(a.kind)},
                     {key("name"), a.name},
                     {key("id"), a.displayId()},
                     {key("blacklisted"), a.credit.blacklisted}};
    if (a.kind == Applicant::Kind::LegalPerson)
        json.insert(key("legal_representative"), a.legalRepresentative);
    if (a.agent)
        json.insert(key("agent"), a.agent->name);
    return json;
}

QJsonArray events(const IntakeCase &kase) {
    QJsonArray list;
    for (const CaseEvent &e : kase.events())
        list << QJsonObject{{key("from"), CaseTransitions::name(e.from)},
                            {key("to"), CaseTransitions::name(e.to)},
                            {key("actor"), e.actor},
                            {key("at"), time(e.at)},
                            {key("reason"), e.reason}};
    return list;
}

QJsonArray checklist(const IntakeCase &kase) {
    QJsonArray list;
    for (const ChecklistEntry &e : kase.checklist.entries()) {
        QJsonObject json{{key("material"), e.standard.name},
                         {key("necessity"), e.standard.necessity},
                         {key("state"), Checklist::stateName(e.state)},
                         {key("label"), Checklist::stateLabel(e.state)}};
        if (e.state == MaterialState::Received) {
            json.insert(key("original"), e.original);
            json.insert(key("count"), e.count);
        }
        if (!e.source.isEmpty())
            json.insert(key("source"), e.source);
        if (e.promisedDate.isValid())
            json.insert(key("promised"), date(e.promisedDate));
        if (!e.reason.isEmpty())
            json.insert(key("reason"), e.reason);
        list << json;
    }
    return list;
}

QJsonArray deadlines(const IntakeCase &kase, const WorkCalendar &calendar, const QDate &today) {
    QJsonArray list;
    for (const DeadlineTrack &t : kase.deadlines) {
        QJsonObject json{
            {key("step"), t.step},
            {key("basis"),
             t.basis == DeadlineTrack::Basis::Legal ? key("legal") : key("committed")},
            {key("limit"), QJsonObject{{key("value"), t.limit.value}, {key("unit"), t.limit.unit}}},
            {key("start"), date(t.start)},
        };
        if (t.finished.isValid())
            json.insert(key("finished"), date(t.finished));
        const auto reading = LegalClock::read(t, calendar, today);
        if (reading) {
            json.insert(key("due"), date(reading->due));
            json.insert(key("working_days_left"), reading->workingDaysLeft);
            json.insert(key("status"), LegalClock::statusName(reading->status));
            json.insert(key("paused"), reading->paused);
        } else {
            json.insert(key("error"), reading.error());
        }
        QJsonArray pauses;
        for (const ClockPause &p : t.pauses)
            pauses << QJsonObject{{key("kind"), ClockPause::kindName(p.kind)},
                                  {key("reason"), p.reason},
                                  {key("from"), date(p.from)},
                                  {key("until"), date(p.until)}};
        json.insert(key("pauses"), pauses);
        QJsonArray extensions;
        for (const ClockExtension &e : t.extensions)
            extensions << QJsonObject{{key("days"), e.days},
                                      {key("reason"), e.reason},
                                      {key("approved_by"), e.approvedBy}};
        json.insert(key("extensions"), extensions);
        list << json;
    }
    return list;
}

QJsonArray notices(const IntakeCase &kase) {
    QJsonArray list;
    for (const NoticeRecord &n : kase.notices) {
        QJsonObject json{{key("kind"), IntakeJson::noticeKindName(n.kind)},
                         {key("number"), n.number},
                         {key("issued_at"), time(n.issuedAt)},
                         {key("actor"), n.actor},
                         {key("materials"), QJsonArray::fromStringList(n.materials)}};
        if (!n.reason.isEmpty())
            json.insert(key("reason"), n.reason);
        if (!n.competentOrgan.isEmpty())
            json.insert(key("competent_organ"), n.competentOrgan);
        if (!n.justification.isEmpty())
            json.insert(key("justification"), n.justification);
        list << json;
    }
    return list;
}

QJsonArray commitments(const IntakeCase &kase) {
    QJsonArray list;
    for (const Commitment &c : kase.commitments) {
        QJsonArray supplies;
        for (const Commitment::Supply &s : c.supplies)
            supplies << QJsonObject{{key("at"), time(s.at)},
                                    {key("what"), s.what},
                                    {key("actor"), s.actor},
                                    {key("complete"), s.complete}};
        list << QJsonObject{{key("id"), c.id},
                            {key("material"), c.material},
                            {key("promised"), date(c.promisedDate)},
                            {key("state"), Commitment::stateName(c.state)},
                            {key("supplied_on"), date(c.suppliedOn)},
                            {key("breached_on"), date(c.breachedOn)},
                            {key("supplies"), supplies}};
    }
    return list;
}

QJsonArray violations(const IntakeCase &kase) {
    QJsonArray list;
    for (const Violation &v : kase.violations)
        list << QJsonObject{{key("kind"), Violation::kindName(v.kind)},
                            {key("at"), time(v.at)},
                            {key("actor"), v.actor},
                            {key("notice_number"), v.noticeNumber},
                            {key("new_materials"), QJsonArray::fromStringList(v.newMaterials)},
                            {key("justification"), v.justification}};
    return list;
}

} // namespace

QJsonObject CaseReport::toJson(const IntakeCase &kase, const QList<PrintedDocument> &documents,
                               const WorkCalendar &calendar, const QDate &today) {
    QJsonArray printed;
    for (const PrintedDocument &d : documents)
        if (d.caseId == kase.id)
            printed << QJsonObject{{key("kind"), IntakeJson::noticeKindName(d.document.kind)},
                                   {key("title"), d.document.title},
                                   {key("number"), d.document.number},
                                   {key("file"), d.fileName}};
    return QJsonObject{
        {key("case"), kase.id},
        {key("visit"), kase.visitId},
        {key("number"), kase.number},
        {key("item"), QJsonObject{{key("id"), kase.itemId}, {key("name"), kase.itemName}}},
        {key("applicant"), applicant(kase.applicant)},
        {key("officer"), kase.officer},
        {key("state"), CaseTransitions::name(kase.state())},
        {key("state_label"), CaseTransitions::label(kase.state())},
        {key("received_at"), time(kase.receivedAt)},
        {key("accepted_on"), date(kase.acceptedOn)},
        {key("read_on"), date(today)},
        {key("events"), events(kase)},
        {key("checklist"), checklist(kase)},
        {key("deadlines"), deadlines(kase, calendar, today)},
        {key("notices"), notices(kase)},
        {key("commitments"), commitments(kase)},
        {key("violations"), violations(kase)},
        {key("documents"), printed},
    };
}

} // namespace ow::cli
