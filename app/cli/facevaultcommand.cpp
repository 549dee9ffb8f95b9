// face vault purge | face vault export --check ID --out DIR: the encrypted retention of face
// images (FaceImageVault, docs/facecheck.md "Privacy") from the shell. purge removes the expired
// files (headers only, no key); export decrypts one check's images to JPEG files for a review
// and appends a row to the workstation's hash-chained audit log. The vault is
// <data dir>/face-vault; the key is --key, else the workstation setting face/vaultKeyPath, else
// <data dir>/keys/face-vault.key.
#include "command.h"

#include "appsettings.h"
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "faceimagevault.h"
#include "serverwritelock.h"
#include "workstationstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ow::cli {

namespace {

// The translation context of this command's messages.
struct FaceVaultCommand {
    Q_DECLARE_TR_FUNCTIONS(ow::cli::FaceVaultCommand)
};

int usage(Context &ctx) {
    ctx.err << FaceVaultCommand::tr(
        "usage: onewindow-cli face vault purge [--data-dir DIR]\n"
        "       onewindow-cli face vault export --check ID --out DIR [--data-dir DIR] "
        "[--key FILE]\n");
    return 2;
}

struct VaultArgs {
    QString command;
    QString checkId;
    QString outDir;
    QString keyPath;
    bool ok = true;
};

VaultArgs parseArgs(Context &ctx) {
    VaultArgs parsed;
    QStringList args = ctx.args;
    if (args.isEmpty()) {
        parsed.ok = false;
        return parsed;
    }
    parsed.command = args.takeFirst();
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        const bool hasValue = !args.isEmpty();
        if (a == QLatin1String("--data-dir") && hasValue)
            ctx.dataDir = args.takeFirst();
        else if (a == QLatin1String("--check") && hasValue)
            parsed.checkId = args.takeFirst();
        else if (a == QLatin1String("--out") && hasValue)
            parsed.outDir = args.takeFirst();
        else if (a == QLatin1String("--key") && hasValue)
            parsed.keyPath = args.takeFirst();
        else
            parsed.ok = false;
    }
    return parsed;
}

FaceImageVault vaultOf(const Context &ctx, const VaultArgs &args) {
    QString key = args.keyPath;
    if (key.isEmpty())
        key = AppSettings().faceVaultKeyPath();
    if (key.isEmpty())
        key = FaceImageVault::defaultKeyPath(ctx.dataDir);
    return FaceImageVault(FaceImageVault::defaultFolder(ctx.dataDir), key);
}

int purge(Context &ctx, const VaultArgs &args) {
    if (!args.checkId.isEmpty() || !args.outDir.isEmpty())
        return usage(ctx);
    FaceImageVault vault = vaultOf(ctx, args);
    int removed = 0;
    const SystemClock clock;
    const Result<int> purged = vault.purgeExpired(clock.now(), &removed);
    ctx.out << FaceVaultCommand::tr("%n expired face image file(s) removed from %1.", nullptr,
                                    removed)
                   .arg(vault.folder())
            << "\n";
    if (!purged) {
        ctx.err << "face vault purge: " << purged.error() << "\n";
        return 1;
    }
    return 0;
}

QString osUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Status writePrivateFile(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            FaceVaultCommand::tr("Cannot write %1: %2").arg(path, file.errorString()));
    // Decrypted faces are personal data: the reviewer's account only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

int exportCheck(Context &ctx, const VaultArgs &args) {
    if (args.checkId.isEmpty() || args.outDir.isEmpty())
        return usage(ctx);
    const FaceImageVault vault = vaultOf(ctx, args);
    QList<std::pair<FaceImageVault::Kind, QByteArray>> images;
    for (const FaceImageVault::Kind kind :
         {FaceImageVault::Kind::Card, FaceImageVault::Kind::Live}) {
        if (!QFileInfo::exists(vault.filePath(args.checkId, kind)))
            continue;
        auto jpeg = vault.load(args.checkId, kind);
        if (!jpeg) {
            ctx.err << "face vault export: " << jpeg.error() << "\n";
            return 2;
        }
        images.append({kind, jpeg.value()});
    }
    if (images.isEmpty()) {
        ctx.err << "face vault export: "
                << FaceVaultCommand::tr("No images of face check %1 are retained in %2.")
                       .arg(args.checkId, vault.folder())
                << "\n";
        return 2;
    }
    // No export without its audit row: the database must be there before anything is written.
    if (!QFileInfo::exists(WorkstationStore::databasePath(ctx.dataDir))) {
        ctx.err << "face vault export: "
                << FaceVaultCommand::tr("There is no workstation database in %1 to audit the "
                                        "export in.")
                       .arg(ctx.dataDir)
                << "\n";
        return 2;
    }
    auto db = WorkstationStore::open(ctx.dataDir);
    if (!db) {
        ctx.err << "face vault export: " << db.error() << "\n";
        return 2;
    }
    if (!QDir().mkpath(args.outDir)) {
        ctx.err << "face vault export: "
                << FaceVaultCommand::tr("Cannot create the folder %1.").arg(args.outDir) << "\n";
        return 2;
    }
    QStringList written;
    QStringList kinds;
    for (const auto &[kind, jpeg] : images) {
        const QString path = QDir(args.outDir)
                                 .filePath(args.checkId + QLatin1Char('-') +
                                           FaceImageVault::kindKey(kind) + QStringLiteral(".jpg"));
        if (const Status st = writePrivateFile(path, jpeg); !st) {
            for (const QString &done : written)
                QFile::remove(done);
            ctx.err << "face vault export: " << st.error() << "\n";
            return 2;
        }
        written << path;
        kinds << FaceImageVault::kindKey(kind);
    }
    const SystemClock clock;
    const QString outDir = QFileInfo(args.outDir).absoluteFilePath();
    Database &database = *db.value();
    const Status audited = database.transaction([&]() -> Status {
        if (Status s = lockServerWrites(database); !s)
            return s;
        auto id = AuditLog(database).append(
            clock.now(), QStringLiteral("cli"), QStringLiteral("face.vault.export"), args.checkId,
            QStringLiteral("%1 to %2 by OS user %3")
                .arg(kinds.join(QStringLiteral(", ")), outDir, osUser()));
        return id ? Status() : Status::failure(id.error());
    });
    if (!audited) {
        for (const QString &done : written)
            QFile::remove(done); // unaudited, so not exported
        ctx.err << "face vault export: "
                << FaceVaultCommand::tr("The export could not be audited, nothing was kept: %1")
                       .arg(audited.error())
                << "\n";
        return 2;
    }
    for (const QString &path : written)
        ctx.out << path << "\n";
    return 0;
}

} // namespace

int runFaceVault(Context &ctx) {
    const VaultArgs args = parseArgs(ctx);
    if (!args.ok)
        return usage(ctx);
    if (args.command == QLatin1String("purge"))
        return purge(ctx, args);
    if (args.command == QLatin1String("export"))
        return exportCheck(ctx, args);
    return usage(ctx);
}

} // namespace ow::cli
