#include "deferraldialog.h"

#include "ui_deferraldialog.h"

#include <QDateEdit>
#include <QLabel>
#include <QPushButton>

namespace ow {

DeferralDialog::DeferralDialog(const QStringList &materials, const QMap<QString, QDate> &marked,
                               const QDate &today, const QDate &latest, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeferralDialog>()) {
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("Promised dates may lie between today (%1) and %2, the latest this item allows.")
            .arg(today.toString(QStringLiteral("yyyy-MM-dd")),
                 latest.toString(QStringLiteral("yyyy-MM-dd"))));
    for (const QString &material : materials) {
        auto *label = new QLabel(material, m_ui->promisesPanel);
        label->setWordWrap(true);
        auto *edit = new QDateEdit(m_ui->promisesPanel);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDateRange(today, latest);
        const QDate initial = marked.value(material);
        edit->setDate(initial.isValid() && initial <= latest ? initial : latest);
        m_ui->promisesLayout->addRow(label, edit);
        m_dates.insert(material, edit);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Accept with deferral (F6)"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setProperty("primary", true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_dates.isEmpty())
        m_dates.first()->setFocus();
}

DeferralDialog::~DeferralDialog() = default;

QMap<QString, QDate> DeferralDialog::promises() const {
    QMap<QString, QDate> result;
    for (auto it = m_dates.cbegin(); it != m_dates.cend(); ++it)
        result.insert(it.key(), it.value()->date());
    return result;
}

QDateEdit *DeferralDialog::dateEditFor(const QString &material) const {
    return m_dates.value(material);
}

} // namespace ow
