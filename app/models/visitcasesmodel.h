#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QStringList>

namespace ow {

class IntakeSession;

// The cases of the current visit (一窗办多事), one row each: the item, the state and, once
// accepted, how the deadline stands. DeadlineStatusRole gives "green", "yellow" or "red"
// (empty before acceptance) for the view to colour.
class VisitCasesModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        CaseIdRole = Qt::UserRole + 1,
        ItemIdRole,
        ItemNameRole,
        StateNameRole,      // CaseTransitions::name
        StateLabelRole,     // translated state
        DeadlineStatusRole, // green / yellow / red / ""
        CommittedDueRole,   // QDate, invalid before acceptance
    };

    explicit VisitCasesModel(IntakeSession &session, QObject *parent = nullptr);

    QString caseIdAt(int row) const;
    int rowOfCase(const QString &caseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();
    void caseChanged(const QString &caseId);

    IntakeSession &m_session;
    QStringList m_caseIds;
};

} // namespace ow
