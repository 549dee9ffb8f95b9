#include "catalogcsvrow.h"

namespace ow {

namespace {

const QChar kListSeparator = QLatin1Char('|');

using Cells = CatalogCsvRow::Cells;

QString quoted(const QString &value) {
    return QLatin1Char('"') + value + QLatin1Char('"');
}

int toInt(const Cells &cells, const char *column, int fallback, CatalogCsvRow::Problems &problems) {
    const QString name = QString::fromLatin1(column);
    const QString text = cells.value(name).trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) {
        problems.append(
            {name, text.isEmpty()
                       ? QStringLiteral("must not be empty (a whole number)")
                       : QStringLiteral("must be a whole number; got %1").arg(quoted(text))});
        return fallback;
    }
    return value;
}

bool toBool(const Cells &cells, const char *column, CatalogCsvRow::Problems &problems) {
    const QString name = QString::fromLatin1(column);
    const QString text = cells.value(name).trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QStringLiteral("是"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") ||
        text == QStringLiteral("否"))
        return false;
    problems.append({name, QStringLiteral("must be true/false, 1/0 or 是/否; got %1")
                               .arg(quoted(cells.value(name)))});
    return false;
}

QStringList toList(const QString &text) {
    if (text.trimmed().isEmpty())
        return {};
    QStringList list = text.split(kListSeparator);
    for (QString &entry : list)
        entry = entry.trimmed();
    return list;
}

QString fromBool(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString text(const Cells &cells, const char *column) {
    return cells.value(QString::fromLatin1(column));
}

QStringList latin1List(std::initializer_list<const char *> names) {
    QStringList list;
    for (const char *n : names)
        list << QString::fromLatin1(n);
    return list;
}

} // namespace

const QStringList &CatalogCsvRow::departmentColumns() {
    static const QStringList list = latin1List({"dept_id", "dept_name", "dept_short"});
    return list;
}

const QStringList &CatalogCsvRow::itemColumns() {
    static const QStringList list = latin1List({"dept_id",
                                                "item_id",
                                                "item_name",
                                                "item_type",
                                                "serving",
                                                "legal_value",
                                                "legal_unit",
                                                "legal_basis",
                                                "legal_confidence",
                                                "committed_value",
                                                "committed_unit",
                                                "committed_basis",
                                                "committed_confidence",
                                                "instant",
                                                "ma_shang_ban",
                                                "max_one_trip",
                                                "visits_max",
                                                "eng_stage",
                                                "notes",
                                                "sources",
                                                "deferral_allowed",
                                                "deferral_max_days",
                                                "deferral_overdue_rule",
                                                "correction_clock",
                                                "agency_abbrev",
                                                "fees",
                                                "place",
                                                "phone",
                                                "levels"});
    return list;
}

const QStringList &CatalogCsvRow::materialColumns() {
    static const QStringList list =
        latin1List({"material_name", "material_form", "material_count", "material_paper_spec",
                    "material_format", "material_necessity", "material_e_licence_exempt",
                    "material_deferrable", "material_has_blank_form", "material_has_sample_form",
                    "material_source", "material_note"});
    return list;
}

Department CatalogCsvRow::department(const Cells &cells) {
    return Department{text(cells, "dept_id"), text(cells, "dept_name"), text(cells, "dept_short")};
}

Item CatalogCsvRow::item(const Cells &cells, Problems &problems) {
    Item item;
    item.id = text(cells, "item_id");
    item.deptId = text(cells, "dept_id");
    item.name = text(cells, "item_name");
    item.type = text(cells, "item_type");
    item.serving = toList(text(cells, "serving"));
    item.legalLimit = TimeLimit{toInt(cells, "legal_value", 0, problems), text(cells, "legal_unit"),
                                text(cells, "legal_basis"), text(cells, "legal_confidence")};
    item.committedLimit =
        TimeLimit{toInt(cells, "committed_value", 0, problems), text(cells, "committed_unit"),
                  text(cells, "committed_basis"), text(cells, "committed_confidence")};
    item.instant = toBool(cells, "instant", problems);
    item.maShangBan = toBool(cells, "ma_shang_ban", problems);
    item.maxOneTrip = toBool(cells, "max_one_trip", problems);
    item.visitsMax = toInt(cells, "visits_max", 0, problems);
    item.engStage = text(cells, "eng_stage");
    item.notes = text(cells, "notes");
    item.sources = toList(text(cells, "sources"));
    // The intake fields: an empty cell is the default.
    if (!text(cells, "deferral_allowed").trimmed().isEmpty())
        item.deferralAllowed = toBool(cells, "deferral_allowed", problems);
    if (!text(cells, "deferral_max_days").trimmed().isEmpty())
        item.deferralMaxDays = toInt(cells, "deferral_max_days", 0, problems);
    item.deferralOverdueRule = text(cells, "deferral_overdue_rule");
    item.correctionClock = text(cells, "correction_clock");
    item.agencyAbbrev = text(cells, "agency_abbrev");
    item.fees = text(cells, "fees");
    item.place = text(cells, "place");
    item.phone = text(cells, "phone");
    item.levels = toList(text(cells, "levels"));
    return item;
}

Material CatalogCsvRow::material(const Cells &cells, Problems &problems) {
    Material m;
    m.name = text(cells, "material_name");
    m.form = text(cells, "material_form");
    m.count = toInt(cells, "material_count", 1, problems);
    m.paperSpec = text(cells, "material_paper_spec");
    m.format = text(cells, "material_format");
    m.necessity = text(cells, "material_necessity");
    m.eLicenceExempt = toBool(cells, "material_e_licence_exempt", problems);
    m.deferrable = toBool(cells, "material_deferrable", problems);
    m.hasBlankForm = toBool(cells, "material_has_blank_form", problems);
    m.hasSampleForm = toBool(cells, "material_has_sample_form", problems);
    m.source = text(cells, "material_source");
    m.note = text(cells, "material_note");
    return m;
}

void CatalogCsvRow::putDepartment(const Department &dept, Cells &cells) {
    cells.insert(QStringLiteral("dept_id"), dept.id);
    cells.insert(QStringLiteral("dept_name"), dept.name);
    cells.insert(QStringLiteral("dept_short"), dept.shortName);
}

void CatalogCsvRow::putItem(const Item &item, Cells &cells) {
    const auto put = [&](const char *column, const QString &value) {
        cells.insert(QString::fromLatin1(column), value);
    };
    put("item_id", item.id);
    put("dept_id", item.deptId);
    put("item_name", item.name);
    put("item_type", item.type);
    put("serving", item.serving.join(kListSeparator));
    put("legal_value", QString::number(item.legalLimit.value));
    put("legal_unit", item.legalLimit.unit);
    put("legal_basis", item.legalLimit.basis);
    put("legal_confidence", item.legalLimit.confidence);
    put("committed_value", QString::number(item.committedLimit.value));
    put("committed_unit", item.committedLimit.unit);
    put("committed_basis", item.committedLimit.basis);
    put("committed_confidence", item.committedLimit.confidence);
    put("instant", fromBool(item.instant));
    put("ma_shang_ban", fromBool(item.maShangBan));
    put("max_one_trip", fromBool(item.maxOneTrip));
    put("visits_max", QString::number(item.visitsMax));
    put("eng_stage", item.engStage);
    put("notes", item.notes);
    put("sources", item.sources.join(kListSeparator));
    Item intake = item; // written only when different from the default
    intake.dropDefaultValues();
    put("deferral_allowed", intake.deferralAllowed ? fromBool(*intake.deferralAllowed) : QString());
    put("deferral_max_days",
        intake.deferralMaxDays ? QString::number(*intake.deferralMaxDays) : QString());
    put("deferral_overdue_rule", intake.deferralOverdueRule);
    put("correction_clock", intake.correctionClock);
    put("agency_abbrev", intake.agencyAbbrev);
    put("fees", intake.fees);
    put("place", intake.place);
    put("phone", intake.phone);
    put("levels", intake.levels.join(kListSeparator));
}

void CatalogCsvRow::putMaterial(const Material &m, Cells &cells) {
    const auto put = [&](const char *column, const QString &value) {
        cells.insert(QString::fromLatin1(column), value);
    };
    put("material_name", m.name);
    put("material_form", m.form);
    put("material_count", QString::number(m.count));
    put("material_paper_spec", m.paperSpec);
    put("material_format", m.format);
    put("material_necessity", m.necessity);
    put("material_e_licence_exempt", fromBool(m.eLicenceExempt));
    put("material_deferrable", fromBool(m.deferrable));
    put("material_has_blank_form", fromBool(m.hasBlankForm));
    put("material_has_sample_form", fromBool(m.hasSampleForm));
    put("material_source", m.source);
    put("material_note", m.note);
}

QString CatalogCsvRow::departmentColumn(const QString &field) {
    if (field == QLatin1String("short"))
        return QStringLiteral("dept_short");
    return QStringLiteral("dept_") + field;
}

QString CatalogCsvRow::itemColumn(const QString &field) {
    if (field == QLatin1String("dept"))
        return QStringLiteral("dept_id");
    if (field == QLatin1String("id") || field == QLatin1String("name") ||
        field == QLatin1String("type"))
        return QStringLiteral("item_") + field;
    if (field.startsWith(QLatin1String("legal_limit.")))
        return QStringLiteral("legal_") + field.mid(12);
    if (field.startsWith(QLatin1String("committed_limit.")))
        return QStringLiteral("committed_") + field.mid(16);
    if (field.startsWith(QLatin1String("deferral.")))
        return QStringLiteral("deferral_") + field.mid(9);
    return field;
}

QString CatalogCsvRow::materialColumn(const QString &field) {
    return QStringLiteral("material_") + field;
}

} // namespace ow
