#pragma once

#include "checklist.h"
#include "intakecase.h"
#include "intakedecision.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ow {

// The rules' refusal reasons and checklist blockers in the clerk's language. The core words
// them in Chinese for documents, logs and scripts; the screen keys on their codes instead, so
// the English interface reads English and the Chinese one reads the hall's usual wording.
class IntakeMessages {
    Q_DECLARE_TR_FUNCTIONS(IntakeMessages)
public:
    // What a reason needs besides its code: the case it is about (state, checklist, applicant)
    // and the latest promised date deferred acceptance allows (for "too late").
    struct Context {
        const IntakeCase *kase = nullptr;
        QDate latestPromise;
        int deferralLimitDays = 0;
    };

    static QString refusal(const IntakeRefusal &refusal, const Context &context);
    // Every reason, one per line.
    static QString refusals(const QList<IntakeRefusal> &refusals, const Context &context);
    // Why a required material blocks plain acceptance.
    static QString blocker(const ChecklistBlocker &blocker, const IntakeCase *kase = nullptr);
};

} // namespace ow
