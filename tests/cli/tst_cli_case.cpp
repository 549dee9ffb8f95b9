// onewindow-cli case run: sample scenarios end to end (JSON, PDFs, database), and bad ones that
// must leave the output folder and the database untouched.
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString scenario(const QString &name) {
    return ow::test::sourceDir() + QStringLiteral("/tests/data/scenarios/") + name;
}

QString key(const char *name) {
    return QString::fromLatin1(name);
}

} // namespace

class TestCliCase : public QObject {
    Q_OBJECT

    QString m_cli;

    Run cli(const QStringList &args) {
        QProcess process;
        process.start(m_cli, args);
        Run run;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // Rows in a table of the data folder's database (-1 when it cannot be read).
    static int rows(const QString &dataDir, const QString &table) {
        const QString name = QStringLiteral("tst_cli_case_%1").arg(table);
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dataDir + QStringLiteral("/onewindow.db"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
                    count = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

    static QString pdfText(const QString &path) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!p.waitForFinished(60000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase() {
        m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/onewindow-cli");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void scenarioRuns_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("applicant");
        QTest::addColumn<QString>("committedDue"); // empty: no clock
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<int>("violations");
        QTest::newRow("natural accepted")
            << "natural-accepted.json"
            << "accepted" << QStringLiteral("张秀兰") << "2025-03-26"
            << QStringList{QStringLiteral("受理通知书"), QStringLiteral("收件清单")} << 0;
        QTest::newRow("enterprise deferred")
            << "enterprise-deferred.json"
            << "deferred_accepted" << QStringLiteral("乌海市安达劳务派遣有限公司") << "2025-03-26"
            << QStringList{QStringLiteral("容缺受理承诺书"), QStringLiteral("容缺受理通知书"),
                           QStringLiteral("收件清单")}
            << 0;
        QTest::newRow("notice then accepted")
            << "notice-then-accepted.json"
            << "accepted" << QStringLiteral("张秀兰") << "2025-03-24"
            << QStringList{QStringLiteral("补正材料通知书"), QStringLiteral("收件清单"),
                           QStringLiteral("受理通知书"), QStringLiteral("收件清单")}
            << 0;
        QTest::newRow("refusal") << "refusal.json"
                                 << "refused" << QStringLiteral("张秀兰") << QString()
                                 << QStringList{QStringLiteral("不予受理通知书")} << 0;
        QTest::newRow("repeated notice")
            << "repeated-notice.json"
            << "correction_requested" << QStringLiteral("乌海市安达劳务派遣有限公司") << QString()
            << QStringList{QStringLiteral("补正材料通知书"), QStringLiteral("收件清单"),
                           QStringLiteral("补正材料通知书"), QStringLiteral("收件清单")}
            << 1;
    }
    void scenarioRuns() {
        QFETCH(QString, file);
        QFETCH(QString, state);
        QFETCH(QString, applicant);
        QFETCH(QString, committedDue);
        QFETCH(QStringList, titles);
        QFETCH(int, violations);
        QTemporaryDir temp;
        const QString data = temp.filePath(QStringLiteral("data"));
        const QString out = temp.filePath(QStringLiteral("out"));
        const Run run = cli({QStringLiteral("--data-dir"), data, QStringLiteral("case"),
                             QStringLiteral("run"), scenario(file), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("V2025")), qPrintable(run.out));

        const QStringList jsons =
            QDir(out).entryList({QStringLiteral("case-*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(jsons.size(), 1);
        QFile jsonFile(QDir(out).filePath(jsons.first()));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(json.value(key("state")).toString(), state);
        QCOMPARE(json.value(key("applicant")).toObject().value(key("name")).toString(), applicant);
        QString due;
        for (const QJsonValue &d : json.value(key("deadlines")).toArray())
            if (d.toObject().value(key("basis")).toString() == QLatin1String("committed"))
                due = d.toObject().value(key("due")).toString();
        QCOMPARE(due, committedDue);
        QCOMPARE(json.value(key("violations")).toArray().size(), violations);
        // ID numbers are masked in the JSON.
        QVERIFY(!QString::fromUtf8(QJsonDocument(json).toJson())
                     .contains(QStringLiteral("11010519491231002X")));

        const QJsonArray documents = json.value(key("documents")).toArray();
        QCOMPARE(documents.size(), titles.size());
        for (int i = 0; i < documents.size(); ++i) {
            const QJsonObject doc = documents.at(i).toObject();
            QCOMPARE(doc.value(key("title")).toString(), titles.at(i));
            const QString pdf = QDir(out).filePath(doc.value(key("file")).toString());
            QVERIFY2(QFileInfo(pdf).size() > 1000, qPrintable(pdf));
            const QString text = pdfText(pdf);
            QVERIFY2(text.contains(titles.at(i)), qPrintable(pdf + QStringLiteral(":\n") + text));
            QVERIFY2(text.contains(applicant), qPrintable(pdf + QStringLiteral(":\n") + text));
            QVERIFY2(text.contains(doc.value(key("number")).toString()),
                     qPrintable(doc.value(key("number")).toString()));
        }
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), titles.size());
        QCOMPARE(rows(data, QStringLiteral("visits")), 1);
        QCOMPARE(rows(data, QStringLiteral("cases")), 1);
    }

    void serialsContinueAcrossRuns() {
        QTemporaryDir temp;
        const QString data = temp.filePath(QStringLiteral("data"));
        for (int i = 1; i <= 2; ++i) {
            const QString out = temp.filePath(QStringLiteral("out%1").arg(i));
            const Run run = cli(
                {QStringLiteral("--data-dir"), data, QStringLiteral("case"), QStringLiteral("run"),
                 scenario(QStringLiteral("natural-accepted.json")), QStringLiteral("--out"), out});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.contains(QStringLiteral("〔2025〕000%1号").arg(i)),
                     qPrintable(run.out));
            QVERIFY2(run.out.contains(QStringLiteral("V20250312-000%1").arg(i)),
                     qPrintable(run.out));
        }
        QCOMPARE(rows(data, QStringLiteral("visits")), 2);
    }

    void noSaveLeavesTheDatabaseAlone() {
        QTemporaryDir temp;
        const QString data = temp.filePath(QStringLiteral("data"));
        const Run run =
            cli({QStringLiteral("--data-dir"), data, QStringLiteral("case"), QStringLiteral("run"),
                 scenario(QStringLiteral("refusal.json")), QStringLiteral("--out"),
                 temp.filePath(QStringLiteral("out")), QStringLiteral("--no-save")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(data + QStringLiteral("/onewindow.db")));
        QVERIFY(QFileInfo::exists(temp.filePath(QStringLiteral("out"))));
    }

    void badScenarios_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown item") << "bad-unknown-item.json"
                                      << "$.cases[0].item";
        QTest::newRow("unknown material")
            << "bad-unknown-material.json" << QStringLiteral("$.cases[0].materials[\"营业执照\"]");
        QTest::newRow("date outside calendar") << "bad-date-outside-calendar.json"
                                               << "$.now";
        QTest::newRow("impossible accept")
            << "bad-impossible-accept.json"
            << QStringLiteral("$.cases[0].materials[\"劳务派遣管理制度\"]");
        QTest::newRow("supply without commitment") << "bad-supply-without-commitment.json"
                                                   << "$.cases[0].then[0].supply[0]";
        QTest::newRow("missing file") << "no-such-scenario.json"
                                      << "cannot read";
    }
    void badScenarios() {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QTemporaryDir temp;
        const QString data = temp.filePath(QStringLiteral("data"));
        const QString out = temp.filePath(QStringLiteral("out"));
        // A database with one visit already, to show it is left as it was.
        const Run first =
            cli({QStringLiteral("--data-dir"), data, QStringLiteral("case"), QStringLiteral("run"),
                 scenario(QStringLiteral("natural-accepted.json")), QStringLiteral("--out"),
                 temp.filePath(QStringLiteral("first"))});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const int serials = rows(data, QStringLiteral("document_serials"));

        const Run run = cli({QStringLiteral("--data-dir"), data, QStringLiteral("case"),
                             QStringLiteral("run"), scenario(file), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(rows(data, QStringLiteral("visits")), 1);
        QCOMPARE(rows(data, QStringLiteral("cases")), 1);
        QCOMPARE(rows(data, QStringLiteral("document_serials")), serials);

        // A fresh data folder gets no database at all.
        const QString fresh = temp.filePath(QStringLiteral("fresh"));
        const Run again =
            cli({QStringLiteral("--data-dir"), fresh, QStringLiteral("case"), QStringLiteral("run"),
                 scenario(file), QStringLiteral("--out"), out});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(!QFileInfo::exists(fresh + QStringLiteral("/onewindow.db")));
        QVERIFY(!QFileInfo::exists(out));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("case")};
        QTest::newRow("no out") << QStringList{QStringLiteral("case"), QStringLiteral("run"),
                                               QStringLiteral("x.json")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("case"),  QStringLiteral("run"), QStringLiteral("x.json"),
            QStringLiteral("--out"), QStringLiteral("d"),   QStringLiteral("--fast")};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("usage")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCase)
#include "tst_cli_case.moc"
