#pragma once

#include <opencv2/core.hpp>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace ow::vision {

// How readable a cropped text line is, as Tesseract's mean word confidence (0..100) with the
// chi_sim model, which also reads Latin letters and digits. Used to tell an upright line from
// one turned upside down. One instance per thread (Tesseract is not thread-safe); loading the
// model takes about 0.3 s, so the instance is kept per thread by forThread().
class TextLineScorer {
public:
    TextLineScorer();
    ~TextLineScorer();
    TextLineScorer(const TextLineScorer &) = delete;
    TextLineScorer &operator=(const TextLineScorer &) = delete;

    static TextLineScorer &forThread();

    bool available() const { return m_ready; }
    // -1 when unavailable or the line is empty; expects 8-bit grey, dark text on light paper.
    int confidence(const cv::Mat &lineGrey);

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_ready = false;
};

} // namespace ow::vision
