#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

namespace ow::vision {

// Reads an image file for face work (CLI, tests, imports) and refuses what would hurt: empty,
// over-large files or pixel counts, non-images, truncated data. Failures name the file.
class FaceImageFile {
    Q_DECLARE_TR_FUNCTIONS(FaceImageFile)

public:
    static constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;
    static constexpr double kMaxPixels = 100.0e6;

    static Result<cv::Mat> read(const QString &path);
    static Result<cv::Mat> decode(const QByteArray &data, const QString &name);

    // Width and height from a PNG or JPEG header, without decoding; false for other formats
    // or when the header cannot be read.
    static bool headerSize(const QByteArray &data, int *width, int *height);
};

} // namespace ow::vision
