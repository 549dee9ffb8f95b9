#include "lfwevaluation.h"

#include "faceimagefile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>

namespace ow::test {

namespace {

QString identity(const QString &file) {
    static const QRegularExpression suffix(QStringLiteral("_\\d{4}\\.jpg$"));
    return QString(file).remove(suffix);
}

} // namespace

bool LfwEvaluation::loadPairs(const QString &faceDataDir, QString *why) {
    m_dir = faceDataDir;
    QFile file(QDir(faceDataDir).filePath(QStringLiteral("pairs_folds1-5.csv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *why = QStringLiteral("%1 is missing").arg(file.fileName());
        return false;
    }
    m_pairs.clear();
    int line = 0;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty())
            continue;
        const QStringList parts = text.split(QLatin1Char(','));
        if (parts.size() != 2) {
            *why = QStringLiteral("line %1 of %2 is not 'a,b'").arg(line + 1).arg(file.fileName());
            return false;
        }
        Pair pair;
        pair.a = parts[0];
        pair.b = parts[1];
        pair.same = identity(pair.a) == identity(pair.b);
        pair.fold = line / 600;
        m_pairs.push_back(pair);
        ++line;
    }
    if (m_pairs.size() != 3000) {
        *why = QStringLiteral("expected 3000 pairs, found %1").arg(m_pairs.size());
        return false;
    }
    return true;
}

void LfwEvaluation::score(ow::vision::FacePipeline &pipeline) {
    QHash<QString, std::vector<float>> embeddings;
    m_missed = 0;
    const auto start = std::chrono::steady_clock::now();
    const QDir images(QDir(m_dir).filePath(QStringLiteral("lfw150")));
    for (Pair &pair : m_pairs) {
        for (const QString &name : {pair.a, pair.b}) {
            if (embeddings.contains(name))
                continue;
            const auto image = ow::vision::FaceImageFile::read(images.filePath(name));
            std::vector<float> embedding;
            if (image) {
                const ow::vision::FaceFrameAnalysis a = pipeline.analyzeCardPhoto(*image);
                if (a.wholeImageBox)
                    ++m_missed;
                embedding = a.embedding;
            }
            embeddings.insert(name, embedding);
        }
        const auto &ea = embeddings[pair.a];
        const auto &eb = embeddings[pair.b];
        pair.score = ea.empty() || eb.empty() ? -1.0 : ow::vision::cosineSimilarity(ea, eb);
    }
    m_images = static_cast<int>(embeddings.size());
    m_analyseMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double LfwEvaluation::bestThreshold(const std::vector<const Pair *> &pairs, double *accuracy) {
    std::vector<const Pair *> sorted = pairs;
    std::sort(sorted.begin(), sorted.end(),
              [](const Pair *x, const Pair *y) { return x->score < y->score; });
    // Threshold below sorted[i]: everything from i on is "same".
    int sameAbove = 0;
    for (const Pair *p : sorted)
        sameAbove += p->same ? 1 : 0;
    int differentBelow = 0;
    int best = sameAbove; // threshold below all
    double bestThreshold = sorted.empty() ? 0.0 : sorted.front()->score - 1e-6;
    for (size_t i = 0; i < sorted.size(); ++i) {
        // Move sorted[i] below the threshold.
        if (sorted[i]->same)
            --sameAbove;
        else
            ++differentBelow;
        const int correct = sameAbove + differentBelow;
        if (correct > best) {
            best = correct;
            bestThreshold = i + 1 < sorted.size() ? (sorted[i]->score + sorted[i + 1]->score) / 2.0
                                                  : sorted[i]->score + 1e-6;
        }
    }
    *accuracy =
        sorted.empty() ? 0.0 : static_cast<double>(best) / static_cast<double>(sorted.size());
    return bestThreshold;
}

LfwEvaluation::Summary LfwEvaluation::summarise() const {
    Summary summary;
    summary.images = m_images;
    summary.missedFaces = m_missed;
    summary.analyseMs = m_analyseMs;
    for (int fold = 0; fold < 5; ++fold) {
        std::vector<const Pair *> train, test;
        for (const Pair &p : m_pairs)
            (p.fold == fold ? test : train).push_back(&p);
        double trainAccuracy = 0;
        const double threshold = bestThreshold(train, &trainAccuracy);
        int correct = 0;
        for (const Pair *p : test)
            correct += (p->score >= threshold) == p->same ? 1 : 0;
        summary.foldThreshold.push_back(threshold);
        summary.foldAccuracy.push_back(static_cast<double>(correct) /
                                       static_cast<double>(test.size()));
        summary.meanAccuracy += summary.foldAccuracy.back() / 5.0;
    }
    std::vector<double> impostor, genuine;
    for (const Pair &p : m_pairs)
        (p.same ? genuine : impostor).push_back(p.score);
    std::sort(impostor.begin(), impostor.end(), std::greater<>());
    // FAR 0.1 %: at most floor(0.001 * impostors) impostor scores at or above the threshold.
    const size_t allowed = impostor.size() / 1000;
    if (allowed < impostor.size()) {
        summary.thresholdAtFar001 = impostor[allowed] + 1e-9;
        summary.tarAtFar001 = static_cast<double>(std::count_if(
                                  genuine.begin(), genuine.end(),
                                  [&](double s) { return s >= summary.thresholdAtFar001; })) /
                              static_cast<double>(genuine.size());
    }
    return summary;
}

} // namespace ow::test
