#pragma once

#include "idcardframedecoder.h"
#include "idcardreadertransport.h"

#include <QSerialPort>

namespace ow {

// GA 467 frames over a serial port (a real UART, a USB virtual COM port or the simulator's
// pseudo-terminal), 115200 8N1 by default.
class SerialIdCardTransport : public IdCardReaderTransport {
public:
    explicit SerialIdCardTransport(QString portName, qint32 baudRate = 115200);
    ~SerialIdCardTransport() override;

    Status open() override;
    void close() override;
    Result<IdCardResponse> transact(quint8 cmd, quint8 para, int timeoutMs) override;
    QString description() const override;

private:
    QString m_portName;
    qint32 m_baudRate;
    QSerialPort m_port;
    IdCardFrameDecoder m_decoder;
};

} // namespace ow
