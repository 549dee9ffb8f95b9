#pragma once

#include "facedecision.h"
#include "roles.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class FaceOverrideDialog;
}

namespace ow {

// A supervisor's (or administrator's) decision over the automatic face check: the new decision
// and a reason, both required; the dialog refuses a user without a permitted role. The caller
// records it (FaceCheckSession::overrideLast), which audits it.
class FaceOverrideDialog : public QDialog {
    Q_OBJECT
public:
    FaceOverrideDialog(FaceDecision current, const QString &userName, const QList<Role> &roles,
                       QWidget *parent = nullptr);
    ~FaceOverrideDialog() override;

    FaceDecision decision() const;
    QString reason() const;
    // Why OK is disabled (translated), or empty.
    QString problemText() const;

private:
    void updateOk();

    std::unique_ptr<Ui::FaceOverrideDialog> m_ui;
    QList<Role> m_roles;
};

} // namespace ow
