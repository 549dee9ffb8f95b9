#pragma once

#include "applicant.h"
#include "idcardcontents.h"
#include "idcardreader.h"

#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QThread>

#include <memory>

namespace ow {

class Clock;

// One successful card read, ready for the applicant panel.
struct IdCardReadResult {
    Applicant applicant; // validated: normalised number, sex and birth date, card fields
    IdCardContents card;
    bool expired = false;
    QImage photo; // decoded by the vendor plugin; null without one
    QString maskedId;
};

// Reads ID cards off the UI thread: IdCardReader over the serial transport (a reader's port or
// the simulator's pty) or a vendor SDK plugin ("vendor:LIBRARY:PORT"). A read yields either a
// whole validated applicant or one message; never a partial record.
class IdCardSession : public QObject {
    Q_OBJECT
public:
    explicit IdCardSession(const Clock &clock, QObject *parent = nullptr);
    ~IdCardSession() override;

    // "/dev/ttyUSB0", "/dev/pts/7", or "vendor:/opt/vendor/libreader.so:1001".
    void setReader(const QString &reader) { m_reader = reader; }
    const QString &reader() const { return m_reader; }
    void setTimeouts(const IdCardReader::Timeouts &timeouts) { m_timeouts = timeouts; }

    // Starts a read; false (and readFailed) when no reader is set or a read is running.
    bool read();
    bool isBusy() const { return m_thread != nullptr; }

    // The card as an applicant, or why it cannot be one (translated). Public for tests.
    static Result<IdCardReadResult> toApplicant(const IdCardContents &card, const QDate &today);

signals:
    void readStarted();
    void cardRead(const ow::IdCardReadResult &result);
    void readFailed(const QString &message);

private:
    void readDone(const Result<IdCardReadResult> &result);

    const Clock &m_clock;
    QString m_reader;
    IdCardReader::Timeouts m_timeouts;
    QThread *m_thread = nullptr;
};

} // namespace ow

Q_DECLARE_METATYPE(ow::IdCardReadResult)
