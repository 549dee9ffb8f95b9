#pragma once

#include "catalog.h"
#include "documentnumber.h"
#include "intakecase.h"
#include "noticedocument.h"
#include "result.h"
#include "workcalendar.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace ow {

// The printed documents of the cases on screen: built with NoticeBuilder from the case, its
// item and department, and kept until the case changes, so previewing, printing and exporting
// the same document show one document number.
class CaseDocuments {
public:
    Result<NoticeDocument> document(const IntakeCase &kase, const Catalog &catalog,
                                    NoticeDocument::Kind kind, const WorkCalendar &calendar,
                                    DocumentSerialCounter &counter, const QDate &today);
    void forget(const QString &caseId) { m_built.remove(caseId); }
    void clear() { m_built.clear(); }

private:
    QHash<QString, QHash<int, NoticeDocument>> m_built;
};

} // namespace ow
