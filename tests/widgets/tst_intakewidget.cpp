#include "../models/intakesessionfixture.h"
#include "applicantpanel.h"
#include "casedocumentspanel.h"
#include "checklistpanel.h"
#include "checklisttablemodel.h"
#include "deferraldialog.h"
#include "exportpathchooser.h"
#include "guitestsupport.h"
#include "intakewidget.h"
#include "itemsearchmodel.h"
#include "materialpromptdialog.h"
#include "pdftools.h"
#include "refusaldialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ow;
using ow::test::IntakeSessionFixture;

namespace {

// The test's answer to "where should the PDF go": a file in a temporary folder.
class TestPathChooser final : public ExportPathChooser {
public:
    explicit TestPathChooser(QString dir)
        : m_dir(std::move(dir)) {}
    QString choosePdfPath(QWidget *, const QString &suggestedName) override {
        suggested << suggestedName;
        return m_dir + QStringLiteral("/export-%1.pdf").arg(suggested.size());
    }
    QString lastPath() const {
        return m_dir + QStringLiteral("/export-%1.pdf").arg(suggested.size());
    }
    QStringList suggested;

private:
    QString m_dir;
};

// Runs `fill` on the modal dialog of type D as soon as it is open (dialogs block in exec()).
template <typename D> void whenDialogOpens(std::function<void(D *)> fill) {
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, fill] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            fill(dialog);
        }
    });
    poll->start();
}

} // namespace

// A whole intake in the workstation, offscreen: the keyboard-driven checklist, the decision
// keys F5–F8 with their dialogs, the deadlines and every document exported to PDF and read
// back with pdftotext.
class TestIntakeWidget : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void idNumberIsValidatedAndMasked_data();
    void idNumberIsValidatedAndMasked();
    void enterpriseDeferredAcceptance();
    void naturalPersonAccepted();
    void oneTimeNotice();
    void refusal();
    void checklistKeysRespectTheRules();

private:
    template <typename T> T *child(const char *name) {
        return m_widget->findChild<T *>(QLatin1String(name));
    }
    void startEnterprise();
    void startPerson();
    void addItem(const QString &query, const QString &itemId);
    void keyOnRow(int row, Qt::Key key);
    QString exportAndRead(NoticeDocument::Kind kind);

    std::unique_ptr<IntakeSessionFixture> m_fx;
    std::unique_ptr<IntakeWidget> m_widget;
    std::unique_ptr<TestPathChooser> m_chooser;
    QTemporaryDir m_out;
};

void TestIntakeWidget::init() {
    m_fx = std::make_unique<IntakeSessionFixture>();
    const QString error = m_fx->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_widget = std::make_unique<IntakeWidget>(m_fx->context());
    m_chooser = std::make_unique<TestPathChooser>(m_out.path());
    m_widget->setExportPathChooser(m_chooser.get());
    m_widget->resize(1366, 700);
    m_widget->show();
    m_widget->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
}

void TestIntakeWidget::cleanup() {
    m_widget.reset();
    m_fx.reset();
}

void TestIntakeWidget::startEnterprise() {
    child<QRadioButton>("legalRadio")->click();
    auto *code = child<QLineEdit>("creditCodeEdit");
    code->setFocus();
    QTest::keyClicks(code, IntakeSessionFixture::enterpriseCode());
    QVERIFY2(child<QLabel>("creditStatusLabel")->text().startsWith(QStringLiteral("✓")),
             qPrintable(child<QLabel>("creditStatusLabel")->text()));
    ow::test::commitText(child<QLineEdit>("orgNameEdit"), IntakeSessionFixture::enterprise().name);
    ow::test::commitText(child<QLineEdit>("representativeEdit"), QStringLiteral("王建国"));
    QTest::keyClicks(child<QLineEdit>("orgPhoneEdit"), QStringLiteral("0473-3123456"));
    child<QPushButton>("startVisitButton")->click();
    QVERIFY2(m_widget->session()->hasVisit(),
             qPrintable(m_widget->applicantPanel()->problemsText()));
}

