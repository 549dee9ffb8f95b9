#include "casewriter.h"

#include "intakejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace ow {

namespace {

QString sql(const char *text) {
    return QString::fromUtf8(text);
}

QString compact(const QJsonObject &json) {
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString compact(const QStringList &list) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString basisName(DeadlineTrack::Basis basis) {
    return basis == DeadlineTrack::Basis::Legal ? QStringLiteral("legal")
                                                : QStringLiteral("committed");
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

Status CaseWriter::applicant(const Applicant &a) {
    if (a.key().trimmed().isEmpty())
        return Status::failure(
            QStringLiteral("applicant \"%1\": no ID number or credit code to file it under")
                .arg(a.name));
    // A save never lifts a blacklisting: only the credit system (markCredit) changes it.
    return m_sql.run(
        sql("INSERT INTO applicants (applicant_key, kind, name, legal_representative, phone, "
            "blacklisted, credit_reason, details, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (applicant_key) DO UPDATE SET kind = excluded.kind, "
            "name = excluded.name, legal_representative = excluded.legal_representative, "
            "phone = excluded.phone, details = excluded.details, "
            "updated_at = excluded.updated_at, "
            "blacklisted = CASE WHEN excluded.blacklisted = 1 THEN 1 "
            "ELSE applicants.blacklisted END, "
            "credit_reason = CASE WHEN excluded.blacklisted = 1 THEN excluded.credit_reason "
            "ELSE applicants.credit_reason END"),
        {a.key(), IntakeJson::applicantKindName(a.kind), a.name, a.legalRepresentative, a.phone,
         int(a.credit.blacklisted), a.credit.reason, compact(IntakeJson::applicant(a)), now()},
        QStringLiteral("save applicant %1").arg(a.displayId()));
}

Status CaseWriter::visit(const Visit &v) {
    if (v.id.trimmed().isEmpty())
        return Status::failure(QStringLiteral("the visit has no id"));
    if (Status st = applicant(v.applicant); !st)
        return st;
    if (Status st = m_sql.run(
            sql("INSERT INTO visits (id, ticket, applicant_key, applicant, opened_at, closed_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "ticket = excluded.ticket, applicant_key = excluded.applicant_key, "
                "applicant = excluded.applicant, opened_at = excluded.opened_at, "
                "closed_at = excluded.closed_at"),
            {v.id, v.ticket, v.applicant.key(), compact(IntakeJson::applicant(v.applicant)),
             IntakeJson::dateTimeText(v.openedAt), IntakeJson::dateTimeText(v.closedAt)},
            QStringLiteral("save visit %1").arg(v.id));
        !st)
        return st;
    for (int i = 0; i < v.cases.size(); ++i)
        if (Status st = wholeCase(v.cases.at(i), v.id, i); !st)
            return st;
    return {};
}

Status CaseWriter::wholeCase(const IntakeCase &kase, const QString &visitId, int position) {
    const QString what = QStringLiteral("save case %1").arg(kase.id);
    if (kase.id.trimmed().isEmpty())
        return Status::failure(QStringLiteral("save case: the case has no id"));
    if (position < 0) {
        auto q = m_sql.select(sql("SELECT COALESCE((SELECT position FROM cases WHERE id = ?), "
                                  "(SELECT COUNT(*) FROM cases WHERE visit_id = ?))"),
                              {kase.id, visitId}, what);
        if (!q)
            return Status::failure(q.error());
        position = q.value()->next() ? q.value()->value(0).toInt() : 0;
        q.value()->finish();
    }
    if (Status st = m_sql.run(
            sql("INSERT INTO cases (id, visit_id, position, case_number, item_id, item_name, "
                "applicant_key, applicant, state, received_at, accepted_on, officer, "
                "officer_phone, delivery_method, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET visit_id = excluded.visit_id, "
                "position = excluded.position, case_number = excluded.case_number, "
                "item_id = excluded.item_id, item_name = excluded.item_name, "
                "applicant_key = excluded.applicant_key, applicant = excluded.applicant, "
                "state = excluded.state, received_at = excluded.received_at, "
                "accepted_on = excluded.accepted_on, officer = excluded.officer, "
                "officer_phone = excluded.officer_phone, "
                "delivery_method = excluded.delivery_method, updated_at = excluded.updated_at"),
            {kase.id, visitId, position, kase.number, kase.itemId, kase.itemName,
             kase.applicant.key(), compact(IntakeJson::applicant(kase.applicant)),
             CaseTransitions::name(kase.state()), IntakeJson::dateTimeText(kase.receivedAt),
             IntakeJson::dateText(kase.acceptedOn), kase.officer, kase.officerPhone,
             kase.deliveryMethod, now()},
            what);
        !st)
        return st;
    if (Status st = clearCase(kase.id); !st)
        return st;
    for (auto step : {&CaseWriter::events, &CaseWriter::checklist, &CaseWriter::notices,
                      &CaseWriter::commitments, &CaseWriter::violations, &CaseWriter::deadlines})
        if (Status st = (this->*step)(kase); !st)
            return Status::failure(QStringLiteral("%1: %2").arg(what, st.error()));
    return {};
}

Status CaseWriter::clearCase(const QString &caseId) {
    // Children before parents, so the order works with or without ON DELETE CASCADE.
    const char *const statements[] = {
        "DELETE FROM case_events WHERE case_id = ?",
        "DELETE FROM checklist_entries WHERE case_id = ?",
        "DELETE FROM notice_materials WHERE case_id = ?",
        "DELETE FROM notices WHERE case_id = ?",
        "DELETE FROM commitment_supplies WHERE commitment_id IN "
        "(SELECT id FROM commitments WHERE case_id = ?)",
        "DELETE FROM commitments WHERE case_id = ?",
        "DELETE FROM violations WHERE case_id = ?",
        "DELETE FROM deadline_pauses WHERE case_id = ?",
        "DELETE FROM deadline_extensions WHERE case_id = ?",
        "DELETE FROM deadline_tracks WHERE case_id = ?",
    };
    for (const char *statement : statements)
        if (Status st = m_sql.run(sql(statement), {caseId},
                                  QStringLiteral("clear the old rows of case %1").arg(caseId));
            !st)
            return st;
    return {};
}

Status CaseWriter::events(const IntakeCase &kase) {
    for (int i = 0; i < kase.events().size(); ++i) {
        const CaseEvent &e = kase.events().at(i);
        if (Status st =
                m_sql.run(sql("INSERT INTO case_events (case_id, position, from_state, "
                              "to_state, actor, happened_at, reason) VALUES (?, ?, ?, ?, "
                              "?, ?, ?)"),
                          {kase.id, i, CaseTransitions::name(e.from), CaseTransitions::name(e.to),
                           e.actor, IntakeJson::dateTimeText(e.at), e.reason},
                          QStringLiteral("event %1").arg(i + 1));
            !st)
            return st;
    }
    return {};
}

Status CaseWriter::checklist(const IntakeCase &kase) {
    const QList<ChecklistEntry> &entries = kase.checklist.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const ChecklistEntry &e = entries.at(i);
        if (Status st = m_sql.run(
                sql("INSERT INTO checklist_entries (case_id, position, material, "
                    "standard_material, state, is_original, copies, source, promised_date, "
                    "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {kase.id, i, e.standard.name, compact(IntakeJson::material(e.standard)),
                 Checklist::stateName(e.state), int(e.original), e.count, e.source,
                 IntakeJson::dateText(e.promisedDate), e.reason},
                QStringLiteral("checklist entry \"%1\"").arg(e.standard.name));
            !st)
            return st;
    }
    return {};
}

Status CaseWriter::notices(const IntakeCase &kase) {
    for (int i = 0; i < kase.notices.size(); ++i) {
        const NoticeRecord &n = kase.notices.at(i);
        const QString what = QStringLiteral("notice %1").arg(n.number);
        if (Status st = m_sql.run(
                sql("INSERT INTO notices (case_id, position, kind, doc_number, issued_at, actor, "
                    "reason, competent_organ, justification) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {kase.id, i, IntakeJson::noticeKindName(n.kind), n.number,
                 IntakeJson::dateTimeText(n.issuedAt), n.actor, n.reason, n.competentOrgan,
                 n.justification},
                what);
            !st)
            return st;
        for (int m = 0; m < n.materials.size(); ++m)
            if (Status st = m_sql.run(sql("INSERT INTO notice_materials (case_id, "
                                          "notice_position, position, material) VALUES (?, ?, ?, "
                                          "?)"),
                                      {kase.id, i, m, n.materials.at(m)}, what);
                !st)
                return st;
    }
    return {};
}

Status CaseWriter::commitments(const IntakeCase &kase) {
    for (int i = 0; i < kase.commitments.size(); ++i) {
        const Commitment &c = kase.commitments.at(i);
        const QString what = QStringLiteral("commitment %1 (%2)").arg(c.id, c.material);
        if (Status st = m_sql.run(
                sql("INSERT INTO commitments (id, case_id, position, applicant_key, material, "
                    "promised_date, created_at, state, supplied_on, breached_on) VALUES (?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?)"),
                {c.id, kase.id, i, c.applicantKey, c.material, IntakeJson::dateText(c.promisedDate),
                 IntakeJson::dateTimeText(c.createdAt), Commitment::stateName(c.state),
                 IntakeJson::dateText(c.suppliedOn), IntakeJson::dateText(c.breachedOn)},
                what);
            !st)
            return st;
        for (int s = 0; s < c.supplies.size(); ++s) {
            const Commitment::Supply &supply = c.supplies.at(s);
            if (Status st = m_sql.run(sql("INSERT INTO commitment_supplies (commitment_id, "
                                          "position, supplied_at, what, actor, complete) VALUES "
                                          "(?, ?, ?, ?, ?, ?)"),
                                      {c.id, s, IntakeJson::dateTimeText(supply.at), supply.what,
                                       supply.actor, int(supply.complete)},
                                      what);
                !st)
                return st;
        }
    }
    return {};
}

Status CaseWriter::violations(const IntakeCase &kase) {
    for (int i = 0; i < kase.violations.size(); ++i) {
        const Violation &v = kase.violations.at(i);
        if (Status st = m_sql.run(
                sql("INSERT INTO violations (case_id, position, kind, happened_at, actor, "
                    "notice_number, new_materials, justification) VALUES (?, ?, ?, ?, ?, ?, ?, "
                    "?)"),
                {kase.id, i, Violation::kindName(v.kind), IntakeJson::dateTimeText(v.at), v.actor,
                 v.noticeNumber, compact(v.newMaterials), v.justification},
                QStringLiteral("violation %1").arg(i + 1));
            !st)
            return st;
    }
    return {};
}

Status CaseWriter::deadlines(const IntakeCase &kase) {
    for (int t = 0; t < kase.deadlines.size(); ++t) {
        const DeadlineTrack &track = kase.deadlines.at(t);
        const QString what = QStringLiteral("deadline %1").arg(track.step);
        if (Status st = m_sql.run(
                sql("INSERT INTO deadline_tracks (case_id, position, step, basis, limit_value, "
                    "limit_unit, limit_basis, limit_confidence, start_date, finished_on) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {kase.id, t, track.step, basisName(track.basis), track.limit.value,
                 track.limit.unit, track.limit.basis, track.limit.confidence,
                 IntakeJson::dateText(track.start), IntakeJson::dateText(track.finished)},
                what);
            !st)
            return st;
        for (int p = 0; p < track.pauses.size(); ++p) {
            const ClockPause &pause = track.pauses.at(p);
            if (Status st =
                    m_sql.run(sql("INSERT INTO deadline_pauses (case_id, track_position, "
                                  "position, kind, reason, from_date, until_date) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?)"),
                              {kase.id, t, p, ClockPause::kindName(pause.kind), pause.reason,
                               IntakeJson::dateText(pause.from), IntakeJson::dateText(pause.until)},
                              what);
                !st)
                return st;
        }
        for (int e = 0; e < track.extensions.size(); ++e) {
            const ClockExtension &ext = track.extensions.at(e);
            if (Status st = m_sql.run(sql("INSERT INTO deadline_extensions (case_id, "
                                          "track_position, position, days, reason, approved_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"),
                                      {kase.id, t, e, ext.days, ext.reason, ext.approvedBy}, what);
                !st)
                return st;
        }
    }
    return {};
}

} // namespace ow
