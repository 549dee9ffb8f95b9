#include "catalogcsv.h"

#include "catalogcsvrow.h"
#include "catalogtext.h"
#include "catalogvalidator.h"
#include "csvtable.h"

#include <QHash>
#include <QSet>

namespace ow {

namespace {

using Cells = CatalogCsvRow::Cells;

QString quoted(const QString &value) {
    return QLatin1Char('"') + value + QLatin1Char('"');
}

bool allEmpty(const Cells &cells, const QStringList &columns) {
    for (const QString &c : columns)
        if (!cells.value(c).trimmed().isEmpty())
            return false;
    return true;
}

// Where each department, item and material of the catalog came from, for error messages.
struct Origins {
    QList<int> departmentLine;
    QList<int> itemLine;
    QList<QList<int>> materialLine;
};

// Turns the data rows into a catalog: departments and items in the order they first appear,
// repeated department and item columns checked against their first row.
class RowReader {
public:
    RowReader(CatalogIssueList &issues, Catalog &catalog, Origins &origins)
        : m_issues(issues)
        , m_catalog(catalog)
        , m_origins(origins) {}

    void read(int line, const Cells &cells) {
        const QString deptId = cells.value(QStringLiteral("dept_id"));
        if (!m_deptRow.contains(deptId)) {
            m_deptRow.insert(deptId, Row{line, cells, int(m_catalog.departments.size())});
            m_catalog.departments << CatalogCsvRow::department(cells);
            m_origins.departmentLine << line;
        } else {
            agree(line, cells, m_deptRow.value(deptId), CatalogCsvRow::departmentColumns(),
                  QStringLiteral("department %1").arg(quoted(deptId)));
        }

        const QString itemId = cells.value(QStringLiteral("item_id"));
        QStringList itemOnly = CatalogCsvRow::itemColumns();
        itemOnly.removeAll(QStringLiteral("dept_id"));
        if (itemId.isEmpty()) {
            // A department with no items yet: the row must carry nothing else.
            if (!allEmpty(cells, itemOnly) || !allEmpty(cells, CatalogCsvRow::materialColumns()))
                m_issues.addAtLine(line, QStringLiteral("item_id"),
                                   QStringLiteral("is empty but the row has item or material "
                                                  "columns; every item row needs its item_id"));
            return;
        }
        int itemIndex = 0;
        if (!m_itemRow.contains(itemId)) {
            itemIndex = int(m_catalog.items.size());
            m_itemRow.insert(itemId, Row{line, cells, itemIndex});
            CatalogCsvRow::Problems problems;
            m_catalog.items << CatalogCsvRow::item(cells, problems);
            report(line, problems);
            m_origins.itemLine << line;
            m_origins.materialLine << QList<int>{};
        } else {
            const Row &first = m_itemRow.value(itemId);
            itemIndex = first.index;
            agree(line, cells, first, CatalogCsvRow::itemColumns(),
                  QStringLiteral("item %1").arg(quoted(itemId)));
        }
        if (allEmpty(cells, CatalogCsvRow::materialColumns()))
            return; // an item without materials
        CatalogCsvRow::Problems problems;
        m_catalog.items[itemIndex].materials << CatalogCsvRow::material(cells, problems);
        report(line, problems);
        m_origins.materialLine[itemIndex] << line;
    }

private:
    struct Row {
        int line = 0;
        Cells cells;
        int index = 0;
    };

    void agree(int line, const Cells &cells, const Row &first, const QStringList &columns,
               const QString &what) {
        for (const QString &column : columns) {
            const QString here = cells.value(column);
            const QString there = first.cells.value(column);
            if (here != there)
                m_issues.addAtLine(line, column,
                                   QStringLiteral("is %1 here but %2 on line %3; every row of %4 "
                                                  "must repeat the same value")
                                       .arg(quoted(here), quoted(there))
                                       .arg(first.line)
                                       .arg(what));
        }
    }

    void report(int line, const CatalogCsvRow::Problems &problems) {
        for (const auto &[column, message] : problems)
            m_issues.addAtLine(line, column, message);
    }

