#pragma once

#include "applicant.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace ow {

// What one read of an ID card yields (id-card-reader.md §1.7); ow::IdCardData is the part of
// it an applicant record keeps. Text fields are trimmed of
// their space padding; the photo is the card's opaque 1024-byte WLT blob.
struct IdCardContents {
    enum class CardType {
        Resident,             // 居民身份证 (type flag space)
        HkMacaoTaiwanPermit,  // 港澳台居民居住证 ('J')
        ForeignPermanent2017, // 外国人永久居留身份证 2017 ('I')
        ForeignPermanent2023, // 外国人永久居留身份证 2023 ('Y')
    };

    CardType type = CardType::Resident;
    QString name; // Chinese name (I card: may be empty)
    QString sexCode;
    QString sexText;
    QString nationCode; // resident card only
    QString nationName;
    QDate birthDate;
    QString address;
    QString idNumber; // citizen / permit / PR number
    QString issuingAuthority;
    QDate validFrom;
    QDate validTo;              // invalid when validLongTerm
    bool validLongTerm = false; // 长期
    QString permitNumber;       // J: HK/Macau/Taiwan travel-permit number
    QString issueCount;         // J: 签发次数
    QString englishName;        // I / Y
    QString nationality;        // I / Y: country code
    QString cardVersion;        // I
    QString authorityCode;      // I: accepting-authority code
    QString renewalCount;       // Y: 换证次数
    QString previousCardLink;   // Y
    QByteArray photo;           // WLT, decoded only by a vendor plugin

    // The fields an applicant record keeps from the card.
    IdCardData applicantCard() const;

    // True when the card's validity ended before `today` (long-term cards never expire).
    bool isExpired(const QDate &today) const;

    static QString typeName(CardType type); // "resident", "hk-macao-taiwan-permit", ...
    static QString sexName(const QString &code);
    // GB/T 3304 name with 族 where applicable, or an empty string for an unknown code.
    static QString nationNameFor(const QString &code);
};

} // namespace ow
