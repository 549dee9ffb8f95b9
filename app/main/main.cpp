// onewindow: the window workstation. Parses the arguments, opens the local store, installs the
// language and the look, then hands over to the start-up flow (first run, sign-in, main window).
#include "appearance.h"
#include "appsettings.h"
#include "firstexposewatcher.h"
#include "imagememory.h"
#include "mainwindow.h"
#include "opencvthreadpolicy.h"
#include "startoptions.h"
#include "startupflow.h"
#include "uilanguage.h"
#include "workstationcontext.h"
#include "workstationsync.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

int fail(const QString &title, const QString &message) {
    std::fprintf(stderr, "onewindow: %s\n", qPrintable(message));
    QMessageBox box(QMessageBox::Critical, title, message);
    box.addButton(QApplication::translate("main", "Close"), QMessageBox::AcceptRole);
    box.exec();
    return 1;
}

} // namespace

int main(int argc, char *argv[]) {
    // Before any thread exists: pages are processed on one core, the face check keeps two, and
    // freed page images stay in the process for the next page.
    ow::vision::installOpenCvThreadPolicy();
    ow::vision::keepImageBuffersInProcess();
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationName(QStringLiteral("onewindow"));
    QApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    // Parse before the QApplication exists, so --help and --version work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const auto options = ow::StartOptions::parse(parser, arguments);
    if (!options) {
        std::fprintf(stderr, "onewindow: %s\n", qPrintable(options.error()));
        return 1;
    }

    QApplication app(argc, argv);
    if (options->exitWhenShown)
        app.installEventFilter(new ow::FirstExposeWatcher(&app));

    ow::AppSettings settings;
    const QString language = options->language.isEmpty() ? settings.language() : options->language;
    if (!ow::installUiLanguage(app, language))
        std::fprintf(stderr, "onewindow: no translation for %s; the interface stays in English\n",
                     qPrintable(language));
    ow::applyAppearance(app);

    const QString cannotStart = QApplication::translate("main", "OneWindow cannot start");
    auto context = ow::WorkstationContext::open(options->dataDir);
    if (!context)
        return fail(cannotStart, QApplication::translate("main", "The local database in %1 "
                                                                 "cannot be opened: %2")
                                     .arg(options->dataDir, context.error()));
    // Face images are kept only when the site set a retention period; the key may live
    // elsewhere (docs/facecheck.md "Privacy"). open() already purged the expired ones.
    context.value()->setFaceVaultKeyPath(settings.faceVaultKeyPath());
    auto firstRun = context.value()->ensureFirstRun();
    if (!firstRun)
        return fail(cannotStart,
                    QApplication::translate("main", "The first start could not be prepared: %1")
                        .arg(firstRun.error()));

    // Sync: the embedded server and the background thread, or a configured hall server
    // (<dataDir>/sync.ini). Started once the event loop runs, so the first window is not held up;
    // a failure only shows in the status bar: the workstation keeps working offline. The
    // start-up benchmark (--exit-when-shown) quits at the first window, before sync matters.
    ow::WorkstationSync sync(options->dataDir);
    context.value()->setBackgroundSync(&sync.sync());
    if (!options->exitWhenShown)
        QTimer::singleShot(0, &app, [&sync] { static_cast<void>(sync.start()); });

    // The flow moves from window to window; quit when it is cancelled or the main window closes.
    app.setQuitOnLastWindowClosed(false);
    ow::StartupFlow flow(*context.value(), settings, firstRun.value());
    QObject::connect(&flow, &ow::StartupFlow::cancelled, &app, [] { QApplication::exit(0); });
    QObject::connect(&flow, &ow::StartupFlow::mainWindowShown, &app, [](ow::MainWindow *window) {
        QObject::connect(window, &QObject::destroyed, qApp, [] { QApplication::exit(0); });
    });
    flow.start();
    return QApplication::exec();
}
