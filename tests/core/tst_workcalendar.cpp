// The national working-day calendar: the shipped data against the tables of legal-rules.md
// §3.1 (transcribed here independently of the JSON), the arithmetic, and file handling.
#include "workcalendar.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using ow::WorkCalendar;

namespace {

// One row of the spec's tables: days off (inclusive range) and the adjusted working days.
struct SpecBlock {
    int year;
    const char *name;
    const char *offFrom; // MM-DD
    const char *offTo;   // MM-DD
    QList<const char *> adjusted;
};

// legal-rules.md §3.1. The 2024 Dragon Boat row says "06-10 (Mon; with 06-08/09)": the
// weekend days are part of the block.
const QList<SpecBlock> kSpecTables = {
    {2024, "New Year", "01-01", "01-01", {}},
    {2024, "Spring Festival", "02-10", "02-17", {"02-04", "02-18"}},
    {2024, "Qingming", "04-04", "04-06", {"04-07"}},
    {2024, "Labour Day", "05-01", "05-05", {"04-28", "05-11"}},
    {2024, "Dragon Boat", "06-08", "06-10", {}},
    {2024, "Mid-Autumn", "09-15", "09-17", {"09-14"}},
    {2024, "National Day", "10-01", "10-07", {"09-29", "10-12"}},
    {2025, "New Year", "01-01", "01-01", {}},
    {2025, "Spring Festival", "01-28", "02-04", {"01-26", "02-08"}},
    {2025, "Qingming", "04-04", "04-06", {}},
    {2025, "Labour Day", "05-01", "05-05", {"04-27"}},
    {2025, "Dragon Boat", "05-31", "06-02", {}},
    {2025, "National Day + Mid-Autumn", "10-01", "10-08", {"09-28", "10-11"}},
    {2026, "New Year", "01-01", "01-03", {"01-04"}},
    {2026, "Spring Festival", "02-15", "02-23", {"02-14", "02-28"}},
    {2026, "Qingming", "04-04", "04-06", {}},
    {2026, "Labour Day", "05-01", "05-05", {"05-09"}},
    {2026, "Dragon Boat", "06-19", "06-21", {}},
    {2026, "Mid-Autumn", "09-25", "09-27", {}},
    {2026, "National Day", "10-01", "10-07", {"09-20", "10-10"}},
};

QDate specDate(int year, const char *monthDay) {
    return QDate::fromString(QStringLiteral("%1-%2").arg(year).arg(QLatin1String(monthDay)),
                             Qt::ISODate);
}

QList<QDate> daysOff(const SpecBlock &block) {
    QList<QDate> days;
    const QDate last = specDate(block.year, block.offTo);
    for (QDate d = specDate(block.year, block.offFrom); d <= last; d = d.addDays(1))
        days << d;
    return days;
}

QList<QDate> adjustedDays(const SpecBlock &block) {
    QList<QDate> days;
    for (const char *monthDay : block.adjusted)
        days << specDate(block.year, monthDay);
    return days;
}

// A minimal calendar file in the shipped format.
QByteArray calendarJson(int year, const QStringList &holidays, const QStringList &adjusted) {
    const auto list = [](const QStringList &dates) {
        QStringList quoted;
        for (const QString &d : dates)
            quoted << QLatin1Char('"') + d + QLatin1Char('"');
        return QLatin1Char('[') + quoted.join(QLatin1Char(',')) + QLatin1Char(']');
    };
    return QStringLiteral(R"({"schema": "holidays-cn v1", "years": {"%1": {"holidays": %2, )"
                          R"("adjusted_working_days": %3}}})")
        .arg(year)
        .arg(list(holidays), list(adjusted))
        .toUtf8();
}

QDate d(const char *iso) {
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

} // namespace

class TestWorkCalendar : public QObject {
    Q_OBJECT

private slots:
    void builtInYears();
    void specBlocks_data();
    void specBlocks();
    void shippedListsEqualSpecTables_data();
    void shippedListsEqualSpecTables();
    void encouragedEveIsWorkingDay();
    void workingDaysPerYear_data();
    void workingDaysPerYear();
    void addWorkingDays_data();
    void addWorkingDays();
    void addThenCountAgrees();
    void betweenIsAntisymmetric_data();
    void betweenIsAntisymmetric();
    void outsideCalendarIsAnError_data();
    void outsideCalendarIsAnError();
    void emptyCalendarSaysSo();
    void mergeAddsAndReplacesYears();
    void malformedJsonNamesThePath_data();
    void malformedJsonNamesThePath();
    void fromFileNamesMissingFile();
    void loadForDataDir();
};

void TestWorkCalendar::builtInYears() {
    const WorkCalendar calendar = WorkCalendar::builtIn();
    QCOMPARE(calendar.years(), (QList<int>{2024, 2025, 2026}));
    QCOMPARE(calendar.yearsText(), QStringLiteral("2024–2026"));
}

void TestWorkCalendar::specBlocks_data() {
    QTest::addColumn<QList<QDate>>("off");
    QTest::addColumn<QList<QDate>>("adjusted");
    for (const SpecBlock &block : kSpecTables) {
        QTest::addRow("%d %s", block.year, block.name) << daysOff(block) << adjustedDays(block);
    }
}

void TestWorkCalendar::specBlocks() {
    QFETCH(QList<QDate>, off);
    QFETCH(QList<QDate>, adjusted);
    const WorkCalendar calendar = WorkCalendar::builtIn();
    for (const QDate &day : off) {
        const auto working = calendar.isWorkingDay(day);
        QVERIFY2(working.ok(), qPrintable(working.error()));
        QVERIFY2(!working.value(), qPrintable(day.toString(Qt::ISODate)));
    }
    for (const QDate &day : adjusted) {
        QVERIFY2(day.dayOfWeek() >= Qt::Saturday, "the spec lists adjusted days on weekends");
        const auto working = calendar.isWorkingDay(day);
        QVERIFY2(working.ok(), qPrintable(working.error()));
        QVERIFY2(working.value(), qPrintable(day.toString(Qt::ISODate)));
    }
}

void TestWorkCalendar::shippedListsEqualSpecTables_data() {
    QTest::addColumn<int>("year");
    QTest::newRow("2024") << 2024;
    QTest::newRow("2025") << 2025;
    QTest::newRow("2026") << 2026;
}

// Every holiday and adjusted working day in the JSON must come from the spec, and vice versa.
void TestWorkCalendar::shippedListsEqualSpecTables() {
    QFETCH(int, year);
    QList<QDate> expectedOff;
    QList<QDate> expectedAdjusted;
    for (const SpecBlock &block : kSpecTables) {
        if (block.year != year)
            continue;
        expectedOff << daysOff(block);
        expectedAdjusted << adjustedDays(block);
    }
    std::sort(expectedOff.begin(), expectedOff.end());
    std::sort(expectedAdjusted.begin(), expectedAdjusted.end());
    const WorkCalendar calendar = WorkCalendar::builtIn();
    QCOMPARE(calendar.holidays(year), expectedOff);
    QCOMPARE(calendar.adjustedWorkingDays(year), expectedAdjusted);
}

void TestWorkCalendar::encouragedEveIsWorkingDay() {
    // 2024-02-09 (除夕) was only "encouraged" off, not a holiday.
    const auto working = WorkCalendar::builtIn().isWorkingDay(d("2024-02-09"));
    QVERIFY(working.ok());
    QVERIFY(working.value());
}

void TestWorkCalendar::workingDaysPerYear_data() {
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("workingDays");
    QTest::newRow("2024") << 2024 << 251;
    QTest::newRow("2025") << 2025 << 248;
    QTest::newRow("2026") << 2026 << 248;
}

void TestWorkCalendar::workingDaysPerYear() {
    QFETCH(int, year);
    QFETCH(int, workingDays);
    const auto count =
        WorkCalendar::builtIn().workingDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31));
    QVERIFY2(count.ok(), qPrintable(count.error()));
    QCOMPARE(count.value(), workingDays);
}

