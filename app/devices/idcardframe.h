#pragma once

#include <QByteArray>

namespace ow {

// One decoded frame body: the bytes after LEN and before CHK. For a host command that is
// CMD PARA DATA…, for a reader answer SW1 SW2 SW3 DATA… (id-card-reader.md §1.3).
struct IdCardResponse {
    quint8 sw1 = 0;
    quint8 sw2 = 0;
    quint8 sw3 = 0;
    QByteArray data;
};

// The GA 467 UART frame: AA AA AA 96 69 | LEN_H LEN_L | body | CHK, where LEN counts body + CHK
// and CHK is the XOR of LEN and body. Pure functions.
class IdCardFrame {
public:
    static constexpr int kPreambleSize = 5;
    static constexpr int kHeaderSize = kPreambleSize + 2; // preamble + LEN
    // The longest answer in the protocol is text + photo + two fingerprints: 2321 bytes.
    static constexpr int kMaxLength = 4096;

    static QByteArray preamble();
    // XOR of the two LEN bytes and the body: what CHK must be.
    static quint8 checksum(const QByteArray &body);
    // A whole frame around `body`.
    static QByteArray wrap(const QByteArray &body);
    static QByteArray command(quint8 cmd, quint8 para, const QByteArray &data = {});
    static QByteArray response(quint8 sw3, const QByteArray &data = {}, quint8 sw1 = 0,
                               quint8 sw2 = 0);
    // Splits a reader answer's body; false when it is shorter than the three status bytes.
    static bool parseResponse(const QByteArray &body, IdCardResponse *out);
};

// Commands (CMD, PARA) of §1.4 used by the workstation.
namespace IdCardCommand {
inline constexpr quint8 kFindCmd = 0x20, kFindPara = 0x01;
inline constexpr quint8 kSelectCmd = 0x20, kSelectPara = 0x02;
inline constexpr quint8 kReadCmd = 0x30, kReadPara = 0x01;
inline constexpr quint8 kSamIdCmd = 0x12, kSamIdPara = 0xFF;
} // namespace IdCardCommand

} // namespace ow
