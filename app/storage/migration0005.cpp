#include "migrations.h"

namespace ow {

namespace {

QString sql(const char *text) {
    return QString::fromUtf8(text);
}

} // namespace

// Face checks at the window (人证合一, docs/facecheck.md). A check row is written once and never
// changed; an override is a row of its own that names the check, so both sync as new records
// and never conflict. No image and no embedding is stored: scores, thresholds and who decided.
Migration faceChecks() {
    Migration m;
    m.version = 5;
    m.name = QStringLiteral("face checks and their overrides");
    m.common = {
        // applicant_key: the applicants table's key (the ID number), so a check belongs to the
        // applicant's record; applicant_masked is what screens and reports show.
        sql("CREATE TABLE face_checks (id TEXT PRIMARY KEY, visit_id TEXT NOT NULL DEFAULT '', "
            "applicant_key TEXT NOT NULL, applicant_masked TEXT NOT NULL, "
            "score DOUBLE PRECISION NOT NULL, pass_at DOUBLE PRECISION NOT NULL, "
            "review_from DOUBLE PRECISION NOT NULL, live_at DOUBLE PRECISION NOT NULL, "
            "liveness DOUBLE PRECISION NOT NULL, challenge TEXT NOT NULL, "
            "challenge_passed INTEGER NOT NULL, consistent INTEGER NOT NULL, "
            "card_face_found INTEGER NOT NULL, live_face_found INTEGER NOT NULL, "
            "frames_used INTEGER NOT NULL, model_pack TEXT NOT NULL, decision TEXT NOT NULL, "
            "reason_code TEXT NOT NULL DEFAULT '', operator TEXT NOT NULL, "
            "checked_at TEXT NOT NULL, workstation TEXT NOT NULL DEFAULT '')"),
        sql("CREATE INDEX face_checks_applicant ON face_checks(applicant_key, checked_at)"),
        sql("CREATE INDEX face_checks_visit ON face_checks(visit_id)"),
        sql("CREATE TABLE face_overrides (id TEXT PRIMARY KEY, "
            "check_id TEXT NOT NULL REFERENCES face_checks(id), decision_before TEXT NOT NULL, "
            "decision TEXT NOT NULL, by_user TEXT NOT NULL, role TEXT NOT NULL, "
            "reason TEXT NOT NULL, at TEXT NOT NULL, workstation TEXT NOT NULL DEFAULT '')"),
        sql("CREATE INDEX face_overrides_check ON face_overrides(check_id, at)"),
    };
    return m;
}

} // namespace ow
