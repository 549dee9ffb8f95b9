#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

class QJsonValue;

namespace ow {

// The national working-day calendar used by legal time limits (legal-rules.md §3): a date is
// a working day if it is Monday-Friday and not a holiday, or an adjusted working day (调休).
// Only years present in the loaded data are answered; any other date is an error, never a
// guess, because a wrong deadline is worse than none.
class WorkCalendar {
public:
    WorkCalendar() = default;

    // Parses the holidays-cn JSON format (resources/holidays-cn.json: years.<YYYY>.holidays
    // and .adjusted_working_days). Errors name sourceName and the JSON path.
    static Result<WorkCalendar> fromJson(const QByteArray &json, const QString &sourceName);
    static Result<WorkCalendar> fromFile(const QString &path);
    // The calendar shipped inside the binary; empty only if the build lost the resource.
    static WorkCalendar builtIn();

    // The name of the optional newer calendar an administrator may place in the data folder.
    static QString overrideFileName();
    // builtIn() merged with dataDir/holidays-cn.json when that file is present and valid.
    // When it is present but unusable, *warning says why and the built-in calendar is used.
    static WorkCalendar loadForDataDir(const QString &dataDir, QString *warning);

    // Years in `newer` replace or extend this calendar's.
    Status merge(const WorkCalendar &newer);

    bool isEmpty() const { return m_years.isEmpty(); }
    QList<int> years() const;
    // The loaded years as ranges for messages, e.g. "2024–2026".
    QString yearsText() const;
    QList<QDate> holidays(int year) const;            // sorted; empty for unloaded years
    QList<QDate> adjustedWorkingDays(int year) const; // sorted; empty for unloaded years

    Result<bool> isWorkingDay(const QDate &date) const;
    // The n-th working day after start (start itself is not counted, as in legal time
    // limits); n = 0 gives start, negative n counts backwards.
    Result<QDate> addWorkingDays(const QDate &start, int n) const;
    // Working days in (a, b]; negative when b < a. addWorkingDays(a, n) == b implies
    // workingDaysBetween(a, b) == n for n > 0.
    Result<int> workingDaysBetween(const QDate &a, const QDate &b) const;

private:
    struct Year {
        QSet<QDate> holidays;
        QSet<QDate> adjustedWorkingDays;
    };
    static bool isWorkingDayIn(const Year &year, const QDate &date);
    static Result<Year> parseYear(const QJsonValue &value, int year, const QString &where);
    QString outsideMessage(const QDate &date) const;

    QMap<int, Year> m_years;
};

} // namespace ow
