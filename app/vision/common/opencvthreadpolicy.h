#pragma once

namespace ow::vision {

// OpenCV keeps one pool of worker threads per process, and two kinds of work here want different
// things from it. The face check wants both cores for each camera frame (two threads keep a frame
// within issue 4's 30 ms; one gives 39-54 ms). Page processing does not: a page is processed on a
// worker of its own, and OpenCV's TBB workers spin after each short call, which is process CPU
// (~13 % of a photo's, ~7 % of a scan's) for wall time a batch does not need.
//
// installOpenCvThreadPolicy() replaces OpenCV's parallel_for backend with one that runs a call on
// the calling thread alone while that thread is inside a SerialOpenCvScope, and hands every other
// call to TBB exactly as OpenCV's own backend does. Call it from main(), before any other thread
// exists or OpenCV has run (OpenCV's replacement call is not thread-safe). Without it, scopes
// still nest and unwind but every call goes to OpenCV's own pool.
bool installOpenCvThreadPolicy();

// Whether installOpenCvThreadPolicy() has replaced the backend in this process.
bool openCvThreadPolicyInstalled();

// While one is alive, OpenCV's parallel loops started on this thread run on this thread only.
class SerialOpenCvScope {
public:
    SerialOpenCvScope();
    ~SerialOpenCvScope();
    SerialOpenCvScope(const SerialOpenCvScope &) = delete;
    SerialOpenCvScope &operator=(const SerialOpenCvScope &) = delete;

    // Whether the calling thread is inside a scope.
    static bool active();
};

} // namespace ow::vision
