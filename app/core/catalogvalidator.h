#pragma once

#include "catalog.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace ow {

// Which element of a catalog a rule is about; each reader turns it into its own location (a
// JSON path, or a CSV line and column).
struct CatalogRef {
    enum class Kind { Catalog, Department, Item, Material };
    Kind kind = Kind::Catalog;
    int department = -1; // index into Catalog::departments
    int item = -1;       // index into Catalog::items
    int material = -1;   // index into Item::materials
    QString field;       // JSON key relative to the element, e.g. "legal_limit.unit"
};

// The value rules of a catalog, shared by the JSON and the CSV reader (which check types and
// shape themselves): non-empty names, unique ids, references, closed vocabularies and ranges.
// The rules are documented in docs/catalog-format.md.
class CatalogValidator {
public:
    using Report = std::function<void(const CatalogRef &where, const QString &message)>;

    static void validate(const Catalog &catalog, const Report &report);

    static const QStringList &itemTypes();   // code_tables.item_type
    static const QStringList &units();       // 工作日, 日
    static const QStringList &confidences(); // verified, recalled, illustrative
    static const QStringList &servings();    // 自然人, 法人, 其他组织
    static const QStringList &necessities(); // 必要, 非必要, 容缺后补
    static const QStringList &formats();     // 纸质, 电子, 纸质/电子
    static const QStringList &sources(); // 申请人自备, 政府部门核发, 中介机构出具, 其他
    static const QStringList &levels(); // 市, 区, 镇街道, 社区
    static constexpr int kMaxVisits = 9;
};

} // namespace ow
