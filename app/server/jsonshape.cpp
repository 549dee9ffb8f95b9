#include "jsonshape.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace ow {

namespace {

bool hasType(const QJsonValue &v, JsonType type) {
    switch (type) {
    case JsonType::String:
        return v.isString();
    case JsonType::Integer: {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        return std::floor(d) == d && std::fabs(d) <= 9007199254740992.0; // 2^53
    }
    case JsonType::Boolean:
        return v.isBool();
    case JsonType::Object:
        return v.isObject();
    case JsonType::Array:
        return v.isArray();
    }
    return false;
}

} // namespace

QString JsonShape::typeName(JsonType type) {
    switch (type) {
    case JsonType::String:
        return QStringLiteral("a string");
    case JsonType::Integer:
        return QStringLiteral("an integer");
    case JsonType::Boolean:
        return QStringLiteral("true or false");
    case JsonType::Object:
        return QStringLiteral("an object");
    case JsonType::Array:
        return QStringLiteral("an array");
    }
    return {};
}

QString JsonShape::describe(const QJsonValue &v) {
    if (v.isString())
        return QStringLiteral("a string");
    if (v.isDouble())
        return QStringLiteral("a number");
    if (v.isBool())
        return QStringLiteral("a boolean");
    if (v.isObject())
        return QStringLiteral("an object");
    if (v.isArray())
        return QStringLiteral("an array");
    return QStringLiteral("null");
}

Result<QJsonObject> JsonShape::parseObject(const QByteArray &body) {
    if (body.trimmed().isEmpty())
        return Result<QJsonObject>::failure(QStringLiteral("the request body is empty; a JSON "
                                                           "object is expected"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(QStringLiteral("malformed JSON at byte %1: %2")
                                                .arg(error.offset)
                                                .arg(error.errorString()));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            QStringLiteral("the request body must be a JSON object"));
    return doc.object();
}

Status JsonShape::check(const QJsonObject &object, const QList<JsonField> &fields,
                        const QString &where) {
    const QString prefix = where.isEmpty() ? QString() : where + QLatin1Char('.');
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool known = std::any_of(fields.begin(), fields.end(),
                                       [&](const JsonField &f) { return f.name == it.key(); });
        if (!known) {
            QStringList names;
            for (const JsonField &f : fields)
                names << f.name;
            return Status::failure(QStringLiteral("unknown field '%1%2' (expected: %3)")
                                       .arg(prefix, it.key(), names.join(QStringLiteral(", "))));
        }
    }
    for (const JsonField &f : fields) {
        const auto it = object.find(f.name);
        if (it == object.end()) {
            if (f.required)
                return Status::failure(QStringLiteral("missing field '%1%2' (%3)")
                                           .arg(prefix, f.name, typeName(f.type)));
            continue;
        }
        if (!hasType(it.value(), f.type))
            return Status::failure(
                QStringLiteral("field '%1%2' must be %3, not %4")
                    .arg(prefix, f.name, typeName(f.type), describe(it.value())));
    }
    return {};
}

} // namespace ow
