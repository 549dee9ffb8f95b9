// bench_sync: push of 10,000 entries and pull of 100,000 changes over loopback against a real
// onewindow-server on PostgreSQL, beside a direct insert of the same rows into the same
// PostgreSQL (prepared insert loop in one transaction). Prints entries per second and the
// ratio (target >= 25 %).
//   bench_sync [--database postgresql://...] [--push N] [--pull N]
// Without --database it starts a throwaway cluster with tests/scripts/pg-cluster.sh.
#include "clock.h"
#include "networktransport.h"
#include "serverprocess.h"
#include "syncengine.h"
#include "tempdatabase.h"
#include "testpaths.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <cstdio>

using namespace ow;

namespace {

QTextStream out(stdout);

QJsonObject payloadFor(int i) {
    return {{QStringLiteral("id"), QStringLiteral("V20250312-%1").arg(i, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("ticket"), QStringLiteral("A%1").arg(i % 1000)},
            {QStringLiteral("applicant"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("legal")},
                         {QStringLiteral("name"), QStringLiteral("基准测试有限公司%1").arg(i)},
                         {QStringLiteral("credit_code"), QStringLiteral("91350100M%1").arg(i)}}},
            {QStringLiteral("opened_at"), QStringLiteral("2025-03-12T09:30:00.000Z")},
            {QStringLiteral("cases"), QJsonArray()}};
}

// The rows the server writes for an applied entry (a change and its record), inserted directly.
Result<double> directInsert(Database &db, int first, int count, const QString &prefix) {
    QElapsedTimer timer;
    timer.start();
    const Status st = db.transaction([&]() -> Status {
        QSqlQuery change(db.connection());
        change.prepare(QStringLiteral(
            "INSERT INTO sync_changes (uuid, client_id, user_name, entity, record_key, revision, "
            "payload, deleted, status, received_at) VALUES (?, 'bench', 'clerk', 'visit', ?, 1, "
            "?, 0, 'applied', '2025-03-12T09:30:00.000Z') RETURNING seq"));
        QSqlQuery record(db.connection());
        record.prepare(QStringLiteral("INSERT INTO sync_records (entity, record_key, revision, "
                                      "payload, deleted, seq) VALUES ('visit', ?, 1, ?, 0, ?)"));
        for (int i = first; i < first + count; ++i) {
            const QString key = prefix + QString::number(i);
            const QString json =
                QString::fromUtf8(QJsonDocument(payloadFor(i)).toJson(QJsonDocument::Compact));
            change.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            change.addBindValue(key);
            change.addBindValue(json);
            if (!change.exec() || !change.next())
                return Status::failure(Database::errorOf(change, QStringLiteral("insert change")));
            record.addBindValue(key);
            record.addBindValue(json);
            record.addBindValue(change.value(0));
            if (!record.exec())
                return Status::failure(Database::errorOf(record, QStringLiteral("insert record")));
        }
        return Status();
    });
    if (!st)
        return Result<double>::failure(st.error());
    return timer.nsecsElapsed() / 1e9;
}

struct LocalClient {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    NetworkTransport transport;
    ThreadSleeper sleeper;
    std::unique_ptr<SyncEngine> engine;
    explicit LocalClient(const QString &baseUrl, int pullLimit)
        : transport(QUrl(baseUrl), 120000) {
        db = std::move(
            Database::open(DatabaseUrl::sqlite(dir.filePath(QStringLiteral("c.db")))).value());
        if (!db->migrate())
            qFatal("client database");
        SyncConfig config;
        config.pullLimit = pullLimit;
        engine = std::make_unique<SyncEngine>(*db, transport, sleeper, config);
        engine->setCredentials(QStringLiteral("clerk"), QStringLiteral("bench-password-1"));
    }
};

int fail(const QString &what) {
    QTextStream(stderr) << "bench_sync: " << what << "\n";
    return 1;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("ONEWINDOW_SOURCE_DIR"))
        qputenv("ONEWINDOW_SOURCE_DIR", ONEWINDOW_SOURCE_DIR_FALLBACK);
    QStringList args = app.arguments().mid(1);
    QString database;
    int pushCount = 10000;
    int pullCount = 100000;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--database") && !args.isEmpty())
            database = args.takeFirst();
        else if (a == QLatin1String("--push") && !args.isEmpty())
            pushCount = args.takeFirst().toInt();
        else if (a == QLatin1String("--pull") && !args.isEmpty())
            pullCount = args.takeFirst().toInt();
        else
            return fail(QStringLiteral("usage: bench_sync [--database postgresql://…] [--push N] "
                                       "[--pull N]"));
    }
    if (pushCount < 1 || pullCount < pushCount)
        return fail(QStringLiteral("--push must be >= 1 and --pull >= --push"));

    // The PostgreSQL the test databases are made in: given, or a throwaway cluster.
    QTemporaryDir scratch;
    const QString urlFile = scratch.filePath(QStringLiteral("pg.url"));
    const QString script = test::sourceDir() + QStringLiteral("/tests/scripts/pg-cluster.sh");
    if (database.isEmpty()) {
        if (QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("start"), urlFile}) !=
            0)
            return fail(QStringLiteral("could not start a PostgreSQL cluster"));
    } else {
        QFile f(urlFile);
        if (!f.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(urlFile));
        f.write(database.toUtf8());
    }
    qputenv("ONEWINDOW_TEST_PG_URL_FILE", urlFile.toLocal8Bit());
    {
        test::TempDatabase serverDb(test::TempDatabase::Kind::Postgres);
        test::TempDatabase directDb(test::TempDatabase::Kind::Postgres);
        if (!serverDb.error().isEmpty() || !directDb.error().isEmpty())
            return fail(serverDb.error() + directDb.error());
        auto admin = serverDb.open();
        auto direct = directDb.open();
        if (!admin || !direct || !admin->migrate() || !direct->migrate())
            return fail(QStringLiteral("cannot prepare the databases"));
        SystemClock clock;
        if (!UserRepository(*admin, clock)
                 .create(QStringLiteral("clerk"), {Role::Clerk},
                         QStringLiteral("bench-password-1")))
            return fail(QStringLiteral("cannot create the user"));
        test::ServerProcess server(serverDb.url());
        if (!server.start())
            return fail(server.error());

        // Push: the outbox is filled first (not timed), then pushed in batches of 1000.
        LocalClient pusher(server.baseUrl(), 5000);
        const Status filled = pusher.db->transaction([&]() -> Status {
            for (int i = 0; i < pushCount; ++i)
                if (!SyncOutbox::enqueue(*pusher.db, QStringLiteral("visit"),
                                         QStringLiteral("P-%1").arg(i), payloadFor(i)))
                    return Status::failure(QStringLiteral("enqueue"));
            return Status();
        });
        if (!filled)
            return fail(filled.error());
        QElapsedTimer timer;
        timer.start();
        auto pushed = pusher.engine->push();
        const double pushSecs = timer.nsecsElapsed() / 1e9;
        if (!pushed || pushed->applied != pushCount)
            return fail(QStringLiteral("push: %1")
                            .arg(pushed ? QStringLiteral("not all applied") : pushed.error()));
        auto directPush = directInsert(*direct, 0, pushCount, QStringLiteral("P-"));
        if (!directPush)
            return fail(directPush.error());

        // Pull: the rest of the feed is inserted straight into the server's database (that
        // insert is the direct rate for the pull), then a fresh client pulls everything.
        auto directPull =
            directInsert(*admin, pushCount, pullCount - pushCount, QStringLiteral("Q-"));
        if (!directPull)
            return fail(directPull.error());
        LocalClient puller(server.baseUrl(), 5000);
        timer.restart();
        auto pulled = puller.engine->pull();
        const double pullSecs = timer.nsecsElapsed() / 1e9;
        if (!pulled || pulled->pulled < pullCount)
            return fail(QStringLiteral("pull: %1")
                            .arg(pulled ? QStringLiteral("too few changes") : pulled.error()));

        const double pushRate = pushCount / pushSecs;
        const double directPushRate = pushCount / directPush.value();
        const double pullRate = pulled->pulled / pullSecs;
        const double directPullRate = (pullCount - pushCount) / directPull.value();
        out << QStringLiteral("push   %1 entries in %2 s: %3 entries/s; direct insert %4 rows/s; "
                              "ratio %5 %\n")
                   .arg(pushCount)
                   .arg(pushSecs, 0, 'f', 2)
                   .arg(pushRate, 0, 'f', 0)
                   .arg(directPushRate, 0, 'f', 0)
                   .arg(100 * pushRate / directPushRate, 0, 'f', 1);
        out << QStringLiteral("pull   %1 changes in %2 s: %3 changes/s; direct insert %4 rows/s; "
                              "ratio %5 %\n")
                   .arg(pulled->pulled)
                   .arg(pullSecs, 0, 'f', 2)
                   .arg(pullRate, 0, 'f', 0)
                   .arg(directPullRate, 0, 'f', 0)
                   .arg(100 * pullRate / directPullRate, 0, 'f', 1);
        out << "target: >= 25 % of the direct rate\n";
        out.flush();
        server.stop();
    }
    if (database.isEmpty())
        QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), urlFile});
    return 0;
}
