#pragma once

#include "catalog.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace ow {

// Converts between a catalog's department, item and material and the cells of one CSV row,
// keyed by column name. Reading collects conversion problems as (column, message) pairs.
class CatalogCsvRow {
public:
    using Cells = QHash<QString, QString>;
    using Problems = QList<std::pair<QString, QString>>;

    static const QStringList &departmentColumns();
    static const QStringList &itemColumns(); // includes dept_id
    static const QStringList &materialColumns();

    static Department department(const Cells &cells);
    static Item item(const Cells &cells, Problems &problems);
    static Material material(const Cells &cells, Problems &problems);

    static void putDepartment(const Department &dept, Cells &cells);
    static void putItem(const Item &item, Cells &cells);
    static void putMaterial(const Material &material, Cells &cells);

    // The CSV column of a CatalogValidator field (an item's "legal_limit.unit" → legal_unit).
    static QString departmentColumn(const QString &field);
    static QString itemColumn(const QString &field);
    static QString materialColumn(const QString &field);
};

} // namespace ow
