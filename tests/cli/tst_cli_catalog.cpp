// onewindow-cli catalog validate|import|export and bench search, run as a separate process.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString demoPath() {
    return qEnvironmentVariable("ONEWINDOW_SOURCE_DIR") +
           QStringLiteral("/resources/catalog-demo.json");
}

} // namespace

class TestCliCatalog : public QObject {
    Q_OBJECT

private:
    QString m_cli;
    QTemporaryDir m_dir;

    Run run(const QStringList &args, const QString &dataDir = {}) const {
        QProcess process;
        process.start(m_cli, QStringList{QStringLiteral("--data-dir"),
                                         dataDir.isEmpty() ? m_dir.filePath(QStringLiteral("data"))
                                                           : dataDir} +
                                 args);
        Run result;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString write(const QString &name, const QByteArray &data) const {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(data);
        return path;
    }

private slots:
    void initTestCase() {
        m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/onewindow-cli");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
        QVERIFY(QFile::exists(demoPath()));
    }

    void validate_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QStringList>("errParts");

        QTest::newRow("demo") << demoPath() << 0 << "54 items, 20 departments, 226 materials\n"
                              << QStringList{};
        QTest::newRow("broken JSON")
            << write(QStringLiteral("broken.json"), "{\n \"items\": [\n}") << 1 << ""
            << QStringList{QStringLiteral("broken.json:3:"), QStringLiteral("not valid JSON")};
        QTest::newRow("bad fields")
            << write(QStringLiteral("bad.json"), "{\"departments\": [{\"id\": \"D1\"}], "
                                                 "\"items\": [{\"id\": \"I1\", \"dept\": \"D2\"}]}")
            << 1 << ""
            << QStringList{QStringLiteral("$.departments[0].name"),
                           QStringLiteral("$.items[0].dept"), QStringLiteral("\"D2\""),
                           QStringLiteral("$.items[0].materials"), QStringLiteral("problems")};
        QTest::newRow("wrong extension") << write(QStringLiteral("c.txt"), "x") << 2 << ""
                                         << QStringList{QStringLiteral(".json or .csv")};
        QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("none.json")) << 2 << ""
                                      << QStringList{QStringLiteral("no such readable file")};
    }

    void validate() {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QStringList, errParts);
        const Run r = run({QStringLiteral("catalog"), QStringLiteral("validate"), file});
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.out, out);
        for (const QString &part : errParts)
            QVERIFY2(r.err.contains(part), qPrintable(r.err));
        if (errParts.isEmpty())
            QCOMPARE(r.err, QString());
    }

    void importThenExport() {
        const QString dataDir = m_dir.filePath(QStringLiteral("roundtrip"));
        Run r = run({QStringLiteral("catalog"), QStringLiteral("import"), demoPath()}, dataDir);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("imported 54 items")), qPrintable(r.out));

        const QString json = m_dir.filePath(QStringLiteral("out.json"));
        r = run({QStringLiteral("catalog"), QStringLiteral("export"), json}, dataDir);
        QCOMPARE(r.exitCode, 0);
        QFile exported(json), original(demoPath());
        QVERIFY(exported.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(exported.readAll()).object(),
                 QJsonDocument::fromJson(original.readAll()).object());

        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        r = run({QStringLiteral("catalog"), QStringLiteral("export"), csv}, dataDir);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("CSV has no place")));
        r = run({QStringLiteral("catalog"), QStringLiteral("validate"), csv}, dataDir);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("54 items, 20 departments, 226 materials\n"));
    }

    void rejectedImportChangesNothing() {
        const QString dataDir = m_dir.filePath(QStringLiteral("rejected"));
        QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("import"), demoPath()}, dataDir)
                     .exitCode,
                 0);
        const QString bad = write(QStringLiteral("bad.csv"), "dept_id,bogus\r\nD01,x\r\n");
        const Run r = run({QStringLiteral("catalog"), QStringLiteral("import"), bad}, dataDir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv:1: field \"bogus\": unknown column")),
                 qPrintable(r.err));
        const QString json = m_dir.filePath(QStringLiteral("after.json"));
        QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("export"), json}, dataDir).exitCode,
                 0);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 54);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no action") << QStringList{QStringLiteral("catalog")};
        QTest::newRow("unknown action") << QStringList{
            QStringLiteral("catalog"), QStringLiteral("merge"), QStringLiteral("a.json")};
        QTest::newRow("bench without search") << QStringList{QStringLiteral("bench")};
        QTest::newRow("bench bad count")
            << QStringList{QStringLiteral("bench"), QStringLiteral("search"),
                           QStringLiteral("--items"), QStringLiteral("lots")};
    }

    void usageErrors() {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("usage:")));
    }

    void benchSearch() {
        const Run r =
            run({QStringLiteral("bench"), QStringLiteral("search"), QStringLiteral("--items"),
                 QStringLiteral("300"), QStringLiteral("--queries"), QStringLiteral("21")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("synthetic catalog: 300 items")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("import: ")));
        for (const char *kind : {"1 char", "2 chars", "3+ chars", "pinyin initials", "item code",
                                 "department", "no hit", "overall"})
            QVERIFY2(r.out.contains(QLatin1String(kind)), kind);
    }
};

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
