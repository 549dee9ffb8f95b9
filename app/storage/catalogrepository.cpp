#include "catalogrepository.h"

#include "database.h"
#include "itemsearch.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ow {

namespace {

QString jsonArray(const QStringList &list) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonArray(const QString &text) {
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

// Runs one prepared statement with its values, or says which statement failed and why.
Status run(QSqlQuery &q, const QVariantList &values, const QString &what) {
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString binds as SQL NULL; the text columns are NOT NULL and want ''.
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec())
        return Status::failure(Database::errorOf(q, what));
    return {};
}

Status prepare(QSqlQuery &q, const QString &sql) {
    if (!q.prepare(sql))
        return Status::failure(Database::errorOf(q, QStringLiteral("prepare %1").arg(sql)));
    return {};
}

const char *const kItemColumns =
    "id, dept_id, name, type, serving, legal_value, legal_unit, legal_basis, legal_confidence, "
    "committed_value, committed_unit, committed_basis, committed_confidence, instant, "
    "ma_shang_ban, max_one_trip, visits_max, eng_stage, notes, sources, deferral_allowed, "
    "deferral_max_days, deferral_overdue_rule, correction_clock, agency_abbrev, fees, place, "
    "phone, levels";

// The optional intake fields keep "absent" as SQL NULL (or '' for text), so a stored item
// compares equal to the one read from the catalog file. An invalid QVariant binds as NULL.
QVariant optionalInt(const std::optional<int> &value) {
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalBool(const std::optional<bool> &value) {
    return value ? QVariant(int(*value)) : QVariant();
}

QStringList levelsFrom(const QString &joined) {
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char('|'));
}

// Material::deferrable is stored as can_defer: DEFERRABLE is an SQL keyword.
const char *const kMaterialColumns =
    "item_id, name, form, count, paper_spec, format, necessity, e_licence_exempt, can_defer, "
    "has_blank_form, has_sample_form, source, note";

Item itemFromRow(const QSqlQuery &q) {
    Item item;
    item.id = q.value(0).toString();
    item.deptId = q.value(1).toString();
    item.name = q.value(2).toString();
    item.type = q.value(3).toString();
    item.serving = fromJsonArray(q.value(4).toString());
    item.legalLimit = TimeLimit{q.value(5).toInt(), q.value(6).toString(), q.value(7).toString(),
                                q.value(8).toString()};
    item.committedLimit = TimeLimit{q.value(9).toInt(), q.value(10).toString(),
                                    q.value(11).toString(), q.value(12).toString()};
    item.instant = q.value(13).toInt() != 0;
    item.maShangBan = q.value(14).toInt() != 0;
    item.maxOneTrip = q.value(15).toInt() != 0;
    item.visitsMax = q.value(16).toInt();
    item.engStage = q.value(17).toString();
    item.notes = q.value(18).toString();
    item.sources = fromJsonArray(q.value(19).toString());
    if (!q.value(20).isNull())
        item.deferralAllowed = q.value(20).toInt() != 0;
    if (!q.value(21).isNull())
        item.deferralMaxDays = q.value(21).toInt();
    item.deferralOverdueRule = q.value(22).toString();
    item.correctionClock = q.value(23).toString();
    item.agencyAbbrev = q.value(24).toString();
    item.fees = q.value(25).toString();
    item.place = q.value(26).toString();
    item.phone = q.value(27).toString();
    item.levels = levelsFrom(q.value(28).toString());
    return item;
}

Material materialFromRow(const QSqlQuery &q) {
    Material m;
    m.name = q.value(1).toString();
    m.form = q.value(2).toString();
    m.count = q.value(3).toInt();
    m.paperSpec = q.value(4).toString();
    m.format = q.value(5).toString();
    m.necessity = q.value(6).toString();
    m.eLicenceExempt = q.value(7).toInt() != 0;
    m.deferrable = q.value(8).toInt() != 0;
    m.hasBlankForm = q.value(9).toInt() != 0;
    m.hasSampleForm = q.value(10).toInt() != 0;
    m.source = q.value(11).toString();
    m.note = q.value(12).toString();
    return m;
}

// Writes a whole catalog into empty tables, statement by statement. The statements outlive the
// transaction: PostgreSQL cannot deallocate a prepared statement inside an aborted transaction.
class CatalogWriter {
public:
    explicit CatalogWriter(Database &db)
        : m_db(db)
        , m_plain(db.connection())
        , m_department(db.connection())
        , m_item(db.connection())
        , m_material(db.connection())
        , m_search(db.connection())
        , m_meta(db.connection()) {}

