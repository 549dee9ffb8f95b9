#pragma once

namespace ow::vision {

// Page images are tens of megabytes, allocated and freed several times for every page. glibc
// gives blocks of that size back to the kernel as soon as they are freed (each is its own
// mapping, and the heap's top is trimmed), so every page touched fresh memory again: ~9000
// page faults a page, ~40 ms of a scan's process CPU on the development VM. Keeping freed
// blocks up to 32 MB (a 300-dpi A4 colour scan is 26 MB) and up to 256 MB of free heap in the
// process lets the next page reuse them. Call from main() before other threads start; returns
// false where the C library has no such settings (then nothing changes).
bool keepImageBuffersInProcess();

} // namespace ow::vision