void TestWorkCalendar::addWorkingDays_data() {
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("zero keeps start on a holiday") << d("2024-02-12") << 0 << d("2024-02-12");
    QTest::newRow("2024 eve is working") << d("2024-02-08") << 1 << d("2024-02-09");
    QTest::newRow("2024 Spring Festival") << d("2024-02-09") << 1 << d("2024-02-18");
    QTest::newRow("2024 Spring Festival, 2") << d("2024-02-08") << 2 << d("2024-02-18");
    QTest::newRow("2024 Spring Festival, 10") << d("2024-02-01") << 10 << d("2024-02-20");
    QTest::newRow("2025 adjusted Sunday") << d("2025-01-24") << 1 << d("2025-01-26");
    QTest::newRow("2025 from adjusted Sunday") << d("2025-01-26") << 1 << d("2025-01-27");
    QTest::newRow("2025 Spring Festival, 5") << d("2025-01-27") << 5 << d("2025-02-10");
    QTest::newRow("2026 Spring Festival") << d("2026-02-14") << 1 << d("2026-02-24");
    QTest::newRow("2024 National Day") << d("2024-09-30") << 1 << d("2024-10-08");
    QTest::newRow("2024 National Day, 3") << d("2024-09-27") << 3 << d("2024-10-08");
    QTest::newRow("2025 National Day") << d("2025-09-30") << 1 << d("2025-10-09");
    QTest::newRow("2025 National Day, 20") << d("2025-09-30") << 20 << d("2025-11-04");
    QTest::newRow("2025 adjusted before National Day") << d("2025-09-26") << 1 << d("2025-09-28");
    QTest::newRow("2026 National Day") << d("2026-09-30") << 1 << d("2026-10-08");
    QTest::newRow("60 working days") << d("2024-03-01") << 60 << d("2024-05-28");
    QTest::newRow("backwards over Spring Festival") << d("2024-02-18") << -1 << d("2024-02-09");
    QTest::newRow("backwards over National Day") << d("2025-10-09") << -1 << d("2025-09-30");
    QTest::newRow("up to the last loaded day") << d("2026-12-30") << 1 << d("2026-12-31");
}

