#include "idcardsimulator.h"

#include "idcardframe.h"
#include "idcardstatus.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

namespace ow {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ow::IdCardSimulator", text);
}

struct FaultName {
    IdCardSimulator::Fault fault;
    const char *name;
};

const FaultName kFaultNames[] = {
    {IdCardSimulator::Fault::None, "none"},
    {IdCardSimulator::Fault::BadChecksum, "bad_checksum"},
    {IdCardSimulator::Fault::RemovedAfterSelect, "removed_after_select"},
    {IdCardSimulator::Fault::NoCard, "no_card"},
    {IdCardSimulator::Fault::Silent, "silent"},
    {IdCardSimulator::Fault::Garbage, "garbage"},
    {IdCardSimulator::Fault::Truncated, "truncated"},
};

QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

IdCardSimulator::IdCardSimulator(QByteArray readData, Fault fault)
    : m_readData(std::move(readData))
    , m_fault(fault) {}

IdCardSimulator::~IdCardSimulator() {
    stop();
}

QStringList IdCardSimulator::faultNames() {
    QStringList names;
    for (const FaultName &entry : kFaultNames)
        names.append(QLatin1String(entry.name));
    return names;
}

Result<IdCardSimulator::Fault> IdCardSimulator::faultFromName(const QString &name) {
    for (const FaultName &entry : kFaultNames) {
        if (name == QLatin1String(entry.name))
            return entry.fault;
    }
    return Result<Fault>::failure(
        tr("unknown fault \"%1\" (one of: %2)").arg(name, faultNames().join(QStringLiteral(", "))));
}

Result<QString> IdCardSimulator::start() {
    m_master = posix_openpt(O_RDWR | O_NOCTTY);
    if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0)
        return Result<QString>::failure(
            tr("Cannot create a pseudo-terminal: %1").arg(systemError()));
    const char *name = ptsname(m_master);
    if (!name)
        return Result<QString>::failure(
            tr("Cannot name the pseudo-terminal: %1").arg(systemError()));
    const QString path = QString::fromLocal8Bit(name);
    m_slave = ::open(name, O_RDWR | O_NOCTTY);
    if (m_slave < 0)
        return Result<QString>::failure(tr("Cannot open %1: %2").arg(path, systemError()));
    // Raw bytes: no echo, no line editing, no CR/LF translation.
    termios settings{};
    tcgetattr(m_slave, &settings);
    cfmakeraw(&settings);
    tcsetattr(m_slave, TCSANOW, &settings);
    m_stopping = false;
    m_thread = std::thread([this] { serve(); });
    return path;
}

void IdCardSimulator::stop() {
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_slave >= 0)
        ::close(m_slave);
    if (m_master >= 0)
        ::close(m_master);
    m_slave = m_master = -1;
}

void IdCardSimulator::writeAll(const QByteArray &bytes) {
    qsizetype done = 0;
    while (done < bytes.size() && !m_stopping) {
        const ssize_t written =
            ::write(m_master, bytes.constData() + done, size_t(bytes.size() - done));
        if (written < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return;
        }
        done += written;
    }
}

void IdCardSimulator::serve() {
    char buffer[512];
    while (!m_stopping) {
        pollfd watch{m_master, POLLIN, 0};
        if (::poll(&watch, 1, 50) <= 0 || !(watch.revents & POLLIN))
            continue;
        const ssize_t got = ::read(m_master, buffer, sizeof buffer);
        if (got <= 0)
            continue;
        m_decoder.append(QByteArray(buffer, got));
        for (IdCardFrameDecoder::Step step = m_decoder.next();
             step.outcome != IdCardFrameDecoder::Outcome::NeedMore; step = m_decoder.next()) {
            if (step.outcome == IdCardFrameDecoder::Outcome::Frame)
                writeAll(answer(step.body));
            else // a damaged command: answer like a reader would (checksum error)
                writeAll(IdCardFrame::response(0x10));
        }
    }
}

QByteArray IdCardSimulator::answer(const QByteArray &commandBody) {
    if (m_fault == Fault::Silent)
        return {};
    if (commandBody.size() < 2)
        return IdCardFrame::response(0x11);
    const auto cmd = static_cast<quint8>(commandBody.at(0));
    const auto para = static_cast<quint8>(commandBody.at(1));
    QByteArray reply;
    if (cmd == IdCardCommand::kFindCmd && para == IdCardCommand::kFindPara) {
        m_selected = false;
        m_cardFound = m_fault != Fault::NoCard && !m_justRead;
        m_justRead = false; // the clerk re-presents the card before the next attempt
        reply = m_cardFound ? IdCardFrame::response(IdCardStatus::kCardFound, QByteArray(4, '\0'))
                            : IdCardFrame::response(IdCardStatus::kFindFailed);
    } else if (cmd == IdCardCommand::kSelectCmd && para == IdCardCommand::kSelectPara) {
        m_selected = m_cardFound;
        reply = m_selected ? IdCardFrame::response(IdCardStatus::kSuccess, QByteArray(8, '\0'))
                           : IdCardFrame::response(IdCardStatus::kSelectFailed);
    } else if (cmd == IdCardCommand::kReadCmd && para == IdCardCommand::kReadPara) {
        if (!m_selected || m_fault == Fault::RemovedAfterSelect) {
            reply = IdCardFrame::response(IdCardStatus::kReadFailed);
        } else {
            reply = IdCardFrame::response(IdCardStatus::kSuccess, m_readData);
            m_justRead = true;
            if (m_fault == Fault::BadChecksum)
                reply.back() = static_cast<char>(reply.back() ^ 0xFF);
            if (m_fault == Fault::Truncated)
                reply.truncate(reply.size() / 2);
        }
        m_selected = false;
        m_cardFound = false;
    } else if (cmd == IdCardCommand::kReadCmd) {
        reply = IdCardFrame::response(IdCardStatus::kNoContent); // no fingerprint / address
    } else {
        reply = IdCardFrame::response(0x21); // command not supported by the simulator
    }
    if (m_fault == Fault::Garbage)
        reply.prepend(QByteArray::fromHex("00FF55AAAA9613AAAAAA"));
    return reply;
}

} // namespace ow
