#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// Encrypted retention of the face check's images (人证合一, docs/facecheck.md "Privacy"): the
// card portrait and the best live frame of a check, kept only when the site configures a
// retention period and purged when it ends. One file per image in the vault folder,
// <checkId>-card.owfv and <checkId>-live.owfv:
//
//   "OWFV1" | header length (2 bytes, big-endian) | header (compact JSON: check_id, kind,
//   stored_at, purge_after, key_id) | 24-byte nonce | XChaCha20-Poly1305 ciphertext of the JPEG
//
// Everything before the nonce is authenticated as associated data, so a changed header makes
// the file unreadable. The 32-byte key lives in a file of its own (created 0600 on the first
// store, its folder 0700); a site keeps it on other media than the vault. Works on JPEG bytes so
// storage stays free of Qt::Gui (the server links it): the capture layer encodes the images.
class FaceImageVault {
    Q_DECLARE_TR_FUNCTIONS(ow::FaceImageVault)

public:
    enum class Kind { Card, Live };

    // What a file's header says (read without the key).
    struct Entry {
        QString checkId;
        Kind kind = Kind::Card;
        QDateTime storedAt;   // UTC
        QDateTime purgeAfter; // UTC: the file is removed by the first purge at or after this
        QString keyId;        // which key encrypted it (a hash of the key, never the key)
        QString filePath;
    };

    static constexpr int maxRetentionDays = 365;

    // folder: the vault folder; keyPath: the key file (usually defaultKeyPath(dataDir) unless
    // the site keeps the key elsewhere).
    FaceImageVault(QString folder, QString keyPath);

    static QString defaultFolder(const QString &dataDir);  // <dataDir>/face-vault
    static QString defaultKeyPath(const QString &dataDir); // <dataDir>/keys/face-vault.key
    static QString kindKey(Kind kind);                     // "card", "live"

    const QString &folder() const { return m_folder; }
    const QString &keyPath() const { return m_keyPath; }
    void setKeyPath(const QString &keyPath) { m_keyPath = keyPath; }
    // Where the image of this check and kind is (or would be) kept.
    QString filePath(const QString &checkId, Kind kind) const;

    // Encrypts and writes one image (JPEG bytes), replacing an older file of the same check and
    // kind; purge_after is now + retentionDays (1..maxRetentionDays). Creates the key file when
    // it does not exist yet.
    Status store(const QString &checkId, Kind kind, const QByteArray &jpeg, const QDateTime &now,
                 int retentionDays);
    // The JPEG bytes of one image. Fails with a message naming the file when it is missing, not
    // a vault file, truncated, altered, or encrypted with another key.
    Result<QByteArray> load(const QString &checkId, Kind kind) const;
    // The header of a vault file, read without the key.
    Result<Entry> readHeader(const QString &filePath) const;

    // Deletes every file whose purge_after is at or before now, reading headers only (no key).
    // Returns the number removed. Files that cannot be read are left, and the purge goes on:
    // then the result is a failure whose message gives the number removed and each file's
    // problem; *removed (when given) holds the number in both cases.
    Result<int> purgeExpired(const QDateTime &now, int *removed = nullptr);
    // The readable files, oldest first; unreadable ones are described in *problems.
    QList<Entry> listRetained(QStringList *problems = nullptr) const;

private:
    Result<QByteArray> readKey(bool create) const;
    QStringList vaultFiles() const;

    QString m_folder;
    QString m_keyPath;
};

} // namespace ow
