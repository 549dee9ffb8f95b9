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
    friend bool operator==(const Item &, const Item &) = default;
};

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
    friend bool operator==(const Catalog &, const Catalog &) = default;
};

} // namespace ow
