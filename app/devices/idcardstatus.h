#pragma once

#include <QList>
#include <QString>

namespace ow {

// The reader/SAM status byte SW3 (id-card-reader.md §1.5) and what it means to a clerk.
class IdCardStatus {
public:
    static constexpr quint8 kSuccess = 0x90;
    static constexpr quint8 kNoContent = 0x91;
    static constexpr quint8 kCardFound = 0x9F;
    static constexpr quint8 kFindFailed = 0x80;
    static constexpr quint8 kSelectFailed = 0x81;
    static constexpr quint8 kReadFailed = 0x41;

    // Every code the specification lists.
    static QList<quint8> knownCodes();
    static bool isKnown(quint8 sw3);
    // A sentence the clerk can act on, translated through the "ow::IdCardStatus" context.
    static QString message(quint8 sw3);
    // "0x90" style, for logs and messages.
    static QString hex(quint8 sw3);
};

} // namespace ow
