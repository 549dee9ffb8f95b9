#include "catalogjson.h"

#include "catalogjsonobject.h"
#include "catalogtext.h"
#include "catalogvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace ow {

namespace {

const QString kDepartments = QStringLiteral("departments");
const QString kItems = QStringLiteral("items");

// Builds a Catalog from the parsed document, remembering which array index each element came
// from so value-rule issues can be reported at their JSON path.
class DocumentReader {
public:
    explicit DocumentReader(CatalogIssueList &issues)
        : m_issues(issues) {}

    Catalog read(const QJsonObject &root) {
        Catalog catalog;
        for (auto it = root.begin(); it != root.end(); ++it)
            if (it.key() != kDepartments && it.key() != kItems)
                catalog.extras.insert(it.key(), it.value());
        CatalogJsonObject top(m_issues, root, QStringLiteral("$"), {});
        if (const auto depts = top.array(kDepartments))
            for (qsizetype d = 0; d < depts->size(); ++d)
                readDepartment(catalog, depts->at(d), int(d));
        if (const auto items = top.array(kItems))
            for (qsizetype i = 0; i < items->size() && !m_issues.full(); ++i)
                readItem(catalog, items->at(i), int(i));
        return catalog;
    }

    // The JSON path of a value-rule finding.
    QString pathOf(const CatalogRef &ref) const {
        const QString field = ref.field.isEmpty() ? QString() : QLatin1Char('.') + ref.field;
        switch (ref.kind) {
        case CatalogRef::Kind::Catalog:
            return QStringLiteral("$") + field;
        case CatalogRef::Kind::Department:
            return QStringLiteral("$.departments[%1]").arg(m_deptIndex.at(ref.department)) + field;
        case CatalogRef::Kind::Item:
            return QStringLiteral("$.items[%1]").arg(m_itemIndex.at(ref.item)) + field;
        case CatalogRef::Kind::Material:
            return QStringLiteral("$.items[%1].materials[%2]")
                       .arg(m_itemIndex.at(ref.item))
                       .arg(m_materialIndex.at(ref.item).at(ref.material)) +
                   field;
        }
        return {};
    }

private:
    void readDepartment(Catalog &catalog, const QJsonValue &value, int index) {
        const QString path = QStringLiteral("$.departments[%1]").arg(index);
        if (!value.isObject()) {
            m_issues.addAt(path, {},
                           QStringLiteral("must be an object; got %1").arg(describeJson(value)));
            return;
        }
        const QJsonObject object = value.toObject();
        CatalogJsonObject r(m_issues, object, path, {});
        r.rejectUnknown({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("short")});
        Department dept;
        dept.id = r.string(QStringLiteral("id"));
        dept.name = r.string(QStringLiteral("name"));
        dept.shortName = r.string(QStringLiteral("short"), false);
        catalog.departments << dept;
        m_deptIndex << index;
    }

    TimeLimit readLimit(CatalogJsonObject &item, const QString &key, const QString &path) {
        TimeLimit limit;
        const auto object = item.object(key);
        if (!object)
            return limit;
        const bool legal = key == QStringLiteral("legal_limit");
        CatalogJsonObject r(m_issues, *object, path + QLatin1Char('.') + key,
                            key + QLatin1Char('.'));
        r.rejectUnknown({QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("basis"),
                         QStringLiteral("confidence")});
        limit.value = r.integer(QStringLiteral("value"), 0);
        limit.unit = r.string(QStringLiteral("unit"));
        limit.basis = r.string(QStringLiteral("basis"), legal);
        limit.confidence = r.string(QStringLiteral("confidence"));
        return limit;
    }

