// The commitment ledger area offscreen: filters, a partial supply typed through the input
// method, the overdue rule with its confirmation, and the supervisor's read-only view.
#include "../models/intakesessionfixture.h"
#include "commitmentledgermodel.h"
#include "commitmentledgerwidget.h"
#include "guitestsupport.h"
#include "modaldialogs.h"
#include "supplydialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ow;
using ow::test::IntakeSessionFixture;

class TestCommitmentLedgerWidget : public QObject {
    Q_OBJECT

    // Deferred acceptance of the item for the visit's applicant, promising by `by`.
    static QString deferCase(IntakeSession &session, const QString &itemId, const QDate &by) {
        const auto added = session.addItem(itemId);
        if (!added)
            return {};
        const QString caseId = added.value();
        for (const ChecklistEntry &e : session.caseById(caseId)->checklist.entries())
            if (e.required() && !e.satisfied() && !e.deferrable()) {
                MaterialMark received;
                received.state = MaterialState::Received;
                static_cast<void>(session.markMaterial(caseId, e.standard.name, received));
            }
        QMap<QString, QDate> promises;
        for (const QString &name : session.materialsToPromise(caseId))
            promises.insert(name, by);
        return session.acceptDeferred(caseId, promises).ok ? caseId : QString();
    }

    // Two commitments seen on Tuesday 2026-03-17: I45's (promised 03-16) overdue, I16's
    // (promised 03-20) due within 3 working days.
    QString prepare(IntakeSessionFixture &fx) {
        if (const QString error = fx.open(); !error.isEmpty())
            return error;
        if (!fx.session().startVisit(IntakeSessionFixture::enterprise()).isEmpty())
            return QStringLiteral("no visit");
        m_laterCase = deferCase(fx.session(), QStringLiteral("I16"), QDate(2026, 3, 20));
        m_overdueCase = deferCase(fx.session(), QStringLiteral("I45"), QDate(2026, 3, 16));
        if (m_laterCase.isEmpty() || m_overdueCase.isEmpty())
            return QStringLiteral("no deferred acceptance");
        fx.session().closeVisit();
        fx.clock().set(QDateTime(QDate(2026, 3, 17), QTime(9, 0)));
        return {};
    }

    static QString commitmentOf(CommitmentLedgerWidget &ledger, const QString &caseId) {
        CommitmentLedgerModel *model = ledger.model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->entryAt(row)->commitment.caseId == caseId)
                return model->entryAt(row)->commitment.id;
        return {};
    }

    QString m_laterCase;
    QString m_overdueCase;

