#pragma once

#include "scansample.h"

#include <QJsonObject>

namespace ow::scaneval {

// The truth file scangen writes beside the images (truth.json):
// { "seed": N, "samples": [ { "file", "kind": photo|scan, "page", "background",
//   "width", "height", "corners": [[x,y] x4] (content order, see ScanSample),
//   "cornersImageOrder": [[x,y] x4] (the CLI's order: TL nearest the image's top-left, clockwise),
//   "pageSizeMm": [w,h], "angle", "orientation", "skew", "blank", "separator",
//   "codes": [ {"format","text"} ] } ] }
class TruthJson {
public:
    static QJsonObject toJson(const ScanSample &sample, const QString &file);
    // Fills everything but the image; false when the object is not a sample.
    static bool fromJson(const QJsonObject &object, ScanSample &sample, QString *file);
};

} // namespace ow::scaneval
