#include "clock.h"
#include "loginthrottle.h"

#include <QTest>

using namespace ow;

// Five failed logins lock a name for 60 s; the lock runs out with the (manual) clock; a success
// clears the count; names are independent and case-insensitive.
class TestLoginThrottle : public QObject {
    Q_OBJECT

private slots:
    void locksAfterFailures_data() {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("lockAfter");
        QTest::newRow("4 failures") << 4 << qint64(0);
        QTest::newRow("5 failures") << 5 << qint64(60);
        QTest::newRow("7 failures") << 7 << qint64(60);
    }
    void locksAfterFailures() {
        QFETCH(int, failures);
        QFETCH(qint64, lockAfter);
        ManualClock clock(QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC));
        LoginThrottle throttle(clock, 5, 60);
        for (int i = 0; i < failures; ++i)
            throttle.recordFailure(QStringLiteral("alice"));
        QCOMPARE(throttle.lockedForSeconds(QStringLiteral("alice")), lockAfter);
        QCOMPARE(throttle.lockedForSeconds(QStringLiteral("bob")), qint64(0));
    }

    void lockRunsOut() {
        ManualClock clock(QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC));
        LoginThrottle throttle(clock, 5, 60);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(throttle.recordFailure(QStringLiteral("Alice")), qint64(0));
        QCOMPARE(throttle.recordFailure(QStringLiteral("alice")), qint64(60));
        clock.advanceSecs(59);
        QCOMPARE(throttle.lockedForSeconds(QStringLiteral("ALICE")), qint64(1));
        clock.advanceSecs(1);
        QCOMPARE(throttle.lockedForSeconds(QStringLiteral("alice")), qint64(0));
        // After the lock: a fresh allowance of five.
        QCOMPARE(throttle.recordFailure(QStringLiteral("alice")), qint64(0));
        QCOMPARE(throttle.lockedForSeconds(QStringLiteral("alice")), qint64(0));
    }

    void successClears() {
        ManualClock clock(QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC));
        LoginThrottle throttle(clock, 5, 60);
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("alice"));
        throttle.recordSuccess(QStringLiteral("alice"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(throttle.recordFailure(QStringLiteral("alice")), qint64(0));
        QCOMPARE(throttle.lockedForSeconds(QStringLiteral("alice")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
