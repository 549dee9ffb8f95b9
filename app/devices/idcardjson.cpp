#include "idcardjson.h"

#include "idcardtextblock.h"
#include "idnumber.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace ow {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ow::IdCardJson", text);
}

constexpr int kPhotoSize = 1024;

QString isoDate(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Result<IdCardContents::CardType> typeFromName(const QString &name) {
    using Type = IdCardContents::CardType;
    for (const Type type : {Type::Resident, Type::HkMacaoTaiwanPermit, Type::ForeignPermanent2017,
                            Type::ForeignPermanent2023}) {
        if (name == IdCardContents::typeName(type))
            return type;
    }
    if (name.isEmpty())
        return Type::Resident;
    if (name == QLatin1String("J"))
        return Type::HkMacaoTaiwanPermit;
    if (name == QLatin1String("I"))
        return Type::ForeignPermanent2017;
    if (name == QLatin1String("Y"))
        return Type::ForeignPermanent2023;
    return Result<Type>::failure(
        tr("unknown card type \"%1\" (use resident, J, I or Y)").arg(name));
}

} // namespace

Result<QByteArray> IdCardJson::loadReadData(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            tr("Cannot open the card file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Result<QByteArray>::failure(
            tr("The card file %1 is not a JSON object (%2 at offset %3).")
                .arg(path, parseError.errorString())
                .arg(parseError.offset));
    const Result<QByteArray> data = readDataFromJson(document.object());
    if (!data)
        return Result<QByteArray>::failure(tr("Card file %1: %2").arg(path, data.error()));
    return data;
}

Result<QByteArray> IdCardJson::readDataFromJson(const QJsonObject &card) {
    const Result<IdCardContents::CardType> type =
        typeFromName(card.value(QStringLiteral("type")).toString());
    if (!type)
        return Result<QByteArray>::failure(type.error());
    QMap<QString, QString> fields;
    for (auto it = card.begin(); it != card.end(); ++it) {
        if (it.key() != QLatin1String("type") && it.key() != QLatin1String("photoHex"))
            fields.insert(it.key(), it.value().toString());
    }
    const Result<QByteArray> block = IdCardTextBlock::build(*type, fields);
    if (!block)
        return block;
    QByteArray photo =
        QByteArray::fromHex(card.value(QStringLiteral("photoHex")).toString().toLatin1());
    if (photo.size() > kPhotoSize)
        return Result<QByteArray>::failure(
            tr("photoHex holds %1 bytes; a card photo has %2.").arg(photo.size()).arg(kPhotoSize));
    photo.append(QByteArray(kPhotoSize - photo.size(), '\0'));
    // Text length 256 and photo length 1024, big-endian (§1.6).
    return QByteArray::fromHex("01000400") + *block + photo;
}

QJsonObject IdCardJson::toJson(const IdCardContents &card, const QDate &today, bool unmasked) {
    QJsonObject json{
        {QStringLiteral("type"), IdCardContents::typeName(card.type)},
        {QStringLiteral("name"), card.name},
        {QStringLiteral("sexCode"), card.sexCode},
        {QStringLiteral("sex"), card.sexText},
        {QStringLiteral("birthDate"), isoDate(card.birthDate)},
        {QStringLiteral("address"), card.address},
        {QStringLiteral("idNumber"), unmasked ? card.idNumber : IdNumber::mask(card.idNumber)},
        {QStringLiteral("issuingAuthority"), card.issuingAuthority},
        {QStringLiteral("validFrom"), isoDate(card.validFrom)},
        {QStringLiteral("validTo"),
         card.validLongTerm ? QStringLiteral("长期") : isoDate(card.validTo)},
        {QStringLiteral("expired"), card.isExpired(today)},
        {QStringLiteral("photoBytes"), int(card.photo.size())},
    };
    const auto addIfSet = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    addIfSet("nationCode", card.nationCode);
    addIfSet("nation", card.nationName);
    addIfSet("permitNumber", card.permitNumber);
    addIfSet("issueCount", card.issueCount);
    addIfSet("englishName", card.englishName);
    addIfSet("nationality", card.nationality);
    addIfSet("cardVersion", card.cardVersion);
    addIfSet("authorityCode", card.authorityCode);
    addIfSet("renewalCount", card.renewalCount);
    addIfSet("previousCardLink", card.previousCardLink);
    return json;
}

} // namespace ow
