// SANE's test backend (sanei_thread built on pthreads) stops its reader thread with an
// asynchronous pthread_cancel as soon as the last byte of a page has been read, or when a scan
// stops early. Cancelled inside free(), the reader dies holding its malloc arena's lock, and
// the join that follows in sane_read/sane_cancel waits for ever: 1 run of tst_sanescanner in
// about 15 hung that way (backtrace in docs/scanning.md). The backend closes its end of the
// pipe before it cancels, so its reader ends by itself (it has written everything, or its next
// write fails): for the test backend only, cancelling is left out and the join simply waits for
// the reader to return. Every other caller gets the real pthread_cancel.
#include <dlfcn.h>
#include <pthread.h>

#include <cstring>

extern "C" int pthread_cancel(pthread_t thread) {
    Dl_info caller{};
    if (dladdr(__builtin_return_address(0), &caller) != 0 && caller.dli_fname != nullptr &&
        std::strstr(caller.dli_fname, "libsane-test") != nullptr)
        return 0;
    using Cancel = int (*)(pthread_t);
    static const auto real = reinterpret_cast<Cancel>(dlsym(RTLD_NEXT, "pthread_cancel"));
    return real ? real(thread) : 0;
}
