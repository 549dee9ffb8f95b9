#include "pagerenderer.h"

#include "barcodepainter.h"
#include "pagetextsource.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ow::scaneval {

namespace {

using T = PageTextSource;

QRectF mmRect(double ppm, double x, double y, double w, double h) {
    return {x * ppm, y * ppm, w * ppm, h * ppm};
}

// A red round seal: ring, star and text along the upper arc, drawn semi-transparent like ink.
void paintSeal(QPainter &p, double ppm, QPointF centreMm, double diameterMm, const QString &text) {
    p.save();
    const QColor red(215, 30, 35, 200);
    const QPointF c = centreMm * ppm;
    const double r = diameterMm / 2 * ppm;
    p.setPen(QPen(red, 1.2 * ppm));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, r - 0.6 * ppm, r - 0.6 * ppm);
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double a = -M_PI / 2 + i * M_PI / 5;
        const double rr = (i % 2 == 0 ? 0.28 : 0.11) * 2 * r;
        const QPointF pt(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
        if (i == 0)
            star.moveTo(pt);
        else
            star.lineTo(pt);
    }
    star.closeSubpath();
    p.fillPath(star, red);
    p.setPen(red);
    p.setFont(T::font(diameterMm * 0.14 * ppm, true));
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const double a = M_PI * (1.1 + 0.8 * i / std::max(1, n - 1));
        p.save();
        p.translate(c.x() + 0.72 * r * std::cos(a), c.y() + 0.72 * r * std::sin(a));
        p.rotate(a * 180 / M_PI + 90);
        p.drawText(QRectF(-0.1 * r, -0.1 * r, 0.2 * r, 0.2 * r), Qt::AlignCenter, text.at(i));
        p.restore();
    }
    p.restore();
}

TruthCode randomCode(std::mt19937_64 &rng) {
    switch (T::uniform(rng, 0, 3)) {
    case 0:
        return {QStringLiteral("QRCode"), QStringLiteral("OW:受理:2026-") + T::digits(rng, 6)};
    case 1:
        return {QStringLiteral("Code128"), QStringLiteral("OW2026") + T::digits(rng, 6)};
    case 2:
        return {QStringLiteral("Code39"), QStringLiteral("DOC-") + T::digits(rng, 5)};
    default:
        return {QStringLiteral("EAN-13"),
                BarcodePainter::ean13(QStringLiteral("69") + T::digits(rng, 10))};
    }
}

// Places one code at a spot in mm; 2D codes are square, 1D codes wide and short.
void paintCode(QPainter &p, double ppm, const TruthCode &code, QPointF topLeftMm,
               RenderedPage &out) {
    const bool qr = code.format == u"QRCode";
    // Modules of about 0.5 mm (1D) and 0.8 mm (QR) read well at 300 dpi and in 8 MP photos.
    const QRectF rect =
        qr ? mmRect(ppm, topLeftMm.x(), topLeftMm.y(), 28, 28)
           : mmRect(ppm, topLeftMm.x(), topLeftMm.y(), code.format == u"Code39" ? 75 : 62, 14);
    if (BarcodePainter::paint(p, rect, code))
        out.codes.push_back(code);
}

} // namespace

cv::Size2d PageRenderer::sizeMm(PageKind kind) {
    switch (kind) {
    case PageKind::IdCard:
        return {85.6, 54.0};
    case PageKind::Licence:
        return {297.0, 210.0};
    default:
        return {210.0, 297.0};
    }
}

