#pragma once

#include "catalog.h"
#include "catalogissue.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ow {

// Reads and writes the spreadsheet form of a catalog: one row per material, department and item
// columns repeated on each row (docs/catalog-format.md). Written as UTF-8 with a byte-order mark
// so Excel recognises it. CSV has no place for Catalog::extras: reading gives none.
class CatalogCsv {
public:
    static CatalogReadResult read(const QByteArray &data, const QString &fileName);
    static CatalogReadResult readFile(const QString &path);

    static QByteArray write(const Catalog &catalog);
    static Status writeFile(const Catalog &catalog, const QString &path);

    // The header, in the order written.
    static const QStringList &columns();
    // Columns that may be left out of the header.
    static const QStringList &optionalColumns();
};

} // namespace ow
