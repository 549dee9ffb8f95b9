#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SupplyDialog;
}

namespace ow {

struct LedgerEntry;

// Taking a deferred material at a later visit: what was brought, and whether that completes
// the commitment (a partial supply keeps it open with the note).
class SupplyDialog : public QDialog {
    Q_OBJECT
public:
    explicit SupplyDialog(const LedgerEntry &entry, QWidget *parent = nullptr);
    ~SupplyDialog() override;

    QString what() const;
    bool complete() const;

private:
    void updateOk();

    std::unique_ptr<Ui::SupplyDialog> m_ui;
};

} // namespace ow
