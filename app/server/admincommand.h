#pragma once

#include <QStringList>
#include <QTextStream>

namespace ow {

// `onewindow-server admin ...`: user accounts and the audit check from the shell, scriptable
// (exit 0 on success, 1 on failure, 2 on bad usage). Passwords only from standard input.
class AdminCommand {
public:
    AdminCommand(QTextStream &in, QTextStream &out, QTextStream &err)
        : m_in(in)
        , m_out(out)
        , m_err(err) {}
    int run(const QStringList &arguments);
    static QString usage();

private:
    int usageError(const QString &message);
    QTextStream &m_in;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ow
