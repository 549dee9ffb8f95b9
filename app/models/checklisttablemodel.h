#pragma once

#include "checklist.h"
#include "materialscanrepository.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

namespace ow {

class IntakeSession;
struct MaterialMark;

// The checklist of the case on screen, one row per material: what the standard asks for, what
// the clerk has marked, and whether it stops plain acceptance. Changes go through the session
// (IntakeSession::markMaterial), so the table and the stored case cannot disagree.
class ChecklistTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        MaterialColumn,
        NecessityColumn,
        RequirementColumn, // form and count: 原件 ×1
        StateColumn,
        DetailColumn, // promised date, reason, or e-licence source
        BlockingColumn,
        ScanColumn, // the material's scanned PDF: pages and size (docs/materialscan.md)
        ColumnCount
    };
    enum Roles {
        MaterialNameRole = Qt::UserRole + 1,
        StateRole,      // int (MaterialState)
        StateNameRole,  // "received", "deferred", ... (Checklist::stateName)
        BlockingRole,   // bool
        DeferrableRole, // bool
        RequiredRole,   // bool
        ScanPagesRole,  // int: pages of the material's scan, 0 when none
    };

    explicit ChecklistTableModel(IntakeSession &session, QObject *parent = nullptr);

    QString caseId() const { return m_caseId; }
    void setCaseId(const QString &caseId);

    // Marks the material of `row` through the session.
    Status mark(int row, const MaterialMark &mark);
    QString materialAt(int row) const;
    int rowOfMaterial(const QString &material) const;

    static QString stateText(MaterialState state); // translated: Received, Deferred, ...
    // Reads the case's scanned materials again (after the scanning screen saved some).
    void reloadScans();
    const MaterialScanRecord *scanAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // StateColumn accepts a state name (Checklist::stateName) for the states that need no
    // detail: received (the standard's form and count) and missing.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void caseChanged(const QString &caseId);
    const ChecklistEntry *entryAt(int row) const;
    bool blocking(const ChecklistEntry &entry) const;
    QString detailText(const ChecklistEntry &entry) const;

    IntakeSession &m_session;
    QString m_caseId;
    QHash<QString, MaterialScanRecord> m_scans; // by material
};

} // namespace ow
