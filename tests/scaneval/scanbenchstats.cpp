#include "scanbenchstats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace ow::scaneval {

double ScanBenchStats::Series::mean() const {
    return values.empty()
               ? 0.0
               : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

double ScanBenchStats::Series::min() const {
    return values.empty() ? 0.0 : *std::min_element(values.begin(), values.end());
}

double ScanBenchStats::Series::max() const {
    return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
}

void ScanBenchStats::add(const ScanSample &truth, const ScanOutcome &outcome) {
    if (outcome.jaccard) {
        m_jaccard.values.push_back(*outcome.jaccard);
        m_jaccardByDesk[toString(truth.desk)].values.push_back(*outcome.jaccard);
    }
    // A blank page has no up or down: it counts for blank detection only.
    if (outcome.angleDeg && !truth.blank) {
        const double quadrant = std::lround(*outcome.angleDeg / 90.0) * 90.0;
        const int predicted = ((int(quadrant) % 360) + 360) % 360;
        ++m_orientationTotal;
        if (predicted == truth.orientation) {
            ++m_orientationRight;
            // Deskew is judged on scans, where the truth angle is exact.
            if (truth.kind == SampleKind::Scan)
                m_deskewError.values.push_back(
                    std::abs(std::remainder(*outcome.angleDeg - truth.angleDeg, 360.0)));
        }
    }
    if (outcome.blank) {
        ++m_blankMeasured;
        if (*outcome.blank && truth.blank)
            ++m_truePositive;
        else if (*outcome.blank)
            ++m_falsePositive;
        else if (truth.blank)
            ++m_falseNegative;
    }
    if (outcome.separator) {
        ++m_separatorMeasured;
        m_separatorsTotal += truth.separator ? 1 : 0;
        m_separatorsFound += truth.separator && *outcome.separator ? 1 : 0;
        m_separatorsFalse += !truth.separator && *outcome.separator ? 1 : 0;
    }
    if (outcome.codesMeasured) {
        for (const auto &code : truth.codes) {
            const bool found =
                std::any_of(outcome.codes.begin(), outcome.codes.end(), [&](const TruthCode &c) {
                    return c.format == code.format && c.text == code.text;
                });
            (truth.kind == SampleKind::Scan ? m_codesTotalScan : m_codesTotalPhoto) += 1;
            if (found)
                (truth.kind == SampleKind::Scan ? m_codesFoundScan : m_codesFoundPhoto) += 1;
        }
        // A text the page does not hold is worse than a code not read: the clerk trusts it.
        for (const auto &read : outcome.codes)
            m_codesFalse += std::none_of(truth.codes.begin(), truth.codes.end(),
                                         [&](const TruthCode &c) {
                                             return c.format == read.format && c.text == read.text;
                                         })
                                ? 1
                                : 0;
    }
    if (outcome.detectorJaccard) {
        m_detectorJaccard.values.push_back(*outcome.detectorJaccard);
        m_cpuMs[truth.image.total() >= 7500000 ? QStringLiteral("detectPage 8MP")
                                               : QStringLiteral("detectPage <8MP")]
            .values.push_back(outcome.detectorMs);
    }
    QString timing;
    if (truth.kind == SampleKind::Scan)
        timing = QStringLiteral("scan 300dpi A4");
    else if (truth.image.total() >= 7500000)
        timing = QStringLiteral("photo 8MP");
    else
        timing = QStringLiteral("photo <8MP");
    m_cpuMs[timing].values.push_back(outcome.cpuMs);
}

void ScanBenchStats::print() const {
    if (!m_jaccard.values.empty()) {
        std::printf("page Jaccard (SmartDoc, page frame): mean %.4f  min %.4f  n=%zu  "
                    "(target mean >= 0.985, every desk >= 0.95)\n",
                    m_jaccard.mean(), m_jaccard.min(), m_jaccard.values.size());
        for (const auto &[desk, series] : m_jaccardByDesk) {
            const auto below = std::count_if(series.values.begin(), series.values.end(),
                                             [](double v) { return v < 0.95; });
            std::printf("  %-10s mean %.4f  min %.4f  n=%zu  below 0.95: %td\n", qPrintable(desk),
                        series.mean(), series.min(), series.values.size(), below);
        }
    }
    if (!m_detectorJaccard.values.empty())
        std::printf("detectPage() alone: mean Jaccard %.4f  min %.4f\n", m_detectorJaccard.mean(),
                    m_detectorJaccard.min());
    if (m_orientationTotal > 0) {
        std::printf("orientation accuracy (blank pages excluded): %.2f %% (%d/%d)\n",
                    100.0 * m_orientationRight / m_orientationTotal, m_orientationRight,
                    m_orientationTotal);
        std::printf("deskew error (scans; blank pages excluded, near-blank kept): mean %.4f deg  "
                    "max %.4f deg  n=%zu  (target <= 0.03 / <= 0.2)\n",
                    m_deskewError.mean(), m_deskewError.max(), m_deskewError.values.size());
    } else {
        std::printf("orientation / deskew: n/a (processPage() not run)\n");
    }
    if (m_blankMeasured > 0) {
        const double p = m_truePositive + m_falsePositive > 0
                             ? double(m_truePositive) / (m_truePositive + m_falsePositive)
                             : 1.0;
        const double r = m_truePositive + m_falseNegative > 0
                             ? double(m_truePositive) / (m_truePositive + m_falseNegative)
                             : 1.0;
        std::printf("blank pages: precision %.3f  recall %.3f  F1 %.3f  (TP %d FP %d FN %d)\n", p,
                    r, p + r > 0 ? 2 * p * r / (p + r) : 0.0, m_truePositive, m_falsePositive,
                    m_falseNegative);
    } else {
        std::printf("blank pages: n/a\n");
    }
    if (m_separatorMeasured > 0)
        std::printf("separator sheets: %d/%d found, %d other pages taken for one\n",
                    m_separatorsFound, m_separatorsTotal, m_separatorsFalse);
    if (m_codesTotalScan + m_codesTotalPhoto > 0) {
        std::printf("barcodes decoded: scans %.1f %% (%d/%d)  photos %.1f %% (%d/%d)  "
                    "read but not on the page: %d\n",
                    m_codesTotalScan ? 100.0 * m_codesFoundScan / m_codesTotalScan : 0.0,
                    m_codesFoundScan, m_codesTotalScan,
                    m_codesTotalPhoto ? 100.0 * m_codesFoundPhoto / m_codesTotalPhoto : 0.0,
                    m_codesFoundPhoto, m_codesTotalPhoto, m_codesFalse);
    } else {
        std::printf("barcodes: n/a\n");
    }
    for (const auto &[label, series] : m_cpuMs)
        std::printf("CPU ms per image, %-16s mean %.1f  max %.1f  n=%zu\n", qPrintable(label),
                    series.mean(), series.max(), series.values.size());
}

} // namespace ow::scaneval
