#pragma once

#include "result.h"
#include "sqlstatements.h"
#include "visit.h"

namespace ow {

class Database;

// Reads visits and cases back from their rows into the core types, equal to what was saved.
class CaseReader {
public:
    explicit CaseReader(Database &db)
        : m_sql(db) {}

    Result<Visit> visit(const QString &visitId);
    Result<IntakeCase> wholeCase(const QString &caseId);
    // The ids of a visit's cases, in their order.
    Result<QStringList> caseIds(const QString &visitId);

private:
    Status events(IntakeCase &kase, CaseState state);
    Status checklist(IntakeCase &kase);
    Status notices(IntakeCase &kase);
    Status commitments(IntakeCase &kase);
    Status violations(IntakeCase &kase);
    Status deadlines(IntakeCase &kase);

    SqlStatements m_sql;
};

} // namespace ow
