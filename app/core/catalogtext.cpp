#include "catalogtext.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace ow {

std::optional<QByteArray> CatalogText::readFile(const QString &path, CatalogIssueList &issues) {
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        issues.addAt({}, {}, QStringLiteral("is a folder, not a catalog file"));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        issues.addAt({}, {}, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QByteArray> CatalogText::checkedUtf8(const QByteArray &data,
                                                   CatalogIssueList &issues) {
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        issues.addAt({}, {}, QStringLiteral("the file is empty"));
        return std::nullopt;
    }
    // Decode line by line so the message can say where the bad bytes are (a file saved as GBK
    // is the usual cause).
    qsizetype start = 0;
    int line = 1;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(decoded);
        if (decoder.hasError()) {
            issues.addAtLine(
                line, {},
                QStringLiteral("the file is not UTF-8 (save it as UTF-8; GBK and other "
                               "encodings are not accepted)"));
            return std::nullopt;
        }
        start = end + 1;
        ++line;
    }
    return bytes;
}

std::pair<int, int> CatalogText::lineAndColumn(const QByteArray &data, qsizetype offset) {
    offset = qBound<qsizetype>(0, offset, data.size());
    const QByteArrayView before = QByteArrayView(data).first(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const QString lineText = QString::fromUtf8(before.sliced(lineStart));
    return {line, int(lineText.toUcs4().size()) + 1};
}

Status CatalogText::writeFile(const QString &path, const QByteArray &data) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString()));
    if (file.write(data) != data.size() || !file.commit())
        return Status::failure(
            QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ow
