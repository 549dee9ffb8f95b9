#include "opencvthreadpolicy.h"

#include <opencv2/core.hpp>
#include <opencv2/core/parallel/backend/parallel_for.tbb.hpp>

#include <atomic>
#include <memory>

namespace ow::vision {

namespace {

thread_local int serialDepth = 0;
std::atomic_bool installed{false};

// OpenCV's TBB backend (its own header, the one its build uses) for everything outside a scope.
class ScopedSerialBackend final : public cv::parallel::ParallelForAPI {
public:
    void parallel_for(int tasks, FN_parallel_for_body_cb_t body, void *data) override {
        if (serialDepth > 0) {
            body(0, tasks, data);
            return;
        }
        m_pool.parallel_for(tasks, body, data);
    }
    // A serial loop runs outside TBB's arena, where TBB has no index for the thread; OpenCV's
    // per-thread buffers expect one, and the caller is the only thread of its loop.
    int getThreadNum() const override { return serialDepth > 0 ? 0 : m_pool.getThreadNum(); }
    int getNumThreads() const override { return m_pool.getNumThreads(); }
    int setNumThreads(int threads) override { return m_pool.setNumThreads(threads); }
    const char *getName() const override { return "onewindow-serial-scopes+tbb"; }

private:
    cv::parallel::tbb::ParallelForBackend m_pool;
};

} // namespace

bool installOpenCvThreadPolicy() {
    if (installed.exchange(true))
        return true;
    try {
        cv::parallel::setParallelForBackend(std::make_shared<ScopedSerialBackend>());
        return true;
    } catch (const cv::Exception &) {
        installed = false;
        return false;
    }
}

bool openCvThreadPolicyInstalled() {
    return installed;
}

SerialOpenCvScope::SerialOpenCvScope() {
    ++serialDepth;
}

SerialOpenCvScope::~SerialOpenCvScope() {
    --serialDepth;
}

bool SerialOpenCvScope::active() {
    return serialDepth > 0;
}

} // namespace ow::vision