    Status clear() {
        QStringList statements;
        if (m_db.kind() == DatabaseKind::Sqlite)
            statements << QStringLiteral("DELETE FROM item_search_fts");
        statements << QStringLiteral("DELETE FROM item_search")
                   << QStringLiteral("DELETE FROM materials") << QStringLiteral("DELETE FROM items")
                   << QStringLiteral("DELETE FROM departments");
        QSqlQuery &q = m_plain;
        for (const QString &sql : statements)
            if (!q.exec(sql))
                return Status::failure(Database::errorOf(q, sql));
        return {};
    }

    Status departments(const QList<Department> &departments) {
        QSqlQuery &q = m_department;
        if (Status st = prepare(q, QStringLiteral("INSERT INTO departments (id, name, short_name, "
                                                  "position) VALUES (?, ?, ?, ?)"));
            !st)
            return st;
        for (int d = 0; d < departments.size(); ++d) {
            const Department &dept = departments.at(d);
            if (Status st = run(q, {dept.id, dept.name, dept.shortName, d},
                                QStringLiteral("department %1").arg(dept.id));
                !st)
                return st;
        }
        return {};
    }

    Status items(const Catalog &catalog) {
        QSqlQuery &item = m_item;
        QSqlQuery &material = m_material;
        QSqlQuery &search = m_search;
        if (Status st = prepare(item, QStringLiteral("INSERT INTO items (%1, position) VALUES "
                                                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                     "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                     "?, ?)")
                                          .arg(QLatin1String(kItemColumns)));
            !st)
            return st;
        if (Status st = prepare(material, QStringLiteral("INSERT INTO materials (%1, position) "
                                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                         "?, ?, ?)")
                                              .arg(QLatin1String(kMaterialColumns)));
            !st)
            return st;
        if (Status st = prepare(search, QStringLiteral("INSERT INTO item_search (item_id, dept_id, "
                                                       "haystack) VALUES (?, ?, ?)"));
            !st)
            return st;
        for (int i = 0; i < catalog.items.size(); ++i) {
            const Item &it = catalog.items.at(i);
            const QString what = QStringLiteral("item %1").arg(it.id);
            const TimeLimit &legal = it.legalLimit;
            const TimeLimit &committed = it.committedLimit;
            Status st = run(item,
                            {it.id,
                             it.deptId,
                             it.name,
                             it.type,
                             jsonArray(it.serving),
                             legal.value,
                             legal.unit,
                             legal.basis,
                             legal.confidence,
                             committed.value,
                             committed.unit,
                             committed.basis,
                             committed.confidence,
                             int(it.instant),
                             int(it.maShangBan),
                             int(it.maxOneTrip),
                             it.visitsMax,
                             it.engStage,
                             it.notes,
                             jsonArray(it.sources),
                             optionalBool(it.deferralAllowed),
                             optionalInt(it.deferralMaxDays),
                             it.deferralOverdueRule,
                             it.correctionClock,
                             it.agencyAbbrev,
                             it.fees,
                             it.place,
                             it.phone,
                             it.levels.join(QLatin1Char('|')),
                             i},
                            what);
            for (int m = 0; st && m < it.materials.size(); ++m) {
                const Material &mat = it.materials.at(m);
                st = run(material,
                         {it.id, mat.name, mat.form, mat.count, mat.paperSpec, mat.format,
                          mat.necessity, int(mat.eLicenceExempt), int(mat.deferrable),
                          int(mat.hasBlankForm), int(mat.hasSampleForm), mat.source, mat.note, m},
                         QStringLiteral("%1, material %2").arg(what).arg(m + 1));
            }
            if (st) {
                const Department *dept = catalog.department(it.deptId);
                st = run(search,
                         {it.id, it.deptId, ItemSearch::haystack(it, dept ? *dept : Department{})},
                         QStringLiteral("search index of %1").arg(what));
            }
            if (!st)
                return st;
        }
        if (m_db.kind() == DatabaseKind::Sqlite) {
            // The trigram index mirrors item_search, keyed by its rowid.
            QSqlQuery &q = m_plain;
            if (!q.exec(QStringLiteral("INSERT INTO item_search_fts (rowid, haystack) "
                                       "SELECT rowid, haystack FROM item_search")))
                return Status::failure(
                    Database::errorOf(q, QStringLiteral("fill item_search_fts")));
        }
        return {};
    }

