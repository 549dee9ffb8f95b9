#pragma once

#include "idcardframedecoder.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

#include <atomic>
#include <thread>

namespace ow {

// A reader that speaks GA 467 on a pseudo-terminal, so the workstation opens it exactly like
// a serial reader. It serves one card (the read answer's data) from a background thread and
// can misbehave on request. Like real readers it refuses the find right after a successful
// read (the clerk lifts and re-presents the card); the find after that succeeds again.
class IdCardSimulator {
public:
    enum class Fault {
        None,
        BadChecksum,        // the read answer's CHK is wrong
        RemovedAfterSelect, // find and select succeed, read fails (SW3 41)
        NoCard,             // find fails (SW3 80)
        Silent,             // never answers
        Garbage,            // noise before every answer (the host must resynchronise)
        Truncated,          // the read answer stops half-way
    };

    explicit IdCardSimulator(QByteArray readData, Fault fault = Fault::None);
    ~IdCardSimulator();
    IdCardSimulator(const IdCardSimulator &) = delete;
    IdCardSimulator &operator=(const IdCardSimulator &) = delete;

    static QStringList faultNames(); // "none", "bad_checksum", ...
    static Result<Fault> faultFromName(const QString &name);

    // Opens the pseudo-terminal and starts serving; returns the device path (/dev/pts/N).
    Result<QString> start();
    void stop();

    // The bytes sent back for one command frame body (CMD PARA …); empty for no answer.
    QByteArray answer(const QByteArray &commandBody);

private:
    void serve();
    void writeAll(const QByteArray &bytes);

    QByteArray m_readData;
    Fault m_fault;
    int m_master = -1;
    int m_slave = -1; // held open so the pty survives clients opening and closing it
    std::thread m_thread;
    std::atomic_bool m_stopping{false};
    IdCardFrameDecoder m_decoder;
    bool m_cardFound = false;
    bool m_selected = false;
    bool m_justRead = false;
};

} // namespace ow
