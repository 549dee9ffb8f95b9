#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

class Database;

// The scan of one material of a case: one PDF, named by its SHA-256 (docs/materialscan.md).
struct MaterialScanRecord {
    QString caseId;
    QString material; // the checklist entry's material name (unique within the case)
    int position = 0; // the material's place in the checklist (0-based)
    QString visitId;  // filled in from the stored case
    QString sha256;   // of the PDF
    int pageCount = 0;
    QString mode; // colour, greyscale, bw
    qint64 byteSize = 0;
    QString createdBy;
    QDateTime createdAt;
    friend bool operator==(const MaterialScanRecord &, const MaterialScanRecord &) = default;

    QJsonObject toJson() const; // the synced record (entity "material_scan")
};

// Stores scanned materials: the PDF (as a pending local attachment), the record that names it
// (a rescan replaces the material's record) and its sync outbox entry, all in one transaction.
// The sync cycle uploads the PDF before it pushes the record.
class MaterialScanRepository {
public:
    explicit MaterialScanRepository(Database &db)
        : m_db(db) {}

    static QString entity() { return QStringLiteral("material_scan"); }
    static QString recordKey(const QString &caseId, const QString &material);

    struct Scan {
        MaterialScanRecord record; // sha256 and byteSize are computed from pdf
        QByteArray pdf;
    };
    // Saves every scan in one transaction (a batch split into several materials is stored whole
    // or not at all). Refused, nothing written, when a case is not stored, a material is empty
    // or a PDF is empty or does not start like a PDF. Returns the stored records.
    Result<QList<MaterialScanRecord>> save(const QList<Scan> &scans);

    Result<QList<MaterialScanRecord>> scansOf(const QString &caseId); // by position
    Result<std::optional<MaterialScanRecord>> find(const QString &caseId, const QString &material);
    Result<QByteArray> pdf(const QString &sha256);

private:
    Status write(MaterialScanRecord &record, const QByteArray &pdf);
    Database &m_db;
};

} // namespace ow
