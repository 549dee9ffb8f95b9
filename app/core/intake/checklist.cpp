#include "checklist.h"

#include <QCoreApplication>

namespace ow {

namespace {

struct StateInfo {
    MaterialState state;
    const char *name;
    const char *label; // UTF-8
};

const StateInfo kStates[] = {
    {MaterialState::Missing, "missing", "缺"},
    {MaterialState::Received, "received", "已收"},
    {MaterialState::FromELicence, "e_licence", "免提交"},
    {MaterialState::Deferred, "deferred", "容缺"},
    {MaterialState::Defective, "defective", "不合格"},
    {MaterialState::NotApplicable, "not_applicable", "不适用"},
};

QString quoted(const QString &value) {
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

bool ChecklistEntry::satisfied() const {
    return state == MaterialState::Received || state == MaterialState::FromELicence;
}

Checklist Checklist::fromItem(const Item &item) {
    Checklist list;
    for (const Material &m : item.materials) {
        ChecklistEntry entry;
        entry.standard = m;
        if (m.eLicenceExempt) {
            entry.state = MaterialState::FromELicence;
            entry.source = QStringLiteral("电子证照/共享数据");
        }
        list.m_entries << entry;
    }
    return list;
}

const ChecklistEntry *Checklist::entry(const QString &material) const {
    for (const ChecklistEntry &e : m_entries)
        if (e.standard.name == material)
            return &e;
    return nullptr;
}

Result<ChecklistEntry *> Checklist::find(const QString &material) {
    for (ChecklistEntry &e : m_entries)
        if (e.standard.name == material)
            return &e;
    return Result<ChecklistEntry *>::failure(
        QCoreApplication::translate("ow::Checklist", "material %1 is not in this item's list")
            .arg(quoted(material)));
}

Status Checklist::markReceived(const QString &material, bool original, int count) {
    auto e = find(material);
    if (!e)
        return Status::failure(e.error());
    if (count < 1)
        return Status::failure(QCoreApplication::translate(
                                   "ow::Checklist", "material %1: the count received must be 1 or "
                                                    "more; got %2")
                                   .arg(quoted(material))
                                   .arg(count));
    ChecklistEntry &entry = **e;
    entry = ChecklistEntry{entry.standard, MaterialState::Received, original, count, {}, {}, {}};
    return {};
}

Status Checklist::markFromELicence(const QString &material, const QString &source) {
    auto e = find(material);
    if (!e)
        return Status::failure(e.error());
    if (source.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate(
                "ow::Checklist",
                "material %1: name the e-licence or shared-data source it came from")
                .arg(quoted(material)));
    ChecklistEntry &entry = **e;
    entry = ChecklistEntry{entry.standard, MaterialState::FromELicence, true, 0, source, {}, {}};
    return {};
}

Status Checklist::markDeferred(const QString &material, const QDate &promisedDate) {
    auto e = find(material);
    if (!e)
        return Status::failure(e.error());
    ChecklistEntry &entry = **e;
    if (!entry.deferrable())
        return Status::failure(
            QCoreApplication::translate("ow::Checklist",
                                        "material %1 is not deferrable (容缺) in the catalog")
                .arg(quoted(material)));
    if (!promisedDate.isValid())
        return Status::failure(
            QCoreApplication::translate("ow::Checklist",
                                        "material %1: a deferred material needs the promised date")
                .arg(quoted(material)));
    entry = ChecklistEntry{entry.standard, MaterialState::Deferred, true, 0, {}, promisedDate, {}};
    return {};
}

Status Checklist::markMissing(const QString &material) {
    auto e = find(material);
    if (!e)
        return Status::failure(e.error());
    ChecklistEntry &entry = **e;
    entry = ChecklistEntry{entry.standard, MaterialState::Missing, true, 0, {}, {}, {}};
    return {};
}

Status Checklist::markDefective(const QString &material, const QString &reason) {
    auto e = find(material);
    if (!e)
        return Status::failure(e.error());
    if (reason.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("ow::Checklist", "material %1: say what is wrong with it")
                .arg(quoted(material)));
    ChecklistEntry &entry = **e;
    entry = ChecklistEntry{entry.standard, MaterialState::Defective, true, 0, {}, {}, reason};
    return {};
}

Status Checklist::markNotApplicable(const QString &material, const QString &reason) {
    auto e = find(material);
    if (!e)
        return Status::failure(e.error());
    ChecklistEntry &entry = **e;
    if (entry.required())
        return Status::failure(
            QCoreApplication::translate(
                "ow::Checklist", "material %1 is required (%2) and cannot be marked not applicable")
                .arg(quoted(material), entry.standard.necessity));
    if (reason.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("ow::Checklist", "material %1: say why it does not apply")
                .arg(quoted(material)));
    entry = ChecklistEntry{entry.standard, MaterialState::NotApplicable, true, 0, {}, {}, reason};
    return {};
}

QList<ChecklistBlocker> Checklist::blockers() const {
    QList<ChecklistBlocker> list;
    for (const ChecklistEntry &e : m_entries) {
        if (!e.required() || e.satisfied())
            continue;
        QString why;
        switch (e.state) {
        case MaterialState::Missing:
            why = e.deferrable() ? QStringLiteral("缺少（可容缺，须承诺补交日期）")
                                 : QStringLiteral("缺少（必要材料，不可容缺）");
            break;
        case MaterialState::Deferred:
            why = QStringLiteral("容缺，承诺%1前补交（须容缺受理）")
                      .arg(e.promisedDate.toString(QStringLiteral("yyyy年M月d日")));
            break;
        case MaterialState::Defective:
            why = QStringLiteral("不符合要求：%1").arg(e.reason);
            break;
        default:
            break;
        }
        list << ChecklistBlocker{e.standard.name, e.state, why};
    }
    return list;
}

QList<ChecklistEntry> Checklist::inState(MaterialState state) const {
    QList<ChecklistEntry> list;
    for (const ChecklistEntry &e : m_entries)
        if (e.state == state)
            list << e;
    return list;
}

QList<ChecklistEntry> Checklist::toCorrect() const {
    QList<ChecklistEntry> list;
    for (const ChecklistEntry &e : m_entries)
        if ((e.state == MaterialState::Missing && e.required()) ||
            e.state == MaterialState::Defective)
            list << e;
    return list;
}

QString Checklist::stateName(MaterialState state) {
    for (const StateInfo &i : kStates)
        if (i.state == state)
            return QString::fromLatin1(i.name);
    return {};
}

QString Checklist::stateLabel(MaterialState state) {
    for (const StateInfo &i : kStates)
        if (i.state == state)
            return QString::fromUtf8(i.label);
    return {};
}

std::optional<MaterialState> Checklist::stateFromName(const QString &name) {
    for (const StateInfo &i : kStates)
        if (name == QLatin1String(i.name))
            return i.state;
    return std::nullopt;
}

} // namespace ow
