// onewindow-cli catalog validate|import|export FILE: the catalog as JSON or CSV files.
#include "command.h"

#include "catalogcsv.h"
#include "catalogjson.h"
#include "catalogrepository.h"
#include "workstationstore.h"

#include <QFileInfo>

namespace ow::cli {

namespace {

enum class Format { Json, Csv };

int usage(Context &ctx) {
    ctx.err << "usage: onewindow-cli catalog validate FILE   check a catalog file, change nothing\n"
               "       onewindow-cli catalog import FILE     check it, then replace the "
               "workstation's catalog\n"
               "       onewindow-cli catalog export FILE     write the workstation's catalog\n"
               "FILE ends in .json or .csv (format: docs/catalog-format.md)\n";
    return 2;
}

std::optional<Format> formatOf(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString summary(const Catalog &catalog) {
    qsizetype materials = 0;
    for (const Item &item : catalog.items)
        materials += item.materials.size();
    return QStringLiteral("%1 items, %2 departments, %3 materials")
        .arg(catalog.items.size())
        .arg(catalog.departments.size())
        .arg(materials);
}

// Reads and checks the file; prints every issue on stderr. Exit code 0 (good), 1 (issues) or
// 2 (the file cannot be read at all).
int readChecked(Context &ctx, const QString &path, Format format, Catalog &catalog) {
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        ctx.err << "onewindow-cli: " << path << ": no such readable file\n";
        return 2;
    }
    const CatalogReadResult result =
        format == Format::Json ? CatalogJson::readFile(path) : CatalogCsv::readFile(path);
    if (!result.ok()) {
        for (const CatalogIssue &issue : result.issues)
            ctx.err << issue.toString() << "\n";
        ctx.err << path << ": " << result.issues.size()
                << (result.issues.size() == 1 ? " problem" : " problems")
                << "; the catalog was not accepted\n";
        return 1;
    }
    catalog = *result.catalog;
    return 0;
}

int importCatalog(Context &ctx, const QString &path, Format format) {
    Catalog catalog;
    if (const int code = readChecked(ctx, path, format, catalog); code != 0)
        return code;
    auto db = WorkstationStore::open(ctx.dataDir);
    if (!db) {
        ctx.err << "onewindow-cli: " << db.error() << "\n";
        return 2;
    }
    CatalogRepository repo(*db.value());
    if (const Status st = repo.replace(catalog); !st) {
        ctx.err << "onewindow-cli: import failed, the previous catalog is unchanged: " << st.error()
                << "\n";
        return 2;
    }
    ctx.out << "imported " << summary(catalog) << " into "
            << WorkstationStore::databasePath(ctx.dataDir) << " (catalog version " << repo.version()
            << ")\n";
    return 0;
}

int exportCatalog(Context &ctx, const QString &path, Format format) {
    auto db = WorkstationStore::open(ctx.dataDir);
    if (!db) {
        ctx.err << "onewindow-cli: " << db.error() << "\n";
        return 2;
    }
    CatalogRepository repo(*db.value());
    const auto catalog = repo.load();
    if (!catalog) {
        ctx.err << "onewindow-cli: " << catalog.error() << "\n";
        return 2;
    }
    if (catalog->items.isEmpty()) {
        ctx.err << "onewindow-cli: the workstation has no catalog to export\n";
        return 1;
    }
    const Status st = format == Format::Json ? CatalogJson::writeFile(*catalog, path)
                                             : CatalogCsv::writeFile(*catalog, path);
    if (!st) {
        ctx.err << "onewindow-cli: " << st.error() << "\n";
        return 2;
    }
    ctx.out << "exported " << summary(*catalog) << " to " << path;
    if (format == Format::Csv && !catalog->extras.isEmpty())
        ctx.out << " (CSV has no place for the top-level sections "
                << catalog->extras.keys().join(QStringLiteral(", "))
                << "; export JSON to keep them)";
    ctx.out << "\n";
    return 0;
}

} // namespace

int runCatalog(Context &ctx) {
    if (ctx.args.size() != 2)
        return usage(ctx);
    const QString action = ctx.args.at(0);
    const QString path = ctx.args.at(1);
    const auto format = formatOf(path);
    if (!format) {
        ctx.err << "onewindow-cli: " << path << ": the file name must end in .json or .csv\n";
        return 2;
    }
    if (action == QLatin1String("validate")) {
        Catalog catalog;
        const int code = readChecked(ctx, path, *format, catalog);
        if (code == 0)
            ctx.out << summary(catalog) << "\n";
        return code;
    }
    if (action == QLatin1String("import"))
        return importCatalog(ctx, path, *format);
    if (action == QLatin1String("export"))
        return exportCatalog(ctx, path, *format);
    return usage(ctx);
}

} // namespace ow::cli