void TestWorkCalendar::addWorkingDays() {
    QFETCH(QDate, start);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const auto end = WorkCalendar::builtIn().addWorkingDays(start, n);
    QVERIFY2(end.ok(), qPrintable(end.error()));
    QCOMPARE(end.value(), expected);
}

void TestWorkCalendar::addThenCountAgrees() {
    const WorkCalendar calendar = WorkCalendar::builtIn();
    for (QDate start(2024, 1, 1); start < QDate(2026, 10, 1); start = start.addDays(1)) {
        for (const int n : {1, 2, 3, 5, 10, 15, 20, 45}) {
            const auto end = calendar.addWorkingDays(start, n);
            QVERIFY2(end.ok(), qPrintable(end.error()));
            QVERIFY(calendar.isWorkingDay(end.value()).value());
            const auto count = calendar.workingDaysBetween(start, end.value());
            QVERIFY2(count.ok(), qPrintable(count.error()));
            QCOMPARE(count.value(), n);
        }
    }
}

void TestWorkCalendar::betweenIsAntisymmetric_data() {
    QTest::addColumn<QDate>("a");
    QTest::addColumn<QDate>("b");
    QTest::addColumn<int>("count");
    QTest::newRow("same day") << d("2024-05-06") << d("2024-05-06") << 0;
    QTest::newRow("over 2024 Spring Festival") << d("2024-02-08") << d("2024-02-19") << 3;
    QTest::newRow("over 2025 National Day") << d("2025-09-26") << d("2025-10-10") << 5;
    QTest::newRow("whole holiday") << d("2025-10-01") << d("2025-10-08") << 0;
    QTest::newRow("across years") << d("2024-12-31") << d("2025-01-03") << 2;
}

void TestWorkCalendar::betweenIsAntisymmetric() {
    QFETCH(QDate, a);
    QFETCH(QDate, b);
    QFETCH(int, count);
    const WorkCalendar calendar = WorkCalendar::builtIn();
    const auto forward = calendar.workingDaysBetween(a, b);
    const auto backward = calendar.workingDaysBetween(b, a);
    QVERIFY2(forward.ok() && backward.ok(), qPrintable(forward.error() + backward.error()));
    QCOMPARE(forward.value(), count);
    QCOMPARE(backward.value(), -count);
}

void TestWorkCalendar::outsideCalendarIsAnError_data() {
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QDate>("a");
    QTest::addColumn<QDate>("b");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("message");
    const QString outside2027 = QStringLiteral("2027-01-04 is outside the loaded holiday calendar "
                                               "(2024–2026); load a newer calendar");
    QTest::newRow("is-working 2027")
        << QStringLiteral("is") << d("2027-01-04") << QDate() << 0 << outside2027;
    QTest::newRow("is-working 2023") << QStringLiteral("is") << d("2023-12-29") << QDate() << 0
                                     << QStringLiteral("2023-12-29 is outside");
    QTest::newRow("add into 2027") << QStringLiteral("add") << d("2026-12-30") << QDate() << 2
                                   << QStringLiteral("2027-01-01 is outside");
    QTest::newRow("add back into 2023") << QStringLiteral("add") << d("2024-01-02") << QDate() << -1
                                        << QStringLiteral("2023-12-31 is outside");
    QTest::newRow("between into 2027") << QStringLiteral("between") << d("2026-12-01")
                                       << d("2027-01-04") << 0 << QStringLiteral("2027-01-01");
    QTest::newRow("invalid date") << QStringLiteral("is") << QDate() << QDate() << 0
                                  << QStringLiteral("not valid");
}

