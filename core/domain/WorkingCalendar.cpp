#include "WorkingCalendar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

// The compiled-in calendar files live in a static library: registering them by name makes the
// linker keep the resource object.
static void initCalendarResource() { Q_INIT_RESOURCE(calendar); }

Q_LOGGING_CATEGORY(lcCalendar, "consentdesk.calendar")

namespace cd {

namespace {

bool isWeekend(const QDate &d) { return d.dayOfWeek() >= 6; }

QDate parseDate(const QString &text) { return QDate::fromString(text.trimmed(), Qt::ISODate); }

} // namespace

Result<CalendarYear> WorkingCalendar::parse(const QByteArray &text, const QString &origin, int expectedYear)
{
    CalendarYear out;
    out.origin = origin;
    struct Entry {
        int line;
        bool off;
        QDate first, last;
    };
    QList<Entry> entries;
    auto fail = [&](int line, const QString &why) {
        return makeError(ErrorCode::Invalid, tr("%1, line %2: %3").arg(origin).arg(line).arg(why));
    };
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = lines.at(i);
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(lineNo, tr("expected \"key: value\"."));
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("year")) {
            bool ok = false;
            out.year = value.toInt(&ok);
            if (!ok || out.year < 2000 || out.year > 2200)
                return fail(lineNo, tr("the year must be a number such as 2027."));
        } else if (key == QLatin1String("source")) {
            out.source = value;
        } else if (key == QLatin1String("off") || key == QLatin1String("work")) {
            const QStringList parts = value.split(QStringLiteral(".."));
            const QDate first = parseDate(parts.first());
            const QDate last = parts.size() == 2 ? parseDate(parts.at(1)) : first;
            if (parts.size() > 2 || !first.isValid() || !last.isValid() || last < first)
                return fail(lineNo, tr("expected a date YYYY-MM-DD or a range \"FIRST .. LAST\"."));
            entries.append({lineNo, key == QLatin1String("off"), first, last});
        } else {
            return fail(lineNo, tr("unknown key \"%1\" (year, source, off, work).").arg(key));
        }
    }
    if (out.year == 0)
        return fail(lines.size(), tr("the file names no year (\"year: 2027\")."));
    if (expectedYear != 0 && out.year != expectedYear)
        return fail(lines.size(), tr("the file is named for %1 but covers %2.").arg(expectedYear).arg(out.year));
    if (out.source.isEmpty())
        return fail(lines.size(), tr("the file names no source (\"source: …\", the notice the dates come from)."));
    for (const Entry &e : entries) {
        for (QDate d = e.first; d <= e.last; d = d.addDays(1)) {
            if (d.year() != out.year)
                return fail(e.line, tr("%1 is not in %2.").arg(d.toString(Qt::ISODate)).arg(out.year));
            if (!e.off && !isWeekend(d))
                return fail(e.line, tr("%1 is a weekday; only a Saturday or Sunday can be an adjusted working day.")
                                        .arg(d.toString(Qt::ISODate)));
            if ((e.off && out.workingDays.contains(d)) || (!e.off && out.daysOff.contains(d)))
                return fail(e.line, tr("%1 is listed both as a day off and as a working day.").arg(d.toString(Qt::ISODate)));
            (e.off ? out.daysOff : out.workingDays).insert(d);
        }
    }
    return out;
}

WorkingCalendar WorkingCalendar::builtIn()
{
    static const WorkingCalendar compiled = [] {
        initCalendarResource();
        WorkingCalendar c;
        const QDir dir(QStringLiteral(":/calendar"));
        for (const QString &name : dir.entryList({QStringLiteral("cn-*.txt")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            auto year = f.open(QIODevice::ReadOnly) ? parse(f.readAll(), name)
                                                    : Result<CalendarYear>(makeError(ErrorCode::Failed, name));
            // A compiled-in file is checked by the tests; a failure here is a build defect.
            if (year)
                c.addYear(year.value());
            else
                c.m_problems << year.error().message;
        }
        return c;
    }();
    return compiled;
}

QString WorkingCalendar::directoryFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("calendar"));
}

WorkingCalendar WorkingCalendar::load(const QString &directory)
{
    WorkingCalendar c = builtIn();
    const QDir dir(directory);
    if (directory.isEmpty() || !dir.exists())
        return c;
    static const QRegularExpression name(QStringLiteral("^cn-(\\d{4})\\.txt$"));
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
        const auto m = name.match(info.fileName());
        if (!m.hasMatch())
            continue;
        QFile f(info.filePath());
        if (!f.open(QIODevice::ReadOnly)) {
            c.m_problems << tr("%1 cannot be read.").arg(info.fileName());
            continue;
        }
        auto year = parse(f.readAll(), info.fileName(), m.captured(1).toInt());
        if (!year) {
            qCWarning(lcCalendar) << "calendar file refused:" << info.fileName();
            c.m_problems << year.error().message;
            continue;
        }
        c.addYear(year.value());
    }
    return c;
}

void WorkingCalendar::addYear(const CalendarYear &year) { m_years.insert(year.year, year); }

const CalendarYear *WorkingCalendar::year(int y) const
{
    auto it = m_years.constFind(y);
    return it == m_years.constEnd() ? nullptr : &it.value();
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (const CalendarYear *y = year(date.year())) {
        if (y->workingDays.contains(date))
            return true;
        if (y->daysOff.contains(date))
            return false;
    }
    return !isWeekend(date);
}

WorkingDate WorkingCalendar::addWorkingDays(const QDate &from, int n) const
{
    WorkingDate out{from, false};
    for (int counted = 0; counted < n;) {
        out.date = out.date.addDays(1);
        out.estimated |= !covers(out.date.year());
        if (isWorkingDay(out.date))
            ++counted;
    }
    return out;
}

WorkingCount WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    const bool backwards = to < from;
    const QDate lo = backwards ? to : from;
    const QDate hi = backwards ? from : to;
    WorkingCount out;
    for (QDate d = lo.addDays(1); d <= hi; d = d.addDays(1)) {
        out.estimated |= !covers(d.year());
        if (isWorkingDay(d))
            ++out.days;
    }
    if (backwards)
        out.days = -out.days;
    return out;
}

QList<int> WorkingCalendar::uncoveredYears(const QDate &from, const QDate &to) const
{
    QList<int> out;
    for (int y = qMin(from.year(), to.year()); y <= qMax(from.year(), to.year()); ++y)
        if (!covers(y))
            out << y;
    return out;
}

QString WorkingCalendar::fallbackNote(const QList<int> &years)
{
    QStringList names;
    for (int y : years)
        names << QString::number(y);
    return tr("No holiday calendar for %1: Monday to Friday were counted as working days, so the "
              "deadline may be earlier than the true one. Add the year's calendar file to make it exact.")
        .arg(names.join(QStringLiteral(", ")));
}

} // namespace cd
