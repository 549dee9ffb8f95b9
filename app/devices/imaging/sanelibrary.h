#pragma once

#include "result.h"

namespace ow {

// SANE's process-wide sane_init/sane_exit, shared by every scanner object: the first holder
// initialises, the last one exits. SANE reads SANE_CONFIG_DIR at init, so a fresh init after
// all holders are gone picks up a changed configuration (tests rely on that). The first init
// also ignores SIGPIPE (unless the program handles it): backends' reader threads write to a
// pipe whose read end a cancel or jam has closed.
class SaneLibrary {
public:
    SaneLibrary();
    ~SaneLibrary();
    SaneLibrary(const SaneLibrary &) = delete;
    SaneLibrary &operator=(const SaneLibrary &) = delete;

    // Whether sane_init succeeded; the error says why not.
    const Status &status() const { return m_status; }

private:
    Status m_status;
};

} // namespace ow
