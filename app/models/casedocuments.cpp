#include "casedocuments.h"

#include "noticebuilder.h"

namespace ow {

Result<NoticeDocument> CaseDocuments::document(const IntakeCase &kase, const Catalog &catalog,
                                               NoticeDocument::Kind kind,
                                               const WorkCalendar &calendar,
                                               DocumentSerialCounter &counter, const QDate &today) {
    const int key = static_cast<int>(kind);
    if (const auto built = m_built.value(kase.id); built.contains(key))
        return built.value(key);
    const Item *item = catalog.item(kase.itemId);
    if (!item)
        return Result<NoticeDocument>::failure(
            QStringLiteral("case %1: item %2 is not in the catalog").arg(kase.id, kase.itemId));
    NoticeContext context;
    context.kase = &kase;
    context.item = item;
    context.department = catalog.department(item->deptId);
    context.agency = catalog.agencyAbbrev(*item);
    NoticeBuilder builder(calendar, counter, today);
    auto document = builder.build(kind, context);
    if (document)
        m_built[kase.id].insert(key, document.value());
    return document;
}

} // namespace ow
