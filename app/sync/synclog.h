#pragma once

#include <QLoggingCategory>

// "ow.sync": one line per request with its X-Request-Id, the same id the server logs.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
