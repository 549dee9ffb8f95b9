#include "synclog.h"

Q_LOGGING_CATEGORY(lcSync, "ow.sync")
