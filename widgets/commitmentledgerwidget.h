#pragma once

#include "commitmentledgermodel.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CommitmentLedgerWidget;
}

namespace ow {

class CommitmentService;
class WorkstationContext;

// The commitment ledger area (容缺承诺台账): every open commitment across cases, filtered to
// all / due soon / overdue, with the supply taken at a later visit and the overdue rule
// (terminate or refuse, and the credit mark). Read only for a supervisor. Everything goes
// through CommitmentService; this widget runs no SQL.
class CommitmentLedgerWidget : public QWidget {
    Q_OBJECT
public:
    explicit CommitmentLedgerWidget(WorkstationContext &context, QWidget *parent = nullptr);
    ~CommitmentLedgerWidget() override;

    CommitmentService *service() const { return m_service; }
    CommitmentLedgerModel *model() const { return m_model; }
    // The due-soon horizon in working days (from the settings).
    void setDueSoonDays(int days);
    void setFilter(CommitmentLedgerModel::Filter filter);
    void refresh();
    // Selects the commitment's row (in the current filter); false when not shown.
    bool selectCommitment(const QString &commitmentId);

    // The actions on the selected commitment; true when something was recorded.
    bool supplySelected();
    bool processSelected();

    QString messageText() const;

signals:
    // A case was changed and saved by the ledger.
    void caseUpdated(const QString &caseId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void selectionChanged();
    void showCounts();
    void showMessage(const QString &text, bool error);
    const LedgerEntry *selectedEntry() const;

    std::unique_ptr<Ui::CommitmentLedgerWidget> m_ui;
    CommitmentService *m_service;
    CommitmentLedgerModel *m_model;
};

} // namespace ow
