#pragma once

#include "result.h"

#include <QFont>
#include <QString>

namespace ow {

// What a piece of text is on the page; each role has one font.
enum class NoticeFontRole {
    Title,       // 受理通知书: large, bold
    Body,        // fields, paragraphs, signatures, issuer and date
    BodyBold,    // table captions
    Table,       // table cells
    TableHeader, // table header row: bold
    Small,       // footer (page number, copy label), QR caption, seal placeholder
};

// The fonts of printed documents. All of them use WenQuanYi Micro Hei: with Qt 6.4 it is the
// installed CJK font whose PDF text layer extracts to the same characters (Noto CJK writes Kangxi
// radicals such as ⼀ for 一, which breaks archive search). Sizes are in layout units
// (NoticePage::kDotsPerInch), so the same layout serves every printer resolution.
class NoticeFonts {
public:
    static const QString &family();
    static const QString &debianPackage();

    // Finds the family in the font database, registering the packaged file if fontconfig has not
    // listed it; fails with a message naming the package when the font is missing.
    static Result<NoticeFonts> load();

    QFont font(NoticeFontRole role) const;

private:
    explicit NoticeFonts(QString loadedFamily);
    QString m_family;
};

} // namespace ow