    CatalogIssueList &m_issues;
    Catalog &m_catalog;
    Origins &m_origins;
    QHash<QString, Row> m_deptRow;
    QHash<QString, Row> m_itemRow;
};

// Maps the header's column names to positions, reporting unknown, repeated and missing columns.
std::optional<QHash<QString, int>> readHeader(const CsvRecord &header, CatalogIssueList &issues) {
    QHash<QString, int> position;
    bool ok = true;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        if (!CatalogCsv::columns().contains(name)) {
            issues.addAtLine(header.line, name,
                             QStringLiteral("unknown column in the header (column %1)").arg(i + 1));
            ok = false;
        } else if (position.contains(name)) {
            issues.addAtLine(header.line, name, QStringLiteral("the column appears twice"));
            ok = false;
        }
        position.insert(name, int(i));
    }
    for (const QString &name : CatalogCsv::columns()) {
        if (!position.contains(name) && !CatalogCsv::optionalColumns().contains(name)) {
            issues.addAtLine(header.line, name, QStringLiteral("required column is missing"));
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return position;
}

} // namespace

const QStringList &CatalogCsv::columns() {
    static const QStringList list = [] {
        QStringList all = CatalogCsvRow::departmentColumns();
        for (const QString &c : CatalogCsvRow::itemColumns())
            if (!all.contains(c))
                all << c;
        return all + CatalogCsvRow::materialColumns();
    }();
    return list;
}

const QStringList &CatalogCsv::optionalColumns() {
    static const QStringList list = {QStringLiteral("dept_short"),
                                     QStringLiteral("committed_basis"),
                                     QStringLiteral("eng_stage"),
                                     QStringLiteral("notes"),
                                     QStringLiteral("sources"),
                                     QStringLiteral("material_note"),
                                     QStringLiteral("deferral_allowed"),
                                     QStringLiteral("deferral_max_days"),
                                     QStringLiteral("deferral_overdue_rule"),
                                     QStringLiteral("correction_clock"),
                                     QStringLiteral("agency_abbrev"),
                                     QStringLiteral("fees"),
                                     QStringLiteral("place"),
                                     QStringLiteral("phone"),
                                     QStringLiteral("levels")};
    return list;
}

CatalogReadResult CatalogCsv::read(const QByteArray &data, const QString &fileName) {
    CatalogIssueList issues(fileName);
    const auto bytes = CatalogText::checkedUtf8(data, issues);
    if (!bytes)
        return {std::nullopt, issues.take()};
    const CsvTable::Parsed parsed = CsvTable::parse(QString::fromUtf8(*bytes));
    if (parsed.errorLine > 0) {
        issues.addAtLine(parsed.errorLine, {},
                         QStringLiteral("not valid CSV: %1").arg(parsed.error));
        return {std::nullopt, issues.take()};
    }
    if (parsed.records.isEmpty()) {
        issues.addAt({}, {}, QStringLiteral("the file is empty"));
        return {std::nullopt, issues.take()};
    }
    const auto header = readHeader(parsed.records.first(), issues);
    if (!header)
        return {std::nullopt, issues.take()};

    Catalog catalog;
    Origins origins;
    RowReader rows(issues, catalog, origins);
    const qsizetype width = parsed.records.first().fields.size();
    for (qsizetype r = 1; r < parsed.records.size() && !issues.full(); ++r) {
        const CsvRecord &record = parsed.records.at(r);
        if (record.fields.size() != width) {
            issues.addAtLine(record.line, {},
                             QStringLiteral("has %1 fields but the header has %2 columns (a comma "
                                            "inside a value must be quoted)")
                                 .arg(record.fields.size())
                                 .arg(width));
            continue;
        }
        Cells cells;
        for (auto it = header->begin(); it != header->end(); ++it)
            cells.insert(it.key(), record.fields.at(it.value()));
        rows.read(record.line, cells);
    }

    for (Item &item : catalog.items) // materials are all read now: defaults can be judged
        item.dropDefaultValues();
    CatalogValidator::validate(catalog, [&](const CatalogRef &ref, const QString &message) {
        int line = parsed.records.first().line;
        QString column = ref.field;
        switch (ref.kind) {
        case CatalogRef::Kind::Catalog:
            line = 0;
            break;
        case CatalogRef::Kind::Department:
            line = origins.departmentLine.at(ref.department);
            column = CatalogCsvRow::departmentColumn(ref.field);
            break;
        case CatalogRef::Kind::Item:
            line = origins.itemLine.at(ref.item);
            column = CatalogCsvRow::itemColumn(ref.field);
            break;
        case CatalogRef::Kind::Material:
            line = origins.materialLine.at(ref.item).at(ref.material);
            column = CatalogCsvRow::materialColumn(ref.field);
            break;
        }
        if (!issues.reportedAt({}, line, column))
            issues.addAtLine(line, column, message);
    });
    if (!issues.isEmpty())
        return {std::nullopt, issues.take()};
    return {std::move(catalog), {}};
}

CatalogReadResult CatalogCsv::readFile(const QString &path) {
    CatalogIssueList issues(path);
    const auto data = CatalogText::readFile(path, issues);
    if (!data)
        return {std::nullopt, issues.take()};
    return read(*data, path);
}

QByteArray CatalogCsv::write(const Catalog &catalog) {
    QString text = CsvTable::formatRecord(columns());
    const auto writeRow = [&](const Cells &cells) {
        QStringList fields;
        for (const QString &c : columns())
            fields << cells.value(c);
        text += CsvTable::formatRecord(fields);
    };
    // Departments are read back in the order they first appear. When the items alone would not
    // give the catalog's order (or a department has no items), list every department first.
    QStringList appearance;
    for (const Item &item : catalog.items)
        if (!appearance.contains(item.deptId))
            appearance << item.deptId;
    QStringList order;
    for (const Department &d : catalog.departments)
        order << d.id;
    if (appearance != order) {
        for (const Department &d : catalog.departments) {
            Cells cells;
            CatalogCsvRow::putDepartment(d, cells);
            writeRow(cells);
        }
    }
    for (const Item &item : catalog.items) {
        Cells cells;
        if (const Department *d = catalog.department(item.deptId))
            CatalogCsvRow::putDepartment(*d, cells);
        CatalogCsvRow::putItem(item, cells);
        if (item.materials.isEmpty())
            writeRow(cells);
        for (const Material &m : item.materials) {
            CatalogCsvRow::putMaterial(m, cells);
            writeRow(cells);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status CatalogCsv::writeFile(const Catalog &catalog, const QString &path) {
    return CatalogText::writeFile(path, write(catalog));
}

} // namespace ow
