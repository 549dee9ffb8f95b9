#include "database.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace ow {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("onewindow-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text) {
    if (text.startsWith(QLatin1String("sqlite:"))) {
        const QString path = text.mid(7);
        if (path.isEmpty())
            return Result<DatabaseUrl>::failure(
                QStringLiteral("database address '%1': the SQLite file path is empty").arg(text));
        return sqlite(path);
    }
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Result<DatabaseUrl>::failure(
                QStringLiteral("database address '%1': not a valid postgresql://user@host:port/db "
                               "address")
                    .arg(QUrl(text).toDisplayString(QUrl::RemovePassword)));
        DatabaseUrl u;
        u.kind = DatabaseKind::Postgres;
        u.user = url.userName();
        u.password = url.password();
        u.host = url.host();
        u.port = url.port(5432);
        u.name = url.path().mid(1);
        if (u.name.isEmpty())
            return Result<DatabaseUrl>::failure(
                QStringLiteral("database address '%1': the database name is missing")
                    .arg(u.display()));
        return u;
    }
    return Result<DatabaseUrl>::failure(
        QStringLiteral("database address '%1': use sqlite:PATH or postgresql://user@host:port/db")
            .arg(text));
}

DatabaseUrl DatabaseUrl::sqlite(const QString &path) {
    DatabaseUrl u;
    u.kind = DatabaseKind::Sqlite;
    u.path = path;
    return u;
}

QString DatabaseUrl::display() const {
    if (kind == DatabaseKind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

Database::Database(QSqlDatabase db, DatabaseKind kind, QString name)
    : m_db(std::move(db))
    , m_kind(kind)
    , m_name(std::move(name)) {}

Database::~Database() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &url) {
    const auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return Result<std::unique_ptr<Database>>::failure(parsed.error());
    return open(parsed.value());
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url) {
    using R = Result<std::unique_ptr<Database>>;
    const QString name = nextConnectionName();
    const bool sqlite = url.kind == DatabaseKind::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return R::failure(QStringLiteral("the Qt SQL driver %1 is not installed (package %2)")
                              .arg(driver, sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                                  : QStringLiteral("libqt6sql6-psql")));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (sqlite) {
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.name);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    std::unique_ptr<Database> self(new Database(db, url.kind, name));
    if (!self->m_db.open())
        return R::failure(QStringLiteral("cannot open database %1: %2")
                              .arg(url.display(), self->m_db.lastError().text()));
    QSqlQuery q(self->m_db);
    const QStringList pragmas =
        sqlite ? QStringList{QStringLiteral("PRAGMA journal_mode=WAL"),
                             QStringLiteral("PRAGMA foreign_keys=ON"),
                             QStringLiteral("PRAGMA synchronous=NORMAL")}
               : QStringList{QStringLiteral("SET client_min_messages TO WARNING")};
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return R::failure(QStringLiteral("database %1: '%2' failed: %3")
                                  .arg(url.display(), p, q.lastError().text()));
    }
    if (sqlite) {
        q.exec(QStringLiteral("PRAGMA journal_mode"));
        if (!q.next() || q.value(0).toString() != QLatin1String("wal"))
            return R::failure(
                QStringLiteral("database %1: cannot switch to WAL mode").arg(url.display()));
    }
    return R(std::move(self));
}

Status Database::migrate() {
    return Migrator(*this).migrate();
}

int Database::schemaVersion() {
    return Migrator(*this).currentVersion();
}

QString Database::lastError(const QString &what) const {
    return QStringLiteral("%1: %2").arg(what, m_db.lastError().text());
}

QString Database::errorOf(const QSqlQuery &query, const QString &what) {
    return QStringLiteral("%1: %2").arg(what, query.lastError().text());
}

} // namespace ow
