#include "glyphtrainingset.h"

#include "glyphcells.h"
#include "scanimage.h"
#include "textbands.h"

#include <QFile>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>

#include <opencv2/imgproc.hpp>

namespace ow::glyphnet {

namespace {

double uniform(std::mt19937_64 &rng, double low, double high) {
    return std::uniform_real_distribution<double>(low, high)(rng);
}

int uniformInt(std::mt19937_64 &rng, int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(rng);
}

void collectStrings(const QJsonValue &value, QStringList &out) {
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    if (value.isString()) {
        const QString s = value.toString();
        if (s.contains(han))
            out << s;
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectStrings(v, out);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectStrings(it.value(), out);
    }
}

// A few lines of what else sits on government forms: dates, numbers, codes, punctuation.
QString numbersLine(std::mt19937_64 &rng) {
    switch (uniformInt(rng, 0, 3)) {
    case 0:
        return QStringLiteral("%1年%2月%3日")
            .arg(uniformInt(rng, 1990, 2030))
            .arg(uniformInt(rng, 1, 12))
            .arg(uniformInt(rng, 1, 28));
    case 1:
        return QStringLiteral("联系电话：1%1").arg(uniformInt(rng, 300000000, 899999999));
    case 2:
        return QStringLiteral("编号 No.%1-%2")
            .arg(uniformInt(rng, 1000, 9999))
            .arg(uniformInt(rng, 10, 99));
    default:
        return QStringLiteral("第%1页，共%2页。")
            .arg(uniformInt(rng, 1, 9))
            .arg(uniformInt(rng, 9, 20));
    }
}

} // namespace

GlyphTrainingSet::GlyphTrainingSet(QStringList fonts, QStringList phrases, QStringList latin)
    : m_fonts(std::move(fonts))
    , m_phrases(std::move(phrases))
    , m_latin(std::move(latin)) {}

QStringList GlyphTrainingSet::sourcesFromTs(const QString &tsPath) {
    QFile file(tsPath);
    QStringList out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression source(QStringLiteral("<source>([^<]{8,})</source>"));
    const QString text = QString::fromUtf8(file.readAll());
    for (auto it = source.globalMatch(text); it.hasNext();) {
        QString line = it.next().captured(1);
        line.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        out << line.remove(QLatin1Char('&'));
    }
    out.removeDuplicates();
    return out;
}

QStringList GlyphTrainingSet::phrasesFromCatalog(const QString &catalogPath) {
    QFile file(catalogPath);
    QStringList out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    collectStrings(QJsonDocument::fromJson(file.readAll()).object(), out);
    out.removeDuplicates();
    return out;
}

cv::Mat GlyphTrainingSet::renderPage(std::mt19937_64 &rng) const {
    const int width = uniformInt(rng, 700, 1400);
    const int height = width * 7 / 5;
    QImage image(width, height, QImage::Format_Grayscale8);
    const int paper = uniformInt(rng, 200, 250);
    image.fill(QColor(paper, paper, paper));
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    const int ink = uniformInt(rng, 10, 90);
    p.setPen(QColor(ink, ink, ink));
    // Lines under ten pixels give no cells (glyphcells.cpp): the smallest text is a little
    // larger.
    const double size = uniform(rng, 14.0, 36.0);
    QFont font(m_fonts.at(uniformInt(rng, 0, int(m_fonts.size()) - 1)));
    font.setPixelSize(static_cast<int>(size));
    font.setBold(uniformInt(rng, 0, 4) == 0);
    p.setFont(font);
    const double spacing = size * uniform(rng, 1.3, 2.2);
    const int margin = static_cast<int>(width * uniform(rng, 0.05, 0.15));
    for (double y = margin + size; y < height - margin; y += spacing) {
        QString text;
        const int pick = uniformInt(rng, 0, 11);
        if (pick < 2)
            text = numbersLine(rng);
        else if (pick < 5 && !m_latin.isEmpty())
            text = m_latin.at(uniformInt(rng, 0, int(m_latin.size()) - 1));
        else
            while (text.size() < uniformInt(rng, 4, 40))
                text += m_phrases.at(uniformInt(rng, 0, int(m_phrases.size()) - 1)) +
                        (uniformInt(rng, 0, 2) == 0 ? QStringLiteral("，") : QString());
        const int x = margin + uniformInt(rng, 0, 3) * static_cast<int>(size);
        p.drawText(QPointF(x, y), text);
    }
    p.end();
    cv::Mat page(height, width, CV_8U, image.bits(), static_cast<size_t>(image.bytesPerLine()));
    page = page.clone();
    const double sigma = uniform(rng, 0.2, 1.3);
    cv::GaussianBlur(page, page, cv::Size(), sigma);
    cv::Mat noise(page.size(), CV_16S);
    cv::randn(noise, 0, uniform(rng, 0.0, 8.0));
    cv::Mat noisy;
    page.convertTo(noisy, CV_16S);
    noisy += noise;
    noisy.convertTo(page, CV_8U);
    return page;
}

std::vector<cv::Mat> GlyphTrainingSet::page(std::mt19937_64 &rng) const {
    const cv::Mat grey = renderPage(rng);
    std::vector<cv::Mat> cells;
    const bool alsoTurned = uniformInt(rng, 0, 1) == 0;
    for (int turn = 0; turn < (alsoTurned ? 2 : 1); ++turn) {
        cv::Mat view = grey;
        if (turn == 1)
            cv::rotate(grey, view, cv::ROTATE_90_COUNTERCLOCKWISE);
        const cv::Mat flat = vision::scanimage::flattenBackground(view);
        const cv::Mat ink = vision::scanimage::characterMarks(flat < 150);
        std::vector<cv::Mat> found = vision::glyphCells(ink, vision::textBands(ink), 4000);
        for (cv::Mat &cell : found) {
            if (turn == 1)
                cv::rotate(cell, cell, cv::ROTATE_90_CLOCKWISE);
            cells.push_back(cell);
        }
    }
    return cells;
}

std::vector<cv::Mat> GlyphTrainingSet::pages(std::mt19937_64 &rng, int count) const {
    std::vector<cv::Mat> cells;
    for (int i = 0; i < count; ++i) {
        std::vector<cv::Mat> one = page(rng);
        cells.insert(cells.end(), one.begin(), one.end());
    }
    return cells;
}

} // namespace ow::glyphnet
