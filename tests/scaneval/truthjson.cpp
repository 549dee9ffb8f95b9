#include "truthjson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace ow::scaneval {

namespace {

QJsonArray pointsJson(const std::array<cv::Point2f, 4> &points) {
    QJsonArray out;
    for (const auto &p : points)
        out.append(
            QJsonArray{std::round(double(p.x) * 100) / 100, std::round(double(p.y) * 100) / 100});
    return out;
}

std::array<cv::Point2f, 4> imageOrder(const std::array<cv::Point2f, 4> &content) {
    // The content order is clockwise already; start at the corner nearest the image's top-left.
    size_t first = 0;
    for (size_t i = 1; i < 4; ++i)
        if (content[i].x + content[i].y < content[first].x + content[first].y)
            first = i;
    std::array<cv::Point2f, 4> out;
    for (size_t i = 0; i < 4; ++i)
        out[i] = content[(first + i) % 4];
    return out;
}

template <typename E> E parseEnum(const QString &text, E last) {
    for (int i = 0; i <= int(last); ++i)
        if (toString(static_cast<E>(i)) == text)
            return static_cast<E>(i);
    return last;
}

} // namespace

QJsonObject TruthJson::toJson(const ScanSample &s, const QString &file) {
    QJsonArray codes;
    for (const auto &c : s.codes)
        codes.append(
            QJsonObject{{QStringLiteral("format"), c.format}, {QStringLiteral("text"), c.text}});
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("kind"), toString(s.kind)},
        {QStringLiteral("page"), toString(s.page)},
        {QStringLiteral("background"), toString(s.desk)},
        {QStringLiteral("width"), s.image.cols},
        {QStringLiteral("height"), s.image.rows},
        {QStringLiteral("corners"), pointsJson(s.corners)},
        {QStringLiteral("cornersImageOrder"), pointsJson(imageOrder(s.corners))},
        {QStringLiteral("pageSizeMm"), QJsonArray{s.pageSizeMm.width, s.pageSizeMm.height}},
        {QStringLiteral("angle"), std::round(s.angleDeg * 1e4) / 1e4},
        {QStringLiteral("orientation"), s.orientation},
        {QStringLiteral("skew"), std::round(s.skewDeg * 1e4) / 1e4},
        {QStringLiteral("blank"), s.blank},
        {QStringLiteral("separator"), s.separator},
        {QStringLiteral("codes"), codes},
    };
}

bool TruthJson::fromJson(const QJsonObject &o, ScanSample &s, QString *file) {
    const QJsonArray corners = o.value(QStringLiteral("corners")).toArray();
    if (corners.size() != 4 || !o.contains(QStringLiteral("file")))
        return false;
    if (file)
        *file = o.value(QStringLiteral("file")).toString();
    s.name = o.value(QStringLiteral("file")).toString().section(u'.', 0, 0);
    s.kind = o.value(QStringLiteral("kind")).toString() == u"scan" ? SampleKind::Scan
                                                                   : SampleKind::Photo;
    s.page = parseEnum(o.value(QStringLiteral("page")).toString(), PageKind::PatchT);
    s.desk = parseEnum(o.value(QStringLiteral("background")).toString(), Desk::None);
    for (size_t i = 0; i < 4; ++i) {
        const QJsonArray p = corners.at(qsizetype(i)).toArray();
        s.corners[i] = cv::Point2f(float(p.at(0).toDouble()), float(p.at(1).toDouble()));
    }
    const QJsonArray size = o.value(QStringLiteral("pageSizeMm")).toArray();
    s.pageSizeMm = cv::Size2d(size.at(0).toDouble(), size.at(1).toDouble());
    s.angleDeg = o.value(QStringLiteral("angle")).toDouble();
    s.orientation = o.value(QStringLiteral("orientation")).toInt();
    s.skewDeg = o.value(QStringLiteral("skew")).toDouble();
    s.blank = o.value(QStringLiteral("blank")).toBool();
    s.separator = o.value(QStringLiteral("separator")).toBool();
    s.codes.clear();
    for (const auto &c : o.value(QStringLiteral("codes")).toArray())
        s.codes.push_back({c.toObject().value(QStringLiteral("format")).toString(),
                           c.toObject().value(QStringLiteral("text")).toString()});
    return true;
}

} // namespace ow::scaneval