    void readItem(Catalog &catalog, const QJsonValue &value, int index) {
        const QString path = QStringLiteral("$.items[%1]").arg(index);
        if (!value.isObject()) {
            m_issues.addAt(path, {},
                           QStringLiteral("must be an object; got %1").arg(describeJson(value)));
            return;
        }
        const QJsonObject object = value.toObject();
        CatalogJsonObject r(m_issues, object, path, {});
        r.rejectUnknown({QStringLiteral("id"),
                         QStringLiteral("dept"),
                         QStringLiteral("name"),
                         QStringLiteral("type"),
                         QStringLiteral("serving"),
                         QStringLiteral("legal_limit"),
                         QStringLiteral("committed_limit"),
                         QStringLiteral("instant"),
                         QStringLiteral("ma_shang_ban"),
                         QStringLiteral("max_one_trip"),
                         QStringLiteral("visits_max"),
                         QStringLiteral("materials"),
                         QStringLiteral("eng_stage"),
                         QStringLiteral("notes"),
                         QStringLiteral("sources"),
                         QStringLiteral("deferral"),
                         QStringLiteral("correction_clock"),
                         QStringLiteral("agency_abbrev"),
                         QStringLiteral("fees"),
                         QStringLiteral("place"),
                         QStringLiteral("phone"),
                         QStringLiteral("levels")});
        Item item;
        item.id = r.string(QStringLiteral("id"));
        item.deptId = r.string(QStringLiteral("dept"));
        item.name = r.string(QStringLiteral("name"));
        item.type = r.string(QStringLiteral("type"));
        item.serving = r.strings(QStringLiteral("serving"), true);
        item.legalLimit = readLimit(r, QStringLiteral("legal_limit"), path);
        item.committedLimit = readLimit(r, QStringLiteral("committed_limit"), path);
        item.instant = r.boolean(QStringLiteral("instant"));
        item.maShangBan = r.boolean(QStringLiteral("ma_shang_ban"));
        item.maxOneTrip = r.boolean(QStringLiteral("max_one_trip"));
        item.visitsMax = r.integer(QStringLiteral("visits_max"), 0);
        item.engStage = r.string(QStringLiteral("eng_stage"), false);
        item.notes = r.string(QStringLiteral("notes"), false);
        item.sources = r.strings(QStringLiteral("sources"), false);
        readIntakeFields(r, item, path);
        QList<int> materialIndex;
        if (const auto materials = r.array(QStringLiteral("materials"))) {
            for (qsizetype m = 0; m < materials->size(); ++m) {
                if (auto material = readMaterial(materials->at(m), path, int(m))) {
                    item.materials << *material;
                    materialIndex << int(m);
                }
            }
        }
        item.dropDefaultValues();
        catalog.items << item;
        m_itemIndex << index;
        m_materialIndex << materialIndex;
    }

    void readIntakeFields(CatalogJsonObject &r, Item &item, const QString &path) {
        if (const auto deferral = r.object(QStringLiteral("deferral"), false)) {
            CatalogJsonObject d(m_issues, *deferral, path + QStringLiteral(".deferral"),
                                QStringLiteral("deferral."));
            d.rejectUnknown({QStringLiteral("allowed"), QStringLiteral("max_days"),
                             QStringLiteral("overdue_rule")});
            item.deferralAllowed = d.optionalBoolean(QStringLiteral("allowed"));
            item.deferralMaxDays = d.optionalInteger(QStringLiteral("max_days"));
            item.deferralOverdueRule = d.string(QStringLiteral("overdue_rule"), false);
        }
        item.correctionClock = r.string(QStringLiteral("correction_clock"), false);
        item.agencyAbbrev = r.string(QStringLiteral("agency_abbrev"), false);
        item.fees = r.string(QStringLiteral("fees"), false);
        item.place = r.string(QStringLiteral("place"), false);
        item.phone = r.string(QStringLiteral("phone"), false);
        item.levels = r.strings(QStringLiteral("levels"), false);
    }

