#pragma once

#include "facepipeline.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ow::test {

// The LFW verification protocol on ../shared/facedata (folds 1-5 of View 2, 600 pairs each:
// 300 same-person then 300 different-person pairs), shared by tst_lfwaccuracy and bench_face.
class LfwEvaluation {
public:
    struct Pair {
        QString a, b;
        bool same = false;
        int fold = 0;
        double score = -1.0; // cosine; -1 when a face was not found
    };
    struct Summary {
        std::vector<double> foldAccuracy; // threshold chosen on the other folds
        std::vector<double> foldThreshold;
        double meanAccuracy = 0;
        double tarAtFar001 = 0; // TAR at FAR = 0.1 % over all pairs (1 impostor of 1 500)
        double thresholdAtFar001 = 0;
        int images = 0;
        int missedFaces = 0; // images where the card-photo path found no face (whole-image box)
        double analyseMs = 0;
    };

    // Reads pairs_folds1-5.csv; false with the reason when the data is missing.
    bool loadPairs(const QString &faceDataDir, QString *why);
    // Analyses each image once (card-photo path: padded, whole image as a last resort) and
    // scores every pair.
    void score(ow::vision::FacePipeline &pipeline);
    Summary summarise() const;

    const std::vector<Pair> &pairs() const { return m_pairs; }
    int missedFaces() const { return m_missed; }
    int imageCount() const { return m_images; }
    double analyseMs() const { return m_analyseMs; }

    // Best threshold on the given pairs and its accuracy.
    static double bestThreshold(const std::vector<const Pair *> &pairs, double *accuracy);

private:
    QString m_dir;
    std::vector<Pair> m_pairs;
    int m_missed = 0;
    int m_images = 0;
    double m_analyseMs = 0;
};

} // namespace ow::test