void TestWorkCalendar::outsideCalendarIsAnError() {
    QFETCH(QString, operation);
    QFETCH(QDate, a);
    QFETCH(QDate, b);
    QFETCH(int, n);
    QFETCH(QString, message);
    const WorkCalendar calendar = WorkCalendar::builtIn();
    QString error;
    if (operation == QLatin1String("is")) {
        const auto r = calendar.isWorkingDay(a);
        QVERIFY(!r.ok());
        error = r.error();
    } else if (operation == QLatin1String("add")) {
        const auto r = calendar.addWorkingDays(a, n);
        QVERIFY(!r.ok());
        error = r.error();
    } else {
        const auto r = calendar.workingDaysBetween(a, b);
        QVERIFY(!r.ok());
        error = r.error();
    }
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestWorkCalendar::emptyCalendarSaysSo() {
    const WorkCalendar empty;
    QVERIFY(empty.isEmpty());
    const auto r = empty.isWorkingDay(d("2025-03-03"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("no holiday calendar is loaded")),
             qPrintable(r.error()));
}

void TestWorkCalendar::mergeAddsAndReplacesYears() {
    WorkCalendar calendar = WorkCalendar::builtIn();
    // Test data only, not the real 2027 schedule.
    const auto newer = WorkCalendar::fromJson(
        calendarJson(2027, {QStringLiteral("2027-01-01")}, {QStringLiteral("2027-01-09")}),
        QStringLiteral("newer.json"));
    QVERIFY2(newer.ok(), qPrintable(newer.error()));
    QVERIFY(calendar.merge(newer.value()).ok());
    QCOMPARE(calendar.years(), (QList<int>{2024, 2025, 2026, 2027}));
    QCOMPARE(calendar.yearsText(), QStringLiteral("2024–2027"));
    QCOMPARE(calendar.isWorkingDay(d("2027-01-01")).value(), false);
    QCOMPARE(calendar.isWorkingDay(d("2027-01-04")).value(), true);
    QCOMPARE(calendar.isWorkingDay(d("2027-01-09")).value(), true); // adjusted Saturday
    QCOMPARE(calendar.addWorkingDays(d("2026-12-31"), 1).value(), d("2027-01-04"));
    // The built-in copy is unchanged.
    QVERIFY(!WorkCalendar::builtIn().isWorkingDay(d("2027-01-04")).ok());

    // A corrected 2026 replaces the old one wholesale.
    const auto corrected = WorkCalendar::fromJson(
        calendarJson(2026, {QStringLiteral("2026-03-02")}, {}), QStringLiteral("corrected.json"));
    QVERIFY2(corrected.ok(), qPrintable(corrected.error()));
    QVERIFY(calendar.merge(corrected.value()).ok());
    QCOMPARE(calendar.isWorkingDay(d("2026-03-02")).value(), false);
    QCOMPARE(calendar.isWorkingDay(d("2026-10-08")).value(), true);
    QCOMPARE(calendar.isWorkingDay(d("2025-10-08")).value(), false);

    const auto gap = WorkCalendar::fromJson(calendarJson(2029, {}, {}), QStringLiteral("g.json"));
    QVERIFY(calendar.merge(gap.value()).ok());
    QCOMPARE(calendar.yearsText(), QStringLiteral("2024–2027, 2029"));
    QVERIFY(!calendar.merge(WorkCalendar()).ok());
}

void TestWorkCalendar::malformedJsonNamesThePath_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"years\": ")
                              << QStringLiteral("bad.json: not valid JSON");
    QTest::newRow("array at top") << QByteArray("[]") << QStringLiteral("bad.json: the top level");
    QTest::newRow("no years") << QByteArray("{}") << QStringLiteral("bad.json: years: missing");
    QTest::newRow("empty years") << QByteArray(R"({"years": {}})")
                                 << QStringLiteral("bad.json: years: no years");
    QTest::newRow("bad year key") << QByteArray(R"({"years": {"20x4": {}}})")
                                  << QStringLiteral("bad.json: years.\"20x4\": the key must be");
    QTest::newRow("year not object") << QByteArray(R"({"years": {"2024": []}})")
                                     << QStringLiteral("bad.json: years.2024: must be an object");
    QTest::newRow("holidays missing")
        << QByteArray(R"({"years": {"2024": {"adjusted_working_days": []}}})")
        << QStringLiteral("bad.json: years.2024.holidays: missing or not an array");
    QTest::newRow("adjusted missing")
        << QByteArray(R"({"years": {"2024": {"holidays": []}}})")
        << QStringLiteral("years.2024.adjusted_working_days: missing");
    QTest::newRow("number in list") << calendarJson(2024, {QStringLiteral("2024-01-01")}, {})
                                           .replace("\"2024-01-01\"", "20240101")
                                    << QStringLiteral("years.2024.holidays[0]: must be a date");
    QTest::newRow("Feb 30")
        << calendarJson(2024, {QStringLiteral("2024-01-01"), QStringLiteral("2024-02-30")}, {})
        << QStringLiteral("bad.json: years.2024.holidays[1]: \"2024-02-30\" is not a "
                          "valid date");
    QTest::newRow("short date") << calendarJson(2024, {QStringLiteral("2024-1-1")}, {})
                                << QStringLiteral("holidays[0]: \"2024-1-1\" is not a valid");
    QTest::newRow("wrong year") << calendarJson(2024, {QStringLiteral("2025-01-01")}, {})
                                << QStringLiteral("holidays[0]: 2025-01-01 is not in 2024");
    QTest::newRow("adjusted on weekday")
        << calendarJson(2024, {}, {QStringLiteral("2024-02-05")})
        << QStringLiteral("adjusted_working_days[0]: 2024-02-05 is a Monday");
    QTest::newRow("adjusted and holiday")
        << calendarJson(2024, {QStringLiteral("2024-02-04")}, {QStringLiteral("2024-02-04")})
        << QStringLiteral("adjusted_working_days[0]: 2024-02-04 is also listed as a holiday");
    QTest::newRow("stated count disagrees")
        << QByteArray(R"({"years": {"2024": {"holidays": [], "adjusted_working_days": [],)"
                      R"( "working_days_in_year_computed": 251}}})")
        << QStringLiteral("years.2024.working_days_in_year_computed: says 251 but the lists "
                          "give 262");
}

