#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <map>

namespace ow::vision {

// A face model pack folder (docs/face.md): manifest.json names each model by role ("detect",
// "landmark", "feature", "liveness", "eye", "pose") with its file, size and SHA-256. open()
// checks every listed file, so a pack that loads is the pack the manifest describes.
class FaceModelPack {
    Q_DECLARE_TR_FUNCTIONS(FaceModelPack)

public:
    // Reads dir/manifest.json and checks each model file. A failure names the folder and file.
    static Result<FaceModelPack> open(const QString &dir);

    QString id() const { return m_id; }
    QString dir() const { return m_dir; }
    // Absolute path of the model for a role, or an empty string when the manifest has none.
    QString pathOf(const QString &role) const;

private:
    QString m_dir;
    QString m_id;
    std::map<QString, QString> m_fileByRole;
};

} // namespace ow::vision
