#pragma once

#include "commitmentservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace ow {

// The ledger screen's table: open commitments across cases, filtered to all, due soon or
// overdue. The status role (green / yellow / red) colours the working days left.
class CommitmentLedgerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Filter { All, DueSoon, Overdue };
    enum Column {
        ApplicantColumn,
        CaseNumberColumn,
        ItemColumn,
        MaterialColumn,
        PromisedDateColumn,
        DaysLeftColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        CommitmentIdRole,
        DueStatusRole, // "green", "yellow" (due soon) or "red" (overdue)
    };

    explicit CommitmentLedgerModel(CommitmentService &service, QObject *parent = nullptr);

    // Reads the ledger again; false (with lastError()) when storage failed.
    bool refresh();
    const QString &lastError() const { return m_error; }
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // How many open commitments each filter shows (for the filter buttons' counts).
    int count(Filter filter) const;

    const LedgerEntry *entryAt(int row) const;
    int rowOf(const QString &commitmentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString daysLeftText(const LedgerEntry &entry);
    static QString stateText(const LedgerEntry &entry);

private:
    static bool matches(const LedgerEntry &entry, Filter filter);

    CommitmentService &m_service;
    Filter m_filter = Filter::All;
    QList<LedgerEntry> m_all;
    QList<LedgerEntry> m_shown;
    QString m_error;
};

} // namespace ow
