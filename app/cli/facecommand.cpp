#include "command.h"

namespace ow::cli {

int runFace(Context &ctx) {
    ctx.err << "face: not built yet\n";
    return 2;
}

} // namespace ow::cli
