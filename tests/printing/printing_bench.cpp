// Generation time of every printed document: each kind rendered to PDF in memory 50 times,
// median / p95 / max in milliseconds (target: under 100 ms each).
//   printing_bench [--runs N] [--out DIR]   (--out also writes one PDF per kind, to look at)
#include "noticeprinter.h"
#include "sampledocuments.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

double percentile(std::vector<double> sorted, double fraction) {
    const auto index =
        static_cast<std::size_t>(fraction * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted.at(std::min(index, sorted.size() - 1));
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per kind."),
                                        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Write the PDFs here."), QStringLiteral("DIR"));
    parser.addOptions({runsOption, outOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("document"), -20)
               .arg(QStringLiteral("runs"), 5)
               .arg(QStringLiteral("median"), 8)
               .arg(QStringLiteral("p95"), 8)
               .arg(QStringLiteral("max"), 8)
               .arg(QStringLiteral("KiB"), 6);
    int failures = 0;
    QList<ow::NoticeDocument> documents;
    QStringList names;
    for (const ow::NoticeDocument::Kind kind : ow::test::allDocumentKinds()) {
        documents << ow::test::sampleDocument(kind);
        names << QLatin1String(ow::test::kindName(kind));
    }
    documents << ow::test::longReceipt(80);
    names << QStringLiteral("Receipt80Rows");

    for (qsizetype k = 0; k < documents.size(); ++k) {
        std::vector<double> times;
        QByteArray last;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const ow::Result<QByteArray> pdf = ow::NoticePrinter::pdf(documents.at(k));
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (!pdf) {
                out << names.at(k) << ": " << pdf.error() << '\n';
                ++failures;
                break;
            }
            last = *pdf;
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(names.at(k), -20)
                   .arg(times.size(), 5)
                   .arg(percentile(times, 0.5), 8, 'f', 1)
                   .arg(percentile(times, 0.95), 8, 'f', 1)
                   .arg(times.back(), 8, 'f', 1)
                   .arg(last.size() / 1024, 6);
        if (parser.isSet(outOption) && !last.isEmpty()) {
            QDir().mkpath(parser.value(outOption));
            QFile file(
                QDir(parser.value(outOption)).filePath(names.at(k) + QStringLiteral(".pdf")));
            if (file.open(QIODevice::WriteOnly))
                file.write(last);
        }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
}
