#include "ReportSections.h"

#include <QDateTime>
#include <limits>

namespace cd::reporting::report {

namespace {
// The wall-clock time at `ms`. Each local-time conversion asks the C library for the zone again
// (a stat of /etc/localtime per row); the offset is kept per quarter of an hour instead, the
// finest step at which zones change it.
QDateTime wallClock(qint64 ms)
{
    constexpr qint64 kQuarterMs = 15 * 60 * 1000;
    thread_local qint64 cachedQuarter = std::numeric_limits<qint64>::min();
    thread_local int cachedOffset = 0;
    const qint64 quarter = ms >= 0 ? ms / kQuarterMs : (ms - kQuarterMs + 1) / kQuarterMs;
    if (quarter != cachedQuarter) {
        cachedQuarter = quarter;
        cachedOffset = QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc();
    }
    return QDateTime::fromMSecsSinceEpoch(ms + qint64(cachedOffset) * 1000, Qt::UTC);
}
} // namespace

QDate localDay(qint64 ms) { return wallClock(ms).date(); }
QString dayText(qint64 ms) { return ms ? localDay(ms).toString(Qt::ISODate) : QString(); }
QString timeText(qint64 ms) { return ms ? wallClock(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(); }

QString stateName(const ReportText &say, const QString &id)
{
    static const std::pair<const char *, const char *> names[] = {
        {"needs-identity", QT_TRANSLATE_NOOP("cd::RequestRules", "needs identity")},
        {"received", QT_TRANSLATE_NOOP("cd::RequestRules", "received")},
        {"identity-verified", QT_TRANSLATE_NOOP("cd::RequestRules", "identity verified")},
        {"in-progress", QT_TRANSLATE_NOOP("cd::RequestRules", "in progress")},
        {"awaiting-vendors", QT_TRANSLATE_NOOP("cd::RequestRules", "awaiting vendors")},
        {"completed", QT_TRANSLATE_NOOP("cd::RequestRules", "completed")},
        {"refused", QT_TRANSLATE_NOOP("cd::RequestRules", "refused")},
        {"cancelled", QT_TRANSLATE_NOOP("cd::RequestRules", "cancelled")}};
    for (const auto &[key, source] : names) {
        if (id == QLatin1String(key))
            return say("cd::RequestRules", source);
    }
    return id;
}

QString typeName(const ReportText &say, RequestType t)
{
    switch (t) {
    case RequestType::Access: return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Access"));
    case RequestType::Copy: return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Copy"));
    case RequestType::Portability: return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Portability"));
    case RequestType::Correction:
        return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Correction or supplement"));
    case RequestType::Deletion: return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Deletion"));
    case RequestType::Withdrawal:
        return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Withdrawal of consent"));
    case RequestType::Restriction:
        return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Restriction or objection"));
    case RequestType::Explanation:
        return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Explanation of the processing rules"));
    }
    return {};
}

QString statusName(const ReportText &say, int status)
{
    switch (ConsentStatus(status)) {
    case ConsentStatus::Granted: return say("cd::Records", QT_TRANSLATE_NOOP3("cd::Records", "Granted", "consent status"));
    case ConsentStatus::Withdrawn: return say("cd::Records", QT_TRANSLATE_NOOP3("cd::Records", "Withdrawn", "consent status"));
    case ConsentStatus::Expired: return say("cd::Records", QT_TRANSLATE_NOOP3("cd::Records", "Expired", "consent status"));
    case ConsentStatus::Superseded:
        return say("cd::Records", QT_TRANSLATE_NOOP3("cd::Records", "Superseded", "consent status"));
    }
    return {};
}

QString daysLeftName(const ReportText &say, int bucket)
{
    switch (bucket) {
    case 0: return say("cd::DashboardQueries", QT_TRANSLATE_NOOP("cd::DashboardQueries", "Overdue"));
    case 1: return say("cd::DashboardQueries", QT_TRANSLATE_NOOP3("cd::DashboardQueries", "0-2 days", "working days left"));
    case 2: return say("cd::DashboardQueries", QT_TRANSLATE_NOOP3("cd::DashboardQueries", "3-5 days", "working days left"));
    case 3: return say("cd::DashboardQueries", QT_TRANSLATE_NOOP3("cd::DashboardQueries", "6-10 days", "working days left"));
    default: return say("cd::DashboardQueries", QT_TRANSLATE_NOOP3("cd::DashboardQueries", "11+ days", "working days left"));
    }
}

QString reasonName(const ReportText &say, const QString &id)
{
    if (id == QLatin1String("withdrawal"))
        return say(kDash, QT_TRANSLATE_NOOP3("DashboardCharts", "Withdrawal", "deletion reason"));
    if (id == QLatin1String("expiry"))
        return say(kDash, QT_TRANSLATE_NOOP3("DashboardCharts", "Expiry", "deletion reason"));
    if (id == QLatin1String("request"))
        return say(kDash, QT_TRANSLATE_NOOP3("DashboardCharts", "Request", "deletion reason"));
    if (id == QLatin1String("retention"))
        return say(kDash, QT_TRANSLATE_NOOP3("DashboardCharts", "Retention", "deletion reason"));
    if (id == QLatin1String("manual"))
        return say(kDash, QT_TRANSLATE_NOOP3("DashboardCharts", "Manual", "deletion reason"));
    return id;
}

namespace {
QString axisLabel(const TimeAxis &axis, int i)
{
    const QDate d = axis.firsts[std::size_t(i)];
    return axis.unit == TimeAxis::Month ? d.toString(QStringLiteral("yyyy-MM")) : d.toString(QStringLiteral("MM-dd"));
}

} // namespace

QStringList axisLabels(const TimeAxis &axis)
{
    QStringList out;
    for (int i = 0; i < axis.size(); ++i)
        out << axisLabel(axis, i);
    return out;
}

qint64 sum(const std::vector<qint64> &v)
{
    qint64 n = 0;
    for (const qint64 x : v)
        n += x;
    return n;
}

void checkpoint(Context &c, int percent)
{
    if (c.tick && !c.tick(percent))
        throw Cancelled{};
}

// --- the pages -----------------------------------------------------------------------------

} // namespace cd::reporting::report