void TestIntakeWidget::startPerson() {
    auto *id = child<QLineEdit>("idNumberEdit");
    id->setFocus();
    QTest::keyClicks(id, IntakeSessionFixture::personId());
    ow::test::commitText(child<QLineEdit>("personNameEdit"), QStringLiteral("李明"));
    QTest::keyClicks(child<QLineEdit>("personPhoneEdit"), QStringLiteral("13904730000"));
    child<QPushButton>("startVisitButton")->click();
    QVERIFY2(m_widget->session()->hasVisit(),
             qPrintable(m_widget->applicantPanel()->problemsText()));
    // Screens show the masked number only.
    QCOMPARE(id->text(), QStringLiteral("150302********1238"));
    QCOMPARE(m_widget->session()->visit()->applicant.idNumber, IntakeSessionFixture::personId());
}

void TestIntakeWidget::addItem(const QString &query, const QString &itemId) {
    auto *search = child<QLineEdit>("itemSearchEdit");
    ow::test::commitText(search, query);
    auto *results = child<QListView>("itemResultList");
    const int row = m_widget->itemSearchModel()->rowOfItem(itemId);
    QVERIFY2(row >= 0, qPrintable(itemId));
    results->setCurrentIndex(m_widget->itemSearchModel()->index(row));
    child<QPushButton>("addItemButton")->click();
    QVERIFY2(!m_widget->currentCaseId().isEmpty(), qPrintable(m_widget->messageText()));
}

void TestIntakeWidget::keyOnRow(int row, Qt::Key key) {
    QTableView *table = m_widget->checklistPanel()->table();
    table->setFocus();
    // Arrow keys move through the checklist like the clerk does.
    while (table->currentIndex().row() < row)
        QTest::keyClick(table, Qt::Key_Down);
    while (table->currentIndex().row() > row)
        QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), row);
    QTest::keyClick(table, key);
}

QString TestIntakeWidget::exportAndRead(NoticeDocument::Kind kind) {
    CaseDocumentsPanel *documents = m_widget->documentsPanel();
    if (!documents->selectDocument(kind))
        return QStringLiteral("(no such document)");
    documents->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QString error;
    const QString text = test::PdfTools::text(m_chooser->lastPath(), &error);
    return text.isNull() ? QStringLiteral("(pdftotext: %1; %2)").arg(error, documents->statusText())
                         : text;
}

void TestIntakeWidget::idNumberIsValidatedAndMasked_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("shown");
    QTest::newRow("valid") << IntakeSessionFixture::personId() << QStringLiteral("✓ Valid")
                           << QStringLiteral("150302********1238");
    QTest::newRow("check digit") << QStringLiteral("150302199003071239")
                                 << QStringLiteral("check digit")
                                 << QStringLiteral("150302199003071239");
    QTest::newRow("being typed") << QStringLiteral("1503021990")
                                 << QStringLiteral("10 of 18 characters")
                                 << QStringLiteral("1503021990");
}

void TestIntakeWidget::idNumberIsValidatedAndMasked() {
    QFETCH(QString, typed);
    QFETCH(QString, status);
    QFETCH(QString, shown);
    auto *id = child<QLineEdit>("idNumberEdit");
    id->setFocus();
    QTest::keyClicks(id, typed);
    const QString live = child<QLabel>("idStatusLabel")->text();
    QVERIFY2(live.contains(status), qPrintable(live));
    QTest::keyClick(id, Qt::Key_Tab); // leaving the field masks a valid number
    QCOMPARE(id->text(), shown);
    // Back in the field, the clerk edits the number itself.
    id->setFocus();
    QCOMPARE(id->text(), typed);
}

