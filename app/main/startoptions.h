#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace ow {

// What the command line asks of the workstation.
struct StartOptions {
    QString dataDir;  // absolute; the platform's app-data folder unless --data-dir
    QString language; // empty: the saved setting (zh_CN by default)
    bool exitWhenShown = false;

    // Sets up the parser with --help, --version, --data-dir, --lang (and the hidden
    // --exit-when-shown), parses the arguments (prints and exits on --help and --version) and
    // checks the values.
    static Result<StartOptions> parse(QCommandLineParser &parser, const QStringList &arguments);
};

} // namespace ow
