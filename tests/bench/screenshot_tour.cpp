// Writes a PNG of every onewindow screen, filled with the demo catalog, for looking at the UI:
//   screenshot_tour OUTDIR [--lang zh_CN|en]
// Run it under xvfb-run (or QT_QPA_PLATFORM=offscreen); the main window is 1366×768.
#include "appearance.h"
#include "appsettings.h"
#include "changepassworddialog.h"
#include "firstrundialog.h"
#include "itemguidewidget.h"
#include "itemsearchmodel.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "workstationcontext.h"

#include <QApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

bool save(QWidget *widget, const QString &path) {
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        return false;
    QTest::qWait(150);
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

void typeText(QWidget *widget, const QString &text) {
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: screenshot_tour OUTDIR [--lang zh_CN|en]\n");
        return 2;
    }
    const QString outDir = args[1];
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    const QString language = langAt > 0 ? args.value(langAt + 1) : QStringLiteral("zh_CN");
    QDir().mkpath(outDir);
    ow::installUiLanguage(app, language);
    ow::applyAppearance(app);

    QTemporaryDir dir;
    auto context = ow::WorkstationContext::open(dir.filePath(QStringLiteral("data")));
    if (!context) {
        std::fprintf(stderr, "screenshot_tour: %s\n", qPrintable(context.error()));
        return 1;
    }
    ow::WorkstationContext &ctx = *context.value();
    auto firstRun = ctx.ensureFirstRun();
    if (!firstRun) {
        std::fprintf(stderr, "screenshot_tour: %s\n", qPrintable(firstRun.error()));
        return 1;
    }
    ow::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setLanguage(language);
    const QString file = outDir + QStringLiteral("/%1-") + language + QStringLiteral(".png");
    bool ok = true;

    ow::FirstRunDialog first(firstRun->adminName, firstRun->adminOneTimePassword, true);
    ok &= save(&first, file.arg(QStringLiteral("1-firstrun")));

    ow::LoginDialog login(ctx.auth());
    login.setUserName(firstRun->adminName);
    login.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
        ->setText(QStringLiteral("wrong1234"));
    login.findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
    ok &= save(&login, file.arg(QStringLiteral("2-login")));

    if (!ctx.auth().login(firstRun->adminName, firstRun->adminOneTimePassword))
        return 1;
    ow::ChangePasswordDialog change(ctx.auth(),
                                    ow::ChangePasswordDialog::Mode::ReplaceOneTimePassword);
    ok &= save(&change, file.arg(QStringLiteral("3-changepassword")));
    if (!ctx.auth().replaceOneTimePassword(QStringLiteral("window2024")))
        return 1;

    ow::MainWindow window(ctx, settings);
    window.resize(1366, 768);
    window.show();
    ok &= save(&window, file.arg(QStringLiteral("4-main-empty")));

    ow::ItemGuideWidget *guide = window.itemGuide();
    auto *search = guide->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *results = guide->findChild<QListView *>(QStringLiteral("resultList"));
    typeText(search, QStringLiteral("营业执照"));
    guide->searchNow();
    results->setCurrentIndex(
        guide->searchModel()->index(guide->searchModel()->rowOfItem(QStringLiteral("I45"))));
    ok &= save(&window, file.arg(QStringLiteral("5-main-licence-search")));

    search->clear();
    guide->searchNow();
    results->setCurrentIndex(
        guide->searchModel()->index(guide->searchModel()->rowOfItem(QStringLiteral("I01"))));
    ok &= save(&window, file.arg(QStringLiteral("6-main-instant-item")));
    return ok ? 0 : 1;
}
