#pragma once

#include "applicant.h"
#include "commitmentservice.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class ApplicantPanel;
}

namespace ow {

class IntakeSession;

// Who is applying: a natural person (ID number checked as it is typed and masked on screen
// once entered: 150302********1238) or an organisation (credit code), an optional agent with
// a power of attorney, and the look-up of the applicant's earlier visits. Starting the visit
// locks the form until the next visit.
class ApplicantPanel : public QWidget {
    Q_OBJECT
public:
    explicit ApplicantPanel(QWidget *parent = nullptr);
    ~ApplicantPanel() override;

    void setSession(IntakeSession *session);
    // The applicant as typed, with the full ID number (never shown while masked).
    Applicant applicant() const;
    void focusFirstField();

    // Starts the visit (true) or shows every problem (false).
    bool startVisit();
    void newVisit();
    void lookUpEarlierVisits();
    QString problemsText() const;
    // The credit badge: shown (with the reason) when the typed applicant is blacklisted.
    bool creditBadgeShown() const;
    QString creditReasonText() const;
    // The open commitments of the visit's applicant (from earlier cases), one line each.
    QStringList openCommitmentLines() const;
    // Takes a supply of the selected open commitment (SupplyDialog); true when recorded.
    bool supplySelectedCommitment();

    // The identity strip (card reader, face check) shown under the applicant kind.
    void attachIdentityBar(QWidget *bar);
    // Fills the natural-person fields from a whole, validated card read (the number masked at
    // once) and warns when the card has expired; false while a visit is in progress.
    bool fillFromCard(const Applicant &applicant, bool expired);
    bool expiredCardWarningShown() const;
    QString idNumberShown() const;

signals:
    void visitStarted();
    void visitClosed();
    // The credit standing of the typed applicant was looked up (blacklisted or not).
    void creditLookedUp(bool blacklisted);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void kindChanged();
    void idNumberEdited(const QString &text);
    void creditCodeEdited(const QString &text);
    void showIdCheck(const QString &id);
    void maskIdNumber();
    void showStatus(QLabel *label, const QString &text, bool error);
    void lookUpCredit(const QString &applicantKey);
    void showCredit(const CreditStatus &credit);
    void showOpenCommitments();
    void setLocked(bool locked);
    void clearFields();
    QString typedIdNumber() const;

    std::unique_ptr<Ui::ApplicantPanel> m_ui;
    IntakeSession *m_session = nullptr;
    QList<LedgerEntry> m_openCommitments;
    QString m_fullIdNumber; // the number behind the masked display
    QLabel *m_expiredLabel = nullptr;
    QWidget *m_identityBar = nullptr;
    IdCardData m_readCard; // the card's fields the form has no place for (authority, from)
    QString m_readCardId;
    bool m_masked = false;
};

} // namespace ow
