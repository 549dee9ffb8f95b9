#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

// The standard of one matter: what materials, in what form and number, within what time.
// Field names follow the catalog JSON format (resources/catalog-demo.json, docs/catalog-format.md).

struct TimeLimit {
    int value = 0;
    QString unit;       // "工作日" (working days) or "日" (calendar days)
    QString basis;      // legal basis; may be empty for committed limits
    QString confidence; // verified | recalled | illustrative
    friend bool operator==(const TimeLimit &, const TimeLimit &) = default;
};

struct Material {
    QString name;
    QString form;                // 原件 / 复印件 / 原件（核验） / 电子 ...
    int count = 1;               // number of paper copies
    QString paperSpec;           // A4, A3, 一寸 ... or "—"
    QString format;              // 纸质/电子 or 电子
    QString necessity;           // 必要 / 非必要 / 容缺后补
    bool eLicenceExempt = false; // 免提交: obtained from e-licences or shared data
    bool deferrable = false;     // 容缺: may be promised and supplied later
    bool hasBlankForm = false;
    bool hasSampleForm = false; // 填报例表
    QString source; // 申请人自备 / 政府部门核发 / 中介机构出具 / 其他
    QString note;
    friend bool operator==(const Material &, const Material &) = default;
};

struct Item {
    QString id;
    QString deptId;
    QString name;
    QString type;        // 行政许可 / 公共服务 / ...
    QStringList serving; // 自然人 / 法人 / 其他组织
    TimeLimit legalLimit;
    TimeLimit committedLimit;
    bool instant = false;    // 即办件
    bool maShangBan = false; // 马上办
    bool maxOneTrip = false; // 最多跑一次
    int visitsMax = 0;
    QList<Material> materials;
    QString engStage; // construction-approval stage id, optional
    QString notes;
    QStringList sources;

    // Intake rules (optional in the files; docs/catalog-format.md). An absent value follows
    // the default named here; readers store a value equal to its default as absent, so an
    // import followed by an export writes back exactly what was given.
    std::optional<bool> deferralAllowed; // 容缺受理; default: any material is deferrable
    std::optional<int> deferralMaxDays;  // working days; default: the committed limit
    QString deferralOverdueRule;         // "terminate" | "refuse"; empty = terminate
    QString correctionClock;             // "restart" | "pause"; empty = restart (Art. 32)
    QString agencyAbbrev;                // for document numbers; empty = department short name
    QString fees;                        // 收费标准及依据; empty = none stated
    QString place;                       // 办理地点
    QString phone;                       // 咨询/投诉电话
    QStringList levels;                  // 市 / 区 / 镇街道 / 社区; empty = not stated

    // The resolved rules, defaults applied.
    bool allowsDeferral() const;
    // Working days a promised supply date may lie after acceptance: the explicit value capped
    // by the committed limit's value (a deferral never runs past the committed limit).
    int deferralLimitDays() const;
    bool overdueRefuses() const { return deferralOverdueRule == QLatin1String("refuse"); }
    bool correctionPausesClock() const { return correctionClock == QLatin1String("pause"); }
    // True for 必要 and 容缺后补 materials (容缺后补 is required, only later).
    static bool isRequired(const Material &m);
    // True when the material may be promised and supplied later (deferrable or 容缺后补).
    static bool isDeferrable(const Material &m);
    const Material *material(const QString &materialName) const;
    // Clears the optional intake fields whose value equals their default (readers and writers
    // call it so "given as the default" and "absent" are the same item).
    void dropDefaultValues();

    friend bool operator==(const Item &, const Item &) = default;
};

// Values of the optional item fields (docs/catalog-format.md).
namespace CatalogValues {
inline QString terminate() {
    return QStringLiteral("terminate");
}
inline QString refuse() {
    return QStringLiteral("refuse");
}
inline QString restart() {
    return QStringLiteral("restart");
}
inline QString pause() {
    return QStringLiteral("pause");
}
} // namespace CatalogValues

struct Department {
    QString id;
    QString name;
    QString shortName;
    friend bool operator==(const Department &, const Department &) = default;
};

struct Catalog {
    QList<Department> departments;
    QList<Item> items;
    // Top-level sections the workstation does not interpret yet (schema, region, code tables,
    // construction stages...): kept verbatim so an import followed by an export loses nothing.
    QJsonObject extras;

    const Department *department(const QString &id) const;
    const Item *item(const QString &id) const;
    // The agency part of a document number: the item's agency_abbrev, else the department's
    // short name, else its name.
    QString agencyAbbrev(const Item &item) const;
    friend bool operator==(const Catalog &, const Catalog &) = default;
};

} // namespace ow
