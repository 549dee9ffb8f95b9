#pragma once

#include "applicant.h"
#include "casestate.h"
#include "checklist.h"
#include "clock.h"
#include "commitment.h"
#include "legalclock.h"
#include "noticerecord.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ow {

// One state change of a case: who, when (from the injected Clock) and why.
struct CaseEvent {
    CaseState from = CaseState::Received;
    CaseState to = CaseState::Received;
    QString actor;
    QDateTime at;
    QString reason;
    friend bool operator==(const CaseEvent &, const CaseEvent &) = default;
};

// A case (办件): one application for one catalog item, from intake to delivery. The state only
// moves through transition(), which checks the table in CaseTransitions and records an event.
class IntakeCase {
public:
    IntakeCase() = default;
    // A new case in state Received, received now (clock), with the item's checklist.
    IntakeCase(QString id, const Item &item, Applicant applicant, const QString &actor,
               const Clock &clock);

    QString id;
    QString number;  // 办件编号 / acceptance number, set on acceptance (document number)
    QString visitId; // the visit it was opened on
    QString itemId;
    QString itemName;
    Applicant applicant;
    QDateTime receivedAt; // 申请日期 / 收件时间
    QDate acceptedOn;     // 受理日期: starts the clock; invalid until accepted
    QString officer;      // the clerk who received it
    QString officerPhone;
    QString deliveryMethod; // 窗口领取 / 邮寄 / 智能柜 ...
    Checklist checklist;
    QList<Commitment> commitments;
    QList<NoticeRecord> notices;
    QList<Violation> violations;
    QList<DeadlineTrack> deadlines; // overall (legal, committed) and per-step tracks

    CaseState state() const { return m_state; }
    const QList<CaseEvent> &events() const { return m_events; }

    // Moves to `to` if the table allows it, recording an event; otherwise a message naming
    // both states. An empty actor is refused (every move has someone responsible).
    Status transition(CaseState to, const QString &actor, const QString &reason,
                      const Clock &clock);

    // For storage: puts back a state and history read from the database, unchecked.
    void restoreHistory(CaseState state, QList<CaseEvent> events);

    // The first correction notice (补正材料通知书 or 一次性告知书 listing materials), if any.
    const NoticeRecord *firstCorrectionNotice() const;
    // The overall track of the given basis ("总时限"), if present.
    const DeadlineTrack *overallTrack(DeadlineTrack::Basis basis) const;
    DeadlineTrack *overallTrack(DeadlineTrack::Basis basis);

    static QString overallStepName(); // 总时限

    friend bool operator==(const IntakeCase &, const IntakeCase &) = default;

private:
    CaseState m_state = CaseState::Received;
    QList<CaseEvent> m_events;
};

} // namespace ow