void TestIntakeWidget::enterpriseDeferredAcceptance() {
    startEnterprise();
    addItem(QStringLiteral("食品经营"), QStringLiteral("I45"));
    const QString caseId = m_widget->currentCaseId();
    QCOMPARE(m_widget->checklistPanel()->model()->rowCount(), 5);
    keyOnRow(0, Qt::Key_R); // application form received
    keyOnRow(2, Qt::Key_R); // layout documents received
    whenDialogOpens<MaterialPromptDialog>([](MaterialPromptDialog *prompt) {
        QCOMPARE(prompt->date(), QDate(2026, 3, 19)); // today + 5 working days
        prompt->accept();
    });
    keyOnRow(3, Qt::Key_D); // rules directory deferred
    whenDialogOpens<MaterialPromptDialog>([](MaterialPromptDialog *prompt) {
        auto *reason = prompt->findChild<QLineEdit *>(QStringLiteral("textEdit"));
        reason->setFocus();
        ow::test::commitText(reason, QStringLiteral("法定代表人本人办理"));
        prompt->accept();
    });
    keyOnRow(4, Qt::Key_N); // no power of attorney needed
    const IntakeCase *kase = m_widget->session()->caseById(caseId);
    QCOMPARE(kase->checklist.entries().at(3).state, MaterialState::Deferred);
    QCOMPARE(kase->checklist.entries().at(4).state, MaterialState::NotApplicable);
    QVERIFY2(m_widget->checklistPanel()->blockersText().contains(QStringLiteral("F6")),
             qPrintable(m_widget->checklistPanel()->blockersText()));

    whenDialogOpens<DeferralDialog>([kase](DeferralDialog *dialog) {
        const QString rules = kase->checklist.entries().at(3).standard.name;
        QDateEdit *date = dialog->dateEditFor(rules);
        QVERIFY(date);
        QCOMPARE(date->maximumDate(), QDate(2026, 3, 19)); // never beyond the limit
        date->setDate(QDate(2026, 3, 18));
        dialog->accept();
    });
    // The offscreen platform does not hand activation back after a dialog; a window manager does.
    m_widget->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
    QTest::keyClick(m_widget->checklistPanel()->table(), Qt::Key_F6);
    kase = m_widget->session()->caseById(caseId);
    QVERIFY2(kase->state() == CaseState::DeferredAccepted, qPrintable(m_widget->messageText()));
    QCOMPARE(kase->commitments.size(), 1);
    QCOMPARE(kase->commitments.first().promisedDate, QDate(2026, 3, 18));
    QCOMPARE(m_fx->context().cases().loadCase(caseId)->state(), CaseState::DeferredAccepted);
    QVERIFY2(m_widget->committedDueText().contains(QStringLiteral("2026-03-19")),
             qPrintable(m_widget->committedDueText()));
    QVERIFY2(m_widget->legalDueText().contains(QStringLiteral("2026-03-26")),
             qPrintable(m_widget->legalDueText()));
    QCOMPARE(child<QLabel>("committedDueLabel")->property("clock").toString(),
             QStringLiteral("green"));

    QCOMPARE(m_widget->documentsPanel()->documentCount(), 3);
    for (const auto kind :
         {NoticeDocument::Kind::DeferredCommitment, NoticeDocument::Kind::DeferredNotice}) {
        const QString text = exportAndRead(kind);
        const QString title = kind == NoticeDocument::Kind::DeferredCommitment
                                  ? QStringLiteral("容缺受理承诺书")
                                  : QStringLiteral("容缺受理通知书");
        QVERIFY2(text.contains(title), qPrintable(text));
        QVERIFY2(text.contains(IntakeSessionFixture::enterprise().name), qPrintable(text));
        QVERIFY2(text.contains(IntakeSessionFixture::enterpriseCode()), qPrintable(text));
    }
    QCOMPARE(m_chooser->suggested.size(), 2);
    QVERIFY(m_chooser->suggested.first().startsWith(QStringLiteral("容缺受理承诺书-")));
}

