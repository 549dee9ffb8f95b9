#include "catalogvalidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace ow {

namespace {

QString quoted(const QString &value) {
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString oneOf(const QStringList &allowed, const QString &value) {
    return QStringLiteral("must be one of %1; got %2")
        .arg(allowed.join(QStringLiteral(", ")), quoted(value));
}

// Runs the rules for one item and its materials.
class ItemRules {
public:
    ItemRules(const Catalog &catalog, const QSet<QString> &stageIds,
              const CatalogValidator::Report &report)
        : m_catalog(catalog)
        , m_stageIds(stageIds)
        , m_report(report) {}

    void check(int index) {
        m_index = index;
        const Item &item = m_catalog.items.at(index);
        if (item.id.trimmed().isEmpty())
            fail(QStringLiteral("id"), QStringLiteral("must not be empty"));
        if (item.deptId.trimmed().isEmpty())
            fail(QStringLiteral("dept"), QStringLiteral("must not be empty"));
        else if (!m_catalog.department(item.deptId))
            fail(QStringLiteral("dept"),
                 QStringLiteral("refers to department %1, which is not in departments")
                     .arg(quoted(item.deptId)));
        if (item.name.trimmed().isEmpty())
            fail(QStringLiteral("name"), QStringLiteral("must not be empty"));
        if (!CatalogValidator::itemTypes().contains(item.type))
            fail(QStringLiteral("type"), oneOf(CatalogValidator::itemTypes(), item.type));
        checkServing(item.serving);
        checkLimit(QStringLiteral("legal_limit"), item.legalLimit);
        checkLimit(QStringLiteral("committed_limit"), item.committedLimit);
        if (item.visitsMax < 0 || item.visitsMax > CatalogValidator::kMaxVisits)
            fail(QStringLiteral("visits_max"), QStringLiteral("must be between 0 and %1; got %2")
                                                   .arg(CatalogValidator::kMaxVisits)
                                                   .arg(item.visitsMax));
        if (!item.engStage.isEmpty() && !m_stageIds.isEmpty() &&
            !m_stageIds.contains(item.engStage))
            fail(QStringLiteral("eng_stage"),
                 QStringLiteral("refers to stage %1, which is not in engineering_stages")
                     .arg(quoted(item.engStage)));
        for (int s = 0; s < item.sources.size(); ++s)
            if (item.sources.at(s).trimmed().isEmpty())
                fail(QStringLiteral("sources"),
                     QStringLiteral("entry %1 must not be empty").arg(s + 1));
        checkIntakeFields(item);
        QSet<QString> materialNames;
        for (int m = 0; m < item.materials.size(); ++m) {
            checkMaterial(m, item.materials.at(m));
            const QString &name = item.materials.at(m).name;
            if (!name.isEmpty() && materialNames.contains(name))
                failMaterial(m, QStringLiteral("name"),
                             QStringLiteral("%1 appears twice in this item; material names "
                                            "must be unique within an item")
                                 .arg(quoted(name)));
            materialNames.insert(name);
        }
    }

private:
    void checkServing(const QStringList &serving) {
        if (serving.isEmpty())
            fail(QStringLiteral("serving"),
                 QStringLiteral("must name at least one of %1")
                     .arg(CatalogValidator::servings().join(QStringLiteral(", "))));
        QSet<QString> seen;
        for (const QString &party : serving) {
            if (!CatalogValidator::servings().contains(party))
                fail(QStringLiteral("serving"), oneOf(CatalogValidator::servings(), party));
            else if (seen.contains(party))
                fail(QStringLiteral("serving"),
                     QStringLiteral("lists %1 twice").arg(quoted(party)));
            seen.insert(party);
        }
    }

    void checkLimit(const QString &key, const TimeLimit &limit) {
        if (limit.value < 0)
            fail(key + QStringLiteral(".value"),
                 QStringLiteral("must be 0 or more; got %1").arg(limit.value));
        if (!CatalogValidator::units().contains(limit.unit))
            fail(key + QStringLiteral(".unit"), oneOf(CatalogValidator::units(), limit.unit));
        if (!CatalogValidator::confidences().contains(limit.confidence))
            fail(key + QStringLiteral(".confidence"),
                 oneOf(CatalogValidator::confidences(), limit.confidence));
    }

    void checkIntakeFields(const Item &item) {
        if (item.deferralAllowed.value_or(false)) {
            bool anyDeferrable = false;
            for (const Material &m : item.materials)
                anyDeferrable = anyDeferrable || Item::isDeferrable(m);
            if (!anyDeferrable)
                fail(QStringLiteral("deferral.allowed"),
                     QStringLiteral("is true but no material of the item is deferrable"));
        }
        if (item.deferralMaxDays) {
            const int days = *item.deferralMaxDays;
            if (days < 0)
                fail(QStringLiteral("deferral.max_days"),
                     QStringLiteral("must be 0 or more; got %1").arg(days));
            else if (days > item.committedLimit.value)
                fail(QStringLiteral("deferral.max_days"),
                     QStringLiteral("must not exceed the committed limit (%1); got %2")
                         .arg(item.committedLimit.value)
                         .arg(days));
        }
        const QStringList overdueRules = {CatalogValues::terminate(), CatalogValues::refuse()};
        if (!item.deferralOverdueRule.isEmpty() && !overdueRules.contains(item.deferralOverdueRule))
            fail(QStringLiteral("deferral.overdue_rule"),
                 oneOf(overdueRules, item.deferralOverdueRule));
        const QStringList clockRules = {CatalogValues::restart(), CatalogValues::pause()};
        if (!item.correctionClock.isEmpty() && !clockRules.contains(item.correctionClock))
            fail(QStringLiteral("correction_clock"), oneOf(clockRules, item.correctionClock));
        QSet<QString> seen;
        for (const QString &level : item.levels) {
            if (!CatalogValidator::levels().contains(level))
                fail(QStringLiteral("levels"), oneOf(CatalogValidator::levels(), level));
            else if (seen.contains(level))
                fail(QStringLiteral("levels"), QStringLiteral("lists %1 twice").arg(quoted(level)));
            seen.insert(level);
        }
    }

    void checkMaterial(int m, const Material &material) {
        if (material.name.trimmed().isEmpty())
            failMaterial(m, QStringLiteral("name"), QStringLiteral("must not be empty"));
        if (material.form.trimmed().isEmpty())
            failMaterial(m, QStringLiteral("form"), QStringLiteral("must not be empty"));
        if (material.count < 1)
            failMaterial(m, QStringLiteral("count"),
                         QStringLiteral("must be 1 or more; got %1").arg(material.count));
        if (material.paperSpec.trimmed().isEmpty())
            failMaterial(m, QStringLiteral("paper_spec"),
                         QStringLiteral("must not be empty (write — when there is no paper)"));
        if (!CatalogValidator::formats().contains(material.format))
            failMaterial(m, QStringLiteral("format"),
                         oneOf(CatalogValidator::formats(), material.format));
        if (!CatalogValidator::necessities().contains(material.necessity))
            failMaterial(m, QStringLiteral("necessity"),
                         oneOf(CatalogValidator::necessities(), material.necessity));
        if (!CatalogValidator::sources().contains(material.source))
            failMaterial(m, QStringLiteral("source"),
                         oneOf(CatalogValidator::sources(), material.source));
    }

    void fail(const QString &field, const QString &message) {
        m_report(CatalogRef{CatalogRef::Kind::Item, -1, m_index, -1, field}, message);
    }
    void failMaterial(int m, const QString &field, const QString &message) {
        m_report(CatalogRef{CatalogRef::Kind::Material, -1, m_index, m, field}, message);
    }

    const Catalog &m_catalog;
    const QSet<QString> &m_stageIds;
    const CatalogValidator::Report &m_report;
    int m_index = -1;
};

// Engineering-stage ids from the extras, when the catalog has them (eng_stage must refer to one).
QSet<QString> stageIds(const QJsonObject &extras) {
    QSet<QString> ids;
    const QJsonArray stages = extras.value(QStringLiteral("engineering_stages")).toArray();
    for (const QJsonValue &stage : stages)
        ids.insert(stage.toObject().value(QStringLiteral("id")).toString());
    ids.remove(QString());
    return ids;
}

} // namespace

void CatalogValidator::validate(const Catalog &catalog, const Report &report) {
    using Kind = CatalogRef::Kind;
    if (catalog.departments.isEmpty())
        report(CatalogRef{Kind::Catalog, -1, -1, -1, QStringLiteral("departments")},
               QStringLiteral("the catalog has no departments"));
    if (catalog.items.isEmpty())
        report(CatalogRef{Kind::Catalog, -1, -1, -1, QStringLiteral("items")},
               QStringLiteral("the catalog has no items"));

    QSet<QString> deptIds;
    for (int d = 0; d < catalog.departments.size(); ++d) {
        const Department &dept = catalog.departments.at(d);
        auto fail = [&](const char *field, const QString &message) {
            report(CatalogRef{Kind::Department, d, -1, -1, QString::fromLatin1(field)}, message);
        };
        if (dept.id.trimmed().isEmpty())
            fail("id", QStringLiteral("must not be empty"));
        else if (deptIds.contains(dept.id))
            fail("id", QStringLiteral("department id %1 is used twice").arg(quoted(dept.id)));
        deptIds.insert(dept.id);
        if (dept.name.trimmed().isEmpty())
            fail("name", QStringLiteral("must not be empty"));
    }

    const QSet<QString> stages = stageIds(catalog.extras);
    ItemRules rules(catalog, stages, report);
    QSet<QString> itemIds;
    for (int i = 0; i < catalog.items.size(); ++i) {
        rules.check(i);
        const QString &id = catalog.items.at(i).id;
        if (!id.trimmed().isEmpty() && itemIds.contains(id))
            report(CatalogRef{Kind::Item, -1, i, -1, QStringLiteral("id")},
                   QStringLiteral("item id %1 is used twice").arg(quoted(id)));
        itemIds.insert(id);
    }
}

const QStringList &CatalogValidator::itemTypes() {
    static const QStringList list = {
        QStringLiteral("行政许可"),     QStringLiteral("行政处罚"), QStringLiteral("行政强制"),
        QStringLiteral("行政征收"),     QStringLiteral("行政给付"), QStringLiteral("行政检查"),
        QStringLiteral("行政确认"),     QStringLiteral("行政奖励"), QStringLiteral("行政裁决"),
        QStringLiteral("其他行政权力"), QStringLiteral("公共服务")};
    return list;
}

const QStringList &CatalogValidator::units() {
    static const QStringList list = {QStringLiteral("工作日"), QStringLiteral("日")};
    return list;
}

const QStringList &CatalogValidator::confidences() {
    static const QStringList list = {QStringLiteral("verified"), QStringLiteral("recalled"),
                                     QStringLiteral("illustrative")};
    return list;
}

const QStringList &CatalogValidator::servings() {
    static const QStringList list = {QStringLiteral("自然人"), QStringLiteral("法人"),
                                     QStringLiteral("其他组织")};
    return list;
}

const QStringList &CatalogValidator::necessities() {
    static const QStringList list = {QStringLiteral("必要"), QStringLiteral("非必要"),
                                     QStringLiteral("容缺后补")};
    return list;
}

const QStringList &CatalogValidator::formats() {
    static const QStringList list = {QStringLiteral("纸质"), QStringLiteral("电子"),
                                     QStringLiteral("纸质/电子")};
    return list;
}

const QStringList &CatalogValidator::levels() {
    static const QStringList list = {QStringLiteral("市"), QStringLiteral("区"),
                                     QStringLiteral("镇街道"), QStringLiteral("社区")};
    return list;
}

const QStringList &CatalogValidator::sources() {
    static const QStringList list = {QStringLiteral("申请人自备"), QStringLiteral("政府部门核发"),
                                     QStringLiteral("中介机构出具"), QStringLiteral("其他")};
    return list;
}

} // namespace ow
