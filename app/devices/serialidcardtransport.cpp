#include "serialidcardtransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace ow {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ow::SerialIdCardTransport", text);
}

} // namespace

SerialIdCardTransport::SerialIdCardTransport(QString portName, qint32 baudRate)
    : m_portName(std::move(portName))
    , m_baudRate(baudRate) {}

SerialIdCardTransport::~SerialIdCardTransport() {
    close();
}

QString SerialIdCardTransport::description() const {
    return tr("serial port %1").arg(m_portName);
}

Status SerialIdCardTransport::open() {
    if (m_port.isOpen())
        return {};
    m_port.setPortName(m_portName);
    if (!m_port.open(QIODevice::ReadWrite))
        return Status::failure(tr("Cannot open the ID-card reader on %1: %2. Check that the "
                                  "reader is plugged in and the port name is right.")
                                   .arg(m_portName, m_port.errorString()));
    // 8N1, no flow control (§1.2).
    m_port.setBaudRate(m_baudRate);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    m_decoder.reset();
    return {};
}

void SerialIdCardTransport::close() {
    if (m_port.isOpen())
        m_port.close();
}

Result<IdCardResponse> SerialIdCardTransport::transact(quint8 cmd, quint8 para, int timeoutMs) {
    if (!m_port.isOpen())
        return Result<IdCardResponse>::failure(tr("The ID-card reader port is not open."));
    // A stale answer from an earlier, timed-out command must not be taken for this one.
    m_port.clear(QSerialPort::Input);
    m_decoder.reset();
    const QByteArray frame = IdCardFrame::command(cmd, para);
    const QDeadlineTimer deadline(timeoutMs);
    if (m_port.write(frame) != frame.size() ||
        (m_port.bytesToWrite() > 0 && !m_port.waitForBytesWritten(int(deadline.remainingTime()))))
        return Result<IdCardResponse>::failure(
            tr("Could not send the command to the ID-card reader on %1: %2")
                .arg(m_portName, m_port.errorString()));
    QString lastError;
    while (true) {
        const IdCardFrameDecoder::Step step = m_decoder.next();
        if (step.outcome == IdCardFrameDecoder::Outcome::Frame) {
            IdCardResponse response;
            if (IdCardFrame::parseResponse(step.body, &response))
                return response;
            lastError = tr("the answer is shorter than its status bytes");
            continue;
        }
        if (step.outcome == IdCardFrameDecoder::Outcome::Error) {
            lastError = step.error;
            continue; // the decoder has skipped the bad frame; a good one may follow
        }
        if (deadline.hasExpired() || !m_port.waitForReadyRead(int(deadline.remainingTime()))) {
            if (!lastError.isEmpty())
                return Result<IdCardResponse>::failure(
                    tr("The ID-card reader sent a damaged answer (%1). Try again; if it "
                       "repeats, check the cable.")
                        .arg(lastError));
            if (m_decoder.expectedFrameSize() > 0)
                return Result<IdCardResponse>::failure(
                    tr("The ID-card reader stopped in the middle of an answer (%1 of %2 bytes "
                       "within %3 ms). Try again.")
                        .arg(m_decoder.bufferedBytes())
                        .arg(m_decoder.expectedFrameSize())
                        .arg(timeoutMs));
            if (m_decoder.skippedBytes() > 0 || m_decoder.bufferedBytes() > 0)
                return Result<IdCardResponse>::failure(
                    tr("The ID-card reader sent %1 bytes that are not a valid answer. Check that "
                       "the port belongs to an ID-card reader.")
                        .arg(m_decoder.skippedBytes() + m_decoder.bufferedBytes()));
            return Result<IdCardResponse>::failure(
                tr("The ID-card reader on %1 did not answer within %2 ms. Check that it is "
                   "plugged in and switched on.")
                    .arg(m_portName)
                    .arg(timeoutMs));
        }
        m_decoder.append(m_port.readAll());
    }
}

} // namespace ow
