#include "facemodelpack.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::vision {

namespace {

// The roles the pipeline cannot work without; eye and pose serve only the active challenge.
const char *const kRequiredRoles[] = {"detect", "landmark", "feature", "liveness"};

QString sha256Of(QFile &file) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result<FaceModelPack> FaceModelPack::open(const QString &dir) {
    if (dir.isEmpty())
        return Result<FaceModelPack>::failure(tr("No face model folder was given."));
    const QDir folder(dir);
    if (!folder.exists())
        return Result<FaceModelPack>::failure(
            tr("The face model folder %1 does not exist. Install the model pack with "
               "installer/install-face-models.sh or point ONEWINDOW_FACE_MODELS at a pack.")
                .arg(QDir::toNativeSeparators(dir)));
    const QString manifestPath = folder.filePath(QStringLiteral("manifest.json"));
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Result<FaceModelPack>::failure(
            tr("The face model pack in %1 has no readable manifest.json.")
                .arg(QDir::toNativeSeparators(dir)));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    if (!doc.isObject())
        return Result<FaceModelPack>::failure(
            tr("%1 is not a valid manifest: %2")
                .arg(QDir::toNativeSeparators(manifestPath), parseError.errorString()));
    const QJsonObject root = doc.object();
    FaceModelPack pack;
    pack.m_dir = folder.absolutePath();
    pack.m_id = root.value(QLatin1String("id")).toString();
    if (pack.m_id.isEmpty())
        return Result<FaceModelPack>::failure(
            tr("%1 has no pack id.").arg(QDir::toNativeSeparators(manifestPath)));

    const QJsonArray models = root.value(QLatin1String("models")).toArray();
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        const QString role = model.value(QLatin1String("role")).toString();
        const QString fileName = model.value(QLatin1String("file")).toString();
        const QString expected = model.value(QLatin1String("sha256")).toString().toLower();
        if (role.isEmpty() || fileName.isEmpty() || fileName.contains(QLatin1Char('/')) ||
            expected.size() != 64)
            return Result<FaceModelPack>::failure(
                tr("%1 has an incomplete model entry (role, file and sha256 are required).")
                    .arg(QDir::toNativeSeparators(manifestPath)));
        const QString path = folder.filePath(fileName);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<FaceModelPack>::failure(
                tr("The face model file %1 is missing or unreadable.")
                    .arg(QDir::toNativeSeparators(path)));
        if (sha256Of(file) != expected)
            return Result<FaceModelPack>::failure(
                tr("The face model file %1 is damaged or was replaced: its SHA-256 does not "
                   "match the manifest.")
                    .arg(QDir::toNativeSeparators(path)));
        pack.m_fileByRole[role] = folder.absoluteFilePath(fileName);
    }
    for (const char *role : kRequiredRoles) {
        if (pack.pathOf(QLatin1String(role)).isEmpty())
            return Result<FaceModelPack>::failure(
                tr("The manifest %1 lists no '%2' model.")
                    .arg(QDir::toNativeSeparators(manifestPath), QLatin1String(role)));
    }
    return pack;
}

QString FaceModelPack::pathOf(const QString &role) const {
    const auto it = m_fileByRole.find(role);
    return it == m_fileByRole.end() ? QString() : it->second;
}

} // namespace ow::vision
