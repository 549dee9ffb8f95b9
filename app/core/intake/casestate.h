#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ow {

// The lifecycle of a case (办件), DESIGN §4:
// 收件 → 受理 | 容缺受理 | 补正 | 不予受理 → 审查 → 办结 (准予 / 不予) → 送达; 终止 for overdue
// commitments.
enum class CaseState {
    Received,            // 收件: materials being checked at the window
    Accepted,            // 受理
    DeferredAccepted,    // 容缺受理: accepted with promised materials
    CorrectionRequested, // 补正: one-time notice issued, waiting for the applicant
    Refused,             // 不予受理 (final)
    UnderReview,         // 审查 (back office)
    Approved,            // 办结·准予
    Denied,              // 办结·不予
    Delivered,           // 送达 (final)
    Terminated,          // 终止: a commitment was not kept (final)
};

// Which moves are legal. The table is documented in docs/intake.md.
class CaseTransitions {
public:
    static bool allowed(CaseState from, CaseState to);
    static QList<CaseState> targets(CaseState from);
    static QList<CaseState> allStates();
    static bool isFinal(CaseState state);
    // The clock runs from acceptance: Accepted, DeferredAccepted and UnderReview.
    static bool isAccepted(CaseState state);

    static QString name(CaseState state);  // "received", "deferred_accepted", ...
    static QString label(CaseState state); // 收件, 容缺受理, ...
    static std::optional<CaseState> fromName(const QString &name);
};

} // namespace ow
