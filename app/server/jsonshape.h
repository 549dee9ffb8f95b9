#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow {

enum class JsonType { String, Integer, Boolean, Object, Array };

struct JsonField {
    QString name;
    JsonType type = JsonType::String;
    bool required = true;
};

// Strict request bodies: a JSON object whose fields are all known, present when required and of
// the right type. Messages name the field by its path ("entries[2].base_revision").
class JsonShape {
public:
    static Result<QJsonObject> parseObject(const QByteArray &body);
    static Status check(const QJsonObject &object, const QList<JsonField> &fields,
                        const QString &where = {});
    static QString typeName(JsonType type);
    static QString describe(const QJsonValue &value);
};

} // namespace ow
