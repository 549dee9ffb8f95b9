#pragma once

#include "idcardcontents.h"
#include "result.h"

#include <QJsonObject>

namespace ow {

// Card files for the simulator and the JSON printed by `onewindow-cli idcard read`.
class IdCardJson {
public:
    // A card file: {"type": "resident"|"J"|"I"|"Y" (or the long type names), the text-block
    // fields as written on the card (see IdCardTextBlock), "photoHex": optional, at most 1024
    // bytes, zero-padded}. Returns the read answer's data: lengths, text block and photo.
    static Result<QByteArray> loadReadData(const QString &path);
    static Result<QByteArray> readDataFromJson(const QJsonObject &card);

    // The card for screens and scripts; the ID number masked unless `unmasked`. The photo is
    // summarised by its size only.
    static QJsonObject toJson(const IdCardContents &card, const QDate &today, bool unmasked);
};

} // namespace ow
