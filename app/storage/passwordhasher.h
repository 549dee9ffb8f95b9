#pragma once

#include <QByteArray>
#include <QString>

namespace ow {

// argon2id password hashes as PHC strings (libsodium crypto_pwhash_str, INTERACTIVE limits or
// higher). Passwords are compared only through verify().
class PasswordHasher {
public:
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    static bool needsRehash(const QString &hash);
    // A random password for first-run accounts: 16 characters without look-alikes (0/O, 1/l/I).
    static QString generatePassword(int length = 16);
};

} // namespace ow
