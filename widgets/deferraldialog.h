#pragma once

#include <QDate>
#include <QDialog>
#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>

class QDateEdit;

namespace Ui {
class DeferralDialog;
}

namespace ow {

// Deferred acceptance (容缺受理): the date by which the applicant promises each deferred
// material. Each date starts at the one already marked, else at the latest the item allows
// (today + its deferral limit), and can be neither before today nor after that limit.
class DeferralDialog : public QDialog {
    Q_OBJECT
public:
    DeferralDialog(const QStringList &materials, const QMap<QString, QDate> &marked,
                   const QDate &today, const QDate &latest, QWidget *parent = nullptr);
    ~DeferralDialog() override;

    QMap<QString, QDate> promises() const;
    QDateEdit *dateEditFor(const QString &material) const;

private:
    std::unique_ptr<Ui::DeferralDialog> m_ui;
    QMap<QString, QDateEdit *> m_dates;
};

} // namespace ow
