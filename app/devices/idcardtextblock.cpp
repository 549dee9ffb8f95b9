#include "idcardtextblock.h"

#include "idnumber.h"

#include <QCoreApplication>
#include <QList>

namespace ow {

namespace {

struct Field {
    const char *key;
    int offset; // bytes
    int size;   // bytes
};

using Layout = QList<Field>;

const Layout &layoutFor(IdCardContents::CardType type) {
    static const Layout resident = {
        {"name", 0, 30},        {"sex", 30, 2},         {"nation", 32, 4},
        {"birthDate", 36, 16},  {"address", 52, 70},    {"idNumber", 122, 36},
        {"authority", 158, 30}, {"validFrom", 188, 16}, {"validTo", 204, 16},
    };
    static const Layout permit = {
        {"name", 0, 30},        {"sex", 30, 2},        {"birthDate", 36, 16},
        {"address", 52, 70},    {"idNumber", 122, 36}, {"authority", 158, 30},
        {"validFrom", 188, 16}, {"validTo", 204, 16},  {"permitNumber", 220, 18},
        {"issueCount", 238, 4},
    };
    static const Layout foreign2017 = {
        {"englishName", 0, 120},   {"sex", 120, 2},        {"idNumber", 122, 30},
        {"nationality", 152, 6},   {"name", 158, 30},      {"validFrom", 188, 16},
        {"validTo", 204, 16},      {"birthDate", 220, 16}, {"cardVersion", 236, 4},
        {"authorityCode", 240, 8},
    };
    static const Layout foreign2023 = {
        {"name", 0, 30},
        {"sex", 30, 2},
        {"renewalCount", 32, 4},
        {"birthDate", 36, 16},
        {"englishName", 52, 70},
        {"idNumber", 122, 36},
        {"validFrom", 188, 16},
        {"validTo", 204, 16},
        {"englishNameTail", 220, 22},
        {"nationality", 242, 6},
        {"previousCardLink", 250, 6},
    };
    switch (type) {
    case IdCardContents::CardType::HkMacaoTaiwanPermit:
        return permit;
    case IdCardContents::CardType::ForeignPermanent2017:
        return foreign2017;
    case IdCardContents::CardType::ForeignPermanent2023:
        return foreign2023;
    case IdCardContents::CardType::Resident:
        break;
    }
    return resident;
}

char16_t typeFlag(IdCardContents::CardType type) {
    switch (type) {
    case IdCardContents::CardType::HkMacaoTaiwanPermit:
        return u'J';
    case IdCardContents::CardType::ForeignPermanent2017:
        return u'I';
    case IdCardContents::CardType::ForeignPermanent2023:
        return u'Y';
    case IdCardContents::CardType::Resident:
        break;
    }
    return u' ';
}

QString readUcs2(const QByteArray &block, int offset, int size) {
    QString text;
    for (int i = offset; i + 1 < offset + size; i += 2) {
        const auto low = static_cast<quint8>(block.at(i));
        const auto high = static_cast<quint8>(block.at(i + 1));
        text.append(QChar(static_cast<char16_t>(low | (high << 8))));
    }
    // Fields are padded with spaces; some readers pad with NUL.
    while (!text.isEmpty() && (text.back() == u' ' || text.back() == QChar(u'\0')))
        text.chop(1);
    return text;
}

QString tr(const char *text) {
    return QCoreApplication::translate("ow::IdCardTextBlock", text);
}

// YYYYMMDD as on the card; `what` names the field in the message.
Result<QDate> parseDate(const QString &text, const QString &what) {
    const QDate date = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
    if (text.size() != 8 || !date.isValid())
        return Result<QDate>::failure(
            tr("The card's %1 \"%2\" is not a valid date (YYYYMMDD).").arg(what, text));
    return date;
}

} // namespace

Result<IdCardContents::CardType> IdCardTextBlock::cardType(const QByteArray &block) {
    if (block.size() != kSize)
        return Result<IdCardContents::CardType>::failure(
            tr("The card's text block has %1 bytes instead of %2.").arg(block.size()).arg(kSize));
    const QChar flag(static_cast<char16_t>(static_cast<quint8>(block.at(kTypeOffset)) |
                                           (static_cast<quint8>(block.at(kTypeOffset + 1)) << 8)));
    if (flag == u' ' || flag == QChar(u'\0'))
        return IdCardContents::CardType::Resident;
    if (flag == u'J')
        return IdCardContents::CardType::HkMacaoTaiwanPermit;
    if (flag == u'I')
        return IdCardContents::CardType::ForeignPermanent2017;
    if (flag == u'Y')
        return IdCardContents::CardType::ForeignPermanent2023;
    return Result<IdCardContents::CardType>::failure(
        tr("The card has an unknown type flag U+%1; it is not an ID card this workstation reads.")
            .arg(flag.unicode(), 4, 16, QLatin1Char('0')));
}

Result<QMap<QString, QString>> IdCardTextBlock::rawFields(const QByteArray &block) {
    const Result<IdCardContents::CardType> type = cardType(block);
    if (!type)
        return Result<QMap<QString, QString>>::failure(type.error());
    QMap<QString, QString> fields;
    for (const Field &field : layoutFor(*type))
        fields.insert(QLatin1String(field.key), readUcs2(block, field.offset, field.size));
    return fields;
}

Result<QByteArray> IdCardTextBlock::build(IdCardContents::CardType type,
                                          const QMap<QString, QString> &fields) {
    QByteArray block;
    for (int i = 0; i < kSize / 2; ++i)
        block.append(" \0", 2);
    const auto put = [&block](int offset, QChar c) {
        block[offset] = static_cast<char>(c.unicode() & 0xFF);
        block[offset + 1] = static_cast<char>(c.unicode() >> 8);
    };
    for (const Field &field : layoutFor(type)) {
        const QString value = fields.value(QLatin1String(field.key));
        if (value.size() * 2 > field.size)
            return Result<QByteArray>::failure(
                tr("The field \"%1\" has %2 characters; the card holds at most %3.")
                    .arg(QLatin1String(field.key))
                    .arg(value.size())
                    .arg(field.size / 2));
        for (int i = 0; i < value.size(); ++i)
            put(field.offset + 2 * i, value.at(i));
    }
    put(kTypeOffset, QChar(typeFlag(type)));
    return block;
}

Result<IdCardContents> IdCardTextBlock::parse(const QByteArray &block, const QDate &today) {
    const Result<QMap<QString, QString>> raw = rawFields(block);
    if (!raw)
        return Result<IdCardContents>::failure(raw.error());
    const QMap<QString, QString> &f = *raw;
    IdCardContents card;
    card.type = *cardType(block);
    card.name = f.value(QStringLiteral("name"));
    card.sexCode = f.value(QStringLiteral("sex"));
    if (card.sexCode.size() != 1 || !QStringLiteral("0129").contains(card.sexCode))
        return Result<IdCardContents>::failure(
            tr("The card's sex code \"%1\" is not one of 0, 1, 2, 9.").arg(card.sexCode));
    card.sexText = IdCardContents::sexName(card.sexCode);
    if (card.type == IdCardContents::CardType::Resident) {
        card.nationCode = f.value(QStringLiteral("nation"));
        card.nationName = IdCardContents::nationNameFor(card.nationCode);
        if (card.nationName.isEmpty())
            return Result<IdCardContents>::failure(
                tr("The card's nation code \"%1\" is not in GB/T 3304.").arg(card.nationCode));
    }
    card.address = f.value(QStringLiteral("address"));
    card.idNumber = f.value(QStringLiteral("idNumber"));
    card.issuingAuthority = f.value(QStringLiteral("authority"));
    card.permitNumber = f.value(QStringLiteral("permitNumber"));
    card.issueCount = f.value(QStringLiteral("issueCount"));
    card.englishName =
        f.value(QStringLiteral("englishName")) + f.value(QStringLiteral("englishNameTail"));
    card.nationality = f.value(QStringLiteral("nationality"));
    card.cardVersion = f.value(QStringLiteral("cardVersion"));
    card.authorityCode = f.value(QStringLiteral("authorityCode"));
    card.renewalCount = f.value(QStringLiteral("renewalCount"));
    card.previousCardLink = f.value(QStringLiteral("previousCardLink"));

    const Result<QDate> birth = parseDate(f.value(QStringLiteral("birthDate")), tr("birth date"));
    if (!birth)
        return Result<IdCardContents>::failure(birth.error());
    card.birthDate = *birth;
    const Result<QDate> from =
        parseDate(f.value(QStringLiteral("validFrom")), tr("validity start"));
    if (!from)
        return Result<IdCardContents>::failure(from.error());
    card.validFrom = *from;
    const QString validTo = f.value(QStringLiteral("validTo"));
    if (validTo == QStringLiteral("长期")) {
        card.validLongTerm = true;
    } else {
        const Result<QDate> to = parseDate(validTo, tr("validity end"));
        if (!to)
            return Result<IdCardContents>::failure(to.error());
        card.validTo = *to;
    }

    // The 2017 PR number is 3 letters + 12 digits; every other card carries a GB 11643 number.
    if (card.type != IdCardContents::CardType::ForeignPermanent2017) {
        const IdNumberCheck check = IdNumber::check(card.idNumber, today);
        if (!check.valid)
            return Result<IdCardContents>::failure(
                tr("The card's ID number %1 is invalid: %2")
                    .arg(IdNumber::mask(card.idNumber), check.reason));
        card.idNumber = check.normalized;
    } else if (card.idNumber.size() != 15) {
        return Result<IdCardContents>::failure(
            tr("The card's permanent-residence number has %1 characters instead of 15.")
                .arg(card.idNumber.size()));
    }
    return card;
}

} // namespace ow
