#pragma once

#include "catalogissue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>

namespace ow {

// The JSON value as quoted in a message: "text", 1.5, true, an array...
inline QString describeJson(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Reads the fields of one JSON object of a catalog file, reporting wrong types, missing and
// unknown fields at "<path>.<key>". `prefix` names nested keys relative to the element
// (legal_limit.unit). Used by CatalogJson only.
class CatalogJsonObject {
public:
    CatalogJsonObject(CatalogIssueList &issues, const QJsonObject &object, QString path,
                      QString prefix)
        : m_issues(issues)
        , m_object(object)
        , m_path(std::move(path))
        , m_prefix(std::move(prefix)) {}

    // Reports every key that is not in `known` (typos must not be silently ignored).
    void rejectUnknown(const QStringList &known) {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!known.contains(it.key()))
                fail(it.key(), QStringLiteral("unknown field (allowed: %1)")
                                   .arg(known.join(QStringLiteral(", "))));
    }

    QString string(const QString &key, bool required = true) {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            fail(key, QStringLiteral("must be a string; got %1").arg(describeJson(v)));
            return {};
        }
        return v.toString();
    }

    int integer(const QString &key, int fallback) {
        const QJsonValue v = value(key, true);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || d < std::numeric_limits<int>::min() ||
            d > std::numeric_limits<int>::max()) {
            fail(key, QStringLiteral("must be a whole number; got %1").arg(describeJson(v)));
            return fallback;
        }
        return int(d);
    }

    bool boolean(const QString &key) {
        const QJsonValue v = value(key, true);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(key, QStringLiteral("must be true or false; got %1").arg(describeJson(v)));
        return v.toBool();
    }

    QStringList strings(const QString &key, bool required) {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(key, QStringLiteral("must be an array of strings; got %1").arg(describeJson(v)));
            return {};
        }
        QStringList list;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                fail(key, QStringLiteral("entry %1 must be a string; got %2")
                              .arg(i + 1)
                              .arg(describeJson(array.at(i))));
            else
                list << array.at(i).toString();
        }
        return list;
    }

    std::optional<bool> optionalBoolean(const QString &key) {
        const QJsonValue v = value(key, false);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool()) {
            fail(key, QStringLiteral("must be true or false; got %1").arg(describeJson(v)));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<int> optionalInteger(const QString &key) {
        if (value(key, false).isUndefined())
            return std::nullopt;
        return integer(key, 0);
    }

    // A nested object, or nothing after reporting why not (or when an optional one is absent).
    std::optional<QJsonObject> object(const QString &key, bool required = true) {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            fail(key, QStringLiteral("must be an object; got %1").arg(describeJson(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    std::optional<QJsonArray> array(const QString &key) {
        const QJsonValue v = value(key, true);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isArray()) {
            fail(key, QStringLiteral("must be an array; got %1").arg(describeJson(v)));
            return std::nullopt;
        }
        return v.toArray();
    }

    QString pathOf(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    QString fieldOf(const QString &key) const { return m_prefix + key; }

private:
    QJsonValue value(const QString &key, bool required) {
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd()) {
            if (required)
                fail(key, QStringLiteral("missing required field"));
            return QJsonValue(QJsonValue::Undefined);
        }
        return it.value();
    }

    void fail(const QString &key, const QString &message) {
        m_issues.addAt(pathOf(key), fieldOf(key), message);
    }

    CatalogIssueList &m_issues;
    const QJsonObject &m_object;
    QString m_path;
    QString m_prefix;
};

} // namespace ow
