#include "textlinescorer.h"

#include <tesseract/baseapi.h>

namespace ow::vision {

TextLineScorer::TextLineScorer()
    : m_api(std::make_unique<tesseract::TessBaseAPI>()) {
    // nullptr: the data path Debian's package was built with (or TESSDATA_PREFIX).
    m_ready = m_api->Init(nullptr, "chi_sim", tesseract::OEM_LSTM_ONLY) == 0;
    if (m_ready)
        m_api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
}

TextLineScorer::~TextLineScorer() {
    if (m_ready)
        m_api->End();
}

TextLineScorer &TextLineScorer::forThread() {
    thread_local TextLineScorer scorer;
    return scorer;
}

int TextLineScorer::confidence(const cv::Mat &lineGrey) {
    if (!m_ready || lineGrey.empty() || lineGrey.type() != CV_8UC1)
        return -1;
    const cv::Mat line = lineGrey.isContinuous() ? lineGrey : lineGrey.clone();
    m_api->SetImage(line.data, line.cols, line.rows, 1, static_cast<int>(line.step));
    const int confidence = m_api->MeanTextConf();
    m_api->Clear();
    return confidence;
}

} // namespace ow::vision
