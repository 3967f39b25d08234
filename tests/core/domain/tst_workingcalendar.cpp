// China's working days from the compiled-in 2026 calendar, the Monday–Friday fallback outside
// it (flagged), an officer's extra year, and the deadline rule with a pause and an extension.
#include "core/domain/RequestRules.h"
#include "core/domain/WorkingCalendar.h"
#include "tests/support/StoreFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {
QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }
} // namespace

class TestWorkingCalendar : public QObject {
    Q_OBJECT
private slots:
    void builtInYearMatchesTheNotice()
    {
        const WorkingCalendar c = WorkingCalendar::builtIn();
        QVERIFY2(c.problems().isEmpty(), qPrintable(c.problems().join(QLatin1Char('\n'))));
        QVERIFY(c.covers(2026));
        QVERIFY(!c.covers(2025));
        QVERIFY(!c.covers(2027));
        const CalendarYear *y = c.year(2026);
        QVERIFY(y);
        QVERIFY(y->source.contains(QStringLiteral("国务院办公厅")));
        // The State Council's 2026 notice: 33 days off in seven holidays, six adjusted working days.
        QCOMPARE(y->daysOff.size(), 3 + 9 + 3 + 5 + 3 + 3 + 7);
        QCOMPARE(y->workingDays.size(), 6);
    }

    void springFestival()
    {
        const WorkingCalendar c = WorkingCalendar::builtIn();
        QVERIFY(c.isWorkingDay(d("2026-02-13")));   // Friday
        QVERIFY(c.isWorkingDay(d("2026-02-14")));   // Saturday, adjusted working day
        for (QDate day = d("2026-02-15"); day <= d("2026-02-23"); day = day.addDays(1))
            QVERIFY2(!c.isWorkingDay(day), qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(c.isWorkingDay(d("2026-02-24")));
        QVERIFY(c.isWorkingDay(d("2026-02-28")));   // Saturday, adjusted working day
        QVERIFY(!c.isWorkingDay(d("2026-03-01")));  // an ordinary Sunday

        // 15 working days from Monday 9 February: 10–14 (5), 24–28 (10), 2–6 March (15).
        const WorkingDate due = c.addWorkingDays(d("2026-02-09"), 15);
        QCOMPARE(due.date, d("2026-03-06"));
        QVERIFY(!due.estimated);
        // Monday–Friday alone would have said 2 March: the calendar matters here.
        QCOMPARE(WorkingCalendar().addWorkingDays(d("2026-02-09"), 15).date, d("2026-03-02"));

        const WorkingCount between = c.workingDaysBetween(d("2026-02-13"), d("2026-03-02"));
        QCOMPARE(between.days, 7);  // 14 Feb, 24–28 Feb, 2 Mar
        QVERIFY(!between.estimated);
        QCOMPARE(c.workingDaysBetween(d("2026-03-02"), d("2026-02-13")).days, -7);
        QCOMPARE(c.workingDaysBetween(d("2026-02-14"), d("2026-02-14")).days, 0);
    }

    void newYearAndNationalDay()
    {
        const WorkingCalendar c = WorkingCalendar::builtIn();
        for (const char *off : {"2026-01-01", "2026-01-02", "2026-01-03", "2026-10-01", "2026-10-07"})
            QVERIFY2(!c.isWorkingDay(d(off)), off);
        for (const char *work : {"2026-01-04", "2026-09-20", "2026-10-10"})
            QVERIFY2(c.isWorkingDay(d(work)), work);
        // Counting starts the day after: from 31 Dec 2025 only 2026 days are looked at.
        const WorkingDate ny = c.addWorkingDays(d("2025-12-31"), 5);  // 4 Jan (Sun), 5, 6, 7, 8
        QCOMPARE(ny.date, d("2026-01-08"));
        QVERIFY(!ny.estimated);
        // 20 Sep (Sun) works; 25–27 Sep and 1–7 Oct are off.
        QCOMPARE(c.addWorkingDays(d("2026-09-18"), 10).date, d("2026-10-09"));
        QCOMPARE(c.addWorkingDays(d("2026-10-08"), 2).date, d("2026-10-10"));  // the working Saturday
    }

    void beyondTheCalendarCountsMondayToFridayAndSaysSo()
    {
        const WorkingCalendar c = WorkingCalendar::builtIn();
        // From Monday 21 Dec 2026: 22–25, 28–31 (8), then 2027 uncovered: 1 Jan (Fri) counts.
        const WorkingDate due = c.addWorkingDays(d("2026-12-21"), 15);
        QCOMPARE(due.date, d("2027-01-11"));
        QVERIFY(due.estimated);
        QCOMPARE(c.uncoveredYears(d("2026-12-21"), due.date), QList<int>{2027});
        QVERIFY(WorkingCalendar::fallbackNote({2027}).contains(QStringLiteral("2027")));
        QVERIFY(c.isWorkingDay(d("2027-01-01")));
        QVERIFY(!c.isWorkingDay(d("2027-01-02")));
        QVERIFY(c.workingDaysBetween(d("2026-12-30"), d("2027-01-05")).estimated);
        QVERIFY(!c.workingDaysBetween(d("2026-12-01"), d("2026-12-31")).estimated);
    }

    void anOfficerAddsTheNextYear()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(cdtest::writeFile(dir.filePath(QStringLiteral("cn-2027.txt")),
                                  "# test data, not the real 2027 notice\n"
                                  "year: 2027\nsource: test notice\noff: 2027-01-01 .. 2027-01-03\n"));
        const WorkingCalendar c = WorkingCalendar::load(dir.path());
        QVERIFY2(c.problems().isEmpty(), qPrintable(c.problems().join(QLatin1Char('\n'))));
        QVERIFY(c.covers(2026));
        QVERIFY(c.covers(2027));
        QVERIFY(!c.isWorkingDay(d("2027-01-01")));
        const WorkingDate due = c.addWorkingDays(d("2026-12-21"), 15);
        QCOMPARE(due.date, d("2027-01-12"));  // a day later than the estimate: 1 Jan is off
        QVERIFY(!due.estimated);
    }

    void badFilesAreRefusedAndNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("weekday as working day") << QByteArray("year: 2027\nsource: x\nwork: 2027-01-04\n")
                                                << QStringLiteral("weekday");
        QTest::newRow("other year") << QByteArray("year: 2027\nsource: x\noff: 2028-01-01\n") << QStringLiteral("not in 2027");
        QTest::newRow("no source") << QByteArray("year: 2027\noff: 2027-01-01\n") << QStringLiteral("source");
        QTest::newRow("unknown key") << QByteArray("year: 2027\nsource: x\nholiday: 2027-01-01\n") << QStringLiteral("unknown key");
        QTest::newRow("wrong year in name") << QByteArray("year: 2028\nsource: x\n") << QStringLiteral("named for 2027");
        QTest::newRow("bad range") << QByteArray("year: 2027\nsource: x\noff: 2027-01-05 .. 2027-01-01\n")
                                   << QStringLiteral("range");
        QTest::newRow("both") << QByteArray("year: 2027\nsource: x\nwork: 2027-01-02\noff: 2027-01-02\n")
                              << QStringLiteral("both");
    }

    void badFilesAreRefusedAndNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(cdtest::writeFile(dir.filePath(QStringLiteral("cn-2027.txt")), text));
        const WorkingCalendar c = WorkingCalendar::load(dir.path());
        QCOMPARE(c.problems().size(), 1);
        QVERIFY2(c.problems().first().contains(expected), qPrintable(c.problems().first()));
        QVERIFY(c.problems().first().contains(QStringLiteral("cn-2027.txt")));
        QVERIFY(!c.covers(2027));  // falls back to Monday–Friday, flagged
        QVERIFY(c.addWorkingDays(d("2026-12-30"), 3).estimated);
    }

    void deadlineWithPauseAndExtension()
    {
        const WorkingCalendar c = WorkingCalendar::builtIn();
        DeadlineInput in;
        in.receivedOn = d("2026-02-09");
        in.baseDays = 15;
        Deadline plain = computeDeadline(c, in, d("2026-02-09"));
        QCOMPARE(plain.due, d("2026-03-06"));
        QCOMPARE(plain.daysLeft, 15);
        QVERIFY(!plain.overdue);

        // Paused on 2 March (waiting on the customer), still paused on 4 March: the deadline moves.
        in.pauses.push_back({d("2026-03-02"), QDate()});
        Deadline paused = computeDeadline(c, in, d("2026-03-04"));
        QVERIFY(paused.paused);
        QCOMPARE(paused.pausedDays, 2);
        QCOMPARE(paused.due, d("2026-03-10"));

        // Resumed on 4 March, then extended once by 5 working days.
        in.pauses.back().to = d("2026-03-04");
        in.extensionDays = 5;
        Deadline d1 = computeDeadline(c, in, d("2026-03-10"));
        QVERIFY(!d1.paused);
        QCOMPARE(d1.due, d("2026-03-17"));
        QCOMPARE(d1.daysLeft, 5);
        QCOMPARE(computeDeadline(c, in, d("2026-03-17")).daysLeft, 0);
        QVERIFY(!computeDeadline(c, in, d("2026-03-17")).overdue);
        Deadline late = computeDeadline(c, in, d("2026-03-18"));
        QVERIFY(late.overdue);
        QCOMPARE(late.daysLeft, -1);
        QCOMPARE(computeDeadline(c, in, d("2026-03-21")).daysLeft, -3);  // 18, 19, 20 late

        // A request paused over the year end: the 2027 part is estimated and says so.
        DeadlineInput ye;
        ye.receivedOn = d("2026-12-01");
        ye.pauses.push_back({d("2026-12-10"), d("2027-01-06")});
        Deadline est = computeDeadline(c, ye, d("2027-01-06"));
        QVERIFY(est.estimated);
        QCOMPARE(est.uncoveredYears, QList<int>{2027});
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
