#pragma once

#include "scansample.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace ow::scaneval {

// What the pipeline said about one sample (fields it could not measure stay empty).
struct ScanOutcome {
    std::optional<double> jaccard; // photos: 0 when no page was found
    std::optional<double> angleDeg;
    std::optional<bool> blank;
    std::optional<bool> separator; // a cover sheet or patch T: splits a batch
    std::vector<TruthCode> codes;
    bool codesMeasured = false;
    double cpuMs = 0.0;
    // detectPage() alone (photos).
    std::optional<double> detectorJaccard;
    double detectorMs = 0.0;
};

// Adds up outcomes and prints the benchmark's figures.
class ScanBenchStats {
public:
    void add(const ScanSample &truth, const ScanOutcome &outcome);
    void print() const;

private:
    struct Series {
        std::vector<double> values;
        double mean() const;
        double min() const;
        double max() const;
    };
    std::map<QString, Series> m_jaccardByDesk;
    Series m_jaccard;
    Series m_detectorJaccard;
    Series m_deskewError;
    int m_orientationRight = 0;
    int m_orientationTotal = 0;
    int m_truePositive = 0;
    int m_falsePositive = 0;
    int m_falseNegative = 0;
    int m_blankMeasured = 0;
    int m_separatorsFound = 0;
    int m_separatorsTotal = 0;
    int m_separatorsFalse = 0; // pages taken for separators that are none
    int m_separatorMeasured = 0;
    int m_codesFoundScan = 0;
    int m_codesTotalScan = 0;
    int m_codesFoundPhoto = 0;
    int m_codesTotalPhoto = 0;
    int m_codesFalse = 0;
    std::map<QString, Series> m_cpuMs; // "photo 8MP", "photo other", "scan 300dpi A4"
};

} // namespace ow::scaneval
