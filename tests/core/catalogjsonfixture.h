#pragma once

// Helpers shared by the catalog JSON suites: the demo catalog and mutations of it.
#include "catalogjson.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ow::catalogtest {

inline QString demoPath() {
    return test::sourceDir() + QStringLiteral("/resources/catalog-demo.json");
}

inline QJsonObject demoJson() {
    QFile file(demoPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets (or, for an undefined value, removes) the value at a path such as "items/3/count".
inline QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value) {
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty())
            array[index] = value;
        else
            array[index] = setAt(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    } else {
        object.insert(key, setAt(object.value(key), path, value));
    }
    return object;
}

inline QByteArray mutatedDemo(const QString &path, const QJsonValue &value) {
    const QJsonValue root = setAt(demoJson(), path.split(QLatin1Char('/')), value);
    return QJsonDocument(root.toObject()).toJson();
}

inline int materialCount(const Catalog &catalog) {
    int n = 0;
    for (const Item &item : catalog.items)
        n += int(item.materials.size());
    return n;
}

// The issue at `path`, or a default issue when there is none.
inline CatalogIssue issueAt(const QList<CatalogIssue> &issues, const QString &path) {
    for (const CatalogIssue &issue : issues)
        if (issue.path == path)
            return issue;
    return {};
}

inline QString allText(const QList<CatalogIssue> &issues) {
    QStringList lines;
    for (const CatalogIssue &i : issues)
        lines << i.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace ow::catalogtest
