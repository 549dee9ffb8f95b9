#include "idcardcontents.h"

#include <QCoreApplication>

namespace ow {

bool IdCardContents::isExpired(const QDate &today) const {
    if (validLongTerm || !validTo.isValid() || !today.isValid())
        return false;
    return validTo < today;
}

IdCardData IdCardContents::applicantCard() const {
    IdCardData card;
    card.nation = nationName;
    card.address = address;
    card.authority = issuingAuthority;
    card.validFrom = validFrom;
    card.validUntil = validLongTerm ? QDate() : validTo; // invalid = 长期 there too
    return card;
}

QString IdCardContents::typeName(CardType type) {
    switch (type) {
    case CardType::Resident:
        return QStringLiteral("resident");
    case CardType::HkMacaoTaiwanPermit:
        return QStringLiteral("hk-macao-taiwan-permit");
    case CardType::ForeignPermanent2017:
        return QStringLiteral("foreign-permanent-2017");
    case CardType::ForeignPermanent2023:
        return QStringLiteral("foreign-permanent-2023");
    }
    return {};
}

QString IdCardContents::sexName(const QString &code) {
    // GB/T 2261.1 codes.
    if (code == QLatin1String("1"))
        return QCoreApplication::translate("ow::IdCardContents", "male");
    if (code == QLatin1String("2"))
        return QCoreApplication::translate("ow::IdCardContents", "female");
    if (code == QLatin1String("9"))
        return QCoreApplication::translate("ow::IdCardContents", "not stated");
    return QCoreApplication::translate("ow::IdCardContents", "unknown");
}

QString IdCardContents::nationNameFor(const QString &code) {
    // GB/T 3304, codes 01..56 in order (id-card-reader.md §1.10).
    static const char16_t *const kNations[] = {
        u"汉",     u"蒙古",   u"回",       u"藏",     u"维吾尔",   u"苗",   u"彝",     u"壮",
        u"布依",   u"朝鲜",   u"满",       u"侗",     u"瑶",       u"白",   u"土家",   u"哈尼",
        u"哈萨克", u"傣",     u"黎",       u"傈僳",   u"佤",       u"畲",   u"高山",   u"拉祜",
        u"水",     u"东乡",   u"纳西",     u"景颇",   u"柯尔克孜", u"土",   u"达斡尔", u"仫佬",
        u"羌",     u"布朗",   u"撒拉",     u"毛南",   u"仡佬",     u"锡伯", u"阿昌",   u"普米",
        u"塔吉克", u"怒",     u"乌孜别克", u"俄罗斯", u"鄂温克",   u"德昂", u"保安",   u"裕固",
        u"京",     u"塔塔尔", u"独龙",     u"鄂伦春", u"赫哲",     u"门巴", u"珞巴",   u"基诺",
    };
    bool numeric = false;
    const int number = code.toInt(&numeric);
    if (!numeric || code.size() != 2)
        return {};
    if (number >= 1 && number <= 56)
        return QString::fromUtf16(kNations[number - 1]) + QStringLiteral("族");
    if (number == 97)
        return QStringLiteral("其他");
    if (number == 98)
        return QStringLiteral("外国血统中国籍人士");
    return {};
}

} // namespace ow
