#include "DashboardFigures.h"
#include "core/access/Session.h"
#include "core/cameras/CameraCounts.h"
#include "core/retention/RetentionService.h"
#include "core/store/Database.h"

#include <QHash>
#include <algorithm>
#include <limits>
#include <unordered_map>

namespace cd {

namespace {

qint64 localMidnightMs(const QDate &day) { return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch(); }

QDate localDay(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(); }

// The start of the bucket holding `day`, and the start of the next one.
QDate bucketStart(TimeAxis::Unit unit, const QDate &day)
{
    switch (unit) {
    case TimeAxis::Day: return day;
    case TimeAxis::Week: return day.addDays(1 - day.dayOfWeek());
    case TimeAxis::Month: return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate nextStart(TimeAxis::Unit unit, const QDate &start)
{
    switch (unit) {
    case TimeAxis::Day: return start.addDays(1);
    case TimeAxis::Week: return start.addDays(7);
    case TimeAxis::Month: return start.addMonths(1);
    }
    return start.addDays(1);
}

TimeAxis makeAxis(const FigurePeriod &period, TimeAxis::Unit unit)
{
    TimeAxis axis;
    axis.unit = unit;
    if (period.toMs <= period.fromMs)
        return axis;
    QDate start = bucketStart(unit, localDay(period.fromMs));
    while (true) {
        const qint64 from = std::max(localMidnightMs(start), period.fromMs);
        if (from >= period.toMs)
            break;
        axis.firsts.push_back(localDay(from));
        axis.bounds.push_back(from);
        start = nextStart(unit, start);
    }
    axis.bounds.push_back(period.toMs);
    return axis;
}

} // namespace

FigurePeriod FigurePeriod::lastDays(const QDateTime &now, int days)
{
    const QDate today = now.toLocalTime().date();
    return FigurePeriod{localMidnightMs(today.addDays(1 - days)), localMidnightMs(today.addDays(1))};
}

int TimeAxis::indexOf(qint64 ms) const
{
    if (bounds.size() < 2 || ms < bounds.front() || ms >= bounds.back())
        return -1;
    return int(std::upper_bound(bounds.begin(), bounds.end(), ms) - bounds.begin()) - 1;
}

TimeAxis TimeAxis::over(const FigurePeriod &period)
{
    const qint64 days = (period.toMs - period.fromMs) / kDayMs;
    return makeAxis(period, days <= 31 ? Day : days <= 26 * 7 ? Week : Month);
}

TimeAxis TimeAxis::days(const FigurePeriod &period) { return makeAxis(period, Day); }

int daysLeftBucket(const Deadline &d)
{
    if (d.overdue)
        return 0;
    return d.daysLeft <= 2 ? 1 : d.daysLeft <= 5 ? 2 : d.daysLeft <= 10 ? 3 : 4;
}

QString daysLeftBucketName(int bucket)
{
    switch (bucket) {
    case 0: return DashboardQueries::tr("Overdue");
    case 1: return DashboardQueries::tr("0-2 days", "working days left");
    case 2: return DashboardQueries::tr("3-5 days", "working days left");
    case 3: return DashboardQueries::tr("6-10 days", "working days left");
    default: return DashboardQueries::tr("11+ days", "working days left");
    }
}

qint64 RequestFigures::answered() const
{
    qint64 n = 0;
    for (const RequestTypeFigures &t : byType)
        n += t.answered;
    return n;
}

qint64 RequestFigures::answeredOnTime() const
{
    qint64 n = 0;
    for (const RequestTypeFigures &t : byType)
        n += t.answeredOnTime;
    return n;
}

double RequestFigures::onTimeRate() const
{
    const qint64 all = answered();
    return all == 0 ? 1.0 : double(answeredOnTime()) / double(all);
}

qint64 DeletionFigures::total() const
{
    qint64 n = 0;
    for (const auto &perDay : entries)
        for (qint64 v : perDay)
            n += v;
    return n;
}

DashboardQueries::DashboardQueries(Session &session)
    : DashboardQueries(session, WorkingCalendar::load(WorkingCalendar::directoryFor(session.databasePath())))
{
}

DashboardQueries::DashboardQueries(Session &session, WorkingCalendar calendar)
    : m_session(session), m_calendar(std::move(calendar))
{
}

Result<void> DashboardQueries::allowed()
{
    CD_TRY(m_session.ensureUnlocked());
    if (roleAllows(m_session.user().role, Permission::ViewAudit))
        return {};
    return m_session.require(Permission::ViewCompliance, QStringLiteral("dashboard.view"));
}

Result<ConsentFigures> DashboardQueries::consents(const FigurePeriod &period)
{
    CD_TRY(allowed());
    Database &db = m_session.db();
    ConsentFigures out;
    out.axis = TimeAxis::over(period);
    const std::size_t buckets = std::size_t(out.axis.size());
    std::vector<bool> keep;  // active, or with a consent: an old purpose without any is left out
    auto purposes = db.query("SELECT id, code, name_zh, name_en, active FROM purposes ORDER BY code");
    CD_TRY(purposes.forEach([&](const Query &q) {
        PurposeConsentFigures p;
        p.purposeId = q.int64(0);
        p.code = q.text(1);
        p.nameZh = q.text(2);
        p.nameEn = q.text(3);
        p.givenPerBucket.assign(buckets, StatusCounts{});
        p.withdrawnPerBucket.assign(buckets, 0);
        keep.push_back(q.int64(4) != 0);
        out.purposes.push_back(std::move(p));
    }));
    // Counted as ranges of the index consents_granted (purpose, status, granted_at): one count per
    // purpose, status and bucket, plus before and after the period for the totals now. Each
    // consent is stepped over once, inside SQLite; walking the rows here took most of a refresh.
    std::vector<qint64> ranges{std::numeric_limits<qint64>::min()};
    ranges.insert(ranges.end(), out.axis.bounds.begin(), out.axis.bounds.end());
    ranges.push_back(std::numeric_limits<qint64>::max());
    for (std::size_t i = 0; i < out.purposes.size(); ++i) {
        PurposeConsentFigures &p = out.purposes[i];
        for (int st = 0; st < kConsentStatusCount; ++st) {
            const QString status = statusId(ConsentStatus(st));
            for (std::size_t r = 0; r + 1 < ranges.size(); ++r) {
                auto q = db.query("SELECT count(*) FROM consents WHERE purpose_id = ?1 AND status = ?2 "
                                  "AND granted_at >= ?3 AND granted_at < ?4");
                q.bind(1, p.purposeId).bind(2, status).bind(3, ranges[r]).bind(4, ranges[r + 1]);
                CD_TRY(q.single());
                const qint64 n = q.int64(0);
                p.now[std::size_t(st)] += n;
                // Ranges 1..buckets are the axis's buckets; 0 is before the period, the last after it.
                if (r >= 1 && r <= buckets)
                    p.givenPerBucket[r - 1][std::size_t(st)] = n;
            }
            if (p.now[std::size_t(st)] > 0)
                keep[i] = true;
        }
        for (std::size_t b = 0; b < buckets; ++b) {
            auto q = db.query("SELECT count(*) FROM consents WHERE purpose_id = ?1 AND withdrawn_at IS NOT NULL "
                              "AND withdrawn_at >= ?2 AND withdrawn_at < ?3");
            q.bind(1, p.purposeId).bind(2, out.axis.bounds[b]).bind(3, out.axis.bounds[b + 1]);
            CD_TRY(q.single());
            p.withdrawnPerBucket[b] = q.int64(0);
        }
    }
    std::vector<PurposeConsentFigures> kept;
    for (std::size_t i = 0; i < out.purposes.size(); ++i)
        if (keep[i])
            kept.push_back(std::move(out.purposes[i]));
    out.purposes = std::move(kept);
    return out;
}

Result<RequestFigures> DashboardQueries::requests(const FigurePeriod &period)
{
    CD_TRY(allowed());
    Database &db = m_session.db();
    const QDate today = m_session.clock().today();
    RequestFigures out;
    const QList<RequestType> types = RequestRules::allTypes();
    std::vector<QByteArray> typeIds;
    for (RequestType t : types) {
        out.byType.push_back(RequestTypeFigures{t});
        typeIds.push_back(RequestRules::typeId(t).toLatin1());
    }
    auto typeIndex = [&](QByteArrayView id) {
        for (std::size_t i = 0; i < typeIds.size(); ++i)
            if (typeIds[i] == id)
                return int(i);
        return -1;
    };

    auto received = db.query("SELECT type, count(*) FROM requests WHERE received_at >= ?1 AND received_at < ?2 "
                             "GROUP BY type");
    received.bind(1, period.fromMs).bind(2, period.toMs);
    CD_TRY(received.forEach([&](const Query &q) {
        if (const int i = typeIndex(q.bytes(0)); i >= 0)
            out.byType[std::size_t(i)].received = q.int64(1);
    }));

    // The deadline of each request answered in the period, or open now, with its pauses: the
    // one rule (computeDeadline) decides on time and days left.
    const char *const kWanted = "(r.state IN ('completed','refused') AND r.closed_at >= ?1 AND r.closed_at < ?2) "
                                "OR r.state NOT IN ('completed','refused','cancelled')";
    std::unordered_map<qint64, std::vector<DeadlineInput::Pause>> pauses;
    auto p = db.query((QByteArray("SELECT p.request_id, p.paused_on, coalesce(p.resumed_on, '') FROM request_pauses p "
                                  "JOIN requests r ON r.id = p.request_id WHERE ")
                       + kWanted + " ORDER BY p.id")
                          .constData());
    p.bind(1, period.fromMs).bind(2, period.toMs);
    CD_TRY(p.forEach([&](const Query &q) {
        pauses[q.int64(0)].push_back(
            {QDate::fromString(q.text(1), Qt::ISODate), QDate::fromString(q.text(2), Qt::ISODate)});
    }));
    // A year holds thousands of requests but a few hundred days: days are parsed once, and
    // requests without pauses received on the same day with the same terms share one deadline
    // (as the request queue does).
    QHash<QByteArray, QDate> days;
    auto dayOf = [&](QByteArrayView iso) {
        const QByteArray key = iso.toByteArray();
        auto it = days.find(key);
        if (it == days.end())
            it = days.insert(key, QDate::fromString(QString::fromLatin1(key), Qt::ISODate));
        return it.value();
    };
    std::unordered_map<qint64, Deadline> shared;  // (Julian day, days, extension, open) packed
    const TimeAxis periodDays = TimeAxis::days(period);  // an answer's local day, without a time-zone conversion per row
    auto r = db.query((QByteArray("SELECT r.id, r.type, r.state, r.received_on, r.response_days, r.extension_days, "
                                  "r.closed_at FROM requests r WHERE ")
                       + kWanted)
                          .constData());
    r.bind(1, period.fromMs).bind(2, period.toMs);
    CD_TRY(r.forEach([&](const Query &q) {
        const int i = typeIndex(q.bytes(1));
        if (i < 0)
            return;
        RequestTypeFigures &f = out.byType[std::size_t(i)];
        DeadlineInput in{dayOf(q.bytes(3)), int(q.int64(4)), int(q.int64(5)), {}};
        // kWanted admits answered requests (completed, refused) and open ones only.
        const QByteArrayView state = q.bytes(2);
        const bool open = state != QByteArrayView("completed") && state != QByteArrayView("refused");
        const int answeredDay = open ? -1 : periodDays.indexOf(q.int64(6));
        const QDate asOf = open ? today : answeredDay >= 0 ? periodDays.firsts[std::size_t(answeredDay)] : localDay(q.int64(6));
        // The due date of a request without pauses does not depend on the day it is asked on.
        auto deadline = [&]() -> Deadline {
            if (auto it = pauses.find(q.int64(0)); it != pauses.end()) {
                in.pauses = it->second;
                return computeDeadline(m_calendar, in, asOf);
            }
            const qint64 key = (in.receivedOn.toJulianDay() << 25) | (qint64(in.baseDays & 0xfff) << 13)
                               | (qint64(in.extensionDays & 0xfff) << 1) | (open ? 1 : 0);
            auto it = shared.find(key);
            if (it == shared.end())
                it = shared.emplace(key, computeDeadline(m_calendar, in, today)).first;
            return it->second;
        };
        if (open) {
            ++f.open;
            ++out.daysLeft[std::size_t(daysLeftBucket(deadline()))];
        } else {
            ++f.answered;
            if (asOf <= deadline().due)
                ++f.answeredOnTime;
        }
    }));
    return out;
}

Result<DeletionFigures> DashboardQueries::deletions(const FigurePeriod &period)
{
    CD_TRY(allowed());
    DeletionFigures out;
    out.days = TimeAxis::days(period);
    std::vector<QByteArray> reasons;  // a handful: found by a walk, not a map of strings per row
    auto q = m_session.db().query("SELECT at, reason FROM deletion_log WHERE at >= ?1 AND at < ?2");
    q.bind(1, period.fromMs).bind(2, period.toMs);
    CD_TRY(q.forEach([&](const Query &row) {
        const int day = out.days.indexOf(row.int64(0));
        if (day < 0)
            return;
        const QByteArrayView reason = row.bytes(1);
        std::size_t r = 0;
        while (r < reasons.size() && reasons[r] != reason)
            ++r;
        if (r == reasons.size()) {
            reasons.push_back(reason.toByteArray());
            out.entries.emplace_back(std::size_t(out.days.size()), 0);
        }
        ++out.entries[r][std::size_t(day)];
    }));
    // Sorted by reason, so that the charts' colours do not depend on which came first.
    std::vector<std::size_t> order(reasons.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return reasons[a] < reasons[b]; });
    std::vector<std::vector<qint64>> sorted;
    for (std::size_t i : order) {
        out.reasons << QString::fromUtf8(reasons[i]);
        sorted.push_back(std::move(out.entries[i]));
    }
    out.entries = std::move(sorted);
    return out;
}

Result<std::vector<ZoneVisitorFigures>> DashboardQueries::visitors(const FigurePeriod &period, const TimeAxis &axis)
{
    CD_TRY(allowed());
    std::vector<ZoneVisitorFigures> out;
    // In primary-key order, so a zone's hours come together and each zone is named once.
    auto q = m_session.db().query(
        "SELECT c.vendor_id, c.zone_key, c.hour_start, c.visitors, v.code, coalesce(z.name, c.zone_key) "
        "FROM visitor_counts c JOIN vendors v ON v.id = c.vendor_id LEFT JOIN camera_zones z "
        "ON z.vendor_id = c.vendor_id AND z.zone_key = c.zone_key WHERE c.hour_start >= ?1 AND c.hour_start < ?2 "
        "ORDER BY c.vendor_id, c.zone_key, c.hour_start");
    q.bind(1, period.fromMs).bind(2, period.toMs);
    qint64 lastVendor = 0;
    QByteArray lastZone;
    CD_TRY(q.forEach([&](const Query &row) {
        if (out.empty() || row.int64(0) != lastVendor || row.bytes(1) != lastZone) {
            lastVendor = row.int64(0);
            lastZone = row.bytes(1).toByteArray();
            out.push_back({row.text(4), row.text(1), row.text(5), std::vector<qint64>(std::size_t(axis.size()), 0), 0});
        }
        ZoneVisitorFigures &z = out.back();
        z.total += row.int64(3);
        if (const int b = axis.indexOf(row.int64(2)); b >= 0)
            z.perBucket[std::size_t(b)] += row.int64(3);
    }));
    std::sort(out.begin(), out.end(), [](const ZoneVisitorFigures &a, const ZoneVisitorFigures &b) {
        return a.vendorCode != b.vendorCode ? a.vendorCode < b.vendorCode : a.zoneKey < b.zoneKey;
    });
    return out;
}

Result<FilingFigures> DashboardQueries::filing()
{
    CD_TRY(allowed());
    auto count = CameraCounts(m_session).filingCount();
    if (!count)
        return count.error();
    return FilingFigures{count->holders, count->threshold};
}

Result<RetentionFigures> DashboardQueries::retention()
{
    CD_TRY(allowed());
    RetentionService service(m_session);
    const qint64 now = m_session.clock().nowMs();
    RetentionFigures out;
    out.weekEndMs = now + 7 * kDayMs;
    auto overdue = service.dueCounts(now);
    if (!overdue)
        return overdue.error();
    auto byWeekEnd = service.dueCounts(out.weekEndMs);
    if (!byWeekEnd)
        return byWeekEnd.error();
    out.overdue = overdue.value();
    for (std::size_t i = 0; i < out.overdue.size() && i < byWeekEnd->size(); ++i)
        out.thisWeek.push_back(byWeekEnd.value()[i] - out.overdue[i]);
    return out;
}

Result<DashboardFigures> DashboardQueries::all(const FigurePeriod &period)
{
    CD_TRY(allowed());
    DashboardFigures f;
    f.period = period;
    f.computedAt = m_session.clock().nowMs();
#define CD_FIGURE(target, call)                                                                                         \
    {                                                                                                                  \
        auto r = call;                                                                                                 \
        if (!r)                                                                                                        \
            return r.error();                                                                                          \
        target = std::move(r.value());                                                                                 \
    }
    CD_FIGURE(f.consents, consents(period))
    CD_FIGURE(f.requests, requests(period))
    CD_FIGURE(f.deletions, deletions(period))
    f.visitorAxis = f.consents.axis;
    CD_FIGURE(f.visitors, visitors(period, f.visitorAxis))
    CD_FIGURE(f.filing, filing())
    CD_FIGURE(f.retention, retention())
    CD_FIGURE(f.ledgers, ledgerHealth(m_session))
    CD_FIGURE(f.openItems, OpenItems(m_session).list())
#undef CD_FIGURE
    return f;
}

} // namespace cd
