// Writes PNGs of the intake area in the middle of a real intake, for looking at the screen:
//   intake_screenshots OUTDIR [--lang zh_CN|en]
// Run it under xvfb-run -a -s "-screen 0 1366x768x24" (or QT_QPA_PLATFORM=offscreen).
#include "../models/intakesessionfixture.h"
#include "appearance.h"
#include "appsettings.h"
#include "checklistpanel.h"
#include "checklisttablemodel.h"
#include "guitestsupport.h"
#include "intakewidget.h"
#include "itemsearchmodel.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cstdio>

namespace {

bool save(QWidget *widget, const QString &path) {
    QTest::qWait(150);
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

void mark(ow::IntakeWidget *intake, int row, ow::MaterialState state, const QString &reason = {}) {
    ow::MaterialMark m;
    m.state = state;
    m.reason = reason;
    if (state == ow::MaterialState::Deferred)
        m.promisedDate = intake->session()->latestPromiseDate(intake->currentCaseId()).value();
    intake->checklistPanel()->model()->mark(row, m);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: intake_screenshots OUTDIR [--lang zh_CN|en]\n");
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
        std::fprintf(stderr, "intake_screenshots: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    ow::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setLanguage(language);
    ow::MainWindow window(fx.context(), settings);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.intake())
        return 1;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("areaTabs"));
    tabs->setCurrentWidget(window.intake());
    ow::IntakeWidget *intake = window.intake();
    const QString file = outDir + QStringLiteral("/intake-%1-") + language + QStringLiteral(".png");
    bool ok = save(&window, file.arg(QStringLiteral("1-empty")));

    intake->findChild<QRadioButton *>(QStringLiteral("legalRadio"))->click();
    auto *code = intake->findChild<QLineEdit *>(QStringLiteral("creditCodeEdit"));
    code->setFocus();
    QTest::keyClicks(code, ow::test::IntakeSessionFixture::enterpriseCode());
    ow::test::commitText(intake->findChild<QLineEdit *>(QStringLiteral("orgNameEdit")),
                         ow::test::IntakeSessionFixture::enterprise().name);
    ow::test::commitText(intake->findChild<QLineEdit *>(QStringLiteral("representativeEdit")),
                         QStringLiteral("王建国"));
    QTest::keyClicks(intake->findChild<QLineEdit *>(QStringLiteral("orgPhoneEdit")),
                     QStringLiteral("0473-3123456"));
    intake->findChild<QPushButton *>(QStringLiteral("startVisitButton"))->click();
    intake->addItem(QStringLiteral("I16"));
    intake->addItem(QStringLiteral("I45"));
    ow::test::commitText(intake->findChild<QLineEdit *>(QStringLiteral("itemSearchEdit")),
                         QStringLiteral("食品"));
    mark(intake, 0, ow::MaterialState::Received);
    mark(intake, 3, ow::MaterialState::Deferred);
    intake->checklistPanel()->table()->setCurrentIndex(
        intake->checklistPanel()->model()->index(2, ow::ChecklistTableModel::StateColumn));
    intake->checklistPanel()->focusTable();
    ok &= save(&window, file.arg(QStringLiteral("2-checklist")));

    mark(intake, 2, ow::MaterialState::Received);
    mark(intake, 4, ow::MaterialState::NotApplicable, QStringLiteral("法定代表人本人办理"));
    intake->session()->acceptDeferred(intake->currentCaseId(), {});
    ok &= save(&window, file.arg(QStringLiteral("3-deferred")));
    return ok ? 0 : 1;
}
