#pragma once

#include "clock.h"
#include "serverprocess.h"
#include "tempdatabase.h"
#include "userrepository.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QUuid>

#include <memory>

namespace ow::test {

inline QString password(const QString &user) {
    return QStringLiteral("pw-%1-secret").arg(user);
}

inline QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QJsonObject entry(const QString &uuid, const QString &key, qint64 base,
                         const QJsonObject &payload) {
    return {{QStringLiteral("uuid"), uuid},
            {QStringLiteral("entity"), QStringLiteral("case")},
            {QStringLiteral("key"), key},
            {QStringLiteral("base_revision"), base},
            {QStringLiteral("payload"), payload}};
}

inline QJsonObject pushBody(const QJsonArray &entries) {
    return {{QStringLiteral("client_id"), QStringLiteral("ws-test")},
            {QStringLiteral("entries"), entries}};
}

inline QString sha256Hex(const QByteArray &data) {
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace ow::test

namespace ow::test {

#ifdef OW_SERVER_TEST_POSTGRES
constexpr auto kKind = TempDatabase::Kind::Postgres;
#else
constexpr auto kKind = TempDatabase::Kind::Sqlite;
#endif

// A fresh database with one user per role (and "locked"), and a running server on it.
struct ServerFixture {
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiClient> m_api;
    QHash<QString, QString> m_tokens; // user -> token

    // Empty when running; "skip: ..." when the database kind is unavailable; else the failure.
    QString setUp() {
        m_db = std::make_unique<TempDatabase>(kKind);
        if (!m_db->error().isEmpty())
            return QStringLiteral("skip: ") + m_db->error();
        {
            auto db = m_db->open();
            if (!db)
                return m_db->error();
            if (Status st = db->migrate(); !st)
                return st.error();
            SystemClock clock;
            UserRepository users(*db, clock);
            for (Role r : allRoles())
                if (auto u = users.create(roleKey(r), {r}, password(roleKey(r))); !u)
                    return u.error();
            if (auto u = users.create(QStringLiteral("locked"), {Role::Clerk},
                                      password(QStringLiteral("locked")));
                !u)
                return u.error();
        }
        m_server = std::make_unique<ServerProcess>(m_db->url());
        if (!m_server->start())
            return m_server->error();
        m_api = std::make_unique<ApiClient>(m_server->baseUrl());
        return {};
    }
    void tearDown() {
        m_api.reset();
        m_server.reset(); // terminate, then kill
    }
    QString tokenFor(const QString &user) {
        if (!m_tokens.contains(user))
            m_tokens.insert(user, m_api->login(user, password(user)));
        return m_tokens.value(user);
    }
};

} // namespace ow::test
