#include "textlinescorer.h"

#include <tesseract/baseapi.h>

#include <dlfcn.h>

namespace ow::vision {

namespace {

// Debian's Tesseract runs its LSTM under OpenMP, a team of threads per time step
// (`num_threads(4)` in its code, so omp_set_num_threads cannot change it). On one short line
// the team mostly spins: a line read both ways took 150-300 ms of process CPU with the team and
// 25-45 ms on one thread (bench_scan, 2-core VM), with the same confidences. Allowing no active
// parallel level makes every region run on the calling thread; the setting belongs to this
// thread, which is the scorer's own (forThread). libgomp comes in with libtesseract; looking the
// call up keeps OpenMP out of our own build (without libgomp there is nothing to limit).
void keepOpenMpOnThisThread() {
    using SetMaxActiveLevels = void (*)(int);
    void *symbol = dlsym(RTLD_DEFAULT, "omp_set_max_active_levels");
    if (symbol)
        reinterpret_cast<SetMaxActiveLevels>(symbol)(0);
}

} // namespace

TextLineScorer::TextLineScorer()
    : m_api(std::make_unique<tesseract::TessBaseAPI>()) {
    keepOpenMpOnThisThread();
    // nullptr: the data path Debian's package was built with (or TESSDATA_PREFIX).
    m_ready = m_api->Init(nullptr, "chi_sim", tesseract::OEM_LSTM_ONLY) == 0;
    if (m_ready) {
        m_api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
        // Lines come cut from a flattened page, dark on light: no second reading inverted
        // (Tesseract tries one on every line it reads poorly, and a line read upside down is
        // read poorly by design).
        m_api->SetVariable("tessedit_do_invert", "0");
    }
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
