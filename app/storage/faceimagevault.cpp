#include "faceimagevault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <sodium.h>

#include <algorithm>

namespace ow {

namespace {

const QByteArray kMagic = QByteArrayLiteral("OWFV1");
constexpr qsizetype kPrefixSize = 7; // magic + 2-byte header length
constexpr qsizetype kMaxHeaderSize = 4096;
constexpr qsizetype kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype kKeySize = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr qint64 kMaxFileSize = 64LL * 1024 * 1024;
const QString kSuffix = QStringLiteral(".owfv");

static_assert(kNonceSize == 24 && kKeySize == 32);

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions kOwnerDir = kOwnerFile | QFileDevice::ExeOwner;

// Creates the folder (and its parents) when missing; a folder made here is the owner's only.
bool ensurePrivateFolder(const QString &path) {
    if (QFileInfo(path).isDir())
        return true;
    if (!QDir().mkpath(path))
        return false;
    QFile::setPermissions(path, kOwnerDir);
    return true;
}

bool validCheckId(const QString &checkId) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    return pattern.match(checkId).hasMatch();
}

QString timeText(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// A short public name of the key: which key wrote a file, without revealing it.
QString keyIdOf(const QByteArray &key) {
    unsigned char out[crypto_generichash_BYTES_MIN];
    static const QByteArray context = QByteArrayLiteral("OneWindow face vault key id");
    crypto_generichash(
        out, sizeof out, reinterpret_cast<const unsigned char *>(context.constData()),
        static_cast<unsigned long long>(context.size()),
        reinterpret_cast<const unsigned char *>(key.constData()), static_cast<size_t>(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), 8).toHex());
}

void wipe(QByteArray &secret) {
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

struct Parsed {
    FaceImageVault::Entry entry;
    qsizetype headerEnd = 0; // where the nonce begins; the associated data is [0, headerEnd)
};

// Reads the magic and the header from the start of a file's bytes (all of them, or at least
// the prefix and header when the body is not needed).
Result<Parsed> parseHeader(const QByteArray &bytes, const QString &path) {
    using R = Result<Parsed>;
    if (bytes.isEmpty())
        return R::failure(
            FaceImageVault::tr("%1 is empty: it is not a face vault file.").arg(path));
    if (!bytes.startsWith(kMagic)) {
        if (bytes.size() < kMagic.size() && kMagic.startsWith(bytes))
            return R::failure(FaceImageVault::tr("%1 is truncated: the face vault file ends "
                                                 "after %2 bytes.")
                                  .arg(path)
                                  .arg(bytes.size()));
        return R::failure(
            FaceImageVault::tr("%1 is not a face vault file (it does not begin with OWFV1).")
                .arg(path));
    }
    if (bytes.size() < kPrefixSize)
        return R::failure(
            FaceImageVault::tr("%1 is truncated: the face vault file ends after %2 bytes.")
                .arg(path)
                .arg(bytes.size()));
    const qsizetype headerSize =
        (static_cast<unsigned char>(bytes.at(5)) << 8) | static_cast<unsigned char>(bytes.at(6));
    if (headerSize == 0 || headerSize > kMaxHeaderSize)
        return R::failure(FaceImageVault::tr("%1 has a damaged header.").arg(path));
    if (bytes.size() < kPrefixSize + headerSize)
        return R::failure(
            FaceImageVault::tr("%1 is truncated: the face vault file ends after %2 bytes.")
                .arg(path)
                .arg(bytes.size()));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(kPrefixSize, headerSize), nullptr);
    const QJsonObject o = doc.object();
    Parsed parsed;
    FaceImageVault::Entry &e = parsed.entry;
    e.filePath = path;
    e.checkId = o.value(QStringLiteral("check_id")).toString();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    e.kind =
        kind == QLatin1String("live") ? FaceImageVault::Kind::Live : FaceImageVault::Kind::Card;
    e.storedAt =
        QDateTime::fromString(o.value(QStringLiteral("stored_at")).toString(), Qt::ISODateWithMs);
    e.purgeAfter =
        QDateTime::fromString(o.value(QStringLiteral("purge_after")).toString(), Qt::ISODateWithMs);
    e.keyId = o.value(QStringLiteral("key_id")).toString();
    if (!doc.isObject() || !validCheckId(e.checkId) ||
        (kind != QLatin1String("card") && kind != QLatin1String("live")) || !e.storedAt.isValid() ||
        !e.purgeAfter.isValid() || e.keyId.isEmpty())
        return R::failure(FaceImageVault::tr("%1 has a damaged header.").arg(path));
    parsed.headerEnd = kPrefixSize + headerSize;
    return parsed;
}

} // namespace

