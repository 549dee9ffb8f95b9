// Storage of scanned materials (migration 6): the record, the PDF as a pending local attachment
// and the outbox entry commit together; a refused batch writes nothing. SQLite and PostgreSQL.
#include "localattachmentstore.h"
#include "materialscanrepository.h"
#include "scancasefixture.h"
#include "syncoutbox.h"
#include "tempdatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace ow;
using ow::test::TempDatabase;

namespace {

QByteArray fakePdf(const char *body) {
    return QByteArray("%PDF-1.4\n") + body + "\n%%EOF\n";
}

MaterialScanRepository::Scan scanOf(const test::ScanCase &c, int material, const QByteArray &pdf,
                                    int pages = 2) {
    MaterialScanRepository::Scan s;
    s.record.caseId = c.caseId;
    s.record.material = c.materials.at(material).name;
    s.record.position = c.materials.at(material).position;
    s.record.pageCount = pages;
    s.record.mode = QStringLiteral("greyscale");
    s.record.createdBy = QStringLiteral("clerk1");
    s.record.createdAt = QDateTime(QDate(2026, 3, 12), QTime(9, 30), Qt::UTC);
    s.pdf = pdf;
    return s;
}

int count(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

struct Opened {
    std::unique_ptr<TempDatabase> temp;
    std::unique_ptr<Database> db;
    test::ScanCase scanCase;
    ManualClock clock{QDateTime(QDate(2026, 3, 12), QTime(9, 0))};
};

} // namespace

class TestMaterialScanRepository : public QObject {
    Q_OBJECT
private slots:
    void storesRecordPdfAndOutboxEntry_data() { TempDatabase::addKindRows(); }
    void storesRecordPdfAndOutboxEntry();
    void rescanReplacesTheRecord_data() { TempDatabase::addKindRows(); }
    void rescanReplacesTheRecord();
    void refusedBatchWritesNothing_data();
    void refusedBatchWritesNothing();
    void uploadBookkeeping_data() { TempDatabase::addKindRows(); }
    void uploadBookkeeping();

private:
    // Empty when open; "skip: …" when the database kind is not available; else the failure.
    QString open(Opened &o);
};

#define OPEN_OR_STOP(o)                                                                            \
    do {                                                                                           \
        const QString why = open(o);                                                               \
        if (why.startsWith(QLatin1String("skip")))                                                 \
            QSKIP(qPrintable(why));                                                                \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                  \
    } while (false)

QString TestMaterialScanRepository::open(Opened &o) {
    QFETCH(TempDatabase::Kind, kind);
    o.temp = std::make_unique<TempDatabase>(kind);
    if (!o.temp->error().isEmpty())
        return QStringLiteral("skip: ") + o.temp->error();
    o.db = o.temp->openMigrated();
    if (!o.db)
        return o.temp->error();
    auto stored = test::storeScanCase(*o.db, o.clock);
    if (!stored)
        return stored.error();
    o.scanCase = stored.value();
    return {};
}

void TestMaterialScanRepository::storesRecordPdfAndOutboxEntry() {
    Opened o;
    OPEN_OR_STOP(o);
    Database &db = *o.db;
    const int outboxBefore = SyncOutbox::pendingCount(db).value();
    MaterialScanRepository repo(db);
    const QByteArray pdf = fakePdf("identity card");
    auto saved =
        repo.save({scanOf(o.scanCase, 0, pdf, 2), scanOf(o.scanCase, 2, fakePdf("lease"), 3)});
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(saved->size(), 2);
    const MaterialScanRecord &first = saved->first();
    QCOMPARE(first.sha256, LocalAttachmentStore::sha256Of(pdf));
    QCOMPARE(first.byteSize, qint64(pdf.size()));
    QCOMPARE(first.visitId, o.scanCase.visitId);

    auto found = repo.find(o.scanCase.caseId, o.scanCase.materials[0].name);
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value(), first);
    auto all = repo.scansOf(o.scanCase.caseId);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(1).pageCount, 3);
    QCOMPARE(repo.pdf(first.sha256).value(), pdf);

    // One outbox entry per material, naming the attachment.
    QCOMPARE(SyncOutbox::pendingCount(db).value(), outboxBefore + 2);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT record_key, payload FROM sync_outbox WHERE entity = "
                                  "'material_scan' ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(),
             MaterialScanRepository::recordKey(o.scanCase.caseId, o.scanCase.materials[0].name));
    const QJsonObject payload = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("attachment")).toString(), first.sha256);
    QCOMPARE(payload.value(QStringLiteral("pages")).toInt(), 2);

    LocalAttachmentStore attachments(db);
    QCOMPARE(attachments.pendingCount().value(), 2);
}

