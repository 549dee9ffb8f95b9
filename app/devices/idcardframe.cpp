#include "idcardframe.h"

namespace ow {

QByteArray IdCardFrame::preamble() {
    return QByteArray::fromHex("AAAAAA9669");
}

namespace {

QByteArray lengthBytes(qsizetype bodySize) {
    const qsizetype length = bodySize + 1; // LEN counts CHK too
    QByteArray bytes(2, '\0');
    bytes[0] = static_cast<char>((length >> 8) & 0xFF);
    bytes[1] = static_cast<char>(length & 0xFF);
    return bytes;
}

} // namespace

quint8 IdCardFrame::checksum(const QByteArray &body) {
    quint8 sum = 0;
    for (const char byte : lengthBytes(body.size()) + body)
        sum ^= static_cast<quint8>(byte);
    return sum;
}

QByteArray IdCardFrame::wrap(const QByteArray &body) {
    QByteArray frame = preamble() + lengthBytes(body.size()) + body;
    frame.append(static_cast<char>(checksum(body)));
    return frame;
}

QByteArray IdCardFrame::command(quint8 cmd, quint8 para, const QByteArray &data) {
    QByteArray body;
    body.append(static_cast<char>(cmd));
    body.append(static_cast<char>(para));
    return wrap(body + data);
}

QByteArray IdCardFrame::response(quint8 sw3, const QByteArray &data, quint8 sw1, quint8 sw2) {
    QByteArray body;
    body.append(static_cast<char>(sw1));
    body.append(static_cast<char>(sw2));
    body.append(static_cast<char>(sw3));
    return wrap(body + data);
}

bool IdCardFrame::parseResponse(const QByteArray &body, IdCardResponse *out) {
    if (body.size() < 3)
        return false;
    out->sw1 = static_cast<quint8>(body.at(0));
    out->sw2 = static_cast<quint8>(body.at(1));
    out->sw3 = static_cast<quint8>(body.at(2));
    out->data = body.mid(3);
    return true;
}

} // namespace ow
