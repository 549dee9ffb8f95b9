#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ow::test {

// A real onewindow-server process on a free loopback port, stopped (terminate, then kill) when
// the object goes away.
class ServerProcess {
public:
    explicit ServerProcess(QString databaseUrl, QStringList extraArguments = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts it and waits until /api/v1/health answers; false with the reason in error().
    bool start(int timeoutMs = 15000);
    void stop();
    // SIGKILL, no shutdown: for crash tests (the sync suite kills the server mid-push).
    void kill();
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    const QString &error() const { return m_error; }
    QByteArray log(); // what the server wrote so far

    static QString executable();
    static quint16 freePort();
    // Runs `onewindow-server args...` with stdin; returns the exit code, output in *out.
    static int runTool(const QStringList &args, const QByteArray &stdinData, QByteArray *out);

private:
    QString m_database;
    QStringList m_extra;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_log;
};

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

// Blocking HTTP calls for tests (QNetworkAccessManager under a local event loop).
class ApiClient {
public:
    explicit ApiClient(QString baseUrl)
        : m_base(std::move(baseUrl)) {}
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &path, const QString &token = {}) {
        return send("GET", path, {}, token);
    }
    Reply postJson(const QString &path, const QJsonObject &o, const QString &token = {});
    QString login(const QString &name, const QString &password); // token or empty

private:
    QString m_base;
    QNetworkAccessManager m_nam;
};

} // namespace ow::test
