#pragma once

#include "idcardframe.h"
#include "result.h"

namespace ow {

// How IdCardReader reaches a reader: one command in, one answer out. The serial transport
// speaks the GA 467 frames itself; a vendor SDK answers the same commands through its library.
class IdCardReaderTransport {
public:
    virtual ~IdCardReaderTransport() = default;
    virtual Status open() = 0;
    virtual void close() = 0;
    // Sends (cmd, para) and waits up to timeoutMs for the answer; a failure says in plain
    // words what went wrong (no answer, damaged answer, port lost).
    virtual Result<IdCardResponse> transact(quint8 cmd, quint8 para, int timeoutMs) = 0;
    // For messages: "serial port /dev/ttyUSB0", "vendor SDK libfoo.so port 1001".
    virtual QString description() const = 0;
};

} // namespace ow
