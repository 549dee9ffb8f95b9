#include "facecheckrepository.h"

#include "auditlog.h"
#include "database.h"
#include "serverwritelock.h"
#include "syncoutbox.h"

#include <QUuid>
#include <QVariant>

namespace ow {

namespace {

const QString kCheckEntity = QStringLiteral("face_check");
const QString kOverrideEntity = QStringLiteral("face_override");

const char *const kCheckColumns =
    "id, visit_id, applicant_key, applicant_masked, score, pass_at, review_from, live_at, "
    "liveness, challenge, challenge_passed, consistent, card_face_found, live_face_found, "
    "frames_used, model_pack, decision, reason_code, operator, checked_at, workstation";

QString timeText(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QString &text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

std::optional<FaceDecision> decisionFrom(const QString &name) {
    for (FaceDecision d : {FaceDecision::Pass, FaceDecision::Review, FaceDecision::Fail})
        if (faceDecisionName(d) == name)
            return d;
    return std::nullopt;
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

FaceCheckRecord checkFrom(const QSqlQuery &q) {
    FaceCheckRecord r;
    r.id = q.value(0).toString();
    r.visitId = q.value(1).toString();
    r.applicantKey = q.value(2).toString();
    r.applicantMasked = q.value(3).toString();
    r.evidence.score = q.value(4).toDouble();
    r.thresholds.passAt = q.value(5).toDouble();
    r.thresholds.reviewFrom = q.value(6).toDouble();
    r.thresholds.liveAt = q.value(7).toDouble();
    r.evidence.liveness = q.value(8).toDouble();
    r.challenge = q.value(9).toString();
    r.evidence.challengePassed = q.value(10).toInt() != 0;
    r.evidence.consistent = q.value(11).toInt() != 0;
    r.evidence.cardFaceFound = q.value(12).toInt() != 0;
    r.evidence.liveFaceFound = q.value(13).toInt() != 0;
    r.framesUsed = q.value(14).toInt();
    r.modelPack = q.value(15).toString();
    r.decision = decisionFrom(q.value(16).toString()).value_or(FaceDecision::Fail);
    r.reasonCode = q.value(17).toString();
    r.operatorName = q.value(18).toString();
    r.checkedAt = timeFrom(q.value(19).toString());
    r.workstation = q.value(20).toString();
    return r;
}

} // namespace

bool FaceCheckRepository::roleMayOverride(Role role) {
    return role == Role::Supervisor || role == Role::Admin;
}

bool FaceCheckRepository::mayOverride(const QList<Role> &roles) {
    return overrideRole(roles).has_value();
}

std::optional<Role> FaceCheckRepository::overrideRole(const QList<Role> &roles) {
    if (roles.contains(Role::Supervisor))
        return Role::Supervisor;
    if (roles.contains(Role::Admin))
        return Role::Admin;
    return std::nullopt;
}

QString FaceCheckRepository::overrideProblem(const FaceOverride &o) {
    if (!roleMayOverride(o.role))
        return QStringLiteral("the role '%1' may not override a face check (supervisor or admin "
                              "only)")
            .arg(roleKey(o.role));
    if (o.by.trimmed().isEmpty())
        return QStringLiteral("an override needs the name of the user who made it");
    if (o.reason.trimmed().size() < minimumReasonLength)
        return QStringLiteral("an override needs a reason of at least %1 characters")
            .arg(minimumReasonLength);
    if (o.checkId.isEmpty())
        return QStringLiteral("an override must name the face check it overrides");
    return {};
}

QJsonObject FaceCheckRepository::toJson(const FaceCheckRecord &r) {
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("visit_id"), r.visitId},
        {QStringLiteral("applicant_key"), r.applicantKey},
        {QStringLiteral("applicant_masked"), r.applicantMasked},
        {QStringLiteral("score"), r.evidence.score},
        {QStringLiteral("pass_at"), r.thresholds.passAt},
        {QStringLiteral("review_from"), r.thresholds.reviewFrom},
        {QStringLiteral("live_at"), r.thresholds.liveAt},
        {QStringLiteral("liveness"), r.evidence.liveness},
        {QStringLiteral("challenge"), r.challenge},
        {QStringLiteral("challenge_passed"), r.evidence.challengePassed},
        {QStringLiteral("consistent"), r.evidence.consistent},
        {QStringLiteral("card_face_found"), r.evidence.cardFaceFound},
        {QStringLiteral("live_face_found"), r.evidence.liveFaceFound},
        {QStringLiteral("frames_used"), r.framesUsed},
        {QStringLiteral("model_pack"), r.modelPack},
        {QStringLiteral("decision"), faceDecisionName(r.decision)},
        {QStringLiteral("reason_code"), r.reasonCode},
        {QStringLiteral("operator"), r.operatorName},
        {QStringLiteral("checked_at"), timeText(r.checkedAt)},
        {QStringLiteral("workstation"), r.workstation},
    };
}

QJsonObject FaceCheckRepository::toJson(const FaceOverride &o) {
    return QJsonObject{
        {QStringLiteral("id"), o.id},
        {QStringLiteral("check_id"), o.checkId},
        {QStringLiteral("decision_before"), faceDecisionName(o.before)},
        {QStringLiteral("decision"), faceDecisionName(o.decision)},
        {QStringLiteral("by"), o.by},
        {QStringLiteral("role"), roleKey(o.role)},
        {QStringLiteral("reason"), o.reason},
        {QStringLiteral("at"), timeText(o.at)},
        {QStringLiteral("workstation"), o.workstation},
    };
}

Result<QString> FaceCheckRepository::save(FaceCheckRecord r) {
    using R = Result<QString>;
    if (r.applicantKey.trimmed().isEmpty())
        return R::failure(QStringLiteral("face check: no applicant"));
    if (r.operatorName.trimmed().isEmpty())
        return R::failure(QStringLiteral("face check: no operator"));
    if (const QString problem = r.thresholds.problem(); !problem.isEmpty())
        return R::failure(QStringLiteral("face check: %1").arg(problem));
    if (r.id.isEmpty())
        r.id = newId();
    if (!r.checkedAt.isValid())
        return R::failure(QStringLiteral("face check: no time"));
    const Status st = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO face_checks (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kCheckColumns)));
        const QVariantList values{r.id,
                                  r.visitId,
                                  r.applicantKey,
                                  r.applicantMasked,
                                  r.evidence.score,
                                  r.thresholds.passAt,
                                  r.thresholds.reviewFrom,
                                  r.thresholds.liveAt,
                                  r.evidence.liveness,
                                  r.challenge,
                                  r.evidence.challengePassed ? 1 : 0,
                                  r.evidence.consistent ? 1 : 0,
                                  r.evidence.cardFaceFound ? 1 : 0,
                                  r.evidence.liveFaceFound ? 1 : 0,
                                  r.framesUsed,
                                  r.modelPack,
                                  faceDecisionName(r.decision),
                                  r.reasonCode,
                                  r.operatorName,
                                  timeText(r.checkedAt),
                                  r.workstation};
        for (const QVariant &v : values)
            q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull()
                               ? QVariant(QStringLiteral(""))
                               : v);
        if (!q.exec())
            return Status::failure(Database::errorOf(q, QStringLiteral("save face check")));
        auto queued = SyncOutbox::enqueue(m_db, kCheckEntity, r.id, toJson(r));
        return queued ? Status() : Status::failure(queued.error());
    });
    if (!st)
        return R::failure(st.error());
    return r.id;
}

