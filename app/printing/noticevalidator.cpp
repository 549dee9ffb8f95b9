#include "noticevalidator.h"

namespace ow {

namespace {

QString name(const NoticeDocument &document) {
    return document.title.trimmed().isEmpty()
               ? QStringLiteral("document")
               : QStringLiteral("document \"%1\"").arg(document.title);
}

Status checkTables(const NoticeDocument &document) {
    for (qsizetype t = 0; t < document.tables.size(); ++t) {
        const NoticeDocument::Table &table = document.tables.at(t);
        if (table.headers.isEmpty())
            return Status::failure(
                QStringLiteral("%1: table %2 has no header row").arg(name(document)).arg(t + 1));
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            if (table.rows.at(r).size() != table.headers.size())
                return Status::failure(
                    QStringLiteral("%1: table %2 row %3 has %4 cells but the header has %5")
                        .arg(name(document))
                        .arg(t + 1)
                        .arg(r + 1)
                        .arg(table.rows.at(r).size())
                        .arg(table.headers.size()));
        }
    }
    return {};
}

} // namespace

Status NoticeValidator::check(const NoticeDocument &document) {
    if (document.title.trimmed().isEmpty())
        return Status::failure(QStringLiteral("the document has no title"));
    if (document.fields.isEmpty() && document.paragraphs.isEmpty() && document.tables.isEmpty() &&
        document.closingParagraphs.isEmpty())
        return Status::failure(QStringLiteral("%1 has no content (no fields, paragraphs or tables)")
                                   .arg(name(document)));
    if (!document.date.isValid())
        return Status::failure(QStringLiteral("%1 has no valid date").arg(name(document)));
    for (qsizetype f = 0; f < document.fields.size(); ++f) {
        if (document.fields.at(f).label.trimmed().isEmpty())
            return Status::failure(
                QStringLiteral("%1: field %2 has no label").arg(name(document)).arg(f + 1));
    }
    if (document.copies < 1 || document.copies > kMaxCopies)
        return Status::failure(QStringLiteral("%1: copies must be between 1 and %2, not %3")
                                   .arg(name(document))
                                   .arg(kMaxCopies)
                                   .arg(document.copies));
    if (document.copyLabels.size() > document.copies)
        return Status::failure(QStringLiteral("%1 has %2 copy labels for %3 copies")
                                   .arg(name(document))
                                   .arg(document.copyLabels.size())
                                   .arg(document.copies));
    if (document.qrText.size() > kMaxQrTextLength)
        return Status::failure(
            QStringLiteral("%1: the QR code text has %2 characters, at most %3 fit")
                .arg(name(document))
                .arg(document.qrText.size())
                .arg(kMaxQrTextLength));
    return checkTables(document);
}

} // namespace ow