    std::optional<Material> readMaterial(const QJsonValue &value, const QString &itemPath,
                                         int index) {
        const QString path = itemPath + QStringLiteral(".materials[%1]").arg(index);
        if (!value.isObject()) {
            m_issues.addAt(path, {},
                           QStringLiteral("must be an object; got %1").arg(describeJson(value)));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        CatalogJsonObject r(m_issues, object, path, {});
        r.rejectUnknown({QStringLiteral("name"), QStringLiteral("form"), QStringLiteral("count"),
                         QStringLiteral("paper_spec"), QStringLiteral("format"),
                         QStringLiteral("necessity"), QStringLiteral("e_licence_exempt"),
                         QStringLiteral("deferrable"), QStringLiteral("has_blank_form"),
                         QStringLiteral("has_sample_form"), QStringLiteral("source"),
                         QStringLiteral("note")});
        Material m;
        m.name = r.string(QStringLiteral("name"));
        m.form = r.string(QStringLiteral("form"));
        m.count = r.integer(QStringLiteral("count"), 1);
        m.paperSpec = r.string(QStringLiteral("paper_spec"));
        m.format = r.string(QStringLiteral("format"));
        m.necessity = r.string(QStringLiteral("necessity"));
        m.eLicenceExempt = r.boolean(QStringLiteral("e_licence_exempt"));
        m.deferrable = r.boolean(QStringLiteral("deferrable"));
        m.hasBlankForm = r.boolean(QStringLiteral("has_blank_form"));
        m.hasSampleForm = r.boolean(QStringLiteral("has_sample_form"));
        m.source = r.string(QStringLiteral("source"));
        m.note = r.string(QStringLiteral("note"), false);
        return m;
    }

    CatalogIssueList &m_issues;
    QList<int> m_deptIndex;
    QList<int> m_itemIndex;
    QList<QList<int>> m_materialIndex;
};

QJsonObject limitToJson(const TimeLimit &limit, bool alwaysBasis) {
    QJsonObject o{{QStringLiteral("value"), limit.value},
                  {QStringLiteral("unit"), limit.unit},
                  {QStringLiteral("confidence"), limit.confidence}};
    if (alwaysBasis || !limit.basis.isEmpty())
        o.insert(QStringLiteral("basis"), limit.basis);
    return o;
}

QJsonObject materialToJson(const Material &m) {
    QJsonObject o{{QStringLiteral("name"), m.name},
                  {QStringLiteral("form"), m.form},
                  {QStringLiteral("count"), m.count},
                  {QStringLiteral("paper_spec"), m.paperSpec},
                  {QStringLiteral("format"), m.format},
                  {QStringLiteral("necessity"), m.necessity},
                  {QStringLiteral("e_licence_exempt"), m.eLicenceExempt},
                  {QStringLiteral("deferrable"), m.deferrable},
                  {QStringLiteral("has_blank_form"), m.hasBlankForm},
                  {QStringLiteral("has_sample_form"), m.hasSampleForm},
                  {QStringLiteral("source"), m.source}};
    if (!m.note.isEmpty())
        o.insert(QStringLiteral("note"), m.note);
    return o;
}

// The optional intake fields, written only when they differ from their defaults.
void putIntakeFields(Item item, QJsonObject &o) {
    item.dropDefaultValues();
    QJsonObject deferral;
    if (item.deferralAllowed)
        deferral.insert(QStringLiteral("allowed"), *item.deferralAllowed);
    if (item.deferralMaxDays)
        deferral.insert(QStringLiteral("max_days"), *item.deferralMaxDays);
    if (!item.deferralOverdueRule.isEmpty())
        deferral.insert(QStringLiteral("overdue_rule"), item.deferralOverdueRule);
    if (!deferral.isEmpty())
        o.insert(QStringLiteral("deferral"), deferral);
    const auto putText = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    putText(QStringLiteral("correction_clock"), item.correctionClock);
    putText(QStringLiteral("agency_abbrev"), item.agencyAbbrev);
    putText(QStringLiteral("fees"), item.fees);
    putText(QStringLiteral("place"), item.place);
    putText(QStringLiteral("phone"), item.phone);
    if (!item.levels.isEmpty())
        o.insert(QStringLiteral("levels"), QJsonArray::fromStringList(item.levels));
}

QJsonObject itemToJson(const Item &item) {
    QJsonArray materials;
    for (const Material &m : item.materials)
        materials.append(materialToJson(m));
    QJsonObject o{{QStringLiteral("id"), item.id},
                  {QStringLiteral("dept"), item.deptId},
                  {QStringLiteral("name"), item.name},
                  {QStringLiteral("type"), item.type},
                  {QStringLiteral("serving"), QJsonArray::fromStringList(item.serving)},
                  {QStringLiteral("legal_limit"), limitToJson(item.legalLimit, true)},
                  {QStringLiteral("committed_limit"), limitToJson(item.committedLimit, false)},
                  {QStringLiteral("instant"), item.instant},
                  {QStringLiteral("ma_shang_ban"), item.maShangBan},
                  {QStringLiteral("max_one_trip"), item.maxOneTrip},
                  {QStringLiteral("visits_max"), item.visitsMax},
                  {QStringLiteral("materials"), materials}};
    if (!item.engStage.isEmpty())
        o.insert(QStringLiteral("eng_stage"), item.engStage);
    if (!item.notes.isEmpty())
        o.insert(QStringLiteral("notes"), item.notes);
    if (!item.sources.isEmpty())
        o.insert(QStringLiteral("sources"), QJsonArray::fromStringList(item.sources));
    putIntakeFields(item, o);
    return o;
}

} // namespace

CatalogReadResult CatalogJson::read(const QByteArray &data, const QString &fileName) {
    CatalogIssueList issues(fileName);
    const auto bytes = CatalogText::checkedUtf8(data, issues);
    if (!bytes)
        return {std::nullopt, issues.take()};

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = CatalogText::lineAndColumn(*bytes, error.offset);
        issues.add(CatalogIssue{fileName,
                                line,
                                column,
                                {},
                                {},
                                QStringLiteral("not valid JSON: %1").arg(error.errorString())});
        return {std::nullopt, issues.take()};
    }
    if (!doc.isObject()) {
        issues.addAt(QStringLiteral("$"), {},
                     QStringLiteral("the top level must be an object with departments and items"));
        return {std::nullopt, issues.take()};
    }

