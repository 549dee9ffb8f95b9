// onewindow-cli face verify / liveness run as a process: the JSON contract, exit codes, and bad
// files (empty, not an image, truncated, huge, no face). The LFW rows need ../shared/facedata.
// face vault export / purge: retained images decrypted to JPEG with an audit row; expired
// files removed.
#include "auditlog.h"
#include "faceimagevault.h"
#include "facepipeline.h"
#include "testpaths.h"
#include "workstationstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QString key(const char *name) {
    return QString::fromLatin1(name);
}

} // namespace

class TestCliFace : public QObject {
    Q_OBJECT

    QString m_cli;
    QTemporaryDir m_temp;
    QString m_lfw;
    bool m_pack = false;

    Run cli(const QStringList &args) {
        QProcess process;
        // The workstation settings (face/vaultKeyPath) of the test's own, empty home.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_temp.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(m_cli, args);
        Run run;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // Exactly one JSON object on one line.
    static QJsonObject onlyObject(const Run &run) {
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        if (lines.size() != 1)
            return {};
        const QJsonDocument doc = QJsonDocument::fromJson(lines.first());
        return doc.isObject() ? doc.object() : QJsonObject();
    }

    QString writeFile(const QString &name, const QByteArray &data) {
        const QString path = m_temp.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(data);
        return path;
    }

    static QByteArray encode(const cv::Mat &image, const char *ext) {
        std::vector<uchar> bytes;
        cv::imencode(ext, image, bytes);
        return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                          static_cast<qsizetype>(bytes.size()));
    }

    QString lfw(const char *name) const { return m_lfw + QLatin1Char('/') + key(name); }

private slots:
    void initTestCase() {
        m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/onewindow-cli");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
        QVERIFY(m_temp.isValid());
        m_pack = QFile::exists(ow::vision::FacePipeline::defaultPackDir() +
                               QStringLiteral("/manifest.json"));
        const QString shared = ow::test::sharedDir();
        if (!shared.isEmpty() && QDir(shared + QStringLiteral("/facedata/lfw150")).exists())
            m_lfw = shared + QStringLiteral("/facedata/lfw150");
    }

