#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

namespace ow::test {

QString ServerProcess::executable() {
    // The test binaries and the server share CMAKE_RUNTIME_OUTPUT_DIRECTORY.
    return QCoreApplication::applicationDirPath() + QStringLiteral("/onewindow-server");
}

quint16 ServerProcess::freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int ServerProcess::runTool(const QStringList &args, const QByteArray &stdinData, QByteArray *out) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(executable(), args);
    if (!p.waitForStarted(5000))
        return -1;
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    if (out)
        *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

ServerProcess::ServerProcess(QString databaseUrl, QStringList extraArguments)
    : m_database(std::move(databaseUrl))
    , m_extra(std::move(extraArguments)) {
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess() {
    stop();
}

QString ServerProcess::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QByteArray ServerProcess::log() {
    m_log += m_process.readAll();
    return m_log;
}

bool ServerProcess::start(int timeoutMs) {
    if (!QFileInfo::exists(executable())) {
        m_error = QStringLiteral("%1 is not built").arg(executable());
        return false;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        QStringList args{QStringLiteral("--database"), m_database, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:%1").arg(m_port)};
        m_process.start(executable(), args + m_extra);
        if (!m_process.waitForStarted(5000)) {
            m_error = m_process.errorString();
            return false;
        }
        ApiClient client(baseUrl());
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            if (client.get(QStringLiteral("/api/v1/health")).status == 200)
                return true;
            QThread::msleep(50);
        }
        if (m_process.state() == QProcess::Running) {
            m_error = QStringLiteral("no /health answer within %1 ms: %2")
                          .arg(timeoutMs)
                          .arg(QString::fromUtf8(log()));
            stop();
            return false;
        }
        m_process.waitForFinished(1000);
        m_error = QString::fromUtf8(log());
        if (!m_error.contains(QLatin1String("cannot listen")))
            return false; // not a port race: report it
    }
    return false;
}

void ServerProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    log();
}

void ServerProcess::kill() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    log();
}

QByteArray Reply::header(const QByteArray &name) const {
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

Reply ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                      const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers) {
    QNetworkRequest request(QUrl(m_base + path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.headers = reply->rawHeaderPairs();
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
    return r;
}

Reply ApiClient::postJson(const QString &path, const QJsonObject &o, const QString &token) {
    return send("POST", path, QJsonDocument(o).toJson(QJsonDocument::Compact), token);
}

QString ApiClient::login(const QString &name, const QString &password) {
    const Reply r =
        postJson(QStringLiteral("/api/v1/auth/login"),
                 {{QStringLiteral("name"), name}, {QStringLiteral("password"), password}});
    return r.status == 200 ? r.json.value(QStringLiteral("token")).toString() : QString();
}

} // namespace ow::test