    DocumentReader reader(issues);
    Catalog catalog = reader.read(doc.object());
    CatalogValidator::validate(catalog, [&](const CatalogRef &ref, const QString &message) {
        const QString path = reader.pathOf(ref);
        // A field whose type was wrong already has its issue; its default value says nothing.
        if (!issues.reportedAt(path, 0, ref.field))
            issues.addAt(path, ref.field, message);
    });
    if (!issues.isEmpty())
        return {std::nullopt, issues.take()};
    return {std::move(catalog), {}};
}

CatalogReadResult CatalogJson::readFile(const QString &path) {
    CatalogIssueList issues(path);
    const auto data = CatalogText::readFile(path, issues);
    if (!data)
        return {std::nullopt, issues.take()};
    return read(*data, path);
}

QJsonObject CatalogJson::toJson(const Catalog &catalog) {
    QJsonObject root = catalog.extras;
    QJsonArray departments;
    for (const Department &d : catalog.departments)
        departments.append(QJsonObject{{QStringLiteral("id"), d.id},
                                       {QStringLiteral("name"), d.name},
                                       {QStringLiteral("short"), d.shortName}});
    QJsonArray items;
    for (const Item &item : catalog.items)
        items.append(itemToJson(item));
    root.insert(kDepartments, departments);
    root.insert(kItems, items);
    return root;
}

QByteArray CatalogJson::write(const Catalog &catalog) {
    return QJsonDocument(toJson(catalog)).toJson(QJsonDocument::Indented);
}

Status CatalogJson::writeFile(const Catalog &catalog, const QString &path) {
    return CatalogText::writeFile(path, write(catalog));
}

} // namespace ow
