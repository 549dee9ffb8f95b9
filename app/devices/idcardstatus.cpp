#include "idcardstatus.h"

#include <QCoreApplication>

namespace ow {

namespace {

struct StatusText {
    quint8 code;
    const char *text;
};

// English source strings; the hall's Chinese comes from the translation files.
const StatusText kStatusTexts[] = {
    {0x90, QT_TRANSLATE_NOOP("ow::IdCardStatus", "The card was read successfully.")},
    {0x91, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The card holds no data for this item (for example no fingerprint "
                             "or no added address).")},
    {0x9F, QT_TRANSLATE_NOOP("ow::IdCardStatus", "A card was found on the reader.")},
    {0x10, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The reader received a damaged command (checksum error). Try "
                             "again; if it repeats, check the cable.")},
    {0x11, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The reader received a command of the wrong length. Try again; if "
                             "it repeats, check the cable.")},
    {0x21, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The reader rejected the command. The reader model may not be "
                             "supported.")},
    {0x23,
     QT_TRANSLATE_NOOP("ow::IdCardStatus", "The reader refused the operation (not permitted).")},
    {0x24, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The reader reported an unrecognised error. Take the card off, put "
                             "it back and try again.")},
    {0x31, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The card did not accept the reader's security module. The card "
                             "may be damaged or not genuine.")},
    {0x32, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The reader's security module could not verify the card. The card "
                             "may be damaged or not genuine.")},
    {0x33, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The card's data failed verification. Put the card back and try "
                             "again.")},
    {0x40,
     QT_TRANSLATE_NOOP("ow::IdCardStatus", "The reader does not recognise this type of card.")},
    {0x41, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The card could not be read; it may have moved. Keep it flat on "
                             "the reader and try again.")},
    {0x47, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The reader could not talk to the card (random number failed). "
                             "Put the card back and try again.")},
    {0x60, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The reader's security module (SAM) failed its self-test. The "
                             "reader needs service.")},
    {0x66, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The reader's security module (SAM) is not authorised. The reader "
                             "needs service.")},
    {0x80, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "No card on the reader. Place the ID card on the reader (if it is "
                             "already there, lift it and put it back).")},
    {0x81, QT_TRANSLATE_NOOP("ow::IdCardStatus",
                             "The card could not be selected. Keep it flat on the reader and "
                             "try again.")},
};

} // namespace

QList<quint8> IdCardStatus::knownCodes() {
    QList<quint8> codes;
    for (const StatusText &entry : kStatusTexts)
        codes.append(entry.code);
    return codes;
}

bool IdCardStatus::isKnown(quint8 sw3) {
    for (const StatusText &entry : kStatusTexts) {
        if (entry.code == sw3)
            return true;
    }
    return false;
}

QString IdCardStatus::hex(quint8 sw3) {
    return QStringLiteral("0x%1").arg(sw3, 2, 16, QLatin1Char('0')).toUpper().replace(1, 1, u'x');
}

QString IdCardStatus::message(quint8 sw3) {
    for (const StatusText &entry : kStatusTexts) {
        if (entry.code == sw3)
            return QCoreApplication::translate("ow::IdCardStatus", entry.text);
    }
    return QCoreApplication::translate("ow::IdCardStatus",
                                       "The reader reported an unknown status %1. Try again; if "
                                       "it repeats, the reader needs service.")
        .arg(hex(sw3));
}

} // namespace ow
