#include "faceimagefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <opencv2/imgcodecs.hpp>

namespace ow::vision {

namespace {

int be16(const QByteArray &d, qsizetype at) {
    return (static_cast<unsigned char>(d[at]) << 8) | static_cast<unsigned char>(d[at + 1]);
}

qint64 be32(const QByteArray &d, qsizetype at) {
    return (static_cast<qint64>(be16(d, at)) << 16) | be16(d, at + 2);
}

bool jpegSize(const QByteArray &d, int *width, int *height) {
    qsizetype at = 2;
    while (at + 9 < d.size()) {
        if (static_cast<unsigned char>(d[at]) != 0xFF)
            return false;
        const int marker = static_cast<unsigned char>(d[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
            marker != 0xCC) {
            *height = be16(d, at + 5);
            *width = be16(d, at + 7);
            return true;
        }
        at += 2 + be16(d, at + 2);
    }
    return false;
}

} // namespace

bool FaceImageFile::headerSize(const QByteArray &data, int *width, int *height) {
    if (data.size() >= 24 && data.startsWith("\x89PNG\r\n\x1a\n")) {
        const qint64 w = be32(data, 16), h = be32(data, 20);
        if (w > 0x7fffffff || h > 0x7fffffff)
            return false;
        *width = static_cast<int>(w);
        *height = static_cast<int>(h);
        return true;
    }
    if (data.size() >= 4 && static_cast<unsigned char>(data[0]) == 0xFF &&
        static_cast<unsigned char>(data[1]) == 0xD8)
        return jpegSize(data, width, height);
    return false;
}

Result<cv::Mat> FaceImageFile::decode(const QByteArray &data, const QString &name) {
    if (data.isEmpty())
        return Result<cv::Mat>::failure(tr("%1 is empty.").arg(name));
    int width = 0, height = 0;
    if (headerSize(data, &width, &height) && static_cast<double>(width) * height > kMaxPixels)
        return Result<cv::Mat>::failure(
            tr("%1 is too large (%2 x %3 pixels).").arg(name).arg(width).arg(height));
    // libjpeg decodes a cut-off JPEG with a grey bottom and only a warning: refuse it here.
    const bool jpeg = data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0xFF &&
                      static_cast<unsigned char>(data[1]) == 0xD8;
    if (jpeg && data.lastIndexOf(QByteArrayLiteral("\xFF\xD9")) < 0)
        return Result<cv::Mat>::failure(
            tr("%1 is truncated (the JPEG data stops early).").arg(name));
    cv::Mat image;
    try {
        const cv::Mat buffer(1, static_cast<int>(data.size()), CV_8U,
                             const_cast<char *>(data.constData()));
        image = cv::imdecode(buffer, cv::IMREAD_COLOR);
    } catch (const cv::Exception &e) {
        return Result<cv::Mat>::failure(
            tr("%1 cannot be decoded: %2").arg(name, QString::fromStdString(e.msg)));
    } catch (const std::bad_alloc &) {
        return Result<cv::Mat>::failure(tr("%1 is too large to decode.").arg(name));
    }
    if (image.empty())
        return Result<cv::Mat>::failure(
            tr("%1 is not an image that can be read (or it is truncated).").arg(name));
    if (static_cast<double>(image.cols) * image.rows > kMaxPixels)
        return Result<cv::Mat>::failure(
            tr("%1 is too large (%2 x %3 pixels).").arg(name).arg(image.cols).arg(image.rows));
    return image;
}

Result<cv::Mat> FaceImageFile::read(const QString &path) {
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return Result<cv::Mat>::failure(tr("%1 does not exist.").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return Result<cv::Mat>::failure(
            tr("%1 cannot be opened: %2").arg(name, file.errorString()));
    if (file.size() > kMaxBytes)
        return Result<cv::Mat>::failure(
            tr("%1 is too large (%2 MB).").arg(name).arg(file.size() / (1024 * 1024)));
    return decode(file.readAll(), name);
}

} // namespace ow::vision
