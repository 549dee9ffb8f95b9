#pragma once

#include "checklist.h"

#include <QFrame>

#include <memory>

class QTableView;

namespace Ui {
class ChecklistPanel;
}

namespace ow {

class ChecklistTableModel;
class IntakeSession;

// The selected case's checklist, run from the keyboard: arrow keys move, R received,
// E from e-licence, D deferred (asks the promised date), M missing, X defective (asks why),
// N not applicable (asks why). Below it, what still blocks plain acceptance.
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

signals:
    void message(const QString &text, bool error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateBlockers();

    std::unique_ptr<Ui::ChecklistPanel> m_ui;
    IntakeSession *m_session = nullptr;
    ChecklistTableModel *m_model = nullptr;
};

} // namespace ow
