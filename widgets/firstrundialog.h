#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace ow {

// Shows the first administrator's one-time password, once. The dialog does not close until the
// user confirms having noted it, because nothing can show that password again.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    FirstRunDialog(const QString &adminName, const QString &oneTimePassword, bool catalogLoaded,
                   QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    bool isConfirmed() const;

public slots:
    void reject() override;

private:
    void copyPassword();

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
};

} // namespace ow
