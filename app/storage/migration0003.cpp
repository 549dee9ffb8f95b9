#include "migrations.h"

namespace ow {

namespace {

QString sql(const char *text) {
    return QString::fromUtf8(text);
}

} // namespace

// Case intake (issue 6). Dates are ISO text ('' = none), booleans INTEGER 0/1. Child rows of a
// case carry (case_id, position) keys and are rewritten with the case, so a case is saved as a
// whole. cases.item_id has no foreign key: a catalog replace must not be blocked by (or erase)
// the cases of an item that left the catalog.
Migration caseIntake() {
    Migration m;
    m.version = 3;
    m.name = QStringLiteral("case intake: applicants, visits, cases, notices, commitments");
    m.common = {
        // The catalog's optional intake fields: NULL / '' = the default (docs/catalog-format.md).
        sql("ALTER TABLE items ADD COLUMN deferral_allowed INTEGER NULL"),
        sql("ALTER TABLE items ADD COLUMN deferral_max_days INTEGER NULL"),
        sql("ALTER TABLE items ADD COLUMN deferral_overdue_rule TEXT NOT NULL DEFAULT ''"),
        sql("ALTER TABLE items ADD COLUMN correction_clock TEXT NOT NULL DEFAULT ''"),
        sql("ALTER TABLE items ADD COLUMN agency_abbrev TEXT NOT NULL DEFAULT ''"),
        sql("ALTER TABLE items ADD COLUMN fees TEXT NOT NULL DEFAULT ''"),
        sql("ALTER TABLE items ADD COLUMN place TEXT NOT NULL DEFAULT ''"),
        sql("ALTER TABLE items ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
        sql("ALTER TABLE items ADD COLUMN levels TEXT NOT NULL DEFAULT ''"),

        // The latest known data of each applicant, keyed by ID number or credit code; visits
        // and cases keep their own snapshot (details, JSON) as it was at the time.
        sql("CREATE TABLE applicants (applicant_key TEXT PRIMARY KEY, kind TEXT NOT NULL, "
            "name TEXT NOT NULL, legal_representative TEXT NOT NULL DEFAULT '', "
            "phone TEXT NOT NULL DEFAULT '', blacklisted INTEGER NOT NULL DEFAULT 0, "
            "credit_reason TEXT NOT NULL DEFAULT '', details TEXT NOT NULL, "
            "updated_at TEXT NOT NULL)"),
        sql("CREATE TABLE visits (id TEXT PRIMARY KEY, ticket TEXT NOT NULL DEFAULT '', "
            "applicant_key TEXT NOT NULL REFERENCES applicants(applicant_key), "
            "applicant TEXT NOT NULL, opened_at TEXT NOT NULL, "
            "closed_at TEXT NOT NULL DEFAULT '')"),
        sql("CREATE INDEX visits_applicant ON visits(applicant_key, opened_at)"),
        sql("CREATE TABLE cases (id TEXT PRIMARY KEY, "
            "visit_id TEXT NOT NULL REFERENCES visits(id), position INTEGER NOT NULL, "
            "case_number TEXT NOT NULL DEFAULT '', item_id TEXT NOT NULL, "
            "item_name TEXT NOT NULL, applicant_key TEXT NOT NULL, applicant TEXT NOT NULL, "
            "state TEXT NOT NULL, received_at TEXT NOT NULL, "
            "accepted_on TEXT NOT NULL DEFAULT '', officer TEXT NOT NULL DEFAULT '', "
            "officer_phone TEXT NOT NULL DEFAULT '', delivery_method TEXT NOT NULL DEFAULT '', "
            "updated_at TEXT NOT NULL)"),
        sql("CREATE INDEX cases_visit ON cases(visit_id, position)"),
        sql("CREATE INDEX cases_applicant ON cases(applicant_key)"),
        sql("CREATE TABLE case_events (case_id TEXT NOT NULL REFERENCES cases(id) "
            "ON DELETE CASCADE, position INTEGER NOT NULL, from_state TEXT NOT NULL, "
            "to_state TEXT NOT NULL, actor TEXT NOT NULL, happened_at TEXT NOT NULL, "
            "reason TEXT NOT NULL DEFAULT '', PRIMARY KEY (case_id, position))"),
        // standard_material: the catalog material as it was when the case was opened (JSON).
        sql("CREATE TABLE checklist_entries (case_id TEXT NOT NULL REFERENCES cases(id) "
            "ON DELETE CASCADE, position INTEGER NOT NULL, material TEXT NOT NULL, "
            "standard_material TEXT NOT NULL, state TEXT NOT NULL, is_original INTEGER NOT NULL, "
            "copies INTEGER NOT NULL, source TEXT NOT NULL DEFAULT '', "
            "promised_date TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', "
            "PRIMARY KEY (case_id, position))"),
        sql("CREATE TABLE notices (case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
            "position INTEGER NOT NULL, kind TEXT NOT NULL, doc_number TEXT NOT NULL DEFAULT '', "
            "issued_at TEXT NOT NULL, actor TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', "
            "competent_organ TEXT NOT NULL DEFAULT '', justification TEXT NOT NULL DEFAULT '', "
            "PRIMARY KEY (case_id, position))"),
        sql("CREATE TABLE notice_materials (case_id TEXT NOT NULL, notice_position INTEGER NOT "
            "NULL, position INTEGER NOT NULL, material TEXT NOT NULL, "
            "PRIMARY KEY (case_id, notice_position, position), "
            "FOREIGN KEY (case_id, notice_position) REFERENCES notices(case_id, position) "
            "ON DELETE CASCADE)"),
        sql("CREATE TABLE commitments (id TEXT PRIMARY KEY, case_id TEXT NOT NULL "
            "REFERENCES cases(id) ON DELETE CASCADE, position INTEGER NOT NULL, "
            "applicant_key TEXT NOT NULL, material TEXT NOT NULL, promised_date TEXT NOT NULL, "
            "created_at TEXT NOT NULL, state TEXT NOT NULL, "
            "supplied_on TEXT NOT NULL DEFAULT '', breached_on TEXT NOT NULL DEFAULT '')"),
        sql("CREATE INDEX commitments_open ON commitments(state, promised_date)"),
        sql("CREATE INDEX commitments_applicant ON commitments(applicant_key)"),
        sql("CREATE TABLE commitment_supplies (commitment_id TEXT NOT NULL "
            "REFERENCES commitments(id) ON DELETE CASCADE, position INTEGER NOT NULL, "
            "supplied_at TEXT NOT NULL, what TEXT NOT NULL, actor TEXT NOT NULL, "
            "complete INTEGER NOT NULL, PRIMARY KEY (commitment_id, position))"),
        sql("CREATE TABLE violations (case_id TEXT NOT NULL REFERENCES cases(id) "
            "ON DELETE CASCADE, position INTEGER NOT NULL, kind TEXT NOT NULL, "
            "happened_at TEXT NOT NULL, actor TEXT NOT NULL, "
            "notice_number TEXT NOT NULL DEFAULT '', new_materials TEXT NOT NULL DEFAULT '[]', "
            "justification TEXT NOT NULL DEFAULT '', PRIMARY KEY (case_id, position))"),
        sql("CREATE TABLE deadline_tracks (case_id TEXT NOT NULL REFERENCES cases(id) "
            "ON DELETE CASCADE, position INTEGER NOT NULL, step TEXT NOT NULL, "
            "basis TEXT NOT NULL, limit_value INTEGER NOT NULL, limit_unit TEXT NOT NULL, "
            "limit_basis TEXT NOT NULL DEFAULT '', limit_confidence TEXT NOT NULL DEFAULT '', "
            "start_date TEXT NOT NULL, finished_on TEXT NOT NULL DEFAULT '', "
            "PRIMARY KEY (case_id, position))"),
        sql("CREATE TABLE deadline_pauses (case_id TEXT NOT NULL, track_position INTEGER NOT "
            "NULL, position INTEGER NOT NULL, kind TEXT NOT NULL, reason TEXT NOT NULL, "
            "from_date TEXT NOT NULL, until_date TEXT NOT NULL DEFAULT '', "
            "PRIMARY KEY (case_id, track_position, position), "
            "FOREIGN KEY (case_id, track_position) REFERENCES deadline_tracks(case_id, position) "
            "ON DELETE CASCADE)"),
        sql("CREATE TABLE deadline_extensions (case_id TEXT NOT NULL, track_position INTEGER "
            "NOT NULL, position INTEGER NOT NULL, days INTEGER NOT NULL, reason TEXT NOT NULL, "
            "approved_by TEXT NOT NULL DEFAULT '', "
            "PRIMARY KEY (case_id, track_position, position), "
            "FOREIGN KEY (case_id, track_position) REFERENCES deadline_tracks(case_id, position) "
            "ON DELETE CASCADE)"),
        sql("CREATE TABLE document_serials (agency TEXT NOT NULL, category TEXT NOT NULL, "
            "doc_year INTEGER NOT NULL, last_serial INTEGER NOT NULL, "
            "PRIMARY KEY (agency, category, doc_year))"),
    };
    // Credit marks have no natural key (an applicant may be marked twice on one day).
    m.sqlite = {
        sql("CREATE TABLE credit_marks (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "applicant_key TEXT NOT NULL, case_id TEXT NOT NULL DEFAULT '', "
            "commitment_id TEXT NOT NULL DEFAULT '', material TEXT NOT NULL DEFAULT '', "
            "mark_date TEXT NOT NULL, reason TEXT NOT NULL)"),
        sql("CREATE INDEX credit_marks_applicant ON credit_marks(applicant_key)"),
    };
    m.postgres = {
        sql("CREATE TABLE credit_marks (id BIGSERIAL PRIMARY KEY, "
            "applicant_key TEXT NOT NULL, case_id TEXT NOT NULL DEFAULT '', "
            "commitment_id TEXT NOT NULL DEFAULT '', material TEXT NOT NULL DEFAULT '', "
            "mark_date TEXT NOT NULL, reason TEXT NOT NULL)"),
        sql("CREATE INDEX credit_marks_applicant ON credit_marks(applicant_key)"),
    };
    return m;
}

} // namespace ow
