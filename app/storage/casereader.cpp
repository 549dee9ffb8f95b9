#include "casereader.h"

#include "intakejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace ow {

namespace {

QString sql(const char *text) {
    return QString::fromUtf8(text);
}

QJsonObject objectFrom(const QVariant &value) {
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QStringList listFrom(const QVariant &value) {
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        list << v.toString();
    return list;
}

QDate date(const QVariant &value) {
    return IntakeJson::dateFrom(value.toString());
}

QDateTime dateTime(const QVariant &value) {
    return IntakeJson::dateTimeFrom(value.toString());
}

Result<CaseState> stateFrom(const QVariant &value, const QString &where) {
    const auto state = CaseTransitions::fromName(value.toString());
    if (!state)
        return Result<CaseState>::failure(
            QStringLiteral("%1: unknown case state \"%2\"").arg(where, value.toString()));
    return *state;
}

Commitment::State commitmentStateFrom(const QString &name) {
    for (auto state :
         {Commitment::State::Open, Commitment::State::Supplied, Commitment::State::Breached})
        if (Commitment::stateName(state) == name)
            return state;
    return Commitment::State::Open;
}

// Rebuilds one checklist entry through the Checklist setters, which are the only way an entry
// reaches a state; every setter writes all fields, so the result equals the saved entry.
Status restoreEntry(Checklist &list, const ChecklistEntry &saved) {
    const QString &name = saved.standard.name;
    switch (saved.state) {
    case MaterialState::Missing:
        return list.markMissing(name);
    case MaterialState::Received:
        return list.markReceived(name, saved.original, saved.count);
    case MaterialState::FromELicence:
        return list.markFromELicence(name, saved.source);
    case MaterialState::Deferred:
        return list.markDeferred(name, saved.promisedDate);
    case MaterialState::Defective:
        return list.markDefective(name, saved.reason);
    case MaterialState::NotApplicable:
        return list.markNotApplicable(name, saved.reason);
    }
    return {};
}

} // namespace

Result<QStringList> CaseReader::caseIds(const QString &visitId) {
    auto q = m_sql.select(sql("SELECT id FROM cases WHERE visit_id = ? ORDER BY position"),
                          {visitId}, QStringLiteral("cases of visit %1").arg(visitId));
    if (!q)
        return Result<QStringList>::failure(q.error());
    QStringList ids;
    while (q.value()->next())
        ids << q.value()->value(0).toString();
    return ids;
}

Result<Visit> CaseReader::visit(const QString &visitId) {
    using R = Result<Visit>;
    auto q = m_sql.select(
        sql("SELECT id, ticket, applicant, opened_at, closed_at FROM visits WHERE id = ?"),
        {visitId}, QStringLiteral("load visit %1").arg(visitId));
    if (!q)
        return R::failure(q.error());
    if (!q.value()->next())
        return R::failure(QStringLiteral("no visit with id \"%1\"").arg(visitId));
    Visit v;
    QSqlQuery &row = *q.value();
    v.id = row.value(0).toString();
    v.ticket = row.value(1).toString();
    v.applicant = IntakeJson::applicantFrom(objectFrom(row.value(2)));
    v.openedAt = dateTime(row.value(3));
    v.closedAt = dateTime(row.value(4));
    row.finish();
    auto ids = caseIds(visitId);
    if (!ids)
        return R::failure(ids.error());
    for (const QString &id : ids.value()) {
        auto kase = wholeCase(id);
        if (!kase)
            return R::failure(kase.error());
        v.cases << kase.value();
    }
    return v;
}

Result<IntakeCase> CaseReader::wholeCase(const QString &caseId) {
    using R = Result<IntakeCase>;
    const QString what = QStringLiteral("load case %1").arg(caseId);
    auto q = m_sql.select(sql("SELECT id, visit_id, case_number, item_id, item_name, applicant, "
                              "state, received_at, accepted_on, officer, officer_phone, "
                              "delivery_method FROM cases WHERE id = ?"),
                          {caseId}, what);
    if (!q)
        return R::failure(q.error());
    if (!q.value()->next())
        return R::failure(QStringLiteral("no case with id \"%1\"").arg(caseId));
    QSqlQuery &row = *q.value();
    IntakeCase kase;
    kase.id = row.value(0).toString();
    kase.visitId = row.value(1).toString();
    kase.number = row.value(2).toString();
    kase.itemId = row.value(3).toString();
    kase.itemName = row.value(4).toString();
    kase.applicant = IntakeJson::applicantFrom(objectFrom(row.value(5)));
    const auto state = stateFrom(row.value(6), what);
    kase.receivedAt = dateTime(row.value(7));
    kase.acceptedOn = date(row.value(8));
    kase.officer = row.value(9).toString();
    kase.officerPhone = row.value(10).toString();
    kase.deliveryMethod = row.value(11).toString();
    row.finish();
    if (!state)
        return R::failure(state.error());
    if (Status st = events(kase, state.value()); !st)
        return R::failure(QStringLiteral("%1: %2").arg(what, st.error()));
    for (auto step : {&CaseReader::checklist, &CaseReader::notices, &CaseReader::commitments,
                      &CaseReader::violations, &CaseReader::deadlines})
        if (Status st = (this->*step)(kase); !st)
            return R::failure(QStringLiteral("%1: %2").arg(what, st.error()));
    return kase;
}

Status CaseReader::events(IntakeCase &kase, CaseState state) {
    auto q = m_sql.select(sql("SELECT from_state, to_state, actor, happened_at, reason FROM "
                              "case_events WHERE case_id = ? ORDER BY position"),
                          {kase.id}, QStringLiteral("events"));
    if (!q)
        return Status::failure(q.error());
    QList<CaseEvent> events;
    QSqlQuery &row = *q.value();
    while (row.next()) {
        const auto from = stateFrom(row.value(0), QStringLiteral("event"));
        const auto to = stateFrom(row.value(1), QStringLiteral("event"));
        if (!from || !to)
            return Status::failure(from ? to.error() : from.error());
        events << CaseEvent{from.value(), to.value(), row.value(2).toString(),
                            dateTime(row.value(3)), row.value(4).toString()};
    }
    kase.restoreHistory(state, events);
    return {};
}

Status CaseReader::checklist(IntakeCase &kase) {
    auto q = m_sql.select(sql("SELECT standard_material, state, is_original, copies, source, "
                              "promised_date, reason FROM checklist_entries WHERE case_id = ? "
                              "ORDER BY position"),
                          {kase.id}, QStringLiteral("checklist"));
    if (!q)
        return Status::failure(q.error());
    Item standards; // the materials as they were when the case was opened
    QList<ChecklistEntry> saved;
    QSqlQuery &row = *q.value();
    while (row.next()) {
        ChecklistEntry e;
        e.standard = IntakeJson::materialFrom(objectFrom(row.value(0)));
        const auto state = Checklist::stateFromName(row.value(1).toString());
        if (!state)
            return Status::failure(QStringLiteral("material \"%1\": unknown state \"%2\"")
                                       .arg(e.standard.name, row.value(1).toString()));
        e.state = *state;
        e.original = row.value(2).toInt() != 0;
        e.count = row.value(3).toInt();
        e.source = row.value(4).toString();
        e.promisedDate = date(row.value(5));
        e.reason = row.value(6).toString();
        standards.materials << e.standard;
        saved << e;
    }
    Checklist list = Checklist::fromItem(standards);
    for (const ChecklistEntry &e : saved)
        if (Status st = restoreEntry(list, e); !st)
            return st;
    kase.checklist = list;
    return {};
}

Status CaseReader::notices(IntakeCase &kase) {
    auto q = m_sql.select(sql("SELECT kind, doc_number, issued_at, actor, reason, "
                              "competent_organ, justification FROM notices WHERE case_id = ? "
                              "ORDER BY position"),
                          {kase.id}, QStringLiteral("notices"));
    if (!q)
        return Status::failure(q.error());
    QSqlQuery &row = *q.value();
    while (row.next()) {
        const auto kind = IntakeJson::noticeKindFrom(row.value(0).toString());
        if (!kind)
            return Status::failure(
                QStringLiteral("unknown notice kind \"%1\"").arg(row.value(0).toString()));
        NoticeRecord n;
        n.kind = *kind;
        n.number = row.value(1).toString();
        n.issuedAt = dateTime(row.value(2));
        n.actor = row.value(3).toString();
        n.reason = row.value(4).toString();
        n.competentOrgan = row.value(5).toString();
        n.justification = row.value(6).toString();
        kase.notices << n;
    }
    auto m = m_sql.select(sql("SELECT notice_position, material FROM notice_materials WHERE "
                              "case_id = ? ORDER BY notice_position, position"),
                          {kase.id}, QStringLiteral("notice materials"));
    if (!m)
        return Status::failure(m.error());
    while (m.value()->next()) {
        const int index = m.value()->value(0).toInt();
        if (index >= 0 && index < kase.notices.size())
            kase.notices[index].materials << m.value()->value(1).toString();
    }
    return {};
}

Status CaseReader::commitments(IntakeCase &kase) {
    auto q = m_sql.select(sql("SELECT id, applicant_key, material, promised_date, created_at, "
                              "state, supplied_on, breached_on FROM commitments WHERE case_id = ? "
                              "ORDER BY position"),
                          {kase.id}, QStringLiteral("commitments"));
    if (!q)
        return Status::failure(q.error());
    QSqlQuery &row = *q.value();
    while (row.next()) {
        Commitment c;
        c.id = row.value(0).toString();
        c.caseId = kase.id;
        c.applicantKey = row.value(1).toString();
        c.material = row.value(2).toString();
        c.promisedDate = date(row.value(3));
        c.createdAt = dateTime(row.value(4));
        c.state = commitmentStateFrom(row.value(5).toString());
        c.suppliedOn = date(row.value(6));
        c.breachedOn = date(row.value(7));
        kase.commitments << c;
    }
    for (Commitment &c : kase.commitments) {
        auto s = m_sql.select(sql("SELECT supplied_at, what, actor, complete FROM "
                                  "commitment_supplies WHERE commitment_id = ? ORDER BY position"),
                              {c.id}, QStringLiteral("supplies of %1").arg(c.id));
        if (!s)
            return Status::failure(s.error());
        while (s.value()->next())
            c.supplies << Commitment::Supply{
                dateTime(s.value()->value(0)), s.value()->value(1).toString(),
                s.value()->value(2).toString(), s.value()->value(3).toInt() != 0};
    }
    return {};
}

Status CaseReader::violations(IntakeCase &kase) {
    auto q = m_sql.select(sql("SELECT happened_at, actor, notice_number, new_materials, "
                              "justification FROM violations WHERE case_id = ? ORDER BY position"),
                          {kase.id}, QStringLiteral("violations"));
    if (!q)
        return Status::failure(q.error());
    QSqlQuery &row = *q.value();
    while (row.next())
        kase.violations << Violation{Violation::Kind::RepeatedNotice, dateTime(row.value(0)),
                                     row.value(1).toString(),         row.value(2).toString(),
                                     listFrom(row.value(3)),          row.value(4).toString()};
    return {};
}

Status CaseReader::deadlines(IntakeCase &kase) {
    auto q = m_sql.select(sql("SELECT step, basis, limit_value, limit_unit, limit_basis, "
                              "limit_confidence, start_date, finished_on FROM deadline_tracks "
                              "WHERE case_id = ? ORDER BY position"),
                          {kase.id}, QStringLiteral("deadlines"));
    if (!q)
        return Status::failure(q.error());
    QSqlQuery &row = *q.value();
    while (row.next()) {
        DeadlineTrack t;
        t.step = row.value(0).toString();
        t.basis = row.value(1).toString() == QLatin1String("legal")
                      ? DeadlineTrack::Basis::Legal
                      : DeadlineTrack::Basis::Committed;
        t.limit = TimeLimit{row.value(2).toInt(), row.value(3).toString(), row.value(4).toString(),
                            row.value(5).toString()};
        t.start = date(row.value(6));
        t.finished = date(row.value(7));
        kase.deadlines << t;
    }
    auto p = m_sql.select(sql("SELECT track_position, kind, reason, from_date, until_date FROM "
                              "deadline_pauses WHERE case_id = ? ORDER BY track_position, "
                              "position"),
                          {kase.id}, QStringLiteral("pauses"));
    if (!p)
        return Status::failure(p.error());
    while (p.value()->next()) {
        QSqlQuery &r = *p.value();
        const int index = r.value(0).toInt();
        const auto kind = ClockPause::kindFromName(r.value(1).toString());
        if (index >= 0 && index < kase.deadlines.size())
            kase.deadlines[index].pauses
                << ClockPause{kind.value_or(ClockPause::Kind::Other), r.value(2).toString(),
                              date(r.value(3)), date(r.value(4))};
    }
    auto e = m_sql.select(sql("SELECT track_position, days, reason, approved_by FROM "
                              "deadline_extensions WHERE case_id = ? ORDER BY track_position, "
                              "position"),
                          {kase.id}, QStringLiteral("extensions"));
    if (!e)
        return Status::failure(e.error());
    while (e.value()->next()) {
        QSqlQuery &r = *e.value();
        const int index = r.value(0).toInt();
        if (index >= 0 && index < kase.deadlines.size())
            kase.deadlines[index].extensions
                << ClockExtension{r.value(1).toInt(), r.value(2).toString(), r.value(3).toString()};
    }
    return {};
}

} // namespace ow
