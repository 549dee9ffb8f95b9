#include "framesourcefactory.h"

#include "cameraframesource.h"
#include "imagesequenceframesource.h"

#include <QCoreApplication>
#include <QDir>

namespace ow {

Result<FrameSource *> FrameSourceFactory::create(const QString &setting, QObject *parent) {
    using R = Result<FrameSource *>;
    if (!setting.startsWith(QLatin1String("images:")))
        return R(new CameraFrameSource(setting, parent));
    const QDir dir(setting.mid(7));
    const QStringList names = dir.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                             QStringLiteral("*.png"), QStringLiteral("*.bmp")},
                                            QDir::Files, QDir::Name);
    if (names.isEmpty())
        return R::failure(QCoreApplication::translate("ow::FrameSourceFactory",
                                                      "The folder %1 holds no images to play.")
                              .arg(QDir::toNativeSeparators(dir.path())));
    QStringList paths;
    for (const QString &name : names)
        paths << dir.filePath(name);
    auto *source = new ImageSequenceFrameSource(parent);
    if (Status st = source->loadFiles(paths); !st) {
        delete source;
        return R::failure(st.error());
    }
    source->setIntervalMs(100);
    return R(source);
}

} // namespace ow
