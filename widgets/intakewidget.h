#pragma once

#include <QWidget>

#include <memory>

class QPushButton;

namespace Ui {
class IntakeWidget;
}

namespace ow {

class ApplicantPanel;
class CaseDocumentsPanel;
class ChecklistPanel;
class ExportPathChooser;
class IdentityCheckBar;
class IntakeSession;
class ItemSearchModel;
class VisitCasesModel;
class WorkstationContext;
struct DecisionOutcome;

// The intake area (收件受理): the applicant, the items added to the visit (一窗办多事), the
// selected case's checklist and what blocks acceptance, the decision keys (F5 受理, F6 容缺受理,
// F7 一次性告知/补正, F8 不予受理; F1–F4 stay free for the caller), the deadlines and the
// documents to print. Everything goes through IntakeSession; this widget runs no SQL.
class IntakeWidget : public QWidget {
    Q_OBJECT
public:
    explicit IntakeWidget(WorkstationContext &context, QWidget *parent = nullptr);
    ~IntakeWidget() override;

    IntakeSession *session() const { return m_session; }
    ApplicantPanel *applicantPanel() const;
    ChecklistPanel *checklistPanel() const;
    CaseDocumentsPanel *documentsPanel() const;
    // The card reader and face check strip in the applicant panel.
    IdentityCheckBar *identityBar() const { return m_identity; }
    // Not owned; nullptr restores the file dialog.
    void setExportPathChooser(ExportPathChooser *chooser);

    QString currentCaseId() const { return m_caseId; }
    void selectCase(const QString &caseId);
    // Adds the item to the visit and selects its case.
    bool addItem(const QString &itemId);
    void searchItems(const QString &query);
    ItemSearchModel *itemSearchModel() const { return m_items; }

    // The decision keys; true when the decision was taken.
    bool acceptCase();
    bool acceptDeferred();
    bool requestCorrection();
    bool refuseCase();

    QString messageText() const;
    // The F6 button (deferred acceptance), for its state and tooltip.
    QPushButton *deferButton() const;
    QString legalDueText() const;
    QString committedDueText() const;
    void focusApplicant();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addChosenItem();
    void caseChosen(const QModelIndex &index);
    void showCase();
    void showDeadlines();
    bool finish(const DecisionOutcome &outcome, const QString &done);
    QString deferralBarredText() const;
    void showMessage(const QString &text, bool error);
    void addKey(const QKeySequence &key, void (IntakeWidget::*slot)());
    void visitStarted();
    void visitClosed();

    std::unique_ptr<Ui::IntakeWidget> m_ui;
    WorkstationContext &m_context;
    IntakeSession *m_session;
    ItemSearchModel *m_items;
    VisitCasesModel *m_cases;
    QString m_caseId;
    IdentityCheckBar *m_identity;
};

} // namespace ow
