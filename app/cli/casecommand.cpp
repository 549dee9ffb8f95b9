// onewindow-cli case run SCENARIO.json --out DIR [--data-dir D] [--no-save]: a scripted intake
// through the workstation's own core code, written as JSON and printed documents (PDF).
#include "command.h"

#include "casereport.h"
#include "caserepository.h"
#include "catalogjson.h"
#include "catalogrepository.h"
#include "databaseserialcounter.h"
#include "noticeprinter.h"
#include "scenario.h"
#include "scenariorunner.h"
#include "workstationstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

namespace ow::cli {

namespace {

struct Options {
    QString scenario;
    QString outDir;
    bool save = true;
};

int usage(Context &ctx) {
    ctx.err << "usage: onewindow-cli case run SCENARIO.json --out DIR [--data-dir D] [--no-save]\n"
               "  runs a scripted intake (format: docs/scenario-format.md), writes\n"
               "  DIR/case-<id>.json and every printed document as DIR/<case>-<kind>.pdf, and\n"
               "  saves the visit in the workstation database (--no-save: a temporary one)\n";
    return 2;
}

std::optional<Options> parse(Context &ctx) {
    Options o;
    QStringList args = ctx.args;
    if (args.isEmpty() || args.takeFirst() != QLatin1String("run"))
        return std::nullopt;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--out") && !args.isEmpty())
            o.outDir = args.takeFirst();
        else if (a == QLatin1String("--data-dir") && !args.isEmpty())
            ctx.dataDir = args.takeFirst();
        else if (a == QLatin1String("--no-save"))
            o.save = false;
        else if (!a.startsWith(QLatin1String("--")) && o.scenario.isEmpty())
            o.scenario = a;
        else
            return std::nullopt;
    }
    if (o.scenario.isEmpty() || o.outDir.isEmpty())
        return std::nullopt;
    return o;
}

Result<Catalog> builtInCatalog() {
    QFile demo(QStringLiteral(":/onewindow/catalog-demo.json"));
    if (!demo.open(QIODevice::ReadOnly))
        return Result<Catalog>::failure(QStringLiteral("the built-in demo catalog is missing"));
    const CatalogReadResult parsed =
        CatalogJson::read(demo.readAll(), QStringLiteral("catalog-demo.json"));
    if (!parsed.ok())
        return Result<Catalog>::failure(parsed.issuesText());
    return *parsed.catalog;
}

// The workstation's catalog, or the built-in demo catalog while it has none (then nothing is
// opened, so a scenario that fails its checks leaves even a fresh data folder empty).
Result<Catalog> catalogOf(const QString &dataDir, QTextStream &err) {
    if (QFileInfo::exists(WorkstationStore::databasePath(dataDir))) {
        auto db = WorkstationStore::open(dataDir);
        if (!db)
            return Result<Catalog>::failure(db.error());
        CatalogRepository catalogs(*db.value());
        if (!catalogs.isEmpty())
            return catalogs.load();
    }
    err << "onewindow-cli: the workstation has no catalog yet; using the built-in demo catalog\n";
    return builtInCatalog();
}

void printErrors(Context &ctx, const QString &file, const QList<ScenarioError> &errors) {
    for (const ScenarioError &e : errors)
        ctx.err << file << ": " << e.toString() << "\n";
    ctx.err << file << ": " << errors.size() << (errors.size() == 1 ? " problem" : " problems")
            << "; nothing was run or written\n";
}

// Writes every file into DIR; each file appears whole or not at all (QSaveFile).
Status writeOutputs(const QString &outDir, const ScenarioRun &run, const QList<QByteArray> &pdfs,
                    const WorkCalendar &calendar) {
    if (!QDir().mkpath(outDir))
        return Status::failure(QStringLiteral("cannot create the folder %1").arg(outDir));
    const QDir dir(outDir);
    auto write = [&](const QString &name, const QByteArray &bytes) -> Status {
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Status::failure(
                QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return {};
    };
    for (const IntakeCase &kase : run.visit.cases) {
        const QJsonObject json = CaseReport::toJson(kase, run.documents, calendar, run.lastDay);
        if (Status st = write(QStringLiteral("case-%1.json").arg(kase.id),
                              QJsonDocument(json).toJson(QJsonDocument::Indented));
            !st)
            return st;
    }
    for (int i = 0; i < run.documents.size(); ++i)
        if (Status st = write(run.documents.at(i).fileName, pdfs.at(i)); !st)
            return st;
    return {};
}

} // namespace

int runCase(Context &ctx) {
    const auto options = parse(ctx);
    if (!options)
        return usage(ctx);
    QFile file(options->scenario);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << "onewindow-cli: " << options->scenario << ": cannot read it\n";
        return 2;
    }
    const QByteArray json = file.readAll();
    QString warning;
    const WorkCalendar calendar = WorkCalendar::loadForDataDir(ctx.dataDir, &warning);
    if (!warning.isEmpty())
        ctx.err << "onewindow-cli: " << warning << "\n";
    const auto catalog = catalogOf(ctx.dataDir, ctx.err);
    if (!catalog) {
        ctx.err << "onewindow-cli: " << catalog.error() << "\n";
        return 2;
    }

