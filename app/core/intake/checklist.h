#pragma once

#include "catalog.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// The state of one material of the case (the clerk's checklist, one entry per catalog material).
enum class MaterialState {
    Missing,       // not (yet) presented
    Received,      // presented: original or copy, count
    FromELicence,  // 免提交: the window obtains it from e-licences / shared data (satisfied)
    Deferred,      // 容缺: promised for a date
    Defective,     // presented but not acceptable (reason)
    NotApplicable, // does not apply to this applicant (reason); only for 非必要 materials
};

struct ChecklistEntry {
    Material standard; // the catalog's material (name, form, count, spec, note...)
    MaterialState state = MaterialState::Missing;
    bool original = true; // Received: original (原件) or copy (复印件)
    int count = 0;        // Received: copies presented
    QString source; // FromELicence: e.g. 电子证照库 / 共享数据 / 营业执照电子证照
    QDate promisedDate; // Deferred
    QString reason;     // Defective / NotApplicable: why
    friend bool operator==(const ChecklistEntry &, const ChecklistEntry &) = default;

    // Received or FromELicence: counts as present for acceptance.
    bool satisfied() const;
    bool required() const { return Item::isRequired(standard); }
    bool deferrable() const { return Item::isDeferrable(standard); }
};

// A material that stops plain acceptance, and why (shown to the clerk).
struct ChecklistBlocker {
    QString material;
    MaterialState state = MaterialState::Missing;
    QString why;
};

// The checklist of one case, generated from the item's materials. The setters refuse unknown
// materials and impossible states with a message naming the material.
class Checklist {
public:
    Checklist() = default;
    // One entry per material, in catalog order; 免提交 materials start as FromELicence with the
    // source 电子证照/共享数据 (the window fetches them), every other one as Missing.
    static Checklist fromItem(const Item &item);

    const QList<ChecklistEntry> &entries() const { return m_entries; }
    const ChecklistEntry *entry(const QString &material) const;

    Status markReceived(const QString &material, bool original, int count);
    Status markFromELicence(const QString &material, const QString &source);
    Status markDeferred(const QString &material, const QDate &promisedDate);
    Status markMissing(const QString &material);
    Status markDefective(const QString &material, const QString &reason);
    // Only a 非必要 material can be not applicable, and only with a reason.
    Status markNotApplicable(const QString &material, const QString &reason);

    // Every required material that is not satisfied (Missing, Deferred, Defective), in order.
    QList<ChecklistBlocker> blockers() const;
    // Entries in the given state.
    QList<ChecklistEntry> inState(MaterialState state) const;
    // Required materials that are Missing, and every Defective one (the contents of a
    // correction notice; a missing optional material is not something to correct).
    QList<ChecklistEntry> toCorrect() const;

    static QString stateName(MaterialState state); // "received", ... (for JSON and logs)
    static QString stateLabel(MaterialState state); // 已收, 免提交, 容缺, 缺, 不合格, 不适用
    static std::optional<MaterialState> stateFromName(const QString &name);

    friend bool operator==(const Checklist &, const Checklist &) = default;

private:
    Result<ChecklistEntry *> find(const QString &material);
    QList<ChecklistEntry> m_entries;
};

} // namespace ow