    Status meta(const Catalog &catalog, int version) {
        QSqlQuery &q = m_meta;
        if (Status st = prepare(
                q, QStringLiteral("INSERT INTO catalog_meta (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            !st)
            return st;
        const QString extras =
            QString::fromUtf8(QJsonDocument(catalog.extras).toJson(QJsonDocument::Compact));
        const QList<std::pair<QString, QString>> rows = {
            {QStringLiteral("extras"), extras},
            {QStringLiteral("version"), QString::number(version)},
            {QStringLiteral("imported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        for (const auto &[key, value] : rows)
            if (Status st = run(q, {key, value}, QStringLiteral("catalog_meta %1").arg(key)); !st)
                return st;
        return {};
    }

private:
    Database &m_db;
    QSqlQuery m_plain, m_department, m_item, m_material, m_search, m_meta;
};

} // namespace

Status CatalogRepository::replace(const Catalog &catalog) {
    const int next = version() + 1;
    CatalogWriter writer(m_db);
    return m_db.transaction([&]() -> Status {
        if (Status st = writer.clear(); !st)
            return st;
        if (Status st = writer.departments(catalog.departments); !st)
            return st;
        if (Status st = writer.items(catalog); !st)
            return st;
        return writer.meta(catalog, next);
    });
}

Result<Catalog> CatalogRepository::load() {
    Catalog catalog;
    catalog.departments = departments();

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM items ORDER BY position")
                    .arg(QLatin1String(kItemColumns))))
        return Result<Catalog>::failure(Database::errorOf(q, QStringLiteral("load items")));
    QHash<QString, qsizetype> index;
    while (q.next()) {
        catalog.items << itemFromRow(q);
        index.insert(catalog.items.last().id, catalog.items.size() - 1);
    }
    if (!q.exec(QStringLiteral("SELECT %1 FROM materials ORDER BY item_id, position")
                    .arg(QLatin1String(kMaterialColumns))))
        return Result<Catalog>::failure(Database::errorOf(q, QStringLiteral("load materials")));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toString());
        if (it != index.constEnd())
            catalog.items[it.value()].materials << materialFromRow(q);
    }
    if (!q.exec(QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'extras'")))
        return Result<Catalog>::failure(Database::errorOf(q, QStringLiteral("load extras")));
    if (q.next())
        catalog.extras = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return catalog;
}

bool CatalogRepository::isEmpty() {
    return itemCount() == 0;
}

int CatalogRepository::itemCount() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM items")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int CatalogRepository::version() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'version'")) ||
        !q.next())
        return 0;
    return q.value(0).toString().toInt();
}

QList<Department> CatalogRepository::departments() {
    QList<Department> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, short_name FROM departments ORDER BY position")))
        return list;
    while (q.next())
        list << Department{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return list;
}

Result<Item> CatalogRepository::item(const QString &id) {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM items WHERE id = ?").arg(QLatin1String(kItemColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Item>::failure(Database::errorOf(q, QStringLiteral("load item %1").arg(id)));
    if (!q.next())
        return Result<Item>::failure(
            QStringLiteral("no item with id \"%1\" in the catalog").arg(id));
    Item item = itemFromRow(q);
    q.prepare(QStringLiteral("SELECT %1 FROM materials WHERE item_id = ? ORDER BY position")
                  .arg(QLatin1String(kMaterialColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Item>::failure(
            Database::errorOf(q, QStringLiteral("load materials of %1").arg(id)));
    while (q.next())
        item.materials << materialFromRow(q);
    return item;
}

} // namespace ow
