#pragma once

#include "idcardcontents.h"
#include "idcardreadertransport.h"
#include "result.h"

#include <QDate>

namespace ow {

// One read of an ID card: find → select → read text + photo (id-card-reader.md §1.4), each
// step with its own timeout. Either the whole card comes back or a message the clerk can act
// on; never a half-filled record.
class IdCardReader {
public:
    struct Timeouts {
        int findMs = 1000;
        int selectMs = 1000;
        int readMs = 3000; // 1295 bytes take ~115 ms at 115200 bps; SAM decryption adds more
    };

    explicit IdCardReader(IdCardReaderTransport &transport);
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }

    // Opens the transport if needed and reads the card; `today` checks the ID number's birth
    // date (an invalid date skips that rule).
    Result<IdCardContents> read(const QDate &today);

    // The read answer's data (text length, photo length, text, photo) → card; for tests.
    static Result<IdCardContents> parseReadData(const QByteArray &data, const QDate &today);

private:
    Result<IdCardResponse> step(quint8 cmd, quint8 para, int timeoutMs, quint8 expectedSw3);
    IdCardReaderTransport &m_transport;
    Timeouts m_timeouts;
};

} // namespace ow
