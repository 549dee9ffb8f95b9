#include "imagememory.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ow::vision {

bool keepImageBuffersInProcess() {
#if defined(__GLIBC__)
    // Setting the mapping threshold also ends glibc's own adjustment of it. 32 MB is the
    // largest glibc accepts on 64-bit; larger images (over ~10 MP in colour) are still mapped.
    constexpr int kLargestKeptBlock = 32 * 1024 * 1024;
    constexpr int kFreeHeapKept = 256 * 1024 * 1024;
    return mallopt(M_MMAP_THRESHOLD, kLargestKeptBlock) == 1 &&
           mallopt(M_TRIM_THRESHOLD, kFreeHeapKept) == 1;
#else
    return false;
#endif
}

} // namespace ow::vision
