#pragma once

#include <QByteArray>
#include <QString>

namespace ow {

// Incremental decoder for GA 467 frames arriving in arbitrary chunks. Bytes before a
// preamble are skipped (resynchronisation after line noise); a frame with a bad checksum or
// an impossible length is reported and skipped, and decoding resumes after its preamble.
class IdCardFrameDecoder {
public:
    enum class Outcome { NeedMore, Frame, Error };

    struct Step {
        Outcome outcome = Outcome::NeedMore;
        QByteArray body; // Frame: the bytes between LEN and CHK
        QString error;   // Error: English, what was wrong with the frame
    };

    void append(const QByteArray &bytes);
    // The next frame or error from what has been appended; NeedMore when nothing is complete.
    Step next();
    void reset();

    // For timeout messages: bytes skipped as noise, and the frame begun but not finished.
    qsizetype skippedBytes() const { return m_skipped; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    // The full size of the frame being received, or 0 before its LEN has arrived.
    qsizetype expectedFrameSize() const;

private:
    void discardUpToPreamble();
    QByteArray m_buffer;
    qsizetype m_skipped = 0;
};

} // namespace ow
