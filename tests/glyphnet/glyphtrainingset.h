#pragma once

#include <QStringList>

#include <opencv2/core.hpp>

#include <random>
#include <vector>

namespace ow::glyphnet {

// Upright glyph cells (glyphcells.h) for training the orientation net, cut from rendered pages
// of text lines the way the page processor cuts them: lines painted with QPainter in the given
// fonts at view-resolution sizes, blurred and noised, flattened, the character ink masked, the
// bands found and cut into cells. Half the pages are also cut turned a quarter (lines found down
// the page, as on a table read the wrong way) and those cells turned back upright.
class GlyphTrainingSet {
public:
    // `phrases` are Chinese; `latin` are English lines (forms carry codes, names in pinyin,
    // English headings), painted on a quarter of the lines.
    GlyphTrainingSet(QStringList fonts, QStringList phrases, QStringList latin);

    // Cells of one rendered page, all upright.
    std::vector<cv::Mat> page(std::mt19937_64 &rng) const;
    // Cells of `count` pages.
    std::vector<cv::Mat> pages(std::mt19937_64 &rng, int count) const;

    static QStringList phrasesFromCatalog(const QString &catalogPath);
    // The English source strings of a Qt translation file.
    static QStringList sourcesFromTs(const QString &tsPath);

private:
    cv::Mat renderPage(std::mt19937_64 &rng) const;

    QStringList m_fonts;
    QStringList m_phrases;
    QStringList m_latin;
};

} // namespace ow::glyphnet
