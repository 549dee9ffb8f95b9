#pragma once

#include "result.h"

namespace ow {

class Database;

// Serialises the server's write transactions on SQLite and PostgreSQL alike: the first statement
// of each one updates the same row of server_meta, so a second writer waits for the first to
// commit. This keeps the sync sequence in commit order (a cursor never skips a row that commits
// late) and keeps the audit chain linear. Call it first inside Database::transaction().
Status lockServerWrites(Database &db);

// A value of server_meta ('fingerprint', ...), or an empty string.
QString serverMeta(Database &db, const QString &key);

} // namespace ow
