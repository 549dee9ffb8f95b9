#include "imagecompleteness.h"

#include <QtEndian>

namespace ow {

bool ImageCompleteness::pngComplete(const QByteArray &file) {
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (!file.startsWith(signature))
        return false;
    qsizetype at = signature.size();
    while (at + 8 <= file.size()) {
        const quint32 length = qFromBigEndian<quint32>(file.constData() + at);
        const QByteArray type = file.mid(at + 4, 4);
        const qint64 next = qint64(at) + 12 + length; // length, type, data, CRC
        if (next > file.size())
            return false;
        if (type == "IEND")
            return true;
        at = qsizetype(next);
    }
    return false;
}

bool ImageCompleteness::jpegComplete(const QByteArray &file) {
    const auto byte = [&file](qsizetype i) { return uchar(file.at(i)); };
    if (file.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8)
        return false;
    qsizetype at = 2;
    while (at + 1 < file.size()) {
        if (byte(at) != 0xFF)
            return false;
        const uchar marker = byte(at + 1);
        if (marker == 0xFF) { // fill byte before a marker
            ++at;
            continue;
        }
        if (marker == 0xD9)
            return true; // end of image
        if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            at += 2; // markers without a length
            continue;
        }
        if (at + 4 > file.size())
            return false;
        const quint16 length = qFromBigEndian<quint16>(file.constData() + at + 2);
        at += 2 + length;
        if (at > file.size())
            return false;
        if (marker != 0xDA)
            continue;
        // Entropy-coded data after start-of-scan: 0xFF is followed by 0x00 (a stuffed byte)
        // or a restart marker; anything else is the next marker.
        while (at + 1 < file.size()) {
            if (byte(at) == 0xFF) {
                const uchar following = byte(at + 1);
                if (following != 0x00 && !(following >= 0xD0 && following <= 0xD7) &&
                    following != 0xFF)
                    break;
            }
            ++at;
        }
    }
    return false;
}

} // namespace ow
