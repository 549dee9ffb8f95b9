#include "intakedecision.h"

namespace ow {

QString IntakeRefusal::codeName(Code code) {
    switch (code) {
    case Code::WrongState:
        return QStringLiteral("wrong_state");
    case Code::RequiredMaterialMissing:
        return QStringLiteral("required_material_missing");
    case Code::RequiredMaterialDefective:
        return QStringLiteral("required_material_defective");
    case Code::RequiredMaterialDeferred:
        return QStringLiteral("required_material_deferred");
    case Code::DeferralNotAllowed:
        return QStringLiteral("deferral_not_allowed");
    case Code::NonDeferrableMissing:
        return QStringLiteral("non_deferrable_missing");
    case Code::DeferrableNotPromised:
        return QStringLiteral("deferrable_not_promised");
    case Code::ApplicantBlacklisted:
        return QStringLiteral("applicant_blacklisted");
    case Code::PromisedDateTooLate:
        return QStringLiteral("promised_date_too_late");
    case Code::PromisedDateInPast:
        return QStringLiteral("promised_date_in_past");
    case Code::NothingDeferred:
        return QStringLiteral("nothing_deferred");
    case Code::NothingToCorrect:
        return QStringLiteral("nothing_to_correct");
    case Code::JustificationRequired:
        return QStringLiteral("justification_required");
    case Code::ReasonRequired:
        return QStringLiteral("reason_required");
    case Code::CalendarError:
        return QStringLiteral("calendar_error");
    case Code::UnknownItem:
        return QStringLiteral("unknown_item");
    case Code::NumberingFailed:
        return QStringLiteral("numbering_failed");
    }
    return {};
}

} // namespace ow
