#pragma once

#include "idcardcontents.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QString>

namespace ow {

// The card's 256-byte text block: fixed-width UCS-2 LE fields padded with spaces, laid out by
// card type (id-card-reader.md §1.7). Raw fields use the keys of the card JSON:
// name, sex, nation, birthDate, address, idNumber, authority, validFrom, validTo,
// permitNumber, issueCount, englishName, englishNameTail, nationality, cardVersion,
// authorityCode, renewalCount, previousCardLink.
class IdCardTextBlock {
public:
    static constexpr int kSize = 256;
    static constexpr int kTypeOffset = 248;

    // The card type from the flag at byte 248, or a message for an unknown flag.
    static Result<IdCardContents::CardType> cardType(const QByteArray &block);
    // The block's fields as written on the card (padding trimmed).
    static Result<QMap<QString, QString>> rawFields(const QByteArray &block);
    // Builds a block (for the simulator and tests); a value longer than its field is an error.
    static Result<QByteArray> build(IdCardContents::CardType type,
                                    const QMap<QString, QString> &fields);
    // Parses and checks: dates, the sex code, the nation code and the ID number (GB 11643, with
    // `today` for the "not born in the future" rule; an invalid date skips that rule).
    static Result<IdCardContents> parse(const QByteArray &block, const QDate &today);
};

} // namespace ow
