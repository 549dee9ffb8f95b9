#include "noticefonts.h"

#include "noticepage.h"

#include <QFile>
#include <QFontDatabase>

#include <utility>

namespace ow {

namespace {

// Where Debian's fonts-wqy-microhei puts the font, for platforms without fontconfig (minimal).
const QStringList kFontFiles = {
    QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
};

int pixelsForPoints(qreal points) {
    return qRound(points * NoticePage::kDotsPerInch / 72.0);
}

bool familyInstalled() {
    return QFontDatabase::families().contains(NoticeFonts::family());
}

} // namespace

const QString &NoticeFonts::family() {
    static const QString name = QStringLiteral("WenQuanYi Micro Hei");
    return name;
}

const QString &NoticeFonts::debianPackage() {
    static const QString name = QStringLiteral("fonts-wqy-microhei");
    return name;
}

Result<NoticeFonts> NoticeFonts::load() {
    if (!familyInstalled()) {
        for (const QString &file : kFontFiles) {
            if (QFile::exists(file))
                QFontDatabase::addApplicationFont(file);
        }
    }
    if (!familyInstalled())
        return Result<NoticeFonts>::failure(
            QStringLiteral("the font \"%1\" used for printed documents is not installed; install "
                           "the package %2 (other CJK fonts give PDFs whose text cannot be "
                           "searched)")
                .arg(family(), debianPackage()));
    return NoticeFonts(family());
}

NoticeFonts::NoticeFonts(QString loadedFamily)
    : m_family(std::move(loadedFamily)) {}

QFont NoticeFonts::font(NoticeFontRole role) const {
    QFont f(m_family);
    // Unhinted outlines keep advances linear, so positions computed here hold on any device.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    switch (role) {
    case NoticeFontRole::Title:
        f.setPixelSize(pixelsForPoints(20));
        f.setBold(true);
        break;
    case NoticeFontRole::Body:
        f.setPixelSize(pixelsForPoints(12));
        break;
    case NoticeFontRole::BodyBold:
        f.setPixelSize(pixelsForPoints(12));
        f.setBold(true);
        break;
    case NoticeFontRole::Table:
        f.setPixelSize(pixelsForPoints(10.5));
        break;
    case NoticeFontRole::TableHeader:
        f.setPixelSize(pixelsForPoints(10.5));
        f.setBold(true);
        break;
    case NoticeFontRole::Small:
        f.setPixelSize(pixelsForPoints(9));
        break;
    }
    return f;
}

} // namespace ow