    void unreadableFiles_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("is empty");
        QTest::newRow("not an image") << QStringLiteral("text") << QStringLiteral("not an image");
        QTest::newRow("truncated jpeg")
            << QStringLiteral("truncated") << QStringLiteral("truncated");
        QTest::newRow("huge png header") << QStringLiteral("huge") << QStringLiteral("too large");
    }

    void unreadableFiles() {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        cv::Mat picture(200, 200, CV_8UC3, cv::Scalar(30, 120, 200));
        QString path;
        if (kind == QLatin1String("missing")) {
            path = m_temp.filePath(QStringLiteral("nothing-here.jpg"));
        } else if (kind == QLatin1String("empty")) {
            path = writeFile(QStringLiteral("empty.jpg"), {});
        } else if (kind == QLatin1String("text")) {
            path = writeFile(QStringLiteral("text.jpg"), "this is not a picture\n");
        } else if (kind == QLatin1String("truncated")) {
            const QByteArray jpeg = encode(picture, ".jpg");
            path = writeFile(QStringLiteral("truncated.jpg"), jpeg.left(jpeg.size() / 2));
        } else {
            // A real PNG whose header claims 20000 x 20000 pixels.
            QByteArray png = encode(picture, ".png");
            const char size[8] = {0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20};
            png.replace(16, 8, QByteArray(size, 8));
            path = writeFile(QStringLiteral("huge.png"), png);
        }
        const QString good = writeFile(QStringLiteral("good.png"), encode(picture, ".png"));
        for (const QStringList &args :
             {QStringList{QStringLiteral("face"), QStringLiteral("verify"),
                          QStringLiteral("--json"), path, good},
              QStringList{QStringLiteral("face"), QStringLiteral("verify"),
                          QStringLiteral("--json"), good, path},
              QStringList{QStringLiteral("face"), QStringLiteral("liveness"),
                          QStringLiteral("--json"), path}}) {
            const Run run = cli(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
            QVERIFY2(run.err.contains(QFileInfo(path).fileName()), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
        }
    }

    void usageErrors() {
        QCOMPARE(cli({QStringLiteral("face")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("face"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("face"), QStringLiteral("verify"), QStringLiteral("--json"),
                      QStringLiteral("only-one.jpg")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("face"), QStringLiteral("liveness"), QStringLiteral("--bogus"),
                      QStringLiteral("x.jpg")})
                     .exitCode,
                 2);
    }

    void vaultExportAndPurge() {
        QTemporaryDir data;
        {
            auto db = ow::WorkstationStore::open(data.path());
            QVERIFY2(db.ok(), qPrintable(db.error()));
        }
        ow::FaceImageVault vault(ow::FaceImageVault::defaultFolder(data.path()),
                                 ow::FaceImageVault::defaultKeyPath(data.path()));
        const QByteArray card =
            encode(cv::Mat(126, 102, CV_8UC3, cv::Scalar(90, 120, 200)), ".jpg");
        const QByteArray live = encode(cv::Mat(480, 640, CV_8UC3, cv::Scalar(20, 60, 90)), ".jpg");
        const QString check = QStringLiteral("0b7e4c8a-1111-4f00-9abc-1234567890ab");
        const QDateTime now = QDateTime::currentDateTimeUtc(); // the CLI reads the system clock
        QVERIFY(vault.store(check, ow::FaceImageVault::Kind::Card, card, now, 30).ok());
        QVERIFY(vault.store(check, ow::FaceImageVault::Kind::Live, live, now, 30).ok());
        QVERIFY(vault
                    .store(QStringLiteral("old"), ow::FaceImageVault::Kind::Card, card,
                           now.addDays(-40), 30)
                    .ok());

        const QString out = m_temp.filePath(QStringLiteral("review"));
        Run run = cli({QStringLiteral("face"), QStringLiteral("vault"), QStringLiteral("export"),
                       QStringLiteral("--check"), check, QStringLiteral("--out"), out,
                       QStringLiteral("--data-dir"), data.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString cardOut = QDir(out).filePath(check + QStringLiteral("-card.jpg"));
        const QString liveOut = QDir(out).filePath(check + QStringLiteral("-live.jpg"));
        for (const auto &[path, bytes] : {std::pair{cardOut, card}, std::pair{liveOut, live}}) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            QCOMPARE(file.readAll(), bytes);
            QVERIFY(QString::fromUtf8(run.out).contains(path));
        }
        {
            auto db = ow::WorkstationStore::open(data.path());
            QVERIFY(db.ok());
            QVERIFY(ow::AuditLog(*db.value()).verify().intact);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT actor, target, detail FROM audit_log WHERE "
                                          "action = 'face.vault.export'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("cli"));
            QCOMPARE(q.value(1).toString(), check);
            QVERIFY2(q.value(2).toString().contains(QStringLiteral("card, live")),
                     qPrintable(q.value(2).toString()));
            QVERIFY(!q.next());
        }

        // An unknown check, a missing key: a message, exit 2, no audit row.
        run = cli({QStringLiteral("face"), QStringLiteral("vault"), QStringLiteral("export"),
                   QStringLiteral("--check"), QStringLiteral("unknown"), QStringLiteral("--out"),
                   out, QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("No images")), qPrintable(run.err));
        run = cli({QStringLiteral("face"), QStringLiteral("vault"), QStringLiteral("export"),
                   QStringLiteral("--check"), check, QStringLiteral("--out"), out,
                   QStringLiteral("--key"), m_temp.filePath(QStringLiteral("no.key")),
                   QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no.key")), qPrintable(run.err));

        // Purge: the expired file goes, the check's two stay.
        run = cli({QStringLiteral("face"), QStringLiteral("vault"), QStringLiteral("purge"),
                   QStringLiteral("--data-dir"), data.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith("1 expired"), run.out.constData());
        QVERIFY(
            !QFile::exists(vault.filePath(QStringLiteral("old"), ow::FaceImageVault::Kind::Card)));
        QCOMPARE(vault.listRetained().size(), 2);
        QCOMPARE(
            cli({QStringLiteral("face"), QStringLiteral("vault"), QStringLiteral("frob")}).exitCode,
            2);
    }

    void missingModelPack() {
        const QString picture =
            writeFile(QStringLiteral("pack.png"),
                      encode(cv::Mat(64, 64, CV_8UC3, cv::Scalar::all(90)), ".png"));
        const QString nowhere = m_temp.filePath(QStringLiteral("no-models-here"));
        const Run run =
            cli({QStringLiteral("face"), QStringLiteral("liveness"), QStringLiteral("--json"),
                 QStringLiteral("--models"), nowhere, picture});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no-models-here")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void noFace() {
        if (!m_pack)
            QSKIP("no face model pack installed (installer/install-face-models.sh)");
        const QString blank =
            writeFile(QStringLiteral("blank.png"),
                      encode(cv::Mat(240, 320, CV_8UC3, cv::Scalar(200, 190, 180)), ".png"));
        Run run = cli({QStringLiteral("face"), QStringLiteral("verify"), QStringLiteral("--json"),
                       blank, blank});
        QCOMPARE(run.exitCode, 2);
        QJsonObject o = onlyObject(run);
        QCOMPARE(o.value(key("decision")).toString(), QStringLiteral("fail"));
        QCOMPARE(o.value(key("reason")).toString(), QStringLiteral("no-card-face"));
        QCOMPARE(o.value(key("faces")).toArray(), (QJsonArray{0, 0}));
        QVERIFY(o.value(key("score")).isDouble());
        QVERIFY(o.value(key("time_ms")).isDouble());

        run = cli(
            {QStringLiteral("face"), QStringLiteral("liveness"), QStringLiteral("--json"), blank});
        QCOMPARE(run.exitCode, 2);
        o = onlyObject(run);
        QCOMPARE(o.value(key("decision")).toString(), QStringLiteral("fail"));
        QCOMPARE(o.value(key("reason")).toString(), QStringLiteral("no-face"));
        QVERIFY(o.value(key("live")).isDouble());

        if (m_lfw.isEmpty())
            return;
        // A face on one side only: the live side is named.
        run = cli({QStringLiteral("face"), QStringLiteral("verify"), QStringLiteral("--json"),
                   lfw("Abel_Pacheco_0001.jpg"), blank});
        QCOMPARE(run.exitCode, 2);
        o = onlyObject(run);
        QCOMPARE(o.value(key("reason")).toString(), QStringLiteral("no-live-face"));
        QCOMPARE(o.value(key("faces")).toArray(), (QJsonArray{1, 0}));
    }

    void lfwPairs_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("decision");
        QTest::newRow("same person")
            << QStringLiteral("Akhmed_Zakayev_0001.jpg")
            << QStringLiteral("Akhmed_Zakayev_0003.jpg") << QStringLiteral("pass");
        QTest::newRow("different people")
            << QStringLiteral("Akhmed_Zakayev_0001.jpg") << QStringLiteral("Amber_Tamblyn_0001.jpg")
            << QStringLiteral("fail");
    }

    void lfwPairs() {
        if (!m_pack)
            QSKIP("no face model pack installed (installer/install-face-models.sh)");
        if (m_lfw.isEmpty())
            QSKIP("../shared/facedata is absent: LFW pairs not run");
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, decision);
        const Run run =
            cli({QStringLiteral("face"), QStringLiteral("verify"), QStringLiteral("--json"),
                 m_lfw + QLatin1Char('/') + a, m_lfw + QLatin1Char('/') + b});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = onlyObject(run);
        QCOMPARE(o.value(key("decision")).toString(), decision);
        QCOMPARE(o.value(key("faces")).toArray(), (QJsonArray{1, 1}));
        const double score = o.value(key("score")).toDouble(-2);
        QVERIFY(score >= -1 && score <= 1);
        QCOMPARE(score >= 0.5, decision == QLatin1String("pass"));
        QVERIFY(o.value(key("time_ms")).toDouble() > 0);
    }

    void lfwLiveness() {
        if (!m_pack)
            QSKIP("no face model pack installed (installer/install-face-models.sh)");
        if (m_lfw.isEmpty())
            QSKIP("../shared/facedata is absent");
        const Run run = cli({QStringLiteral("face"), QStringLiteral("liveness"),
                             QStringLiteral("--json"), lfw("Abel_Pacheco_0001.jpg")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = onlyObject(run);
        const double live = o.value(key("live")).toDouble(-1);
        QVERIFY(live >= 0 && live <= 1);
        QCOMPARE(o.value(key("decision")).toString(),
                 live >= 0.5 ? QStringLiteral("pass") : QStringLiteral("fail"));
        QVERIFY(o.contains(key("time_ms")));
    }
};

QTEST_GUILESS_MAIN(TestCliFace)
#include "tst_cli_face.moc"
