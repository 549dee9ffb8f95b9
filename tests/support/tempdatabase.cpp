#include "tempdatabase.h"

#include "testpaths.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace ow::test {

TempDatabase::TempDatabase(Kind kind)
    : m_kind(kind) {
    if (kind == Kind::Sqlite) {
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("test.db"));
        return;
    }
    m_adminUrl = postgresUrl(&m_error);
    if (m_adminUrl.isEmpty())
        return;
    m_pgName = QStringLiteral("ow_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    auto admin = Database::open(m_adminUrl);
    if (!admin) {
        m_error = admin.error();
        return;
    }
    QSqlQuery q(admin.value()->connection());
    if (!q.exec(QStringLiteral("CREATE DATABASE ") + m_pgName)) {
        m_error = admin.value()->lastError(QStringLiteral("create test database"));
        return;
    }
    QUrl u(m_adminUrl);
    u.setPath(QLatin1Char('/') + m_pgName);
    m_url = u.toString();
}

TempDatabase::~TempDatabase() {
    if (m_kind != Kind::Postgres || m_pgName.isEmpty() || !m_error.isEmpty())
        return;
    auto admin = Database::open(m_adminUrl);
    if (!admin)
        return;
    QSqlQuery q(admin.value()->connection());
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

std::unique_ptr<Database> TempDatabase::open() {
    if (!m_error.isEmpty())
        return nullptr;
    auto db = Database::open(m_url);
    if (!db) {
        m_error = db.error();
        return nullptr;
    }
    return std::move(db.value());
}

std::unique_ptr<Database> TempDatabase::openMigrated() {
    auto db = open();
    if (!db)
        return nullptr;
    if (Status st = db->migrate(); !st) {
        m_error = st.error();
        return nullptr;
    }
    return db;
}

void TempDatabase::addKindRows() {
    QTest::addColumn<Kind>("kind");
    QTest::newRow("sqlite") << Kind::Sqlite;
    QTest::newRow("postgresql") << Kind::Postgres;
}

} // namespace ow::test
