#include "idcardframedecoder.h"

#include "idcardframe.h"

namespace ow {

void IdCardFrameDecoder::append(const QByteArray &bytes) {
    m_buffer.append(bytes);
}

void IdCardFrameDecoder::reset() {
    m_buffer.clear();
    m_skipped = 0;
}

void IdCardFrameDecoder::discardUpToPreamble() {
    const QByteArray preamble = IdCardFrame::preamble();
    const qsizetype at = m_buffer.indexOf(preamble);
    if (at >= 0) {
        m_skipped += at;
        m_buffer.remove(0, at);
        return;
    }
    // Keep a tail that may be the start of a preamble split across two reads.
    qsizetype keep = 0;
    for (qsizetype n = qMin<qsizetype>(preamble.size() - 1, m_buffer.size()); n > 0; --n) {
        if (m_buffer.endsWith(preamble.left(n))) {
            keep = n;
            break;
        }
    }
    m_skipped += m_buffer.size() - keep;
    m_buffer.remove(0, m_buffer.size() - keep);
}

qsizetype IdCardFrameDecoder::expectedFrameSize() const {
    if (m_buffer.size() < IdCardFrame::kHeaderSize || !m_buffer.startsWith(IdCardFrame::preamble()))
        return 0;
    const int length =
        (static_cast<quint8>(m_buffer.at(5)) << 8) | static_cast<quint8>(m_buffer.at(6));
    return IdCardFrame::kHeaderSize + length;
}

IdCardFrameDecoder::Step IdCardFrameDecoder::next() {
    discardUpToPreamble();
    if (m_buffer.size() < IdCardFrame::kHeaderSize)
        return {};
    const qsizetype length = expectedFrameSize() - IdCardFrame::kHeaderSize;
    // The smallest frame carries two body bytes (CMD PARA) and CHK.
    if (length < 3 || length > IdCardFrame::kMaxLength) {
        m_buffer.remove(0, 1); // drop this preamble; look for the next one
        return {Outcome::Error,
                {},
                QStringLiteral("frame length %1 is outside 3..%2")
                    .arg(length)
                    .arg(IdCardFrame::kMaxLength)};
    }
    if (m_buffer.size() < IdCardFrame::kHeaderSize + length)
        return {};
    const QByteArray body = m_buffer.mid(IdCardFrame::kHeaderSize, length - 1);
    const auto received = static_cast<quint8>(m_buffer.at(IdCardFrame::kHeaderSize + length - 1));
    const quint8 expected = IdCardFrame::checksum(body);
    if (received != expected) {
        m_buffer.remove(0, 1);
        return {Outcome::Error,
                {},
                QStringLiteral("checksum 0x%1 does not match the computed 0x%2")
                    .arg(received, 2, 16, QLatin1Char('0'))
                    .arg(expected, 2, 16, QLatin1Char('0'))};
    }
    m_buffer.remove(0, IdCardFrame::kHeaderSize + length);
    return {Outcome::Frame, body, {}};
}

} // namespace ow
