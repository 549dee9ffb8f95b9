#include "startoptions.h"

#include "appsettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

namespace ow {

Result<StartOptions> StartOptions::parse(QCommandLineParser &parser, const QStringList &arguments) {
    using R = Result<StartOptions>;
    parser.setApplicationDescription(
        QStringLiteral("OneWindow workstation (一窗通办工作台) for a service hall's windows."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Keep the local database in <dir> (default: %1).")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        QStringLiteral("dir"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QStringLiteral("User interface language: zh_CN or en (default: the saved setting, "
                       "zh_CN at first)."),
        QStringLiteral("language"));
    // For the start-up benchmark: print "shown <ms since process start>" and quit once the first
    // window is on screen.
    QCommandLineOption exitWhenShown(QStringLiteral("exit-when-shown"),
                                     QStringLiteral("Quit as soon as the first window shows."));
    exitWhenShown.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDir, language, exitWhenShown});
    // parse() rather than process(): this runs before the QApplication exists (so --help works
    // without a display), where process() would not know the program's name.
    if (!parser.parse(arguments))
        return R::failure(parser.errorText());
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion(); // exits
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        const QString program = arguments.isEmpty() ? QStringLiteral("onewindow")
                                                    : QFileInfo(arguments.first()).fileName();
        std::fputs(
            qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"), program)),
            stdout);
        std::exit(0);
    }

    if (!parser.positionalArguments().isEmpty())
        return R::failure(QStringLiteral("unexpected argument '%1' (see --help)")
                              .arg(parser.positionalArguments().constFirst()));
    StartOptions options;
    options.dataDir = parser.isSet(dataDir)
                          ? parser.value(dataDir)
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (options.dataDir.trimmed().isEmpty())
        return R::failure(QStringLiteral("--data-dir needs a folder"));
    options.dataDir = QDir(options.dataDir).absolutePath();
    if (parser.isSet(language)) {
        options.language = parser.value(language);
        if (!AppSettings::isSupportedLanguage(options.language))
            return R::failure(QStringLiteral("--lang must be one of %1, not '%2'")
                                  .arg(AppSettings::supportedLanguages().join(QStringLiteral(", ")),
                                       options.language));
    }
    options.exitWhenShown = parser.isSet(exitWhenShown);
    return options;
}

} // namespace ow
