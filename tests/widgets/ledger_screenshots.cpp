// Writes PNGs of the commitment ledger area with a few commitments in every state, for looking
// at the screen:
//   ledger_screenshots OUTDIR [--lang zh_CN|en]
// Run it under xvfb-run -a -s "-screen 0 1366x768x24" (or QT_QPA_PLATFORM=offscreen).
#include "../models/intakesessionfixture.h"
#include "appearance.h"
#include "appsettings.h"
#include "commitmentledgerwidget.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

namespace {

bool save(QWidget *widget, const QString &path) {
    QTest::qWait(150);
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// Deferred acceptance of the item for the visit's applicant, promising by `by`.
bool defer(ow::IntakeSession &session, const QString &itemId, const QDate &by) {
    const auto added = session.addItem(itemId);
    if (!added)
        return false;
    for (const ow::ChecklistEntry &e : session.caseById(added.value())->checklist.entries())
        if (e.required() && !e.satisfied() && !e.deferrable()) {
            ow::MaterialMark received;
            received.state = ow::MaterialState::Received;
            static_cast<void>(session.markMaterial(added.value(), e.standard.name, received));
        }
    QMap<QString, QDate> promises;
    for (const QString &name : session.materialsToPromise(added.value()))
        promises.insert(name, by);
    return session.acceptDeferred(added.value(), promises).ok;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: ledger_screenshots OUTDIR [--lang zh_CN|en]\n");
        return 2;
    }
    const QString outDir = args[1];
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    const QString language = langAt > 0 ? args.value(langAt + 1) : QStringLiteral("zh_CN");
    QDir().mkpath(outDir);
    ow::installUiLanguage(app, language);
    ow::applyAppearance(app);

    ow::test::IntakeSessionFixture fx;
    if (const QString error = fx.open(); !error.isEmpty()) {
        std::fprintf(stderr, "ledger_screenshots: %s\n", qPrintable(error));
        return 1;
    }
    ow::IntakeSession &session = fx.session();
    bool ok = session.startVisit(ow::test::IntakeSessionFixture::enterprise()).isEmpty() &&
              defer(session, QStringLiteral("I16"), QDate(2026, 3, 20)) &&
              defer(session, QStringLiteral("I45"), QDate(2026, 3, 16));
    session.closeVisit();
    ok = ok && session.startVisit(ow::test::IntakeSessionFixture::person()).isEmpty() &&
         defer(session, QStringLiteral("I45"), QDate(2026, 3, 19));
    session.closeVisit();
    fx.clock().set(QDateTime(QDate(2026, 3, 17), QTime(9, 30)));
    // One partial supply, so the state column shows what was brought.
    const auto open = session.commitments().openEntries();
    if (!ok || !open || open->size() != 3) {
        std::fprintf(stderr, "ledger_screenshots: the commitments could not be set up\n");
        return 1;
    }
    static_cast<void>(
        session.commitments().supply(open->last().commitment.caseId, open->last().commitment.id,
                                     QStringLiteral("租赁合同复印件（产权证明待补）"), false));

    QTemporaryDir dir;
    ow::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setLanguage(language);
    ow::MainWindow window(fx.context(), settings);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.ledger())
        return 1;
    window.findChild<QTabWidget *>(QStringLiteral("areaTabs"))->setCurrentWidget(window.ledger());
    const QString file = outDir + QStringLiteral("/ledger-%1-") + language + QStringLiteral(".png");
    ok &= save(&window, file.arg(QStringLiteral("1-all")));
    window.ledger()->findChild<QPushButton *>(QStringLiteral("overdueButton"))->click();
    ok &= save(&window, file.arg(QStringLiteral("2-overdue")));
    return ok ? 0 : 1;
}
