// onewindow-cli bench search: import time and item-search latency on a synthetic catalog.
#include "command.h"

#include "catalogrepository.h"
#include "database.h"
#include "itemsearch.h"
#include "pinyin.h"
#include "syntheticcatalog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace ow::cli {

namespace {

int usage(Context &ctx) {
    ctx.err << "usage: onewindow-cli bench search [--items N] [--queries N]\n"
               "  --items N    synthetic catalog size (default 10000, 1..1000000)\n"
               "  --queries N  search calls to time (default 200, 1..1000000)\n";
    return 2;
}

struct Query {
    QString kind;
    QString text;
};

// A random piece of `text` of `length` characters (the whole text when shorter).
QString pieceOf(QRandomGenerator &rng, const QString &text, int length) {
    if (text.size() <= length)
        return text;
    return text.mid(rng.bounded(int(text.size()) - length + 1), length);
}

// The query mix: what a clerk types at the window, in seven classes taken in turn.
QList<Query> makeQueries(const Catalog &catalog, int count, quint32 seed) {
    QRandomGenerator rng(seed);
    const QStringList kinds = {QStringLiteral("1 char"),    QStringLiteral("2 chars"),
                               QStringLiteral("3+ chars"),  QStringLiteral("pinyin initials"),
                               QStringLiteral("item code"), QStringLiteral("department"),
                               QStringLiteral("no hit")};
    const QStringList noHits = {QStringLiteral("量子纠缠"), QStringLiteral("zzxqj"),
                                QStringLiteral("X99999"), QStringLiteral("火星移民"),
                                QStringLiteral("qwpz")};
    QList<Query> queries;
    for (int i = 0; i < count; ++i) {
        const QString &kind = kinds.at(i % kinds.size());
        const Item &item = catalog.items.at(rng.bounded(int(catalog.items.size())));
        const Department &dept =
            catalog.departments.at(rng.bounded(int(catalog.departments.size())));
        const Material &material = item.materials.at(rng.bounded(int(item.materials.size())));
        QString text;
        switch (i % kinds.size()) {
        case 0:
            text = pieceOf(rng, item.name, 1);
            break;
        case 1:
            text = pieceOf(rng, item.name, 2);
            break;
        case 2:
            text = rng.bounded(2) ? pieceOf(rng, item.name, 3 + rng.bounded(3)) : material.name;
            break;
        case 3:
            text = Pinyin::initials(rng.bounded(2) ? pieceOf(rng, item.name, 4) : material.name);
            break;
        case 4:
            text = item.id;
            break;
        case 5:
            text = rng.bounded(2) ? dept.shortName : dept.name;
            break;
        default:
            text = noHits.at(rng.bounded(int(noHits.size())));
        }
        queries << Query{kind, text};
    }
    return queries;
}

double percentile(QList<double> sorted, double p) {
    if (sorted.isEmpty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype index = qsizetype(std::ceil(p * double(sorted.size()))) - 1;
    return sorted.at(std::clamp<qsizetype>(index, 0, sorted.size() - 1));
}

void printRow(Context &ctx, const QString &kind, const QList<double> &ms, qsizetype hits) {
    const double maxMs = ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end());
    ctx.out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(kind, -16)
                   .arg(ms.size(), 7)
                   .arg(percentile(ms, 0.5), 10, 'f', 3)
                   .arg(percentile(ms, 0.95), 10, 'f', 3)
                   .arg(maxMs, 10, 'f', 3)
                   .arg(ms.isEmpty() ? 0.0 : double(hits) / double(ms.size()), 9, 'f', 1);
}

bool parseCount(QStringList &args, int &value) {
    if (args.isEmpty())
        return false;
    bool ok = false;
    value = args.takeFirst().toInt(&ok);
    return ok && value >= 1 && value <= 1000000;
}

} // namespace

int runBench(Context &ctx) {
    QStringList args = ctx.args;
    if (args.isEmpty() || args.takeFirst() != QLatin1String("search"))
        return usage(ctx);
    int itemCount = 10000;
    int queryCount = 200;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        const bool ok = option == QLatin1String("--items")     ? parseCount(args, itemCount)
                        : option == QLatin1String("--queries") ? parseCount(args, queryCount)
                                                               : false;
        if (!ok)
            return usage(ctx);
    }

    QElapsedTimer timer;
    timer.start();
    const Catalog catalog = SyntheticCatalog::generate(itemCount);
    qsizetype materials = 0;
    for (const Item &item : catalog.items)
        materials += item.materials.size();
    ctx.out << "synthetic catalog: " << catalog.items.size() << " items, "
            << catalog.departments.size() << " departments, " << materials
            << " materials (generated in " << timer.elapsed() << " ms)\n";

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    auto db = Database::open(DatabaseUrl::sqlite(path));
    if (!dir.isValid() || !db) {
        ctx.err << "onewindow-cli: " << (db ? dir.errorString() : db.error()) << "\n";
        return 2;
    }
    if (const Status st = db.value()->migrate(); !st) {
        ctx.err << "onewindow-cli: " << st.error() << "\n";
        return 2;
    }
    timer.restart();
    if (const Status st = CatalogRepository(*db.value()).replace(catalog); !st) {
        ctx.err << "onewindow-cli: import failed: " << st.error() << "\n";
        return 2;
    }
    ctx.out << "import: " << timer.elapsed()
            << " ms for CatalogRepository::replace() into a new SQLite file (one transaction: "
               "rows, search haystacks with pinyin, FTS5 trigram index)\n";

    ItemSearch search(*db.value());
    const QList<Query> queries = makeQueries(catalog, queryCount, 7);
    search.find(queries.first().text); // warm-up, not counted
    QStringList kinds;
    QHash<QString, QList<double>> times;
    QHash<QString, qsizetype> hits;
    QList<double> all;
    qsizetype allHits = 0;
    for (const Query &q : queries) {
        timer.restart();
        const qsizetype found = search.find(q.text).size();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!kinds.contains(q.kind))
            kinds << q.kind;
        times[q.kind] << ms;
        hits[q.kind] += found;
        all << ms;
        allHits += found;
    }
    ctx.out << "search: " << queries.size()
            << " calls of ItemSearch::find(query, all departments, limit 200), one at a time on "
               "one thread, wall time per call in ms (SQL and reading the hits)\n";
    ctx.out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("class"), -16)
                   .arg(QStringLiteral("queries"), 7)
                   .arg(QStringLiteral("median"), 10)
                   .arg(QStringLiteral("p95"), 10)
                   .arg(QStringLiteral("max"), 10)
                   .arg(QStringLiteral("mean hits"), 9);
    for (const QString &kind : kinds)
        printRow(ctx, kind, times.value(kind), hits.value(kind));
    printRow(ctx, QStringLiteral("overall"), all, allHits);
    return 0;
}

} // namespace ow::cli