RenderedPage PageRenderer::render(PageKind kind, double dpi, std::mt19937_64 &rng) {
    RenderedPage out;
    out.sizeMm = sizeMm(kind);
    const double ppm = dpi / 25.4;
    const int w = int(std::lround(out.sizeMm.width * ppm));
    const int h = int(std::lround(out.sizeMm.height * ppm));
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    // Paper is never pure white; a slight warm or cool tint.
    const int base = T::uniform(rng, 238, 250);
    image.fill(kind == PageKind::IdCard
                   ? QColor(Qt::transparent)
                   : QColor(base, base - T::uniform(rng, 0, 4), base - T::uniform(rng, 0, 8)));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setPen(Qt::black);
        switch (kind) {
        case PageKind::TextPage:
            paintTextPage(p, ppm, rng, out);
            break;
        case PageKind::TablePage:
            paintTablePage(p, ppm, rng, out);
            break;
        case PageKind::Licence:
            paintLicence(p, ppm, rng, out);
            break;
        case PageKind::IdCard:
            paintIdCard(p, ppm, rng);
            break;
        case PageKind::Blank:
            paintBlank(p, ppm, rng);
            out.blank = true;
            break;
        case PageKind::NearBlank:
            paintNearBlank(p, ppm, rng);
            break;
        case PageKind::Separator:
            paintSeparator(p, ppm, rng, out);
            out.separator = true;
            break;
        case PageKind::PatchT:
            paintPatchT(p, ppm);
            out.separator = true;
            break;
        }
    }
    const cv::Mat view(h, w, CV_8UC4, image.bits(), size_t(image.bytesPerLine()));
    cv::cvtColor(view, out.bgr, cv::COLOR_BGRA2BGR);
    if (kind == PageKind::IdCard)
        cv::extractChannel(view, out.mask, 3);
    return out;
}

void PageRenderer::paintTextPage(QPainter &p, double ppm, std::mt19937_64 &rng, RenderedPage &out) {
    p.setFont(T::font(7 * ppm, true));
    p.drawText(mmRect(ppm, 25, 22, 160, 12), Qt::AlignCenter, T::title(rng));
    p.setFont(T::font(T::uniform(rng, 3.6, 4.4) * ppm));
    double y = 42;
    const int paragraphs = T::uniform(rng, 3, 6);
    for (int i = 0; i < paragraphs && y < 200; ++i) {
        const QRectF box = mmRect(ppm, 25, y, 160, 240 - y);
        QRectF used;
        p.drawText(box, Qt::TextWordWrap, QStringLiteral("　　") + T::paragraph(rng, 3), &used);
        y += used.height() / ppm + 5;
    }
    const int codes = T::uniform(rng, 0, 2);
    for (int i = 0; i < codes; ++i)
        paintCode(p, ppm, randomCode(rng), QPointF(i == 0 ? 25 : 110, 240), out);
    if (T::uniform(rng, 0, 1) == 1)
        paintSeal(p, ppm, {150, 215}, 40, QStringLiteral("政务服务中心专用章"));
    p.setFont(T::font(3.5 * ppm));
    p.drawText(mmRect(ppm, 25, 280, 160, 6), Qt::AlignCenter,
               QStringLiteral("第 %1 页").arg(T::uniform(rng, 1, 9)));
}

void PageRenderer::paintTablePage(QPainter &p, double ppm, std::mt19937_64 &rng,
                                  RenderedPage &out) {
    p.setFont(T::font(7 * ppm, true));
    p.drawText(mmRect(ppm, 25, 22, 160, 12), Qt::AlignCenter, T::title(rng));
    const int rows = T::uniform(rng, 5, 9);
    const int cols = 4;
    const double rowH = 12;
    const double left = 25;
    const double top = 45;
    const double width = 160;
    p.setPen(QPen(Qt::black, 0.35 * ppm));
    p.setFont(T::font(3.8 * ppm));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            const QRectF cell =
                mmRect(ppm, left + c * width / cols, top + r * rowH, width / cols, rowH);
            p.drawRect(cell);
            const QString text = r == 0 ? QStringLiteral("序号 名称 份数 备注").split(u' ').at(c)
                                        : (c == 0 ? QString::number(r) : T::cell(rng));
            p.drawText(cell, Qt::AlignCenter, text);
        }
    }
    double y = top + rows * rowH + 10;
    p.drawText(mmRect(ppm, 25, y, 160, 30), Qt::TextWordWrap, T::paragraph(rng, 2));
    paintCode(p, ppm, randomCode(rng), QPointF(25, 235), out);
    if (T::uniform(rng, 0, 1) == 1)
        paintCode(p, ppm, {QStringLiteral("QRCode"), QStringLiteral("表单:") + T::digits(rng, 8)},
                  QPointF(150, 235), out);
}

