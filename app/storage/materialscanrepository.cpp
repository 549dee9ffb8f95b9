#include "materialscanrepository.h"

#include "database.h"
#include "localattachmentstore.h"
#include "syncoutbox.h"

#include <QVariant>

namespace ow {

namespace {

const char *const kColumns = "case_id, material, position, visit_id, sha256, page_count, mode, "
                             "byte_size, created_by, created_at";

QString timeText(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

MaterialScanRecord recordFrom(const QSqlQuery &q) {
    MaterialScanRecord r;
    r.caseId = q.value(0).toString();
    r.material = q.value(1).toString();
    r.position = q.value(2).toInt();
    r.visitId = q.value(3).toString();
    r.sha256 = q.value(4).toString();
    r.pageCount = q.value(5).toInt();
    r.mode = q.value(6).toString();
    r.byteSize = q.value(7).toLongLong();
    r.createdBy = q.value(8).toString();
    r.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs).toUTC();
    return r;
}

} // namespace

QJsonObject MaterialScanRecord::toJson() const {
    return {{QStringLiteral("case_id"), caseId},
            {QStringLiteral("visit_id"), visitId},
            {QStringLiteral("material"), material},
            {QStringLiteral("position"), position},
            {QStringLiteral("attachment"), sha256},
            {QStringLiteral("media_type"), QStringLiteral("application/pdf")},
            {QStringLiteral("pages"), pageCount},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("bytes"), byteSize},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), timeText(createdAt)}};
}

QString MaterialScanRepository::recordKey(const QString &caseId, const QString &material) {
    return caseId + QLatin1Char('/') + material;
}

Status MaterialScanRepository::write(MaterialScanRecord &r, const QByteArray &pdf) {
    if (r.material.trimmed().isEmpty())
        return Status::failure(QStringLiteral("scan of case %1: no material named").arg(r.caseId));
    if (r.pageCount < 1)
        return Status::failure(
            QStringLiteral("scan of %1 (case %2): no pages").arg(r.material, r.caseId));
    if (!pdf.startsWith("%PDF-"))
        return Status::failure(QStringLiteral("scan of %1 (case %2): the file is not a PDF")
                                   .arg(r.material, r.caseId));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT visit_id FROM cases WHERE id = ?"));
    q.addBindValue(r.caseId);
    if (!q.exec())
        return Status::failure(
            Database::errorOf(q, QStringLiteral("look up case %1").arg(r.caseId)));
    if (!q.next())
        return Status::failure(QStringLiteral("scan of %1: case %2 is not stored (save the visit "
                                              "first)")
                                   .arg(r.material, r.caseId));
    r.visitId = q.value(0).toString();
    auto sha = LocalAttachmentStore(m_db).put(pdf, QStringLiteral("application/pdf"), r.createdAt);
    if (!sha)
        return Status::failure(sha.error());
    r.sha256 = sha.value();
    r.byteSize = pdf.size();
    // Delete + insert: the same SQL on SQLite and PostgreSQL.
    q.prepare(QStringLiteral("DELETE FROM material_scans WHERE case_id = ? AND material = ?"));
    q.addBindValue(r.caseId);
    q.addBindValue(r.material);
    if (!q.exec())
        return Status::failure(Database::errorOf(
            q, QStringLiteral("replace the scan of %1 (case %2)").arg(r.material, r.caseId)));
    q.prepare(
        QStringLiteral("INSERT INTO material_scans (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(QLatin1String(kColumns)));
    for (const QVariant &v :
         {QVariant(r.caseId), QVariant(r.material), QVariant(r.position), QVariant(r.visitId),
          QVariant(r.sha256), QVariant(r.pageCount), QVariant(r.mode), QVariant(r.byteSize),
          QVariant(r.createdBy), QVariant(timeText(r.createdAt))})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(Database::errorOf(
            q, QStringLiteral("store the scan of %1 (case %2)").arg(r.material, r.caseId)));
    auto queued = SyncOutbox::enqueue(m_db, entity(), recordKey(r.caseId, r.material), r.toJson());
    return queued ? Status() : Status::failure(queued.error());
}

Result<QList<MaterialScanRecord>> MaterialScanRepository::save(const QList<Scan> &scans) {
    using R = Result<QList<MaterialScanRecord>>;
    QList<MaterialScanRecord> stored;
    const Status st = m_db.transaction([&]() -> Status {
        for (const Scan &scan : scans) {
            MaterialScanRecord r = scan.record;
            if (Status s = write(r, scan.pdf); !s)
                return s;
            stored << r;
        }
        return {};
    });
    if (!st)
        return R::failure(st.error());
    return stored;
}

Result<QList<MaterialScanRecord>> MaterialScanRepository::scansOf(const QString &caseId) {
    using R = Result<QList<MaterialScanRecord>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM material_scans WHERE case_id = ? ORDER BY position, "
                             "material")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(caseId);
    if (!q.exec())
        return R::failure(Database::errorOf(q, QStringLiteral("scans of case %1").arg(caseId)));
    QList<MaterialScanRecord> list;
    while (q.next())
        list << recordFrom(q);
    return list;
}

Result<std::optional<MaterialScanRecord>> MaterialScanRepository::find(const QString &caseId,
                                                                       const QString &material) {
    using R = Result<std::optional<MaterialScanRecord>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM material_scans WHERE case_id = ? AND material = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(caseId);
    q.addBindValue(material);
    if (!q.exec())
        return R::failure(
            Database::errorOf(q, QStringLiteral("scan of %1 (case %2)").arg(material, caseId)));
    if (!q.next())
        return std::optional<MaterialScanRecord>();
    return std::optional<MaterialScanRecord>(recordFrom(q));
}

Result<QByteArray> MaterialScanRepository::pdf(const QString &sha256) {
    return LocalAttachmentStore(m_db).content(sha256);
}

} // namespace ow