    // 1. Check everything and play it once in memory: nothing is written unless it all works.
    QList<ScenarioError> errors;
    auto scenario = ScenarioReader(catalog.value(), calendar).read(json, errors);
    ScenarioRunner runner(catalog.value(), calendar);
    if (scenario) {
        MemorySerialCounter dryCounter;
        runner.run(*scenario, QStringLiteral("V-check"), dryCounter, errors);
    }
    if (!errors.isEmpty()) {
        printErrors(ctx, options->scenario, errors);
        return 2;
    }

    // 2. The real run: serial numbers, the saved visit and the rendered documents in one
    // database transaction.
    QTemporaryDir scratch;
    const QString storeDir = options->save ? ctx.dataDir : scratch.path();
    auto db = WorkstationStore::open(storeDir);
    if (!db) {
        ctx.err << "onewindow-cli: " << db.error() << "\n";
        return 2;
    }
    CaseRepository cases(*db.value());
    DatabaseSerialCounter counter(*db.value());
    std::optional<ScenarioRun> run;
    QList<QByteArray> pdfs;
    const Status saved = db.value()->transaction([&]() -> Status {
        // The credit system's word counts: an applicant blacklisted here stays blacklisted.
        auto known = cases.findApplicant(scenario->applicant.key());
        if (known && known.value() && known.value()->credit.blacklisted &&
            !scenario->applicant.credit.blacklisted)
            scenario->applicant.credit = known.value()->credit;
        auto visitId = cases.newVisitId(scenario->now.date());
        if (!visitId)
            return Status::failure(visitId.error());
        run = runner.run(*scenario, visitId.value(), counter, errors);
        if (!run)
            return Status::failure(QStringLiteral("the scenario failed against the database"));
        for (const PrintedDocument &d : run->documents) {
            auto pdf = NoticePrinter::pdf(d.document);
            if (!pdf)
                return Status::failure(QStringLiteral("%1: %2").arg(d.fileName, pdf.error()));
            pdfs << pdf.value();
        }
        return cases.writeVisit(run->visit);
    });
    if (!saved) {
        if (!errors.isEmpty())
            printErrors(ctx, options->scenario, errors);
        ctx.err << "onewindow-cli: nothing was saved: " << saved.error() << "\n";
        return errors.isEmpty() ? 1 : 2;
    }

    // 3. The files.
    if (Status st = writeOutputs(options->outDir, *run, pdfs, calendar); !st) {
        ctx.err << "onewindow-cli: the visit was saved, but " << st.error() << "\n";
        return 1;
    }
    for (const IntakeCase &kase : run->visit.cases)
        ctx.out << kase.id << "  " << kase.itemName << "  " << CaseTransitions::label(kase.state())
                << (kase.number.isEmpty() ? QString() : QStringLiteral("  ") + kase.number) << "\n";
    ctx.out << "visit " << run->visit.id << ": " << run->visit.cases.size() << " case(s), "
            << run->documents.size() << " document(s) in " << options->outDir
            << (options->save ? QString() : QStringLiteral(" (not saved: --no-save)")) << "\n";
    return 0;
}

} // namespace ow::cli
