#pragma once

#include "result.h"
#include "sqlstatements.h"
#include "visit.h"

namespace ow {

class Database;

// Writes a visit, its applicant and its cases as rows. Begins no transaction: CaseRepository
// (or a caller holding one) wraps each call in one, so a failed statement leaves nothing.
// A case is written whole: its child rows are deleted and inserted again.
class CaseWriter {
public:
    explicit CaseWriter(Database &db)
        : m_sql(db) {}

    Status applicant(const Applicant &applicant);
    Status visit(const Visit &visit);
    // `position` orders the cases of a visit; -1 keeps the stored one (or appends).
    Status wholeCase(const IntakeCase &kase, const QString &visitId, int position);

private:
    Status clearCase(const QString &caseId);
    Status events(const IntakeCase &kase);
    Status checklist(const IntakeCase &kase);
    Status notices(const IntakeCase &kase);
    Status commitments(const IntakeCase &kase);
    Status violations(const IntakeCase &kase);
    Status deadlines(const IntakeCase &kase);

    SqlStatements m_sql;
};

} // namespace ow
