#include "legalclock.h"

#include <QCoreApplication>

namespace ow {

namespace {

struct KindInfo {
    ClockPause::Kind kind;
    const char *name;
    const char *label; // UTF-8
};

const KindInfo kKinds[] = {
    {ClockPause::Kind::Correction, "correction", "补正"},
    {ClockPause::Kind::Hearing, "hearing", "听证"},
    {ClockPause::Kind::Inspection, "inspection", "检验检测"},
    {ClockPause::Kind::ExpertReview, "expert_review", "专家评审"},
    {ClockPause::Kind::Other, "other", "其他"},
};

// Longer than any real time limit; stops a loop on broken input (the calendar itself ends
// well before this).
constexpr int kMaxDaysCounted = 3660;

bool pausedOn(const QList<ClockPause> &pauses, const QDate &day, const QDate &today) {
    for (const ClockPause &p : pauses) {
        const QDate until = p.open() ? today : p.until;
        if (p.from.isValid() && day >= p.from && until.isValid() && day <= until)
            return true;
    }
    return false;
}

const QString kCalendarDays = QStringLiteral("日");
const QString kWorkingDays = QStringLiteral("工作日");

} // namespace

QString ClockPause::kindName(Kind kind) {
    for (const KindInfo &i : kKinds)
        if (i.kind == kind)
            return QString::fromLatin1(i.name);
    return {};
}

QString ClockPause::kindLabel(Kind kind) {
    for (const KindInfo &i : kKinds)
        if (i.kind == kind)
            return QString::fromUtf8(i.label);
    return {};
}

std::optional<ClockPause::Kind> ClockPause::kindFromName(const QString &name) {
    for (const KindInfo &i : kKinds)
        if (name == QLatin1String(i.name))
            return i.kind;
    return std::nullopt;
}

Result<QDate> LegalClock::due(const TimeLimit &limit, const QDate &start,
                              const QList<ClockPause> &pauses,
                              const QList<ClockExtension> &extensions, const WorkCalendar &calendar,
                              const QDate &today) {
    if (!start.isValid())
        return Result<QDate>::failure(
            QCoreApplication::translate("ow::LegalClock", "the clock has no start date"));
    if (limit.unit != kWorkingDays && limit.unit != kCalendarDays)
        return Result<QDate>::failure(
            QCoreApplication::translate("ow::LegalClock",
                                        "time limit unit must be 工作日 or 日; got \"%1\"")
                .arg(limit.unit));
    if (limit.value < 0)
        return Result<QDate>::failure(
            QCoreApplication::translate("ow::LegalClock", "time limit must be 0 or more; got %1")
                .arg(limit.value));
    // The start date must lie in the calendar even when nothing is counted.
    if (const auto startCheck = calendar.isWorkingDay(start); !startCheck)
        return Result<QDate>::failure(startCheck.error());
    int total = limit.value;
    for (const ClockExtension &e : extensions)
        total += qMax(0, e.days);
    const bool working = limit.unit == kWorkingDays;
    QDate day = start;
    int counted = 0;
    for (int step = 0; counted < total; ++step) {
        if (step > kMaxDaysCounted)
            return Result<QDate>::failure(
                QCoreApplication::translate("ow::LegalClock",
                                            "the deadline lies more than %1 days after %2")
                    .arg(kMaxDaysCounted)
                    .arg(start.toString(Qt::ISODate)));
        day = day.addDays(1);
        if (pausedOn(pauses, day, today))
            continue;
        if (working) {
            const auto isWorking = calendar.isWorkingDay(day);
            if (!isWorking)
                return Result<QDate>::failure(isWorking.error());
            if (!*isWorking)
                continue;
        }
        ++counted;
    }
    if (!working) {
        // A period in calendar days whose last day is a holiday or rest day ends on the next
        // working day.
        for (;;) {
            const auto isWorking = calendar.isWorkingDay(day);
            if (!isWorking)
                return Result<QDate>::failure(isWorking.error());
            if (*isWorking)
                break;
            day = day.addDays(1);
        }
    }
    return day;
}

Result<QDate> LegalClock::due(const DeadlineTrack &track, const WorkCalendar &calendar,
                              const QDate &today) {
    return due(track.limit, track.start, track.pauses, track.extensions, calendar, today);
}

Result<ClockStatus> LegalClock::status(const QDate &dueDate, const QDate &today,
                                       const WorkCalendar &calendar, int yellowDays) {
    if (today > dueDate) {
        // Still ask the calendar so a date outside it is reported, not guessed.
        if (const auto check = calendar.isWorkingDay(today); !check)
            return Result<ClockStatus>::failure(check.error());
        return ClockStatus::Red;
    }
    const auto left = calendar.workingDaysBetween(today, dueDate);
    if (!left)
        return Result<ClockStatus>::failure(left.error());
    return *left <= yellowDays ? ClockStatus::Yellow : ClockStatus::Green;
}

Result<DeadlineReading> LegalClock::read(const DeadlineTrack &track, const WorkCalendar &calendar,
                                         const QDate &today, int yellowDays) {
    const QDate asOf = track.finished.isValid() ? track.finished : today;
    const auto dueDate = due(track, calendar, asOf);
    if (!dueDate)
        return Result<DeadlineReading>::failure(dueDate.error());
    const auto left = calendar.workingDaysBetween(asOf, *dueDate);
    if (!left)
        return Result<DeadlineReading>::failure(left.error());
    const auto st = status(*dueDate, asOf, calendar, yellowDays);
    if (!st)
        return Result<DeadlineReading>::failure(st.error());
    DeadlineReading reading;
    reading.due = *dueDate;
    reading.workingDaysLeft = *left;
    reading.status = *st;
    for (const ClockPause &p : track.pauses)
        reading.paused = reading.paused || (p.open() && p.from <= asOf);
    return reading;
}

ClockStatus LegalClock::worst(const QList<ClockStatus> &statuses) {
    ClockStatus result = ClockStatus::Green;
    for (ClockStatus s : statuses)
        if (int(s) > int(result))
            result = s;
    return result;
}

QString LegalClock::statusName(ClockStatus status) {
    switch (status) {
    case ClockStatus::Green:
        return QStringLiteral("green");
    case ClockStatus::Yellow:
        return QStringLiteral("yellow");
    case ClockStatus::Red:
        return QStringLiteral("red");
    }
    return {};
}

QString LegalClock::statusLabel(ClockStatus status) {
    switch (status) {
    case ClockStatus::Green:
        return QStringLiteral("绿");
    case ClockStatus::Yellow:
        return QStringLiteral("黄");
    case ClockStatus::Red:
        return QStringLiteral("红");
    }
    return {};
}

void LegalClock::restart(DeadlineTrack &track, const QDate &newStart) {
    track.start = newStart;
    track.pauses.removeIf(
        [&](const ClockPause &p) { return !p.open() && p.until.isValid() && p.until < newStart; });
}

Status LegalClock::pause(DeadlineTrack &track, ClockPause::Kind kind, const QString &reason,
                         const QDate &from) {
    if (reason.trimmed().isEmpty())
        return Status::failure(QStringLiteral("a pause of the clock needs a reason"));
    if (!from.isValid())
        return Status::failure(QStringLiteral("a pause of the clock needs its start date"));
    for (const ClockPause &p : track.pauses)
        if (p.open())
            return Status::failure(QStringLiteral("the clock of %1 is already paused since %2 (%3)")
                                       .arg(track.step, p.from.toString(Qt::ISODate), p.reason));
    track.pauses << ClockPause{kind, reason, from, {}};
    return {};
}

Status LegalClock::resume(DeadlineTrack &track, const QDate &until) {
    for (ClockPause &p : track.pauses) {
        if (!p.open())
            continue;
        if (!until.isValid() || until < p.from)
            return Status::failure(
                QStringLiteral("the pause started on %1; it cannot end on %2")
                    .arg(p.from.toString(Qt::ISODate), until.toString(Qt::ISODate)));
        p.until = until;
        return {};
    }
    return Status::failure(QStringLiteral("the clock of %1 is not paused").arg(track.step));
}

Status LegalClock::extend(DeadlineTrack &track, int days, const QString &reason,
                          const QString &approvedBy) {
    if (days < 1)
        return Status::failure(
            QStringLiteral("an extension must add 1 day or more; got %1").arg(days));
    if (reason.trimmed().isEmpty())
        return Status::failure(QStringLiteral("an extension needs a reason (Art. 42)"));
    track.extensions << ClockExtension{days, reason, approvedBy};
    return {};
}

} // namespace ow
