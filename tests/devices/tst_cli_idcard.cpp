// onewindow-cli idcard read against onewindow-cli idcard simulate, both as real processes.
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCliIdCard : public QObject {
    Q_OBJECT

private:
    QString m_cli;

    QString card() const {
        return qEnvironmentVariable("ONEWINDOW_SOURCE_DIR") +
               QStringLiteral("/tests/data/idcards/resident.json");
    }

private slots:
    void initTestCase() {
        m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/onewindow-cli");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    }

    void readFromSimulator_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("unmasked");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // in stdout on success, stderr otherwise
        QTest::newRow("masked") << QStringLiteral("none") << false << 0
                                << QStringLiteral("150302********1238");
        QTest::newRow("unmasked") << QStringLiteral("none") << true << 0
                                  << QStringLiteral("150302199003071238");
        QTest::newRow("no card") << QStringLiteral("no_card") << false << 1
                                 << QStringLiteral("No card");
        QTest::newRow("silent") << QStringLiteral("silent") << false << 1
                                << QStringLiteral("did not answer");
    }
    void readFromSimulator() {
        QFETCH(QString, fault);
        QFETCH(bool, unmasked);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QProcess simulator;
        simulator.start(m_cli,
                        {QStringLiteral("idcard"), QStringLiteral("simulate"),
                         QStringLiteral("--card"), card(), QStringLiteral("--fault"), fault});
        QVERIFY(simulator.waitForStarted());
        QString device;
        for (int i = 0; i < 50 && device.isEmpty(); ++i) {
            simulator.waitForReadyRead(100);
            device = QString::fromUtf8(simulator.readLine()).trimmed();
        }
        QVERIFY2(device.startsWith(QStringLiteral("/dev/")), qPrintable(device));
        QStringList args{
            QStringLiteral("idcard"), QStringLiteral("read"),      QStringLiteral("--port"), device,
            QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("500")};
        if (unmasked)
            args << QStringLiteral("--unmasked");
        QProcess reader;
        reader.start(m_cli, args);
        QVERIFY(reader.waitForFinished(30000));
        simulator.kill();
        simulator.waitForFinished();
        const QString out = QString::fromUtf8(reader.readAllStandardOutput());
        const QString err = QString::fromUtf8(reader.readAllStandardError());
        QCOMPARE(reader.exitCode(), exitCode);
        if (exitCode == 0) {
            const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
            QCOMPARE(json.value(QStringLiteral("idNumber")).toString(), expected);
            QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
            QCOMPARE(json.value(QStringLiteral("nation")).toString(), QStringLiteral("蒙古族"));
            QCOMPARE(json.value(QStringLiteral("photoBytes")).toInt(), 1024);
        } else {
            QVERIFY2(err.contains(expected), qPrintable(err));
            QVERIFY(out.isEmpty());
        }
    }

    void badArguments() {
        QProcess process;
        process.start(m_cli, {QStringLiteral("idcard"), QStringLiteral("simulate"),
                              QStringLiteral("--card"), card(), QStringLiteral("--fault"),
                              QStringLiteral("melt")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("melt")));
    }
};

QTEST_GUILESS_MAIN(TestCliIdCard)
#include "tst_cli_idcard.moc"
