#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// One deferred material the applicant promised to supply (容缺受理承诺书), tracked by the
// commitment ledger until supplied or overdue.
struct Commitment {
    enum class State {
        Open,     // promised, not (fully) supplied; may be partly supplied
        Supplied, // fully supplied on `suppliedOn`
        Breached, // overdue and handled by the item's rule (case terminated or refused)
    };
    struct Supply { // one delivery at a later visit
        QDateTime at;
        QString what; // what was brought, e.g. "3份中的2份", "已签字版本"
        QString actor;
        bool complete = false;
        friend bool operator==(const Supply &, const Supply &) = default;
    };

    QString id;
    QString caseId;
    QString applicantKey; // ID number or credit code (Applicant::key())
    QString material;     // the catalog material name
    QDate promisedDate;   // the last day to supply it
    QDateTime createdAt;
    State state = State::Open;
    QList<Supply> supplies;
    QDate suppliedOn; // when fully supplied
    QDate breachedOn; // when the overdue rule was applied
    friend bool operator==(const Commitment &, const Commitment &) = default;

    bool partlySupplied() const { return state == State::Open && !supplies.isEmpty(); }
    static QString stateName(State state); // open, supplied, breached
};

// An entry for the credit system: the applicant did not keep a commitment.
struct CreditMark {
    QString applicantKey;
    QString caseId;
    QString commitmentId;
    QString material;
    QDate date;
    QString reason; // 容缺受理承诺未按期履行：……
    friend bool operator==(const CreditMark &, const CreditMark &) = default;
};

} // namespace ow