void TestMaterialScanRepository::rescanReplacesTheRecord() {
    Opened o;
    OPEN_OR_STOP(o);
    MaterialScanRepository repo(*o.db);
    QVERIFY(repo.save({scanOf(o.scanCase, 1, fakePdf("first try"))}));
    auto again = repo.save({scanOf(o.scanCase, 1, fakePdf("second try"), 4)});
    QVERIFY2(again, qPrintable(again.error()));
    auto all = repo.scansOf(o.scanCase.caseId);
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().pageCount, 4);
    QCOMPARE(all->first().sha256, LocalAttachmentStore::sha256Of(fakePdf("second try")));
    // Both versions wait for upload (the first one's outbox entry names it).
    QCOMPARE(LocalAttachmentStore(*o.db).pendingCount().value(), 2);
    // The same PDF twice is stored once.
    QVERIFY(repo.save({scanOf(o.scanCase, 2, fakePdf("second try"))}));
    QCOMPARE(count(*o.db, QStringLiteral("SELECT COUNT(*) FROM local_attachments")), 2);
}

void TestMaterialScanRepository::refusedBatchWritesNothing_data() {
    QTest::addColumn<TempDatabase::Kind>("kind");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("expected");
    for (const auto &[kind, suffix] : {std::pair{TempDatabase::Kind::Sqlite, "sqlite"},
                                       std::pair{TempDatabase::Kind::Postgres, "postgres"}}) {
        const auto row = [&](const char *name, const char *problem, const char *expected) {
            QTest::newRow(
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(suffix))))
                << kind << QString::fromLatin1(problem) << QString::fromLatin1(expected);
        };
        row("unknown case", "case", "not stored");
        row("not a pdf", "pdf", "not a PDF");
        row("no material", "material", "no material");
        row("no pages", "pages", "no pages");
    }
}

void TestMaterialScanRepository::refusedBatchWritesNothing() {
    QFETCH(QString, problem);
    QFETCH(QString, expected);
    Opened o;
    OPEN_OR_STOP(o);
    const int outboxBefore = SyncOutbox::pendingCount(*o.db).value();
    MaterialScanRepository::Scan bad = scanOf(o.scanCase, 1, fakePdf("bad"));
    if (problem == QLatin1String("case"))
        bad.record.caseId = QStringLiteral("C-NOPE");
    else if (problem == QLatin1String("pdf"))
        bad.pdf = QByteArray("GIF89a not a pdf");
    else if (problem == QLatin1String("material"))
        bad.record.material = QStringLiteral("  ");
    else
        bad.record.pageCount = 0;
    MaterialScanRepository repo(*o.db);
    // The good first scan of the batch is rolled back with the bad second one.
    auto saved = repo.save({scanOf(o.scanCase, 0, fakePdf("good")), bad});
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(expected), qPrintable(saved.error()));
    QCOMPARE(repo.scansOf(o.scanCase.caseId)->size(), 0);
    QCOMPARE(count(*o.db, QStringLiteral("SELECT COUNT(*) FROM local_attachments")), 0);
    QCOMPARE(SyncOutbox::pendingCount(*o.db).value(), outboxBefore);
}

void TestMaterialScanRepository::uploadBookkeeping() {
    Opened o;
    OPEN_OR_STOP(o);
    MaterialScanRepository repo(*o.db);
    auto saved =
        repo.save({scanOf(o.scanCase, 0, fakePdf("a")), scanOf(o.scanCase, 1, fakePdf("b"))});
    QVERIFY(saved);
    LocalAttachmentStore store(*o.db);
    const QString sha = saved->first().sha256;
    QVERIFY(store.recordFailure(sha, QStringLiteral("offline")));
    auto info = store.info(sha);
    QVERIFY(info);
    QCOMPARE(info->attempts, 1);
    QCOMPARE(info->lastError, QStringLiteral("offline"));
    QVERIFY(!info->uploadedAt.isValid());
    QVERIFY(store.markUploaded(sha, QDateTime::currentDateTimeUtc()));
    QCOMPARE(store.pendingCount().value(), 1);
    auto pending = store.pending();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().sha256, saved->at(1).sha256);
    QVERIFY(store.info(sha)->uploadedAt.isValid());
    // A damaged stored copy is not handed out as the named file.
    QSqlQuery q(o.db->connection());
    q.prepare(QStringLiteral("UPDATE local_attachments SET content = ? WHERE sha256 = ?"));
    q.addBindValue(QByteArray("%PDF-tampered"));
    q.addBindValue(sha);
    QVERIFY(q.exec());
    auto content = store.content(sha);
    QVERIFY(!content);
    QVERIFY2(content.error().contains(QStringLiteral("do not match")), qPrintable(content.error()));
}

QTEST_GUILESS_MAIN(TestMaterialScanRepository)
#include "tst_materialscanrepository.moc"
