#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class JustificationDialog;
}

namespace ow {

// A second correction notice asking for materials the first one did not list breaks the
// one-time notice rule: the clerk must say why, and the case carries a violation the
// supervisor sees.
class JustificationDialog : public QDialog {
    Q_OBJECT
public:
    explicit JustificationDialog(const QString &newMaterials, QWidget *parent = nullptr);
    ~JustificationDialog() override;

    QString justification() const;

private:
    void updateOk();

    std::unique_ptr<Ui::JustificationDialog> m_ui;
};

} // namespace ow
