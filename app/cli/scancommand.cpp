#include "command.h"

namespace ow::cli {

int runScan(Context &ctx) {
    ctx.err << "scan: not built yet\n";
    return 2;
}

} // namespace ow::cli
