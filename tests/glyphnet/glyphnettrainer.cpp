#include "glyphnettrainer.h"

#include "glyphorientation.h"

#include <QFile>
#include <QTextStream>

#include <opencv2/core.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace ow::glyphnet {

GlyphNetTrainer::GlyphNetTrainer(int inputs, int hidden, std::mt19937_64 &rng)
    : m_inputs(inputs)
    , m_hidden(hidden)
    , m_w1(size_t(inputs) * size_t(hidden))
    , m_b1(size_t(hidden), 0.01f)
    , m_w2(size_t(hidden))
    , m_vw1(m_w1.size(), 0.0f)
    , m_vb1(m_b1.size(), 0.0f)
    , m_vw2(m_w2.size(), 0.0f) {
    std::normal_distribution<float> first(0.0f, 1.0f / std::sqrt(float(inputs)));
    std::normal_distribution<float> second(0.0f, 1.0f / std::sqrt(float(hidden)));
    for (float &w : m_w1)
        w = first(rng);
    for (float &w : m_w2)
        w = second(rng);
}

void GlyphNetTrainer::scores(const float *x, std::vector<float> &hiddenOut, float &score) const {
    hiddenOut.assign(size_t(m_hidden), 0.0f);
    score = 0.0f;
    for (int j = 0; j < m_hidden; ++j) {
        const float *w = m_w1.data() + size_t(j) * size_t(m_inputs);
        float a = m_b1[size_t(j)];
        for (int i = 0; i < m_inputs; ++i)
            a += w[i] * x[i];
        hiddenOut[size_t(j)] = a > 0.0f ? a : 0.0f;
        score += m_w2[size_t(j)] * hiddenOut[size_t(j)];
    }
}

double GlyphNetTrainer::epoch(const std::vector<cv::Mat> &cells, double learningRate,
                              std::mt19937_64 &rng) {
    std::vector<size_t> order(cells.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::shuffle(order.begin(), order.end(), rng);
    const size_t batch = 64;
    const float momentum = 0.9f;
    std::vector<float> gw1(m_w1.size()), gb1(m_b1.size()), gw2(m_w2.size());
    std::array<std::vector<float>, 4> hidden;
    double totalLoss = 0.0;
    for (size_t start = 0; start < order.size(); start += batch) {
        std::fill(gw1.begin(), gw1.end(), 0.0f);
        std::fill(gb1.begin(), gb1.end(), 0.0f);
        std::fill(gw2.begin(), gw2.end(), 0.0f);
        const size_t end = std::min(order.size(), start + batch);
        for (size_t k = start; k < end; ++k) {
            const std::array<cv::Mat, 4> r = ow::vision::glyphReadings(cells[order[k]]);
            std::array<float, 4> s{};
            for (size_t q = 0; q < 4; ++q)
                scores(r[q].ptr<float>(0), hidden[q], s[q]);
            const float top = *std::max_element(s.begin(), s.end());
            std::array<float, 4> p{};
            float sum = 0.0f;
            for (size_t q = 0; q < 4; ++q)
                sum += (p[q] = std::exp(s[q] - top));
            for (float &v : p)
                v /= sum;
            totalLoss += -std::log(std::max(1e-9f, p[0]));
            for (size_t q = 0; q < 4; ++q) {
                const float g = p[q] - (q == 0 ? 1.0f : 0.0f);
                const float *x = r[q].ptr<float>(0);
                for (int j = 0; j < m_hidden; ++j) {
                    const float h = hidden[q][size_t(j)];
                    gw2[size_t(j)] += g * h;
                    if (h <= 0.0f)
                        continue;
                    const float da = g * m_w2[size_t(j)];
                    gb1[size_t(j)] += da;
                    float *gw = gw1.data() + size_t(j) * size_t(m_inputs);
                    for (int i = 0; i < m_inputs; ++i)
                        gw[i] += da * x[i];
                }
            }
        }
        const float step = float(learningRate) / float(end - start);
        const auto update = [&](std::vector<float> &w, std::vector<float> &v,
                                const std::vector<float> &g) {
            for (size_t i = 0; i < w.size(); ++i) {
                v[i] = momentum * v[i] - step * g[i];
                w[i] += v[i];
            }
        };
        update(m_w1, m_vw1, gw1);
        update(m_b1, m_vb1, gb1);
        update(m_w2, m_vw2, gw2);
    }
    return cells.empty() ? 0.0 : totalLoss / double(cells.size());
}

double GlyphNetTrainer::accuracy(const std::vector<cv::Mat> &cells) const {
    if (cells.empty())
        return 0.0;
    std::vector<float> hidden;
    size_t right = 0;
    for (const cv::Mat &cell : cells) {
        const std::array<cv::Mat, 4> r = ow::vision::glyphReadings(cell);
        std::array<float, 4> s{};
        for (size_t q = 0; q < 4; ++q)
            scores(r[q].ptr<float>(0), hidden, s[q]);
        right += std::max_element(s.begin(), s.end()) == s.begin();
    }
    return double(right) / double(cells.size());
}

bool GlyphNetTrainer::writeSource(const QString &path, const QString &provenance) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    const auto array = [&out](const char *name, const std::vector<float> &values) {
        out << "const float " << name << "[] = {";
        for (size_t i = 0; i < values.size(); ++i)
            out << (i % 32 == 0 ? "\n    " : " ") << QString::number(values[i], 'g', 7) << "f,";
        out << "\n};\n\n";
    };
    out << "// Generated by train_glyph_orientation (tests/glyphnet); do not edit.\n// "
        << provenance << "\n// clang-format off\n#include \"glyphorientation.h\"\n\n"
        << "namespace ow::vision {\n\nnamespace {\n\n";
    // The product reads the first layer input-major (glyphorientation.h).
    std::vector<float> inputMajor(m_w1.size());
    for (int j = 0; j < m_hidden; ++j)
        for (int i = 0; i < m_inputs; ++i)
            inputMajor[size_t(i) * size_t(m_hidden) + size_t(j)] =
                m_w1[size_t(j) * size_t(m_inputs) + size_t(i)];
    array("kW1", inputMajor);
    array("kB1", m_b1);
    array("kW2", m_w2);
    out << "} // namespace\n\nconst GlyphOrientationNet &builtInGlyphOrientationNet() {\n"
        << "    static const GlyphOrientationNet net{" << m_inputs << ", " << m_hidden
        << ", kW1, kB1, kW2, 0.0f};\n    return net;\n}\n\n} // namespace ow::vision\n";
    return out.status() == QTextStream::Ok;
}

} // namespace ow::glyphnet
