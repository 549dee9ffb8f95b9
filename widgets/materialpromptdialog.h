#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class MaterialPromptDialog;
}

namespace ow {

// The small question a checklist key asks: the promised date for D, the reason for X and N,
// the source for E. One line, Enter confirms, Escape cancels.
class MaterialPromptDialog : public QDialog {
    Q_OBJECT
public:
    MaterialPromptDialog(const QString &material, const QString &prompt, QWidget *parent = nullptr);
    ~MaterialPromptDialog() override;

    // Asks for a date between minimum and maximum, starting at `initial`.
    void askDate(const QDate &initial, const QDate &minimum, const QDate &maximum);
    // Asks for a text; OK stays disabled while it is empty.
    void askText(const QString &initial, const QString &placeholder);

    QDate date() const;
    QString text() const;

private:
    void updateOk();

    std::unique_ptr<Ui::MaterialPromptDialog> m_ui;
    bool m_asksText = false;
};

} // namespace ow
