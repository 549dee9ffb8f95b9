#include "intakefixture.h"
#include "legalclock.h"

#include <QTest>

using namespace ow;

namespace {

TimeLimit workingDays(int n) {
    return TimeLimit{n, QStringLiteral("工作日"), {}, QStringLiteral("verified")};
}

TimeLimit calendarDays(int n) {
    return TimeLimit{n, QStringLiteral("日"), {}, QStringLiteral("verified")};
}

using Pauses = QList<ClockPause>;
using Extensions = QList<ClockExtension>;

ClockPause pause(QDate from, QDate until, ClockPause::Kind kind = ClockPause::Kind::ExpertReview) {
    return ClockPause{kind, QStringLiteral("专家评审"), from, until};
}

} // namespace

class TestLegalClock : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(test::calendar().years().contains(2026)); }

    void due_data() {
        QTest::addColumn<TimeLimit>("limit");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<Pauses>("pauses");
        QTest::addColumn<Extensions>("extensions");
        QTest::addColumn<QDate>("expected");

        QTest::newRow("plain 5 working days")
            << workingDays(5) << QDate(2026, 3, 2) << Pauses{} << Extensions{} << QDate(2026, 3, 9);
        QTest::newRow("on the spot")
            << workingDays(0) << QDate(2026, 3, 7) << Pauses{} << Extensions{} << QDate(2026, 3, 7);
        // Fri 13 Feb; Sat 14 Feb is an adjusted working day; 15-23 Feb Spring Festival.
        QTest::newRow("across Spring Festival") << workingDays(5) << QDate(2026, 2, 13) << Pauses{}
                                                << Extensions{} << QDate(2026, 2, 27);
        // Wed 30 Sep; 1-7 Oct National Day; Sat 10 Oct is a working day.
        QTest::newRow("across National Day") << workingDays(3) << QDate(2026, 9, 30) << Pauses{}
                                             << Extensions{} << QDate(2026, 10, 10);
        QTest::newRow("expert review paused two days")
            << workingDays(5) << QDate(2026, 3, 2)
            << Pauses{pause(QDate(2026, 3, 4), QDate(2026, 3, 5))} << Extensions{}
            << QDate(2026, 3, 11);
        QTest::newRow("pause before Spring Festival")
            << workingDays(10) << QDate(2026, 2, 10)
            << Pauses{pause(QDate(2026, 2, 12), QDate(2026, 2, 13))} << Extensions{}
            << QDate(2026, 3, 4);
        QTest::newRow("two pauses")
            << workingDays(5) << QDate(2026, 3, 2)
            << Pauses{pause(QDate(2026, 3, 3), QDate(2026, 3, 3)),
                      pause(QDate(2026, 3, 9), QDate(2026, 3, 10), ClockPause::Kind::Hearing)}
            << Extensions{} << QDate(2026, 3, 12);
        QTest::newRow("extension adds days (Art. 42)")
            << workingDays(5) << QDate(2026, 3, 2) << Pauses{}
            << Extensions{ClockExtension{3, QStringLiteral("情况复杂"), QStringLiteral("局长")}}
            << QDate(2026, 3, 12);
        QTest::newRow("calendar days") << calendarDays(15) << QDate(2026, 3, 2) << Pauses{}
                                       << Extensions{} << QDate(2026, 3, 17);
        // Mon 28 Sep + 3 days = 1 Oct, a holiday: the period ends on the next working day.
        QTest::newRow("calendar days ending on a holiday")
            << calendarDays(3) << QDate(2026, 9, 28) << Pauses{} << Extensions{}
            << QDate(2026, 10, 8);
        // Wed 4 Mar + 3 days = Sat 7 Mar, a rest day: ends Monday.
        QTest::newRow("calendar days ending on a Saturday")
            << calendarDays(3) << QDate(2026, 3, 4) << Pauses{} << Extensions{}
            << QDate(2026, 3, 9);
        QTest::newRow("calendar days with a pause")
            << calendarDays(3) << QDate(2026, 3, 2)
            << Pauses{pause(QDate(2026, 3, 3), QDate(2026, 3, 4))} << Extensions{}
            << QDate(2026, 3, 9);
    }

    void due() {
        QFETCH(TimeLimit, limit);
        QFETCH(QDate, start);
        QFETCH(Pauses, pauses);
        QFETCH(Extensions, extensions);
        QFETCH(QDate, expected);
        const auto result =
            LegalClock::due(limit, start, pauses, extensions, test::calendar(), QDate(2026, 12, 1));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(*result, expected);
    }

    void openPauseRunsToToday() {
        DeadlineTrack track{QStringLiteral("后台审查"),
                            DeadlineTrack::Basis::Legal,
                            workingDays(5),
                            QDate(2026, 3, 2),
                            {},
                            {},
                            {}};
        QVERIFY(LegalClock::pause(track, ClockPause::Kind::Inspection, QStringLiteral("检验检测"),
                                  QDate(2026, 3, 4))
                    .ok());
        QVERIFY(!LegalClock::pause(track, ClockPause::Kind::Hearing, QStringLiteral("听证"),
                                   QDate(2026, 3, 5))
                     .ok()); // one open pause at a time
        const auto reading = LegalClock::read(track, test::calendar(), QDate(2026, 3, 6));
        QVERIFY2(reading.ok(), qPrintable(reading.error()));
        QVERIFY(reading->paused);
        // 3 Mar counted; 4-6 Mar paused; then 9, 10, 11, 12 Mar.
        QCOMPARE(reading->due, QDate(2026, 3, 12));
        QVERIFY(!LegalClock::resume(track, QDate(2026, 3, 3)).ok()); // before the pause began
        QVERIFY(LegalClock::resume(track, QDate(2026, 3, 5)).ok());
        const auto after = LegalClock::read(track, test::calendar(), QDate(2026, 3, 6));
        QVERIFY(after.ok());
        QVERIFY(!after->paused);
        QCOMPARE(after->due, QDate(2026, 3, 11));
    }

    void pauseAndExtensionNeedReasons() {
        DeadlineTrack track;
        track.limit = workingDays(5);
        track.start = QDate(2026, 3, 2);
        QVERIFY(!LegalClock::pause(track, ClockPause::Kind::Hearing, QString(), QDate(2026, 3, 3))
                     .ok());
        QVERIFY(!LegalClock::extend(track, 10, QStringLiteral("  "), {}).ok());
        QVERIFY(!LegalClock::extend(track, 0, QStringLiteral("复杂"), {}).ok());
        QVERIFY(
            LegalClock::extend(track, 10, QStringLiteral("情况复杂"), QStringLiteral("局长")).ok());
        QCOMPARE(track.extensions.size(), 1);
        QVERIFY(!LegalClock::resume(track, QDate(2026, 3, 4)).ok()); // nothing paused
    }

    void restartOnCompleteFile() {
        DeadlineTrack track{QStringLiteral("总时限"),
                            DeadlineTrack::Basis::Committed,
                            workingDays(5),
                            QDate(2026, 3, 2),
                            {},
                            {},
                            {}};
        track.pauses << pause(QDate(2026, 3, 3), QDate(2026, 3, 4));
        LegalClock::restart(track, QDate(2026, 3, 9));
        QVERIFY(track.pauses.isEmpty()); // the old pause lies before the new start
        const auto due = LegalClock::due(track, test::calendar(), QDate(2026, 3, 9));
        QVERIFY(due.ok());
        QCOMPARE(*due, QDate(2026, 3, 16));
    }

    void status_data() {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("yellowDays");
        QTest::addColumn<ClockStatus>("expected");

        const QDate due(2026, 3, 11);
        QTest::newRow("two days left") << due << QDate(2026, 3, 9) << 1 << ClockStatus::Green;
        QTest::newRow("one day left") << due << QDate(2026, 3, 10) << 1 << ClockStatus::Yellow;
        QTest::newRow("due today") << due << QDate(2026, 3, 11) << 1 << ClockStatus::Yellow;
        QTest::newRow("overdue") << due << QDate(2026, 3, 12) << 1 << ClockStatus::Red;
        QTest::newRow("yellow at two days") << due << QDate(2026, 3, 9) << 2 << ClockStatus::Yellow;
        // Due Tue 24 Feb; on Fri 13 Feb the festival lies between: 2 working days left (14, 24).
        QTest::newRow("festival between")
            << QDate(2026, 2, 24) << QDate(2026, 2, 13) << 1 << ClockStatus::Green;
        QTest::newRow("festival, last working day before it")
            << QDate(2026, 2, 24) << QDate(2026, 2, 14) << 1 << ClockStatus::Yellow;
    }

    void status() {
        QFETCH(QDate, due);
        QFETCH(QDate, today);
        QFETCH(int, yellowDays);
        QFETCH(ClockStatus, expected);
        const auto result = LegalClock::status(due, today, test::calendar(), yellowDays);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(*result, expected);
    }

    void readsWithManualClock() {
        ManualClock clock(test::at(2026, 3, 2));
        const DeadlineTrack track{QStringLiteral("窗口受理"),
                                  DeadlineTrack::Basis::Committed,
                                  workingDays(2),
                                  clock.today(),
                                  {},
                                  {},
                                  {}};
        const auto statusOn = [&] {
            return LegalClock::read(track, test::calendar(), clock.today())->status;
        };
        QCOMPARE(statusOn(), ClockStatus::Green); // due Wed 4 Mar: two working days left
        clock.advanceDays(1);
        QCOMPARE(statusOn(), ClockStatus::Yellow);
        clock.advanceDays(2);
        QCOMPARE(statusOn(), ClockStatus::Red);
        DeadlineTrack finished = track;
        finished.finished = QDate(2026, 3, 4); // read on its finish day: still in time
        QCOMPARE(LegalClock::read(finished, test::calendar(), clock.today())->status,
                 ClockStatus::Yellow);
        QCOMPARE(LegalClock::worst({ClockStatus::Green, ClockStatus::Red, ClockStatus::Yellow}),
                 ClockStatus::Red);
    }

    void outsideTheCalendar_data() {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("named");
        QTest::newRow("start outside") << QDate(2027, 1, 4) << 5 << "2027-01-04";
        QTest::newRow("deadline runs out of the calendar")
            << QDate(2026, 12, 30) << 5 << "2027-01-01";
        QTest::newRow("on the spot outside") << QDate(2023, 6, 1) << 0 << "2023-06-01";
    }

    void outsideTheCalendar() {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QString, named);
        const auto result =
            LegalClock::due(workingDays(days), start, {}, {}, test::calendar(), start);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(named), qPrintable(result.error()));
    }

    void badLimit() {
        TimeLimit limit = workingDays(5);
        limit.unit = QStringLiteral("周");
        const auto result =
            LegalClock::due(limit, QDate(2026, 3, 2), {}, {}, test::calendar(), QDate(2026, 3, 2));
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QStringLiteral("周")));
    }
};

QTEST_GUILESS_MAIN(TestLegalClock)
#include "tst_legalclock.moc"
