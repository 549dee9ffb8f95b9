#pragma once

#include "casestate.h"
#include "legalclock.h"
#include "noticedocument.h"

#include <QCoreApplication>
#include <QString>

namespace ow {

// Case states, clock colours and document kinds in the clerk's language (the core's labels are
// the Chinese wording of the documents and the database).
class CaseStateText {
    Q_DECLARE_TR_FUNCTIONS(CaseStateText)
public:
    static QString label(CaseState state);
    static QString clockLabel(ClockStatus status);
    static QString documentTitle(NoticeDocument::Kind kind);
};

} // namespace ow