FaceImageVault::FaceImageVault(QString folder, QString keyPath)
    : m_folder(std::move(folder))
    , m_keyPath(std::move(keyPath)) {}

QString FaceImageVault::defaultFolder(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("face-vault"));
}

QString FaceImageVault::defaultKeyPath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("keys/face-vault.key"));
}

QString FaceImageVault::kindKey(Kind kind) {
    return kind == Kind::Live ? QStringLiteral("live") : QStringLiteral("card");
}

QString FaceImageVault::filePath(const QString &checkId, Kind kind) const {
    return QDir(m_folder).filePath(checkId + QLatin1Char('-') + kindKey(kind) + kSuffix);
}

Result<QByteArray> FaceImageVault::readKey(bool create) const {
    using R = Result<QByteArray>;
    if (!sodiumReady())
        return R::failure(tr("The encryption library could not be initialised."));
    if (m_keyPath.isEmpty())
        return R::failure(tr("No key file is configured for the face vault."));
    QFile file(m_keyPath);
    if (!file.exists()) {
        if (!create)
            return R::failure(tr("The face vault key %1 does not exist: the retained images "
                                 "cannot be read without it.")
                                  .arg(m_keyPath));
        if (!ensurePrivateFolder(QFileInfo(m_keyPath).absolutePath()))
            return R::failure(
                tr("Cannot create the folder of the face vault key %1.").arg(m_keyPath));
        QByteArray key(kKeySize, Qt::Uninitialized);
        randombytes_buf(key.data(), static_cast<size_t>(key.size()));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile) ||
            file.write(key) != key.size() || !file.flush()) {
            const QString why = file.errorString();
            file.close();
            file.remove();
            wipe(key);
            return R::failure(tr("Cannot create the face vault key %1: %2").arg(m_keyPath, why));
        }
        file.close();
        QFile::setPermissions(m_keyPath, kOwnerFile);
        return key;
    }
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            tr("Cannot read the face vault key %1: %2").arg(m_keyPath, file.errorString()));
    QByteArray key = file.read(kKeySize + 1);
    if (key.size() != kKeySize) {
        const qsizetype size = key.size();
        wipe(key);
        return R::failure(tr("The face vault key %1 is not a key (it must hold exactly %2 bytes, "
                             "it holds %3).")
                              .arg(m_keyPath)
                              .arg(kKeySize)
                              .arg(file.size() > size ? file.size() : size));
    }
    return key;
}

Status FaceImageVault::store(const QString &checkId, Kind kind, const QByteArray &jpeg,
                             const QDateTime &now, int retentionDays) {
    if (!validCheckId(checkId))
        return Status::failure(
            tr("The face check id \"%1\" cannot name a vault file.").arg(checkId.left(80)));
    if (jpeg.isEmpty())
        return Status::failure(tr("There is no image to keep for face check %1.").arg(checkId));
    if (retentionDays < 1 || retentionDays > maxRetentionDays)
        return Status::failure(tr("The retention period must be 1 to %1 days, not %2.")
                                   .arg(maxRetentionDays)
                                   .arg(retentionDays));
    if (!now.isValid())
        return Status::failure(tr("The face vault needs the current time to date an image."));
    auto key = readKey(true);
    if (!key)
        return Status::failure(key.error());
    if (!ensurePrivateFolder(m_folder)) {
        wipe(key.value());
        return Status::failure(tr("Cannot create the face vault folder %1.").arg(m_folder));
    }
    const QJsonObject header{{QStringLiteral("check_id"), checkId},
                             {QStringLiteral("kind"), kindKey(kind)},
                             {QStringLiteral("stored_at"), timeText(now)},
                             {QStringLiteral("purge_after"), timeText(now.addDays(retentionDays))},
                             {QStringLiteral("key_id"), keyIdOf(key.value())}};
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray ad = kMagic;
    ad.append(static_cast<char>((headerBytes.size() >> 8) & 0xff));
    ad.append(static_cast<char>(headerBytes.size() & 0xff));
    ad.append(headerBytes);

    QByteArray nonce(kNonceSize, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    QByteArray cipher(jpeg.size() + kTagSize, Qt::Uninitialized);
    unsigned long long cipherSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(cipher.data()), &cipherSize,
        reinterpret_cast<const unsigned char *>(jpeg.constData()),
        static_cast<unsigned long long>(jpeg.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(key.value().constData()));
    wipe(key.value());
    cipher.resize(static_cast<qsizetype>(cipherSize));

    const QString path = filePath(checkId, kind);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(ad) != ad.size() ||
        out.write(nonce) != nonce.size() || out.write(cipher) != cipher.size() || !out.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, out.errorString()));
    QFile::setPermissions(path, kOwnerFile);
    return {};
}

