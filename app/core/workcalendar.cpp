#include "workcalendar.h"

#include <QCoreApplication>

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace ow {

namespace {

const QString kBuiltInPath = QStringLiteral(":/onewindow/holidays-cn.json");

QString dayName(const QDate &date) {
    static const char *const kNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                         "Friday", "Saturday", "Sunday"};
    return QString::fromLatin1(kNames[date.dayOfWeek() - 1]);
}

bool isWeekend(const QDate &date) {
    return date.dayOfWeek() >= Qt::Saturday;
}

QString iso(const QDate &date) {
    return date.toString(Qt::ISODate);
}

// Reads one list of "YYYY-MM-DD" strings that must all fall in `year`.
Result<QSet<QDate>> parseDateList(const QJsonObject &yearObject, const QString &key, int year,
                                  const QString &where) {
    const QString path = where + QLatin1Char('.') + key;
    const QJsonValue listValue = yearObject.value(key);
    if (!listValue.isArray()) {
        return Result<QSet<QDate>>::failure(
            QStringLiteral("%1: missing or not an array of dates").arg(path));
    }
    static const QRegularExpression isoShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QSet<QDate> dates;
    const QJsonArray list = listValue.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonValue item = list.at(i);
        if (!item.isString()) {
            return Result<QSet<QDate>>::failure(
                QStringLiteral("%1: must be a date string YYYY-MM-DD").arg(itemPath));
        }
        const QString text = item.toString();
        const QDate date = isoShape.match(text).hasMatch()
                               ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd"))
                               : QDate();
        if (!date.isValid()) {
            return Result<QSet<QDate>>::failure(
                QStringLiteral("%1: \"%2\" is not a valid date YYYY-MM-DD").arg(itemPath, text));
        }
        if (date.year() != year) {
            return Result<QSet<QDate>>::failure(
                QStringLiteral("%1: %2 is not in %3").arg(itemPath, text).arg(year));
        }
        dates.insert(date);
    }
    return dates;
}

