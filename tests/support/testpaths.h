#pragma once

#include <QString>

namespace ow::test {

// The project's source folder (for fixtures under tests/data and resources/).
QString sourceDir();
// ../shared beside the project, or an empty string when it is absent (tests then skip with a
// message saying so).
QString sharedDir();
// The address of the throwaway PostgreSQL cluster started by the pg_cluster_start fixture, or
// an empty string with the reason in *why.
QString postgresUrl(QString *why);

} // namespace ow::test
