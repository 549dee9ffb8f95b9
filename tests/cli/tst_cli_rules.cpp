// onewindow-cli validate and calendar: exit codes, output streams and the calendar import,
// run as a separate process exactly as an administrator would.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void commands_data();
    void commands();
    void idNumberNeverPrintedInFull();
    void importInstallsNewerCalendar();
    void importRejectsBadFileAndKeepsOld();

private:
    Run run(const QStringList &args, const QString &dataDir) const;
    QString m_cli;
    QTemporaryDir m_dataDir;
};

Run TestCliRules::run(const QStringList &args, const QString &dataDir) const {
    QProcess process;
    process.start(m_cli, QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    Run result;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliRules::initTestCase() {
    m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/onewindow-cli");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli + QStringLiteral(" not built")));
    QVERIFY(m_dataDir.isValid());
}

void TestCliRules::commands_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // expected stdout (exact, without the final newline)
    QTest::addColumn<QString>("err"); // a part of stderr; empty means stderr must be empty

    const auto args = [](const char *line) { return QString::fromUtf8(line).split(u' '); };
    QTest::newRow("id valid") << args("validate id 150302199003071238") << 0
                              << QStringLiteral(
                                     "valid: 150302********1238, male, born 1990-03-07, resident")
                              << QString();
    QTest::newRow("id X") << args("validate id 11010519491231002x") << 0
                          << QStringLiteral(
                                 "valid: 110105********002X, female, born 1949-12-31, resident")
                          << QString();
    QTest::newRow("id 15 digits")
        << args("validate id 150302900307123") << 0
        << QStringLiteral("valid: 150302********1238 (upgraded from 15 digits), male, born "
                          "1990-03-07, resident")
        << QString();
    QTest::newRow("id permit") << args("validate id 810000199001010027") << 0
                               << QStringLiteral("valid: 810000********0027, female, born "
                                                 "1990-01-01, Hong Kong/Macao/Taiwan residence "
                                                 "permit")
                               << QString();
    QTest::newRow("id check digit") << args("validate id 150302199003071239") << 1 << QString()
                                    << QStringLiteral("invalid ID number 150302********1239: "
                                                      "check digit is 9, expected 8");
    QTest::newRow("id 1899") << args("validate id 150302189912310014") << 1 << QString()
                             << QStringLiteral("before 1900");
    QTest::newRow("uscc valid") << args("validate uscc 91150302MA0Q7K3B2E") << 0
                                << QStringLiteral("valid: 91150302MA0Q7K3B2E, enterprise, "
                                                  "registered in division 150302")
                                << QString();
    QTest::newRow("uscc public code") << args("validate uscc 91440101MA5CJQ4N59") << 0
                                      << QStringLiteral("valid: 91440101MA5CJQ4N59, enterprise, "
                                                        "registered in division 440101")
                                      << QString();
    QTest::newRow("uscc org check") << args("validate uscc 91150302MA0Q7K3B3E") << 1 << QString()
                                    << QStringLiteral("organisation code check character "
                                                      "(position 17) is 3, expected 2");
    QTest::newRow("uscc final check") << args("validate uscc 91150302MA0Q7K3B2F") << 1 << QString()
                                      << QStringLiteral("(position 18) is F, expected E");
    QTest::newRow("uscc forbidden char") << args("validate uscc 91150302MA0Q7K3O2E") << 1
                                         << QString() << QStringLiteral("'O' at position 16");
    QTest::newRow("validate no args")
        << QStringList{QStringLiteral("validate")} << 2 << QString() << QStringLiteral("usage:");
    QTest::newRow("validate unknown kind")
        << args("validate passport E12345678") << 2 << QString() << QStringLiteral("usage:");
    QTest::newRow("validate id missing")
        << args("validate id") << 2 << QString() << QStringLiteral("usage:");

    QTest::newRow("adjusted Sunday works")
        << args("calendar is-working-day 2024-02-18") << 0 << QStringLiteral("yes") << QString();
    QTest::newRow("holiday Monday")
        << args("calendar is-working-day 2024-02-12") << 1 << QStringLiteral("no") << QString();
    QTest::newRow("plain Saturday")
        << args("calendar is-working-day 2025-03-08") << 1 << QStringLiteral("no") << QString();
    QTest::newRow("outside calendar")
        << args("calendar is-working-day 2027-01-04") << 2 << QString()
        << QStringLiteral("2027-01-04 is outside the loaded holiday calendar (2024–2026); load a "
                          "newer calendar");
    QTest::newRow("bad date") << args("calendar is-working-day 2024-02-30") << 2 << QString()
                              << QStringLiteral("'2024-02-30' is not a valid date");
    QTest::newRow("add over Spring Festival") << args("calendar add-working-days 2024-02-09 1") << 0
                                              << QStringLiteral("2024-02-18") << QString();
    QTest::newRow("add over National Day") << args("calendar add-working-days 2025-09-30 20") << 0
                                           << QStringLiteral("2025-11-04") << QString();
    QTest::newRow("add backwards") << args("calendar add-working-days 2024-02-18 -1") << 0
                                   << QStringLiteral("2024-02-09") << QString();
    QTest::newRow("add bad count") << args("calendar add-working-days 2024-02-18 ten") << 2
                                   << QString() << QStringLiteral("'ten' is not a whole number");
    QTest::newRow("add past calendar") << args("calendar add-working-days 2026-12-30 5") << 2
                                       << QString() << QStringLiteral("2027-01-01 is outside");
    QTest::newRow("between") << args("calendar working-days-between 2024-02-08 2024-02-19") << 0
                             << QStringLiteral("3") << QString();
    QTest::newRow("between reversed") << args("calendar working-days-between 2024-02-19 2024-02-08")
                                      << 0 << QStringLiteral("-3") << QString();
    QTest::newRow("calendar no action")
        << QStringList{QStringLiteral("calendar")} << 2 << QString() << QStringLiteral("usage:");
    QTest::newRow("calendar unknown action")
        << args("calendar frobnicate 2024-01-01") << 2 << QString() << QStringLiteral("usage:");
}

void TestCliRules::commands() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const Run result = run(args, m_dataDir.path());
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out.trimmed(), out);
    if (err.isEmpty())
        QCOMPARE(result.err, QString());
    else
        QVERIFY2(result.err.contains(err), qPrintable(result.err));
}

