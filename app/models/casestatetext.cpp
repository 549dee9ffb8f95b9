#include "casestatetext.h"

namespace ow {

QString CaseStateText::label(CaseState state) {
    switch (state) {
    case CaseState::Received:
        return tr("Received");
    case CaseState::Accepted:
        return tr("Accepted");
    case CaseState::DeferredAccepted:
        return tr("Accepted with deferred materials");
    case CaseState::CorrectionRequested:
        return tr("Correction requested");
    case CaseState::Refused:
        return tr("Refused");
    case CaseState::UnderReview:
        return tr("Under review");
    case CaseState::Approved:
        return tr("Approved");
    case CaseState::Denied:
        return tr("Denied");
    case CaseState::Delivered:
        return tr("Delivered");
    case CaseState::Terminated:
        return tr("Terminated");
    }
    return {};
}

QString CaseStateText::clockLabel(ClockStatus status) {
    switch (status) {
    case ClockStatus::Green:
        return tr("On time");
    case ClockStatus::Yellow:
        return tr("Due soon");
    case ClockStatus::Red:
        return tr("Overdue");
    }
    return {};
}

QString CaseStateText::documentTitle(NoticeDocument::Kind kind) {
    using Kind = NoticeDocument::Kind;
    switch (kind) {
    case Kind::AcceptanceNotice:
        return tr("Acceptance notice");
    case Kind::OneTimeNotice:
        return tr("One-time notice");
    case Kind::CorrectionNotice:
        return tr("Correction notice");
    case Kind::DeferredCommitment:
        return tr("Deferred-material commitment");
    case Kind::DeferredNotice:
        return tr("Deferred acceptance notice");
    case Kind::RefusalNotice:
        return tr("Refusal notice");
    case Kind::MaterialsReceipt:
        return tr("Materials receipt");
    }
    return {};
}

} // namespace ow
