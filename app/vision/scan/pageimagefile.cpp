#include "pageimagefile.h"

#include "scanimage.h"

#include <QCoreApplication>
#include <QFile>

#include <opencv2/imgcodecs.hpp>

#include <optional>

namespace ow::vision {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("PageImageFile", text);
}

enum class Kind { Jpeg, Png, Tiff, Bmp, Webp, Unknown };

Kind sniff(const QByteArray &head) {
    if (head.startsWith("\xFF\xD8\xFF"))
        return Kind::Jpeg;
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return Kind::Png;
    if (head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4)))
        return Kind::Tiff;
    if (head.startsWith("BM"))
        return Kind::Bmp;
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return Kind::Webp;
    return Kind::Unknown;
}

quint32 bigEndian(const QByteArray &b, qsizetype at, int bytes) {
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | static_cast<uchar>(b.at(at + i));
    return v;
}

quint32 littleEndian(const QByteArray &b, qsizetype at, int bytes) {
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | static_cast<uchar>(b.at(at + i));
    return v;
}

// The size the header promises, where it is cheap to read (PNG IHDR, JPEG SOFn, BMP).
std::optional<cv::Size2d> declaredSize(const QByteArray &data, Kind kind) {
    if (kind == Kind::Png && data.size() >= 24)
        return cv::Size2d(bigEndian(data, 16, 4), bigEndian(data, 20, 4));
    if (kind == Kind::Bmp && data.size() >= 26)
        return cv::Size2d(littleEndian(data, 18, 4),
                          std::abs(static_cast<qint32>(littleEndian(data, 22, 4))));
    if (kind == Kind::Jpeg) {
        qsizetype at = 2;
        while (at + 9 < data.size()) {
            if (static_cast<uchar>(data.at(at)) != 0xFF)
                return std::nullopt;
            const uchar marker = static_cast<uchar>(data.at(at + 1));
            const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
                             marker != 0xCC;
            if (sof)
                return cv::Size2d(bigEndian(data, at + 7, 2), bigEndian(data, at + 5, 2));
            at += 2 + bigEndian(data, at + 2, 2);
        }
    }
    return std::nullopt;
}

bool truncated(const QByteArray &data, Kind kind) {
    if (kind == Kind::Jpeg) // the end-of-image marker, allowing a little trailing padding
        return data.right(4096).lastIndexOf("\xFF\xD9") < 0;
    if (kind == Kind::Png)
        return data.right(4096).indexOf("IEND") < 0;
    return false;
}

} // namespace

Result<cv::Mat> PageImageFile::load(const QString &path) {
    using R = Result<cv::Mat>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1: cannot open: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return R::failure(tr("%1: the file is empty").arg(path));
    if (file.size() > kMaxBytes)
        return R::failure(tr("%1: the file is too large (%2 MB; at most %3 MB)")
                              .arg(path)
                              .arg(file.size() / (1024 * 1024))
                              .arg(kMaxBytes / (1024 * 1024)));
    const QByteArray data = file.readAll();
    const Kind kind = sniff(data.left(16));
    if (kind == Kind::Unknown)
        return R::failure(tr("%1: not an image (JPEG, PNG, TIFF, BMP or WebP expected)").arg(path));
    if (const auto size = declaredSize(data, kind)) {
        if (size->width * size->height > kMaxPixels)
            return R::failure(tr("%1: the image is too large (%2 x %3 pixels; at most %4 "
                                 "megapixels)")
                                  .arg(path)
                                  .arg(static_cast<qint64>(size->width))
                                  .arg(static_cast<qint64>(size->height))
                                  .arg(kMaxPixels / 1e6));
    }
    if (truncated(data, kind))
        return R::failure(
            tr("%1: the file is truncated (it ends before the image does)").arg(path));
    cv::Mat image;
    try {
        const cv::Mat bytes(1, static_cast<int>(data.size()), CV_8U,
                            const_cast<char *>(data.constData()));
        image = scanimage::toBgr(cv::imdecode(bytes, cv::IMREAD_UNCHANGED));
    } catch (const cv::Exception &) {
        image.release();
    }
    if (image.empty())
        return R::failure(tr("%1: the image cannot be decoded").arg(path));
    if (image.cols < kMinSide || image.rows < kMinSide)
        return R::failure(tr("%1: the image is too small (%2 x %3 pixels; at least %4 x %4)")
                              .arg(path)
                              .arg(image.cols)
                              .arg(image.rows)
                              .arg(kMinSide));
    if (static_cast<double>(image.cols) * image.rows > kMaxPixels)
        return R::failure(tr("%1: the image is too large (%2 x %3 pixels; at most %4 "
                             "megapixels)")
                              .arg(path)
                              .arg(image.cols)
                              .arg(image.rows)
                              .arg(kMaxPixels / 1e6));
    return image;
}

} // namespace ow::vision