Result<QString> FaceCheckRepository::recordOverride(FaceOverride o) {
    using R = Result<QString>;
    if (const QString problem = overrideProblem(o); !problem.isEmpty())
        return R::failure(QStringLiteral("face check override refused: %1").arg(problem));
    if (!o.at.isValid())
        return R::failure(QStringLiteral("face check override refused: no time"));
    auto current = effectiveDecision(o.checkId);
    if (!current)
        return R::failure(current.error());
    if (current.value() == o.decision)
        return R::failure(
            QStringLiteral("face check override refused: the decision is already '%1'")
                .arg(faceDecisionName(o.decision)));
    o.before = current.value();
    o.reason = o.reason.trimmed();
    if (o.id.isEmpty())
        o.id = newId();
    const Status st = m_db.transaction([&]() -> Status {
        // The local audit chain needs its writers serialised like the server's.
        if (Status s = lockServerWrites(m_db); !s)
            return s;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO face_overrides (id, check_id, decision_before, "
                                 "decision, by_user, role, reason, at, workstation) VALUES (?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?)"));
        for (const QString &v :
             {o.id, o.checkId, faceDecisionName(o.before), faceDecisionName(o.decision), o.by,
              roleKey(o.role), o.reason, timeText(o.at), o.workstation})
            q.addBindValue(v.isNull() ? QStringLiteral("") : v);
        if (!q.exec())
            return Status::failure(Database::errorOf(q, QStringLiteral("record face override")));
        auto audited =
            AuditLog(m_db).append(o.at, o.by, QStringLiteral("face.override"), o.checkId,
                                  QStringLiteral("%1 -> %2 as %3: %4")
                                      .arg(faceDecisionName(o.before), faceDecisionName(o.decision),
                                           roleKey(o.role), o.reason));
        if (!audited)
            return Status::failure(audited.error());
        auto queued = SyncOutbox::enqueue(m_db, kOverrideEntity, o.id, toJson(o));
        return queued ? Status() : Status::failure(queued.error());
    });
    if (!st)
        return R::failure(st.error());
    return o.id;
}