void TestWorkCalendar::malformedJsonNamesThePath() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto calendar = WorkCalendar::fromJson(json, QStringLiteral("bad.json"));
    QVERIFY(!calendar.ok());
    QVERIFY2(calendar.error().contains(message), qPrintable(calendar.error()));
}

void TestWorkCalendar::fromFileNamesMissingFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.json"));
    const auto calendar = WorkCalendar::fromFile(path);
    QVERIFY(!calendar.ok());
    QVERIFY2(calendar.error().startsWith(path + QStringLiteral(": cannot open")),
             qPrintable(calendar.error()));
}

void TestWorkCalendar::loadForDataDir() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString warning = QStringLiteral("stale");
    QCOMPARE(WorkCalendar::loadForDataDir(dir.path(), &warning).years(),
             (QList<int>{2024, 2025, 2026}));
    QVERIFY(warning.isEmpty());

    QFile file(QDir(dir.path()).filePath(WorkCalendar::overrideFileName()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(calendarJson(2027, {QStringLiteral("2027-01-01")}, {}));
    file.close();
    QCOMPARE(WorkCalendar::loadForDataDir(dir.path(), &warning).years(),
             (QList<int>{2024, 2025, 2026, 2027}));
    QVERIFY(warning.isEmpty());

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ not json");
    file.close();
    const WorkCalendar fallback = WorkCalendar::loadForDataDir(dir.path(), &warning);
    QCOMPARE(fallback.years(), (QList<int>{2024, 2025, 2026}));
    QVERIFY2(warning.contains(file.fileName()), qPrintable(warning));
    QVERIFY(warning.contains(QStringLiteral("not valid JSON")));
    // A null warning pointer is allowed.
    QCOMPARE(WorkCalendar::loadForDataDir(dir.path(), nullptr).years().size(), 3);
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
