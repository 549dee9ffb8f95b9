#pragma once

#include "facedecision.h"
#include "result.h"
#include "roles.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

class Database;

// One ID-photo match as recorded (docs/facecheck.md): the evidence, the thresholds it was
// judged with, the model pack and who ran it. Never an image or an embedding.
struct FaceCheckRecord {
    QString id;              // UUID, made by save() when empty
    QString visitId;         // the visit it belongs to; empty before the visit is started
    QString applicantKey;    // the applicants table's key (ID number): links the record
    QString applicantMasked; // 150302********1238, what screens show
    FaceEvidence evidence;
    FaceThresholds thresholds;
    QString challenge; // "none", "blink", "turn-head"
    int framesUsed = 0;
    QString modelPack; // e.g. "faceplugin-0.0.1"
    FaceDecision decision = FaceDecision::Fail;
    QString reasonCode; // FaceVerdict::reasonCode
    QString operatorName;
    QDateTime checkedAt;
    QString workstation;
};

// A person's decision over the automatic one: who, in which role, why, when.
struct FaceOverride {
    QString id; // UUID, made by recordOverride() when empty
    QString checkId;
    FaceDecision before = FaceDecision::Fail;
    FaceDecision decision = FaceDecision::Pass;
    QString by;
    Role role = Role::Supervisor;
    QString reason;
    QDateTime at;
    QString workstation;
    friend bool operator==(const FaceOverride &, const FaceOverride &) = default;
};

// Stores face checks and overrides. Each write is one transaction together with its sync outbox
// entry (entities "face_check" and "face_override"), so the record reaches the server or
// nothing is written; an override also appends to the local audit chain, and the server audits
// it when it arrives (docs/facecheck.md).
class FaceCheckRepository {
public:
    explicit FaceCheckRepository(Database &db)
        : m_db(db) {}

    // Who may override: supervisors and administrators (DESIGN §1); clerks may not.
    static bool roleMayOverride(Role role);
    static bool mayOverride(const QList<Role> &roles);
    // The role an override is recorded under: the highest permitted one the user has.
    static std::optional<Role> overrideRole(const QList<Role> &roles);
    static constexpr int minimumReasonLength = 4; // characters, after trimming
    // Why the override may not be recorded (English, for logs and scripts), or empty.
    static QString overrideProblem(const FaceOverride &o);

    // Saves a new check; returns its id.
    Result<QString> save(FaceCheckRecord record);
    // Records the override of a stored check; returns its id. Refused (nothing written) when
    // the role may not override, the reason is too short, the check is unknown or the new
    // decision equals the one in force.
    Result<QString> recordOverride(FaceOverride override);

    Result<std::optional<FaceCheckRecord>> find(const QString &id);
    Result<QList<FaceCheckRecord>> checksOf(const QString &applicantKey); // newest first
    Result<QList<FaceOverride>> overridesOf(const QString &checkId);      // oldest first
    // The decision in force: the newest override's, else the check's own.
    Result<FaceDecision> effectiveDecision(const QString &checkId);

    // The sync payloads (docs/facecheck.md).
    static QJsonObject toJson(const FaceCheckRecord &record);
    static QJsonObject toJson(const FaceOverride &override);

private:
    Database &m_db;
};

} // namespace ow
