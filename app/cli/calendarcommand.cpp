// calendar is-working-day | add-working-days | working-days-between | import: the legal
// clock's calendar, including the newer file an administrator installs for a new year.
#include "command.h"

#include "workcalendar.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace ow::cli {

namespace {

int usage(Context &ctx) {
    ctx.err << "usage: onewindow-cli calendar is-working-day DATE | add-working-days DATE N | "
               "working-days-between A B | import FILE\n"
               "  dates are written YYYY-MM-DD\n";
    return 2;
}

// Strict YYYY-MM-DD; an invalid QDate (with a message on stderr) otherwise.
QDate parseDate(Context &ctx, const QString &text) {
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = shape.match(text).hasMatch()
                           ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd"))
                           : QDate();
    if (!date.isValid())
        ctx.err << "calendar: '" << text << "' is not a valid date (expected YYYY-MM-DD)\n";
    return date;
}

WorkCalendar loadCalendar(Context &ctx) {
    QString warning;
    WorkCalendar calendar = WorkCalendar::loadForDataDir(ctx.dataDir, &warning);
    if (!warning.isEmpty())
        ctx.err << "calendar: warning: " << warning << "\n";
    return calendar;
}

int isWorkingDay(Context &ctx) {
    const QDate date = parseDate(ctx, ctx.args.at(1));
    if (!date.isValid())
        return 2;
    const auto working = loadCalendar(ctx).isWorkingDay(date);
    if (!working) {
        ctx.err << "calendar: " << working.error() << "\n";
        return 2;
    }
    ctx.out << (working.value() ? "yes" : "no") << "\n";
    return working.value() ? 0 : 1;
}

int addWorkingDays(Context &ctx) {
    const QDate start = parseDate(ctx, ctx.args.at(1));
    if (!start.isValid())
        return 2;
    bool isNumber = false;
    const int n = ctx.args.at(2).toInt(&isNumber);
    if (!isNumber) {
        ctx.err << "calendar: '" << ctx.args.at(2) << "' is not a whole number of days\n";
        return 2;
    }
    const auto end = loadCalendar(ctx).addWorkingDays(start, n);
    if (!end) {
        ctx.err << "calendar: " << end.error() << "\n";
        return 2;
    }
    ctx.out << end->toString(Qt::ISODate) << "\n";
    return 0;
}

int workingDaysBetween(Context &ctx) {
    const QDate from = parseDate(ctx, ctx.args.at(1));
    const QDate to = parseDate(ctx, ctx.args.at(2));
    if (!from.isValid() || !to.isValid())
        return 2;
    const auto count = loadCalendar(ctx).workingDaysBetween(from, to);
    if (!count) {
        ctx.err << "calendar: " << count.error() << "\n";
        return 2;
    }
    ctx.out << count.value() << "\n";
    return 0;
}

// Validates FILE completely before replacing the installed copy, so a bad file never
// displaces a good one.
int importCalendar(Context &ctx) {
    const QString source = ctx.args.at(1);
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << "calendar: cannot open " << source << " (" << file.errorString() << ")\n";
        return 2;
    }
    const QByteArray bytes = file.readAll();
    const auto parsed = WorkCalendar::fromJson(bytes, source);
    if (!parsed) {
        ctx.err << "calendar: " << parsed.error() << "\n";
        return 2;
    }
    if (ctx.dataDir.isEmpty() || !QDir().mkpath(ctx.dataDir)) {
        ctx.err << "calendar: cannot create the data folder '" << ctx.dataDir << "'\n";
        return 2;
    }
    const QString target = QDir(ctx.dataDir).filePath(WorkCalendar::overrideFileName());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        ctx.err << "calendar: cannot write " << target << " (" << out.errorString() << ")\n";
        return 2;
    }
    const WorkCalendar installed = loadCalendar(ctx);
    ctx.out << "installed " << target << "\n"
            << "years now loaded: " << installed.yearsText() << "\n";
    return 0;
}

} // namespace

int runCalendar(Context &ctx) {
    const QStringList &args = ctx.args;
    if (args.isEmpty())
        return usage(ctx);
    const QString action = args.at(0);
    if (action == QLatin1String("is-working-day") && args.size() == 2)
        return isWorkingDay(ctx);
    if (action == QLatin1String("add-working-days") && args.size() == 3)
        return addWorkingDays(ctx);
    if (action == QLatin1String("working-days-between") && args.size() == 3)
        return workingDaysBetween(ctx);
    if (action == QLatin1String("import") && args.size() == 2)
        return importCalendar(ctx);
    return usage(ctx);
}

} // namespace ow::cli