Result<FaceImageVault::Entry> FaceImageVault::readHeader(const QString &path) const {
    using R = Result<Entry>;
    QFile file(path);
    if (!file.exists())
        return R::failure(tr("%1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.read(kPrefixSize);
    if (bytes.size() == kPrefixSize && bytes.startsWith(kMagic)) {
        const qsizetype headerSize = (static_cast<unsigned char>(bytes.at(5)) << 8) |
                                     static_cast<unsigned char>(bytes.at(6));
        bytes.append(file.read(std::min(headerSize, kMaxHeaderSize)));
    }
    auto parsed = parseHeader(bytes, path);
    if (!parsed)
        return R::failure(parsed.error());
    return parsed->entry;
}

Result<QByteArray> FaceImageVault::load(const QString &checkId, Kind kind) const {
    using R = Result<QByteArray>;
    if (!validCheckId(checkId))
        return R::failure(
            tr("The face check id \"%1\" cannot name a vault file.").arg(checkId.left(80)));
    const QString path = filePath(checkId, kind);
    QFile file(path);
    if (!file.exists())
        return R::failure(tr("There is no retained %1 image of face check %2: %3 does not exist.")
                              .arg(kindKey(kind), checkId, path));
    if (file.size() > kMaxFileSize)
        return R::failure(tr("%1 is too large to be a face vault file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    auto parsed = parseHeader(bytes, path);
    if (!parsed)
        return R::failure(parsed.error());
    const Entry &e = parsed->entry;
    if (e.checkId != checkId || e.kind != kind)
        return R::failure(tr("%1 holds the %2 image of face check %3, not this one.")
                              .arg(path, kindKey(e.kind), e.checkId));
    const qsizetype bodyStart = parsed->headerEnd;
    if (bytes.size() < bodyStart + kNonceSize + kTagSize)
        return R::failure(tr("%1 is truncated: the face vault file ends after %2 bytes.")
                              .arg(path)
                              .arg(bytes.size()));
    auto key = readKey(false);
    if (!key)
        return R::failure(key.error());
    const QString keyId = keyIdOf(key.value());
    if (keyId != e.keyId) {
        wipe(key.value());
        return R::failure(tr("%1 was encrypted with another key (key id %2); the key file %3 "
                             "holds key %4.")
                              .arg(path, e.keyId, m_keyPath, keyId));
    }
    const qsizetype cipherSize = bytes.size() - bodyStart - kNonceSize;
    QByteArray plain(cipherSize - kTagSize, Qt::Uninitialized);
    unsigned long long plainSize = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(plain.data()), &plainSize, nullptr,
        reinterpret_cast<const unsigned char *>(bytes.constData() + bodyStart + kNonceSize),
        static_cast<unsigned long long>(cipherSize),
        reinterpret_cast<const unsigned char *>(bytes.constData()),
        static_cast<unsigned long long>(bodyStart),
        reinterpret_cast<const unsigned char *>(bytes.constData() + bodyStart),
        reinterpret_cast<const unsigned char *>(key.value().constData()));
    wipe(key.value());
    if (rc != 0)
        return R::failure(tr("%1 could not be decrypted: it was changed or damaged after it was "
                             "written (or its key was replaced).")
                              .arg(path));
    plain.resize(static_cast<qsizetype>(plainSize));
    return plain;
}

QStringList FaceImageVault::vaultFiles() const {
    const QDir dir(m_folder);
    QStringList files;
    const QStringList names =
        dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names)
        files << dir.filePath(name);
    return files;
}

Result<int> FaceImageVault::purgeExpired(const QDateTime &now, int *removed) {
    int count = 0;
    QStringList problems;
    const QDateTime utcNow = now.toUTC();
    for (const QString &path : vaultFiles()) {
        auto entry = readHeader(path);
        if (!entry) {
            problems << entry.error();
            continue;
        }
        if (entry->purgeAfter > utcNow)
            continue;
        QFile file(path);
        if (file.remove())
            ++count;
        else
            problems << tr("Cannot remove %1: %2").arg(path, file.errorString());
    }
    if (removed)
        *removed = count;
    if (!problems.isEmpty())
        return Result<int>::failure(
            tr("%n expired face image file(s) removed; these files were left: %1", nullptr, count)
                .arg(problems.join(QStringLiteral("; "))));
    return count;
}

QList<FaceImageVault::Entry> FaceImageVault::listRetained(QStringList *problems) const {
    QList<Entry> entries;
    for (const QString &path : vaultFiles()) {
        auto entry = readHeader(path);
        if (entry)
            entries << entry.value();
        else if (problems)
            *problems << entry.error();
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.storedAt < b.storedAt; });
    return entries;
}

} // namespace ow