void TestCliRules::idNumberNeverPrintedInFull() {
    for (const QString &number :
         {QStringLiteral("150302199003071238"), QStringLiteral("150302199003071239"),
          QStringLiteral("150302199002301230"), QStringLiteral("190302199003071235")}) {
        const Run result =
            run({QStringLiteral("validate"), QStringLiteral("id"), number}, m_dataDir.path());
        QVERIFY(result.exitCode == 0 || result.exitCode == 1);
        QVERIFY2(!result.out.contains(number) && !result.err.contains(number),
                 qPrintable(result.out + result.err));
    }
}

void TestCliRules::importInstallsNewerCalendar() {
    QTemporaryDir dataDir;
    QTemporaryDir sourceDir;
    // Test data only, not the real 2027 schedule.
    const QString source = sourceDir.filePath(QStringLiteral("holidays-2027.json"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"years": {"2027": {"holidays": ["2027-01-01"], )"
               R"("adjusted_working_days": []}}})");
    file.close();

    const QString dataPath = dataDir.filePath(QStringLiteral("data"));
    QCOMPARE(run({QStringLiteral("calendar"), QStringLiteral("is-working-day"),
                  QStringLiteral("2027-01-04")},
                 dataPath)
                 .exitCode,
             2);
    const Run imported =
        run({QStringLiteral("calendar"), QStringLiteral("import"), source}, dataPath);
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(QStringLiteral("years now loaded: 2024–2027")),
             qPrintable(imported.out + imported.err));
    QVERIFY(QFile::exists(QDir(dataPath).filePath(QStringLiteral("holidays-cn.json"))));

    const Run working = run({QStringLiteral("calendar"), QStringLiteral("is-working-day"),
                             QStringLiteral("2027-01-04")},
                            dataPath);
    QCOMPARE(working.exitCode, 0);
    QCOMPARE(working.out.trimmed(), QStringLiteral("yes"));
    const Run holiday = run({QStringLiteral("calendar"), QStringLiteral("add-working-days"),
                             QStringLiteral("2026-12-31"), QStringLiteral("1")},
                            dataPath);
    QCOMPARE(holiday.out.trimmed(), QStringLiteral("2027-01-04"));
}

void TestCliRules::importRejectsBadFileAndKeepsOld() {
    QTemporaryDir dataDir;
    const QString installed = dataDir.filePath(QStringLiteral("holidays-cn.json"));
    const QByteArray good = R"({"years": {"2027": {"holidays": [], "adjusted_working_days": []}}})";
    QFile goodFile(installed);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(good);
    goodFile.close();

    const QString bad = dataDir.filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(R"({"years": {"2027": {"holidays": ["2027-02-30"], )"
                  R"("adjusted_working_days": []}}})");
    badFile.close();

    const Run rejected =
        run({QStringLiteral("calendar"), QStringLiteral("import"), bad}, dataDir.path());
    QCOMPARE(rejected.exitCode, 2);
    QVERIFY2(rejected.err.contains(bad + QStringLiteral(": years.2027.holidays[0]")),
             qPrintable(rejected.err));
    QVERIFY(goodFile.open(QIODevice::ReadOnly));
    QCOMPARE(goodFile.readAll(), good);

    const Run missing = run({QStringLiteral("calendar"), QStringLiteral("import"),
                             dataDir.filePath(QStringLiteral("absent.json"))},
                            dataDir.path());
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("cannot open")));
}

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
