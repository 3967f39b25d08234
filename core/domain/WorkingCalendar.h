#pragma once
// China's working days, from the State Council's yearly holiday notice kept as data files
// (resources/calendar/cn-<year>.txt compiled in; later years dropped by an officer into
// <database directory>/calendar/). Outside the years the files cover, Monday to Friday count as
// working days, and every answer that needed such a day says so (`estimated`).
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cd {

struct CalendarYear {
    int year = 0;
    QString source;            // the notice the dates come from (required in the file)
    QString origin;            // the file it was read from
    QSet<QDate> daysOff;       // public holidays, weekends inside them included
    QSet<QDate> workingDays;   // adjusted working days (weekend days that are worked)
};

// A date or a count, and whether a year outside the calendar had to be counted Monday–Friday.
struct WorkingDate {
    QDate date;
    bool estimated = false;
};
struct WorkingCount {
    int days = 0;
    bool estimated = false;
};

class WorkingCalendar {
    Q_DECLARE_TR_FUNCTIONS(cd::WorkingCalendar)
public:
    // One year's file. `origin` names it in errors; `expectedYear` (when not 0) must match.
    static Result<CalendarYear> parse(const QByteArray &text, const QString &origin, int expectedYear = 0);
    // The years compiled into the program.
    static WorkingCalendar builtIn();
    // builtIn() plus every cn-<year>.txt in `directory` (a file there replaces a built-in year).
    // A file that fails to parse is skipped and listed in problems(): its year then falls back
    // to Monday–Friday, which is flagged, rather than stopping the console.
    static WorkingCalendar load(const QString &directory);
    // Where an officer puts extra years for the database at `databasePath`.
    static QString directoryFor(const QString &databasePath);

    void addYear(const CalendarYear &year);
    bool covers(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    const CalendarYear *year(int y) const;
    QStringList problems() const { return m_problems; }

    bool isWorkingDay(const QDate &date) const;
    // The n-th working day after `from` (`from` itself never counts); n == 0 gives `from`.
    WorkingDate addWorkingDays(const QDate &from, int n) const;
    // Working days d with from < d <= to; negative (-count of to < d <= from) when to < from.
    WorkingCount workingDaysBetween(const QDate &from, const QDate &to) const;
    // Years between the two dates (inclusive) that the calendar does not cover.
    QList<int> uncoveredYears(const QDate &from, const QDate &to) const;
    // The sentence that goes with an estimated answer.
    static QString fallbackNote(const QList<int> &years);

private:
    QMap<int, CalendarYear> m_years;
    QStringList m_problems;
};

} // namespace cd
