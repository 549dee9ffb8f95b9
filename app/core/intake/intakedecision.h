#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

// Why a decision cannot be taken. Every reason found is reported, each with its code (tests
// and the UI key on it), the material it is about (if any) and a message for the clerk.
struct IntakeRefusal {
    enum class Code {
        WrongState,                // the case is not in a state where this decision is possible
        RequiredMaterialMissing,   // accept: a required material is missing
        RequiredMaterialDefective, // accept: a required material is defective
        RequiredMaterialDeferred,  // accept: a material is deferred (use deferred acceptance)
        DeferralNotAllowed,        // the item does not allow deferred acceptance
        NonDeferrableMissing,      // a required material that may not be deferred is not present
        DeferrableNotPromised,     // a deferrable required material is missing without a date
        ApplicantBlacklisted,      // the applicant is blacklisted in the credit system
        PromisedDateTooLate,       // the promised date is beyond the item's deferral limit
        PromisedDateInPast,        // the promised date is before today
        NothingDeferred,           // nothing is deferred: plain acceptance applies
        NothingToCorrect,          // correction: no material is missing or defective
        JustificationRequired,     // a later notice lists materials the first did not
        ReasonRequired,            // refusal without a reason
        CalendarError,             // a date outside the loaded working-day calendar
        UnknownItem,               // the case names an item the catalog does not have
        NumberingFailed,           // no document number could be drawn
    };
    Code code = Code::WrongState;
    QString material;
    QString message;

    static QString codeName(Code code); // "non_deferrable_missing", ...
};

// A decision's outcome: the value, or every reason it is refused.
template <typename T> class Decision {
public:
    Decision(T value)
        : m_value(std::move(value)) {}
    Decision(QList<IntakeRefusal> refusals)
        : m_refusals(std::move(refusals)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const QList<IntakeRefusal> &refusals() const { return m_refusals; }
    bool refusedFor(IntakeRefusal::Code code) const {
        for (const IntakeRefusal &r : m_refusals)
            if (r.code == code)
                return true;
        return false;
    }
    // All messages, one per line.
    QString message() const {
        QStringList lines;
        for (const IntakeRefusal &r : m_refusals)
            lines << r.message;
        return lines.join(QLatin1Char('\n'));
    }

private:
    std::optional<T> m_value;
    QList<IntakeRefusal> m_refusals;
};

} // namespace ow