Result<std::optional<FaceCheckRecord>> FaceCheckRepository::find(const QString &id) {
    using R = Result<std::optional<FaceCheckRecord>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM face_checks WHERE id = ?")
                  .arg(QLatin1String(kCheckColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("find face check")));
    if (!q.next())
        return R(std::nullopt);
    return R(std::optional<FaceCheckRecord>(checkFrom(q)));
}

Result<QList<FaceCheckRecord>> FaceCheckRepository::checksOf(const QString &applicantKey) {
    using R = Result<QList<FaceCheckRecord>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM face_checks WHERE applicant_key = ? "
                             "ORDER BY checked_at DESC, id DESC")
                  .arg(QLatin1String(kCheckColumns)));
    q.addBindValue(applicantKey);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("face checks of an applicant")));
    QList<FaceCheckRecord> list;
    while (q.next())
        list << checkFrom(q);
    return list;
}

Result<QList<FaceOverride>> FaceCheckRepository::overridesOf(const QString &checkId) {
    using R = Result<QList<FaceOverride>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, check_id, decision_before, decision, by_user, role, "
                             "reason, at, workstation FROM face_overrides WHERE check_id = ? "
                             "ORDER BY at, id"));
    q.addBindValue(checkId);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("overrides of a face check")));
    QList<FaceOverride> list;
    while (q.next()) {
        FaceOverride o;
        o.id = q.value(0).toString();
        o.checkId = q.value(1).toString();
        o.before = decisionFrom(q.value(2).toString()).value_or(FaceDecision::Fail);
        o.decision = decisionFrom(q.value(3).toString()).value_or(FaceDecision::Fail);
        o.by = q.value(4).toString();
        o.role = roleFromKey(q.value(5).toString()).value_or(Role::Supervisor);
        o.reason = q.value(6).toString();
        o.at = timeFrom(q.value(7).toString());
        o.workstation = q.value(8).toString();
        list << o;
    }
    return list;
}

Result<FaceDecision> FaceCheckRepository::effectiveDecision(const QString &checkId) {
    using R = Result<FaceDecision>;
    auto check = find(checkId);
    if (!check)
        return R::failure(check.error());
    if (!check.value())
        return R::failure(QStringLiteral("face check %1 is not stored here").arg(checkId));
    auto overrides = overridesOf(checkId);
    if (!overrides)
        return R::failure(overrides.error());
    return overrides->isEmpty() ? check.value()->decision : overrides->last().decision;
}

} // namespace ow
