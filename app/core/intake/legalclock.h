#pragma once

#include "catalog.h"
#include "result.h"
#include "workcalendar.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ow {

// A period that does not count towards a time limit (行政许可法 Art. 45, or a correction on an
// item whose clock pauses). The working days from `from` to `until`, both included, are not
// counted; counting resumes the day after `until`. An open pause (until invalid) lasts up to
// the day the clock is read.
struct ClockPause {
    enum class Kind { Correction, Hearing, Inspection, ExpertReview, Other };
    Kind kind = Kind::Other;
    QString reason;
    QDate from;
    QDate until;
    bool open() const { return !until.isValid(); }
    friend bool operator==(const ClockPause &, const ClockPause &) = default;

    static QString kindName(Kind kind);  // correction, hearing, inspection, expert_review, other
    static QString kindLabel(Kind kind); // 补正, 听证, 检验检测, 专家评审, 其他
    static std::optional<Kind> kindFromName(const QString &name);
};

// Added time with its reason (Art. 42), in the unit of the limit it extends.
struct ClockExtension {
    int days = 0;
    QString reason;
    QString approvedBy; // who approved the extension (本行政机关负责人)
    friend bool operator==(const ClockExtension &, const ClockExtension &) = default;
};

enum class ClockStatus { Green, Yellow, Red };

// One time limit running on a case: a step (窗口受理, 后台审查) or the whole case, against the
// legal or the committed limit.
struct DeadlineTrack {
    enum class Basis { Legal, Committed };
    QString step; // "总时限" for the whole case, else the step's name
    Basis basis = Basis::Committed;
    TimeLimit limit;
    QDate start; // the acceptance date (the start day itself is not counted)
    QList<ClockPause> pauses;
    QList<ClockExtension> extensions;
    QDate finished; // when the step ended; invalid while it runs
    friend bool operator==(const DeadlineTrack &, const DeadlineTrack &) = default;
};

// A track read on a given day.
struct DeadlineReading {
    QDate due;
    int workingDaysLeft = 0; // working days in (today, due]; negative when overdue
    ClockStatus status = ClockStatus::Green;
    bool paused = false; // an open pause covers today
};

// The deadline engine (legal-rules.md §4.2, docs/intake.md "Legal clock"). Pure functions over
// the working-day calendar; any date outside the loaded calendar is an error naming the date.
class LegalClock {
public:
    static constexpr int kDefaultYellowDays = 1;

    // The due date of `limit` counted from `start`:
    //  * 工作日: the n-th working day after start, skipping paused working days;
    //  * 日: start + n calendar days (plus paused days); a last day that is a holiday or rest
    //    day moves to the next working day;
    //  * n = 0 (on the spot): the start day.
    // Extensions add their days in the limit's unit. `today` closes open pauses.
    static Result<QDate> due(const TimeLimit &limit, const QDate &start,
                             const QList<ClockPause> &pauses,
                             const QList<ClockExtension> &extensions, const WorkCalendar &calendar,
                             const QDate &today);
    static Result<QDate> due(const DeadlineTrack &track, const WorkCalendar &calendar,
                             const QDate &today);

    // Green, Yellow when at most `yellowDays` working days are left (due today counts as 0),
    // Red when today is after the due date.
    static Result<ClockStatus> status(const QDate &due, const QDate &today,
                                      const WorkCalendar &calendar,
                                      int yellowDays = kDefaultYellowDays);

    // The track read on `today` (a finished track is read on its finish day).
    static Result<DeadlineReading> read(const DeadlineTrack &track, const WorkCalendar &calendar,
                                        const QDate &today, int yellowDays = kDefaultYellowDays);

    // The worst status of several (Red over Yellow over Green).
    static ClockStatus worst(const QList<ClockStatus> &statuses);

    static QString statusName(ClockStatus status);  // green, yellow, red
    static QString statusLabel(ClockStatus status); // 绿, 黄, 红

    // Starts the track again on `newStart` (a correction on a "restart" item: the acceptance
    // date is the day the file became complete); pauses before the new start are dropped.
    static void restart(DeadlineTrack &track, const QDate &newStart);
    // Opens a pause on `from`; refused when one is already open or the reason is empty.
    static Status pause(DeadlineTrack &track, ClockPause::Kind kind, const QString &reason,
                        const QDate &from);
    // Closes the open pause on `until` (not before its start).
    static Status resume(DeadlineTrack &track, const QDate &until);
    // Adds days with a reason (Art. 42); refused without a reason or with days < 1.
    static Status extend(DeadlineTrack &track, int days, const QString &reason,
                         const QString &approvedBy);
};

} // namespace ow
