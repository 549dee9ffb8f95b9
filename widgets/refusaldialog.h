#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class RefusalDialog;
}

namespace ow {

// Refusal (不予受理): the reason is required and printed on the notice, together with the
// competent organ when the matter belongs elsewhere.
class RefusalDialog : public QDialog {
    Q_OBJECT
public:
    explicit RefusalDialog(const QString &itemName, QWidget *parent = nullptr);
    ~RefusalDialog() override;

    QString reason() const;
    QString competentOrgan() const;

private:
    void updateOk();

    std::unique_ptr<Ui::RefusalDialog> m_ui;
};

} // namespace ow