private slots:
    void filters_data() {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("status");
        QTest::newRow("all") << "allButton" << 2 << QString();
        QTest::newRow("due soon") << "dueSoonButton" << 1 << "yellow";
        QTest::newRow("overdue") << "overdueButton" << 1 << "red";
    }
    void filters() {
        QFETCH(QString, button);
        QFETCH(int, rows);
        QFETCH(QString, status);
        IntakeSessionFixture fx;
        QCOMPARE(prepare(fx), QString());
        CommitmentLedgerWidget ledger(fx.context());
        ledger.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ledger));
        auto *overdue = ledger.findChild<QPushButton *>(QStringLiteral("overdueButton"));
        QCOMPARE(overdue->text(), QStringLiteral("Overdue (1)"));
        QCOMPARE(ledger.findChild<QPushButton *>(QStringLiteral("allButton"))->text(),
                 QStringLiteral("All (2)"));
        QCOMPARE(ledger.findChild<QLabel *>(QStringLiteral("horizonLabel"))->text(),
                 QStringLiteral("Due soon: within 3 working day(s)"));
        ledger.findChild<QPushButton *>(button)->click();
        auto *table = ledger.findChild<QTableView *>(QStringLiteral("ledgerTable"));
        QCOMPARE(table->model()->rowCount(), rows);
        if (!status.isEmpty())
            QCOMPARE(table->model()
                         ->index(0, CommitmentLedgerModel::DaysLeftColumn)
                         .data(CommitmentLedgerModel::DueStatusRole)
                         .toString(),
                     status);
        // Only an overdue commitment can be processed.
        const bool overdueSelected =
            table->currentIndex().data(CommitmentLedgerModel::DueStatusRole).toString() ==
            QLatin1String("red");
        QCOMPARE(ledger.findChild<QPushButton *>(QStringLiteral("processButton"))->isEnabled(),
                 overdueSelected);
    }

    void supplyPartlyThenFully() {
        IntakeSessionFixture fx;
        QCOMPARE(prepare(fx), QString());
        CommitmentLedgerWidget ledger(fx.context());
        ledger.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ledger));
        const QString commitment = commitmentOf(ledger, m_laterCase);
        QVERIFY(ledger.selectCommitment(commitment));
        const QString brought = QStringLiteral("房屋租赁合同复印件");
        test::whenModalOpens<SupplyDialog>([brought](SupplyDialog *dialog) {
            auto *what = dialog->findChild<QLineEdit *>(QStringLiteral("whatEdit"));
            what->setFocus();
            test::commitText(what, brought); // Chinese arrives through the input method
            dialog->findChild<QCheckBox *>(QStringLiteral("completeCheck"))->setChecked(false);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(ledger.supplySelected());
        QVERIFY2(ledger.messageText().startsWith(QStringLiteral("Partly supplied")),
                 qPrintable(ledger.messageText()));
        const int row = ledger.model()->rowOf(commitment);
        QVERIFY(row >= 0); // still open
        QCOMPARE(ledger.model()->index(row, CommitmentLedgerModel::StateColumn).data().toString(),
                 QStringLiteral("Partly supplied: ") + brought);

        QVERIFY(ledger.selectCommitment(commitment));
        test::whenModalOpens<SupplyDialog>([](SupplyDialog *dialog) {
            test::commitText(dialog->findChild<QLineEdit *>(QStringLiteral("whatEdit")),
                             QStringLiteral("产权证明"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(ledger.supplySelected());
        QCOMPARE(ledger.model()->rowOf(commitment), -1); // closed
        QCOMPARE(fx.context().cases().loadCase(m_laterCase)->commitments.first().state,
                 Commitment::State::Supplied);
    }

    void processOverdue_data() {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("cancelled") << false;
        QTest::newRow("confirmed") << true;
    }
    void processOverdue() {
        QFETCH(bool, confirm);
        IntakeSessionFixture fx;
        QCOMPARE(prepare(fx), QString());
        CommitmentLedgerWidget ledger(fx.context());
        ledger.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ledger));
        QSignalSpy updated(&ledger, &CommitmentLedgerWidget::caseUpdated);
        QVERIFY(ledger.selectCommitment(commitmentOf(ledger, m_overdueCase)));
        QString question;
        test::whenModalOpens<QMessageBox>([confirm, &question](QMessageBox *box) {
            question = box->text();
            test::buttonWithText(box, confirm ? QStringLiteral("Apply the rule")
                                              : QStringLiteral("Cancel"))
                ->click();
        });
        QCOMPARE(ledger.processSelected(), confirm);
        QVERIFY2(question.contains(QStringLiteral("The case will be terminated.")),
                 qPrintable(question));
        const CaseState state = fx.context().cases().loadCase(m_overdueCase)->state();
        QCOMPARE(state, confirm ? CaseState::Terminated : CaseState::DeferredAccepted);
        QCOMPARE(ledger.model()->count(CommitmentLedgerModel::Filter::Overdue), confirm ? 0 : 1);
        QCOMPARE(updated.count(), confirm ? 1 : 0);
        const auto credit =
            fx.context().cases().findApplicant(IntakeSessionFixture::enterpriseCode());
        QVERIFY(credit && *credit);
        QCOMPARE(credit.value()->credit.blacklisted, confirm);
        if (confirm)
            QVERIFY2(ledger.messageText().contains(QStringLiteral("Terminated")),
                     qPrintable(ledger.messageText()));
    }

    void readOnlyForSupervision() {
        IntakeSessionFixture fx;
        QCOMPARE(prepare(fx), QString());
        fx.context().auth().logout();
        CommitmentLedgerWidget ledger(fx.context());
        ledger.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ledger));
        QCOMPARE(ledger.model()->rowCount(), 2);
        QVERIFY(ledger.findChild<QPushButton *>(QStringLiteral("supplyButton"))->isHidden());
        QVERIFY(ledger.findChild<QPushButton *>(QStringLiteral("processButton"))->isHidden());
        QVERIFY(!ledger.findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->isHidden());
    }
};

QTEST_MAIN(TestCommitmentLedgerWidget)
#include "tst_commitmentledgerwidget.moc"
