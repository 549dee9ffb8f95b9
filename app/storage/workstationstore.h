#pragma once

#include "database.h"
#include "result.h"

#include <QString>

#include <memory>

namespace ow {

class Clock;

// The workstation's local data: its folder, its SQLite database, and what the first run puts
// there (the demo catalog and the first administrator).
class WorkstationStore {
public:
    static QString databasePath(const QString &dataDir); // dataDir/onewindow.db

    struct FirstRun {
        bool catalogLoaded = false;   // the demo catalog was imported now
        QString adminName;            // set when the first administrator was created now
        QString adminOneTimePassword; // shown once, never stored in clear
    };

    // Opens (creating the folder), migrates, and runs the first-run steps that are still due.
    static Result<std::unique_ptr<Database>> open(const QString &dataDir);
    static Result<FirstRun> ensureFirstRun(Database &db, const Clock &clock);
};

} // namespace ow
