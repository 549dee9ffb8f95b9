// FaceImageVault: the encrypted retention of face images (docs/facecheck.md "Privacy"). Round
// trip, no JPEG in clear on disk, every damaged or foreign file as a clear message naming it
// (never a crash), the wrong key, the key file's permissions, and the purge by an injected
// clock that survives a damaged file. No sleeping: times come from a ManualClock.
#include "clock.h"
#include "faceimagevault.h"
#include "workstationcontext.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ow;
using Kind = FaceImageVault::Kind;

Q_DECLARE_METATYPE(ow::FaceImageVault::Kind)

namespace {

QByteArray jpegOf(int width, int height, QColor colour) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QPainter(&image).fillRect(width / 4, height / 4, width / 2, height / 2, Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 90);
    return bytes;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

int modeOf(const QString &path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

const QString kCheck = QStringLiteral("5f0c2a9e-8d6b-4c11-9f2e-0a1b2c3d4e5f");

} // namespace

class TestFaceImageVault : public QObject {
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC)};

    static FaceImageVault vaultIn(const QTemporaryDir &dir) {
        return FaceImageVault(FaceImageVault::defaultFolder(dir.path()),
                              FaceImageVault::defaultKeyPath(dir.path()));
    }

private slots:
    void defaultPaths() {
        QCOMPARE(FaceImageVault::defaultFolder(QStringLiteral("/d")),
                 QStringLiteral("/d/face-vault"));
        QCOMPARE(FaceImageVault::defaultKeyPath(QStringLiteral("/d")),
                 QStringLiteral("/d/keys/face-vault.key"));
        const FaceImageVault vault(QStringLiteral("/d/face-vault"), QStringLiteral("/k"));
        QCOMPARE(vault.filePath(kCheck, Kind::Card),
                 QStringLiteral("/d/face-vault/") + kCheck + QStringLiteral("-card.owfv"));
        QCOMPARE(vault.filePath(kCheck, Kind::Live),
                 QStringLiteral("/d/face-vault/") + kCheck + QStringLiteral("-live.owfv"));
    }

    void roundTrip_data() {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QByteArray>("jpeg");
        QTest::newRow("card portrait") << Kind::Card << jpegOf(102, 126, QColor(200, 160, 140));
        QTest::newRow("live frame") << Kind::Live << jpegOf(640, 480, QColor(30, 60, 90));
    }

    void roundTrip() {
        QFETCH(Kind, kind);
        QFETCH(QByteArray, jpeg);
        QTemporaryDir dir;
        FaceImageVault vault = vaultIn(dir);
        const Status stored = vault.store(kCheck, kind, jpeg, m_clock.now(), 30);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        const auto loaded = vault.load(kCheck, kind);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded.value(), jpeg);
        QVERIFY(!QImage::fromData(loaded.value(), "JPG").isNull());

        // On disk: the mark, the header in clear (no ID number in it), never the JPEG.
        const QByteArray onDisk = readAll(vault.filePath(kCheck, kind));
        QVERIFY(onDisk.startsWith("OWFV1"));
        QVERIFY(!onDisk.contains(QByteArray("\xFF\xD8\xFF", 3)));
        QVERIFY(onDisk.size() >= jpeg.size() + 24 + 16);
        const int headerSize = (uchar(onDisk.at(5)) << 8) | uchar(onDisk.at(6));
        const QJsonObject header = QJsonDocument::fromJson(onDisk.mid(7, headerSize)).object();
        QCOMPARE(header.value(QStringLiteral("check_id")).toString(), kCheck);
        QCOMPARE(header.value(QStringLiteral("kind")).toString(), FaceImageVault::kindKey(kind));
        QCOMPARE(header.value(QStringLiteral("purge_after")).toString(),
                 QStringLiteral("2026-12-26T10:00:00.000Z"));
        QCOMPARE(header.value(QStringLiteral("stored_at")).toString(),
                 QStringLiteral("2026-11-26T10:00:00.000Z"));
        QVERIFY(!header.value(QStringLiteral("key_id")).toString().isEmpty());
        QCOMPARE(modeOf(vault.filePath(kCheck, kind)), 0600);
        QCOMPARE(modeOf(vault.folder()), 0700);

        // The same image stored again replaces the file; the other kind stays absent.
        QVERIFY(vault.store(kCheck, kind, jpeg, m_clock.now(), 30).ok());
        QCOMPARE(QDir(vault.folder()).entryList(QDir::Files).size(), 1);
        const Kind other = kind == Kind::Card ? Kind::Live : Kind::Card;
        QVERIFY(vault.load(kCheck, other).error().contains(QStringLiteral("does not exist")));
    }

    void keyFileCreatedPrivate() {
        QTemporaryDir dir;
        // Kept apart from the vault, as a site should (another folder or medium).
        const QString keyPath = dir.filePath(QStringLiteral("removable/secret/face.key"));
        FaceImageVault vault(dir.filePath(QStringLiteral("vault")), keyPath);
        QVERIFY(!QFile::exists(keyPath));
        QVERIFY(vault.store(kCheck, Kind::Card, jpegOf(64, 64, Qt::red), m_clock.now(), 7).ok());
        QVERIFY(QFile::exists(keyPath));
        QCOMPARE(QFileInfo(keyPath).size(), 32);
        QCOMPARE(modeOf(keyPath), 0600);
        QCOMPARE(modeOf(QFileInfo(keyPath).absolutePath()), 0700);
        const QByteArray key = readAll(keyPath);
        // A second image reuses the key.
        QVERIFY(vault.store(kCheck, Kind::Live, jpegOf(64, 64, Qt::blue), m_clock.now(), 7).ok());
        QCOMPARE(readAll(keyPath), key);
        QVERIFY(vault.load(kCheck, Kind::Card).ok());
    }

    void damagedFiles_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("flipped ciphertext byte")
            << QStringLiteral("cipher") << QStringLiteral("could not be decrypted");
        QTest::newRow("flipped nonce byte")
            << QStringLiteral("nonce") << QStringLiteral("could not be decrypted");
        QTest::newRow("header date moved")
            << QStringLiteral("header") << QStringLiteral("could not be decrypted");
        QTest::newRow("truncated body") << QStringLiteral("body") << QStringLiteral("truncated");
        QTest::newRow("truncated header")
            << QStringLiteral("cut-header") << QStringLiteral("truncated");
        QTest::newRow("only part of the mark")
            << QStringLiteral("cut-mark") << QStringLiteral("truncated");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("is empty");
        QTest::newRow("plain JPEG")
            << QStringLiteral("jpeg") << QStringLiteral("not a face vault file");
        QTest::newRow("garbage header")
            << QStringLiteral("garbage") << QStringLiteral("damaged header");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    }

    void damagedFiles() {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        QTemporaryDir dir;
        FaceImageVault vault = vaultIn(dir);
        const QByteArray jpeg = jpegOf(120, 90, Qt::darkGreen);
        QVERIFY(vault.store(kCheck, Kind::Live, jpeg, m_clock.now(), 30).ok());
        const QString path = vault.filePath(kCheck, Kind::Live);
        QByteArray bytes = readAll(path);
        const int headerEnd = 7 + ((uchar(bytes.at(5)) << 8) | uchar(bytes.at(6)));
        if (damage == QLatin1String("cipher")) {
            bytes[bytes.size() - 40] = char(bytes.at(bytes.size() - 40) ^ 0x01);
        } else if (damage == QLatin1String("nonce")) {
            bytes[headerEnd + 3] = char(bytes.at(headerEnd + 3) ^ 0x80);
        } else if (damage == QLatin1String("header")) {
            // Still valid JSON, a later purge date: the authenticated header no longer matches.
            const qsizetype at = bytes.indexOf("2026-12-26");
            QVERIFY(at > 0);
            bytes.replace(at, 4, "2099");
        } else if (damage == QLatin1String("body")) {
            bytes.truncate(headerEnd + 30);
        } else if (damage == QLatin1String("cut-header")) {
            bytes.truncate(20);
        } else if (damage == QLatin1String("cut-mark")) {
            bytes.truncate(3);
        } else if (damage == QLatin1String("empty")) {
            bytes.clear();
        } else if (damage == QLatin1String("jpeg")) {
            bytes = jpeg;
        } else if (damage == QLatin1String("garbage")) {
            bytes.replace(7, 10, "not json!!");
        }
        if (damage == QLatin1String("missing"))
            QVERIFY(QFile::remove(path));
        else
            writeAll(path, bytes);
        const auto loaded = vault.load(kCheck, Kind::Live);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(path), qPrintable(loaded.error()));
    }

    void wrongKey_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::newRow("another key") << QStringLiteral("other") << QStringLiteral("another key");
        QTest::newRow("key file too short")
            << QStringLiteral("short") << QStringLiteral("exactly 32 bytes");
        QTest::newRow("key file gone")
            << QStringLiteral("gone") << QStringLiteral("does not exist");
    }

    void wrongKey() {
        QFETCH(QString, key);
        QFETCH(QString, message);
        QTemporaryDir dir;
        FaceImageVault vault = vaultIn(dir);
        QVERIFY(vault.store(kCheck, Kind::Card, jpegOf(80, 100, Qt::gray), m_clock.now(), 30).ok());
        if (key == QLatin1String("other")) {
            QByteArray other(32, '\0');
            for (int i = 0; i < other.size(); ++i)
                other[i] = char(i * 7 + 3);
            writeAll(vault.keyPath(), other);
        } else if (key == QLatin1String("short")) {
            writeAll(vault.keyPath(), QByteArray(16, 'k'));
        } else {
            QVERIFY(QFile::remove(vault.keyPath()));
        }
        const auto loaded = vault.load(kCheck, Kind::Card);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
        // A key is never made up on reading: the file stays as it was.
        QCOMPARE(QFile::exists(vault.keyPath()), key != QLatin1String("gone"));
    }

    void storeRefusals_data() {
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("image");
        QTest::newRow("retention 0") << kCheck << 0 << true;
        QTest::newRow("retention over a year") << kCheck << 366 << true;
        QTest::newRow("path in the id") << QStringLiteral("../escape") << 30 << true;
        QTest::newRow("empty id") << QString() << 30 << true;
        QTest::newRow("no image") << kCheck << 30 << false;
    }

    void storeRefusals() {
        QFETCH(QString, checkId);
        QFETCH(int, days);
        QFETCH(bool, image);
        QTemporaryDir dir;
        FaceImageVault vault = vaultIn(dir);
        const Status st =
            vault.store(checkId, Kind::Card, image ? jpegOf(40, 40, Qt::red) : QByteArray(),
                        m_clock.now(), days);
        QVERIFY(!st.ok());
        QVERIFY(!st.error().isEmpty());
        // Refused before anything is written: no folder, no key.
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void purge_data() {
        // Files: a (card and live, 1 day), b (card, 30 days), c (live, 10 days).
        QTest::addColumn<int>("daysLater");
        QTest::addColumn<int>("files");
        QTest::addColumn<QStringList>("left");
        QTest::newRow("nothing due")
            << 0 << 0 << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("one day: a")
            << 1 << 2 << QStringList{QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("a second before ten days")
            << 9 << 2 << QStringList{QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("ten days: a and c") << 10 << 3 << QStringList{QStringLiteral("b")};
        QTest::newRow("a year: all") << 365 << 4 << QStringList{};
    }

    void purge() {
        QFETCH(int, daysLater);
        QFETCH(int, files);
        QFETCH(QStringList, left);
        QTemporaryDir dir;
        FaceImageVault vault = vaultIn(dir);
        const QDateTime start = m_clock.now();
        const QByteArray jpeg = jpegOf(50, 50, Qt::yellow);
        QVERIFY(vault.store(QStringLiteral("a"), Kind::Card, jpeg, start, 1).ok());
        QVERIFY(vault.store(QStringLiteral("a"), Kind::Live, jpeg, start, 1).ok());
        QVERIFY(vault.store(QStringLiteral("b"), Kind::Card, jpeg, start, 30).ok());
        QVERIFY(vault.store(QStringLiteral("c"), Kind::Live, jpeg, start, 10).ok());
        // A damaged file and a foreign one: reported, left, and the purge goes on.
        const QString damaged = QDir(vault.folder()).filePath(QStringLiteral("damaged-card.owfv"));
        writeAll(damaged, QByteArrayLiteral("OWFV1\x00\x05{}"));
        writeAll(QDir(vault.folder()).filePath(QStringLiteral("notes.txt")), "kept");

        ManualClock clock(start);
        clock.advanceDays(daysLater);
        clock.advanceSecs(daysLater == 9 ? 86399 : 0);
        int count = -1;
        const auto purged = vault.purgeExpired(clock.now(), &count);
        QVERIFY(!purged.ok());
        QVERIFY2(purged.error().contains(damaged), qPrintable(purged.error()));
        QCOMPARE(count, files);
        QVERIFY(QFile::exists(damaged));
        QVERIFY(QFile::exists(QDir(vault.folder()).filePath(QStringLiteral("notes.txt"))));

        QStringList problems;
        const QList<FaceImageVault::Entry> entries = vault.listRetained(&problems);
        QCOMPARE(problems.size(), 1);
        QStringList checks;
        for (const auto &e : entries)
            if (!checks.contains(e.checkId))
                checks << e.checkId;
        checks.sort();
        QCOMPARE(checks, left);

        // Without the damaged file the purge succeeds; a second one removes nothing more.
        QVERIFY(QFile::remove(damaged));
        const auto again = vault.purgeExpired(clock.now());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value(), 0);
    }

    // The workstation purges at every start with its own clock; damage is kept as a warning.
    void workstationStartPurges() {
        QTemporaryDir data;
        FaceImageVault vault = vaultIn(data);
        const QByteArray jpeg = jpegOf(60, 60, Qt::cyan);
        QVERIFY(vault.store(QStringLiteral("old"), Kind::Live, jpeg, m_clock.now().addDays(-31), 30)
                    .ok());
        QVERIFY(vault.store(QStringLiteral("recent"), Kind::Live, jpeg, m_clock.now(), 30).ok());
        const QString damaged = QDir(vault.folder()).filePath(QStringLiteral("x-live.owfv"));
        writeAll(damaged, QByteArrayLiteral("OWFV"));
        auto context =
            WorkstationContext::open(data.path(), std::make_unique<ManualClock>(m_clock.now()));
        QVERIFY2(context.ok(), qPrintable(context.error()));
        WorkstationContext &ws = *context.value();
        QVERIFY(!QFile::exists(vault.filePath(QStringLiteral("old"), Kind::Live)));
        QVERIFY(QFile::exists(vault.filePath(QStringLiteral("recent"), Kind::Live)));
        QVERIFY2(ws.faceVaultWarning().contains(damaged), qPrintable(ws.faceVaultWarning()));
        QCOMPARE(ws.faceVault().folder(), vault.folder());
        QCOMPARE(ws.faceVault().keyPath(), vault.keyPath());
        ws.setFaceVaultKeyPath(QStringLiteral("/media/keys/face.key"));
        QCOMPARE(ws.faceVault().keyPath(), QStringLiteral("/media/keys/face.key"));
        ws.setFaceVaultKeyPath(QString());
        QCOMPARE(ws.faceVault().keyPath(), vault.keyPath());
    }

    void purgeWithoutFolderOrKey() {
        QTemporaryDir dir;
        FaceImageVault vault = vaultIn(dir);
        const auto purged = vault.purgeExpired(m_clock.now());
        QVERIFY(purged.ok());
        QCOMPARE(purged.value(), 0);
        QVERIFY(QDir(dir.path()).isEmpty()); // the purge never creates the folder or a key
        QVERIFY(vault.listRetained().isEmpty());
    }
};

QTEST_MAIN(TestFaceImageVault)
#include "tst_faceimagevault.moc"