void PageRenderer::paintLicence(QPainter &p, double ppm, std::mt19937_64 &rng, RenderedPage &out) {
    // Landscape 297 x 210 with a double ornamental border, like a business licence.
    const QColor frame(180, 120, 40);
    p.setPen(QPen(frame, 2.5 * ppm));
    p.drawRect(mmRect(ppm, 12, 12, 273, 186));
    p.setPen(QPen(frame, 0.6 * ppm));
    p.drawRect(mmRect(ppm, 16, 16, 265, 178));
    p.setPen(Qt::black);
    p.setFont(T::font(14 * ppm, true, true));
    p.drawText(mmRect(ppm, 60, 30, 177, 22), Qt::AlignCenter, QStringLiteral("营业执照"));
    const QString code = T::creditCode(rng);
    p.setFont(T::font(4.5 * ppm));
    p.drawText(mmRect(ppm, 30, 58, 200, 8), Qt::AlignLeft,
               QStringLiteral("统一社会信用代码  ") + code);
    const QStringList fields = {
        QStringLiteral("名　　称  某某%1科技有限公司").arg(T::name(rng)),
        QStringLiteral("类　　型  有限责任公司"),
        QStringLiteral("法定代表人  ") + T::name(rng),
        QStringLiteral("注册资本  人民币%1万元").arg(T::uniform(rng, 10, 900)),
        QStringLiteral("成立日期  二〇二%1年%2月%3日")
            .arg(T::uniform(rng, 0, 5))
            .arg(T::uniform(rng, 1, 12))
            .arg(T::uniform(rng, 1, 28)),
        QStringLiteral("住　　所  某省某市某区人民路%1号").arg(T::uniform(rng, 1, 300)),
    };
    double y = 75;
    for (const QString &field : fields) {
        p.drawText(mmRect(ppm, 30, y, 200, 8), Qt::AlignLeft, field);
        y += 11;
    }
    paintCode(p, ppm, {QStringLiteral("QRCode"), code}, QPointF(240, 40), out);
    paintSeal(p, ppm, {230, 160}, 42, QStringLiteral("市场监督管理局"));
}

void PageRenderer::paintIdCard(QPainter &p, double ppm, std::mt19937_64 &rng) {
    // Rounded corners (radius 3.18 mm, ISO/IEC 7810 ID-1); outside them stays transparent.
    QPainterPath card;
    card.addRoundedRect(mmRect(ppm, 0, 0, 85.6, 54.0), 3.18 * ppm, 3.18 * ppm);
    QLinearGradient tint(0, 0, 85.6 * ppm, 54 * ppm);
    tint.setColorAt(0, QColor(228, 236, 242));
    tint.setColorAt(1, QColor(T::uniform(rng, 205, 225), 222, 236));
    p.fillPath(card, tint);
    p.setClipPath(card);
    p.setPen(QPen(QColor(190, 205, 220), 0.25 * ppm));
    for (int i = 0; i < 14; ++i)
        p.drawEllipse(QPointF(60 * ppm, 27 * ppm), (8 + 4 * i) * ppm, (5 + 3 * i) * ppm);
    p.setPen(QColor(40, 40, 50));
    p.setFont(T::font(3.0 * ppm));
    const QStringList labels = {
        QStringLiteral("姓名  ") + T::name(rng), QStringLiteral("性别  男    民族  汉"),
        QStringLiteral("出生  1990 年 1 月 1 日"), QStringLiteral("住址  某省某市某区某街道")};
    double y = 6;
    for (const QString &label : labels) {
        p.drawText(mmRect(ppm, 6, y, 52, 6), Qt::AlignLeft, label);
        y += 8;
    }
    p.setFont(T::font(3.2 * ppm, true));
    p.drawText(mmRect(ppm, 6, 44, 75, 6), Qt::AlignLeft,
               QStringLiteral("公民身份号码  ") + T::digits(rng, 6) +
                   QStringLiteral("XXXXXXXXXXXX"));
    // Portrait placeholder: a grey silhouette, never a face.
    p.fillRect(mmRect(ppm, 60, 6, 20, 26), QColor(200, 205, 212));
    p.setBrush(QColor(150, 155, 165));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(70 * ppm, 15 * ppm), 5 * ppm, 6 * ppm);
    p.drawEllipse(QPointF(70 * ppm, 33 * ppm), 10 * ppm, 8 * ppm);
}

} // namespace ow::scaneval
