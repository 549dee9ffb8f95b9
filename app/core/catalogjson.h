#pragma once

#include "catalog.h"
#include "catalogissue.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ow {

// Reads and writes the catalog JSON format (resources/catalog-demo.json, docs/catalog-format.md).
// Reading checks every field (types, required and unknown fields, then CatalogValidator's value
// rules) and reports every problem with its JSON path; top-level sections other than
// departments and items are kept verbatim in Catalog::extras.
class CatalogJson {
public:
    static CatalogReadResult read(const QByteArray &data, const QString &fileName);
    static CatalogReadResult readFile(const QString &path);

    static QJsonObject toJson(const Catalog &catalog);
    static QByteArray write(const Catalog &catalog); // indented UTF-8
    static Status writeFile(const Catalog &catalog, const QString &path);
};

} // namespace ow