void TestIntakeWidget::naturalPersonAccepted() {
    startPerson();
    addItem(QStringLiteral("身份证换领"), QStringLiteral("I06"));
    for (int row = 0; row < 3; ++row)
        keyOnRow(row, Qt::Key_R);
    QVERIFY(m_widget->checklistPanel()->blockersText().contains(QStringLiteral("F5")));
    QTest::keyClick(m_widget->checklistPanel()->table(), Qt::Key_F5);
    const IntakeCase *kase = m_widget->session()->caseById(m_widget->currentCaseId());
    QCOMPARE(kase->state(), CaseState::Accepted);
    QVERIFY(!kase->number.isEmpty());
    const QString text = exportAndRead(NoticeDocument::Kind::AcceptanceNotice);
    QVERIFY2(text.contains(QStringLiteral("受理通知书")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("李明")), qPrintable(text));
    // The acceptance notice is a legal act: it carries the full number.
    QVERIFY2(text.contains(IntakeSessionFixture::personId()), qPrintable(text));
    QVERIFY2(text.contains(kase->number), qPrintable(text));
}

void TestIntakeWidget::oneTimeNotice() {
    startPerson();
    addItem(QStringLiteral("居住证"), QStringLiteral("I09"));
    keyOnRow(1, Qt::Key_R); // photo; the address proof stays missing
    QTest::keyClick(m_widget->checklistPanel()->table(), Qt::Key_F5);
    QCOMPARE(m_widget->session()->caseById(m_widget->currentCaseId())->state(),
             CaseState::Received);
    QVERIFY2(m_widget->messageText().contains(QStringLiteral("居住地住址证明")),
             qPrintable(m_widget->messageText()));
    QTest::keyClick(m_widget->checklistPanel()->table(), Qt::Key_F7);
    QCOMPARE(m_widget->session()->caseById(m_widget->currentCaseId())->state(),
             CaseState::CorrectionRequested);
    const QString correction = exportAndRead(NoticeDocument::Kind::CorrectionNotice);
    QVERIFY2(correction.contains(QStringLiteral("补正材料通知书")), qPrintable(correction));
    QVERIFY2(correction.contains(QStringLiteral("居住地住址证明")), qPrintable(correction));
    QVERIFY2(correction.contains(QStringLiteral("李明")), qPrintable(correction));
    // An information document: the ID number masked.
    QVERIFY(!correction.contains(IntakeSessionFixture::personId()));
    const QString oneTime = exportAndRead(NoticeDocument::Kind::OneTimeNotice);
    QVERIFY2(oneTime.contains(QStringLiteral("一次性告知书")), qPrintable(oneTime));
}

void TestIntakeWidget::refusal() {
    startEnterprise();
    addItem(QStringLiteral("劳务派遣"), QStringLiteral("I16"));
    whenDialogOpens<RefusalDialog>([](RefusalDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // a reason is required
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        reason->setFocus();
        ow::test::commitText(reason, QStringLiteral("注册资本未达到法定最低限额"));
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    QTest::keyClick(m_widget->checklistPanel()->table(), Qt::Key_F8);
    QCOMPARE(m_widget->session()->caseById(m_widget->currentCaseId())->state(), CaseState::Refused);
    const QString text = exportAndRead(NoticeDocument::Kind::RefusalNotice);
    QVERIFY2(text.contains(QStringLiteral("不予受理通知书")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("注册资本未达到法定最低限额")), qPrintable(text));
    QVERIFY2(text.contains(IntakeSessionFixture::enterprise().name), qPrintable(text));
}

void TestIntakeWidget::checklistKeysRespectTheRules() {
    startEnterprise();
    addItem(QStringLiteral("食品经营"), QStringLiteral("I45"));
    keyOnRow(0, Qt::Key_D); // the application form may not be deferred: no prompt
    QCOMPARE(
        m_widget->session()->caseById(m_widget->currentCaseId())->checklist.entries().at(0).state,
        MaterialState::Missing);
    QVERIFY2(m_widget->messageText().contains(QStringLiteral("may not be deferred")),
             qPrintable(m_widget->messageText()));
    keyOnRow(0, Qt::Key_N); // required: never not applicable
    QVERIFY(m_widget->messageText().contains(QStringLiteral("required")));
    keyOnRow(0, Qt::Key_R);
    keyOnRow(0, Qt::Key_M);
    QCOMPARE(
        m_widget->session()->caseById(m_widget->currentCaseId())->checklist.entries().at(0).state,
        MaterialState::Missing);
}

QTEST_MAIN(TestIntakeWidget)
#include "tst_intakewidget.moc"
