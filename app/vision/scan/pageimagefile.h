#pragma once

#include "result.h"

#include <QString>

#include <opencv2/core.hpp>

namespace ow::vision {

// Reads an image file for page processing, refusing what would crash or stall a decoder: empty
// files, files over 200 MB, anything that is not JPEG, PNG, TIFF, BMP or WebP, headers that
// promise more than 100 megapixels (decompression bombs), truncated JPEG and PNG files, and
// images under 32 x 32 pixels. Messages name the file. Returns 8-bit BGR; never throws.
class PageImageFile {
public:
    static constexpr qint64 kMaxBytes = 200LL * 1024 * 1024;
    static constexpr double kMaxPixels = 100e6;
    static constexpr int kMinSide = 32;

    static Result<cv::Mat> load(const QString &path);
};

} // namespace ow::vision
