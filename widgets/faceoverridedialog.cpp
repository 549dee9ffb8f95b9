#include "faceoverridedialog.h"

#include "facechecksession.h"
#include "ui_faceoverridedialog.h"

#include <QPushButton>

namespace ow {

FaceOverrideDialog::FaceOverrideDialog(FaceDecision current, const QString &userName,
                                       const QList<Role> &roles, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FaceOverrideDialog>())
    , m_roles(roles) {
    m_ui->setupUi(this);
    m_ui->currentLabel->setText(tr("The check decided: %1. The override is recorded under your "
                                   "name (%2) with the reason below.")
                                    .arg(FaceCheckSession::decisionText(current), userName));
    for (FaceDecision d : {FaceDecision::Pass, FaceDecision::Review, FaceDecision::Fail})
        if (d != current)
            m_ui->decisionCombo->addItem(FaceCheckSession::decisionText(d), int(d));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record the override"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &FaceOverrideDialog::updateOk);
    m_ui->reasonEdit->setFocus();
    updateOk();
}

FaceOverrideDialog::~FaceOverrideDialog() = default;

FaceDecision FaceOverrideDialog::decision() const {
    return FaceDecision(m_ui->decisionCombo->currentData().toInt());
}

QString FaceOverrideDialog::reason() const {
    return m_ui->reasonEdit->toPlainText().trimmed();
}

QString FaceOverrideDialog::problemText() const {
    return m_ui->problemLabel->text();
}

void FaceOverrideDialog::updateOk() {
    const QString problem = FaceCheckSession::overrideProblem(m_roles, reason());
    // Say "no role" at once; the reason hint only once something was typed.
    const bool roleMissing = !FaceCheckSession::mayOverride(m_roles);
    m_ui->problemLabel->setText(roleMissing || !reason().isEmpty() ? problem : QString());
    m_ui->reasonEdit->setReadOnly(roleMissing);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace ow
