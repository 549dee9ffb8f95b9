#pragma once

#include "result.h"

#include <QString>

class QObject;

namespace ow {

class FrameSource;

// The face camera named by the setting (AppSettings::faceCamera()): a camera id or description
// (empty = the system default), or "images:FOLDER" — the folder's images played at 10 fps in
// name order, for demonstrations and training where no camera is connected.
class FrameSourceFactory {
public:
    static Result<FrameSource *> create(const QString &setting, QObject *parent);
};

} // namespace ow
