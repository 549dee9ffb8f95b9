#pragma once

#include "checklist.h"
#include "materialscandevices.h"

#include <QFrame>

#include <memory>

class QTableView;

namespace Ui {
class ChecklistPanel;
}

namespace ow {

class ChecklistTableModel;
class IntakeSession;
class MaterialScanDialog;

// The selected case's checklist, run from the keyboard: arrow keys move, R received,
// E from e-licence, D deferred (asks the promised date), M missing, X defective (asks why),
// N not applicable (asks why), F9 scan the material. Below it, what still blocks plain
// acceptance.
class ChecklistPanel : public QFrame {
    Q_OBJECT
public:
    explicit ChecklistPanel(QWidget *parent = nullptr);
    ~ChecklistPanel() override;

    void setSession(IntakeSession *session);
    void setCaseId(const QString &caseId);
    QTableView *table() const;
    ChecklistTableModel *model() const { return m_model; }
    void focusTable();
    QString blockersText() const;

    // Marks the current row, asking for the date or reason the state needs. False when the
    // clerk cancelled or the session refused (the message is emitted).
    bool markCurrent(MaterialState state);

    // F9 / Scan…: opens the scanning screen for the current material (window-modal, not
    // blocking); the checklist shows the scan once it is saved. nullptr without a case.
    MaterialScanDialog *scanCurrent();
    // Where scanning takes pages from (tests hand in stand-ins).
    void setScanDevices(MaterialScanDevices devices) { m_scanDevices = std::move(devices); }

signals:
    void message(const QString &text, bool error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateBlockers();

    std::unique_ptr<Ui::ChecklistPanel> m_ui;
    IntakeSession *m_session = nullptr;
    ChecklistTableModel *m_model = nullptr;
    MaterialScanDevices m_scanDevices;
};

} // namespace ow