// Formats sorted years as ranges: {2024, 2025, 2026, 2028} -> "2024–2026, 2028".
QString rangesText(const QList<int> &years) {
    QStringList parts;
    for (qsizetype i = 0; i < years.size();) {
        qsizetype j = i;
        while (j + 1 < years.size() && years.at(j + 1) == years.at(j) + 1)
            ++j;
        parts << (i == j ? QString::number(years.at(i))
                         : QStringLiteral("%1–%2").arg(years.at(i)).arg(years.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QList<QDate> sorted(const QSet<QDate> &set) {
    QList<QDate> list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

bool WorkCalendar::isWorkingDayIn(const Year &year, const QDate &date) {
    if (year.adjustedWorkingDays.contains(date))
        return true;
    return !isWeekend(date) && !year.holidays.contains(date);
}

Result<WorkCalendar::Year> WorkCalendar::parseYear(const QJsonValue &value, int year,
                                                   const QString &where) {
    if (!value.isObject())
        return Result<Year>::failure(QStringLiteral("%1: must be an object").arg(where));
    const QJsonObject object = value.toObject();

    auto holidays = parseDateList(object, QStringLiteral("holidays"), year, where);
    if (!holidays)
        return Result<Year>::failure(holidays.error());
    const QString adjustedKey = QStringLiteral("adjusted_working_days");
    auto adjusted = parseDateList(object, adjustedKey, year, where);
    if (!adjusted)
        return Result<Year>::failure(adjusted.error());

    // Catch typos: a swapped working day is by definition a weekend day, and never a holiday.
    const QJsonArray adjustedList = object.value(adjustedKey).toArray();
    for (qsizetype i = 0; i < adjustedList.size(); ++i) {
        const QDate date = QDate::fromString(adjustedList.at(i).toString(), Qt::ISODate);
        const QString itemPath = QStringLiteral("%1.%2[%3]").arg(where, adjustedKey).arg(i);
        if (!isWeekend(date)) {
            return Result<Year>::failure(QStringLiteral("%1: %2 is a %3; adjusted working days "
                                                        "are Saturdays or Sundays")
                                             .arg(itemPath, iso(date), dayName(date)));
        }
        if (holidays->contains(date)) {
            return Result<Year>::failure(
                QStringLiteral("%1: %2 is also listed as a holiday").arg(itemPath, iso(date)));
        }
    }

    Year parsed{holidays.value(), adjusted.value()};
    // The data file records its own count; when present it must agree with the lists.
    const QJsonValue statedCount = object.value(QStringLiteral("working_days_in_year_computed"));
    if (!statedCount.isUndefined()) {
        int count = 0;
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
            count += isWorkingDayIn(parsed, d) ? 1 : 0;
        if (!statedCount.isDouble() || statedCount.toInt(-1) != count) {
            return Result<Year>::failure(
                QStringLiteral("%1.working_days_in_year_computed: says %2 but the lists give %3")
                    .arg(where, statedCount.toVariant().toString())
                    .arg(count));
        }
    }
    return parsed;
}

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray &json, const QString &sourceName) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<WorkCalendar>::failure(QStringLiteral("%1: not valid JSON (%2 at offset %3)")
                                                 .arg(sourceName, parseError.errorString())
                                                 .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return Result<WorkCalendar>::failure(
            QStringLiteral("%1: the top level must be a JSON object").arg(sourceName));
    }
    const QJsonValue yearsValue = document.object().value(QStringLiteral("years"));
    if (!yearsValue.isObject()) {
        return Result<WorkCalendar>::failure(
            QStringLiteral("%1: years: missing or not an object").arg(sourceName));
    }
    const QJsonObject yearsObject = yearsValue.toObject();
    if (yearsObject.isEmpty()) {
        return Result<WorkCalendar>::failure(
            QStringLiteral("%1: years: no years are listed").arg(sourceName));
    }

    static const QRegularExpression yearShape(QStringLiteral("^(19|20|21)\\d{2}$"));
    WorkCalendar calendar;
    for (auto it = yearsObject.begin(); it != yearsObject.end(); ++it) {
        if (!yearShape.match(it.key()).hasMatch()) {
            return Result<WorkCalendar>::failure(
                QStringLiteral("%1: years.\"%2\": the key must be a four-digit year")
                    .arg(sourceName, it.key()));
        }
        const int year = it.key().toInt();
        const QString where = QStringLiteral("%1: years.%2").arg(sourceName).arg(year);
        auto parsed = parseYear(it.value(), year, where);
        if (!parsed)
            return Result<WorkCalendar>::failure(parsed.error());
        calendar.m_years.insert(year, parsed.value());
    }
    return calendar;
}

Result<WorkCalendar> WorkCalendar::fromFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<WorkCalendar>::failure(
            QStringLiteral("%1: cannot open (%2)").arg(path, file.errorString()));
    }
    return fromJson(file.readAll(), path);
}

WorkCalendar WorkCalendar::builtIn() {
    static const WorkCalendar cached = [] {
        auto loaded = fromFile(kBuiltInPath);
        if (!loaded) {
            qWarning().noquote() << "built-in holiday calendar unusable:" << loaded.error();
            return WorkCalendar();
        }
        return loaded.value();
    }();
    return cached;
}

QString WorkCalendar::overrideFileName() {
    return QStringLiteral("holidays-cn.json");
}

WorkCalendar WorkCalendar::loadForDataDir(const QString &dataDir, QString *warning) {
    if (warning)
        warning->clear();
    WorkCalendar calendar = builtIn();
    if (dataDir.isEmpty())
        return calendar;
    const QString path = QDir(dataDir).filePath(overrideFileName());
    if (!QFileInfo::exists(path))
        return calendar;
    const auto newer = fromFile(path);
    const Status merged = newer ? calendar.merge(newer.value()) : Status::failure(newer.error());
    if (!merged && warning) {
        *warning = QStringLiteral("ignoring the newer holiday calendar: %1; using the built-in "
                                  "one (%2)")
                       .arg(merged.error(), calendar.yearsText());
    }
    return calendar;
}

Status WorkCalendar::merge(const WorkCalendar &newer) {
    if (newer.isEmpty())
        return Status::failure(QStringLiteral("the newer holiday calendar lists no years"));
    for (auto it = newer.m_years.begin(); it != newer.m_years.end(); ++it)
        m_years.insert(it.key(), it.value());
    return {};
}

QList<int> WorkCalendar::years() const {
    return m_years.keys();
}

QString WorkCalendar::yearsText() const {
    return rangesText(years());
}

QList<QDate> WorkCalendar::holidays(int year) const {
    const auto it = m_years.constFind(year);
    return it == m_years.constEnd() ? QList<QDate>() : sorted(it->holidays);
}

QList<QDate> WorkCalendar::adjustedWorkingDays(int year) const {
    const auto it = m_years.constFind(year);
    return it == m_years.constEnd() ? QList<QDate>() : sorted(it->adjustedWorkingDays);
}

QString WorkCalendar::outsideMessage(const QDate &date) const {
    if (isEmpty()) {
        return QCoreApplication::translate(
                   "ow::WorkCalendar",
                   "%1 cannot be checked: no holiday calendar is loaded; load one")
            .arg(iso(date));
    }
    return QCoreApplication::translate(
               "ow::WorkCalendar",
               "%1 is outside the loaded holiday calendar (%2); load a newer calendar")
        .arg(iso(date), yearsText());
}

Result<bool> WorkCalendar::isWorkingDay(const QDate &date) const {
    if (!date.isValid())
        return Result<bool>::failure(
            QCoreApplication::translate("ow::WorkCalendar", "the date is not valid"));
    const auto it = m_years.constFind(date.year());
    if (it == m_years.constEnd())
        return Result<bool>::failure(outsideMessage(date));
    return isWorkingDayIn(it.value(), date);
}

Result<QDate> WorkCalendar::addWorkingDays(const QDate &start, int n) const {
    if (!start.isValid())
        return Result<QDate>::failure(
            QCoreApplication::translate("ow::WorkCalendar", "the start date is not valid"));
    const int step = n > 0 ? 1 : -1;
    int remaining = std::abs(n);
    QDate day = start;
    while (remaining > 0) {
        day = day.addDays(step);
        const auto working = isWorkingDay(day);
        if (!working) {
            return Result<QDate>::failure(
                QCoreApplication::translate("ow::WorkCalendar",
                                            "counting %1 working days from %2: %3")
                    .arg(n)
                    .arg(iso(start), working.error()));
        }
        if (working.value())
            --remaining;
    }
    return day;
}

Result<int> WorkCalendar::workingDaysBetween(const QDate &a, const QDate &b) const {
    if (!a.isValid() || !b.isValid())
        return Result<int>::failure(
            QCoreApplication::translate("ow::WorkCalendar", "the date is not valid"));
    const QDate from = std::min(a, b);
    const QDate to = std::max(a, b);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        const auto working = isWorkingDay(day);
        if (!working) {
            return Result<int>::failure(
                QCoreApplication::translate("ow::WorkCalendar",
                                            "counting working days from %1 to %2: %3")
                    .arg(iso(a), iso(b), working.error()));
        }
        count += working.value() ? 1 : 0;
    }
    return b < a ? -count : count;
}

} // namespace ow
