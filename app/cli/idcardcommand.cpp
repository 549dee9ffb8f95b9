// idcard simulate --card CARD.json [--fault F] | idcard read --port DEV --json [--unmasked]
// [--timeout MS]: the ID-card reader from the command line (docs/idcard.md).
#include "command.h"

#include "clock.h"
#include "idcardjson.h"
#include "idcardreader.h"
#include "idcardsimulator.h"
#include "serialidcardtransport.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ow::cli {

namespace {

int usage(Context &ctx) {
    ctx.err << "usage: onewindow-cli idcard simulate --card CARD.json [--fault "
            << IdCardSimulator::faultNames().join(QLatin1Char('|')) << "]\n"
            << "       onewindow-cli idcard read --port DEV [--json] [--unmasked] [--timeout MS]\n";
    return 2;
}

// The value after `option`, or an empty string when the option is absent.
QString optionValue(const QStringList &args, const QString &option) {
    const qsizetype at = args.indexOf(option);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
}

int simulate(Context &ctx) {
    const QString cardPath = optionValue(ctx.args, QStringLiteral("--card"));
    if (cardPath.isEmpty())
        return usage(ctx);
    const QString faultName = optionValue(ctx.args, QStringLiteral("--fault"));
    const Result<IdCardSimulator::Fault> fault =
        IdCardSimulator::faultFromName(faultName.isEmpty() ? QStringLiteral("none") : faultName);
    if (!fault) {
        ctx.err << "idcard simulate: " << fault.error() << "\n";
        return 2;
    }
    const Result<QByteArray> readData = IdCardJson::loadReadData(cardPath);
    if (!readData) {
        ctx.err << "idcard simulate: " << readData.error() << "\n";
        return 2;
    }
    IdCardSimulator simulator(*readData, *fault);
    const Result<QString> device = simulator.start();
    if (!device) {
        ctx.err << "idcard simulate: " << device.error() << "\n";
        return 2;
    }
    ctx.out << *device << "\n";
    ctx.out.flush();
    // Serves from its own thread until the process is killed.
    return QCoreApplication::exec();
}

int read(Context &ctx) {
    const QString port = optionValue(ctx.args, QStringLiteral("--port"));
    if (port.isEmpty())
        return usage(ctx);
    IdCardReader::Timeouts timeouts;
    const QString timeoutText = optionValue(ctx.args, QStringLiteral("--timeout"));
    if (!timeoutText.isEmpty()) {
        bool ok = false;
        const int ms = timeoutText.toInt(&ok);
        if (!ok || ms <= 0) {
            ctx.err << "idcard read: --timeout wants a positive number of milliseconds, not \""
                    << timeoutText << "\"\n";
            return 2;
        }
        timeouts = {ms, ms, ms};
    }
    SerialIdCardTransport transport(port);
    IdCardReader reader(transport);
    reader.setTimeouts(timeouts);
    const QDate today = SystemClock().today();
    const Result<IdCardContents> card = reader.read(today);
    if (!card) {
        ctx.err << "idcard read: " << card.error() << "\n";
        return 1;
    }
    const bool unmasked = ctx.args.contains(QStringLiteral("--unmasked"));
    const QJsonObject json = IdCardJson::toJson(*card, today, unmasked);
    if (ctx.args.contains(QStringLiteral("--json"))) {
        ctx.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (auto it = json.begin(); it != json.end(); ++it)
        ctx.out << it.key() << ": " << it.value().toVariant().toString() << "\n";
    return 0;
}

} // namespace

int runIdCard(Context &ctx) {
    if (ctx.args.isEmpty())
        return usage(ctx);
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("simulate"))
        return simulate(ctx);
    if (sub == QLatin1String("read"))
        return read(ctx);
    return usage(ctx);
}

} // namespace ow::cli
