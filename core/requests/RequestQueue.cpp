// The request queue: every open request's deadline in working days, sorted, a page at a time.
// Apart from RequestService.cpp because it is the one hot path (100,000 open requests).
#include "RequestService.h"
#include "core/access/Session.h"
#include "core/store/Database.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace cd {

Result<std::vector<RequestRow>> RequestService::list(const RequestFilter &filter)
{
    auto page = listPage(filter, 0, std::numeric_limits<int>::max());
    if (!page)
        return page.error();
    return std::move(page->rows);
}

namespace {

// "2026-02-14" → Julian day without QDate::fromString, which dominates a 100,000-row pass.
qint64 julianDayOf(QByteArrayView iso)
{
    if (iso.size() != 10)
        return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate).toJulianDay();
    auto num = [&](int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; ++i)
            v = v * 10 + (iso[i] - '0');
        return v;
    };
    return QDate(num(0, 4), num(5, 2), num(8, 2)).toJulianDay();
}

// What the queue needs of every open request before it knows which ones the page shows.
struct QueueEntry {
    qint64 id = 0;
    qint64 due = 0;          // Julian day
    int deadline = -1;       // index into the computed deadlines
    bool shownBecauseOverdue = false;
};

} // namespace

Result<RequestPage> RequestService::listPage(const RequestFilter &filter, int offset, int limit)
{
    CD_TRY(m_session.require(Permission::ViewRequests, QStringLiteral("request.list")));
    Database &db = m_session.db();
    const QDate today = m_session.clock().today();

    std::unordered_map<qint64, std::vector<DeadlineInput::Pause>> pauses;
    {
        auto p = db.query("SELECT p.request_id, p.paused_on, coalesce(p.resumed_on, '') FROM request_pauses p "
                          "JOIN requests r ON r.id = p.request_id "
                          "WHERE r.state NOT IN ('completed','refused','cancelled') ORDER BY p.id");
        CD_TRY(p.forEach([&](const Query &r) {
            pauses[r.int64(0)].push_back({QDate::fromString(r.text(1), Qt::ISODate), QDate::fromString(r.text(2), Qt::ISODate)});
        }));
    }

    // Requests without pauses received on the same day with the same days share one deadline.
    std::vector<Deadline> deadlines;
    std::unordered_map<qint64, int> shared;  // (day, days, extension) packed → index
    const QString wantType = filter.type ? RequestRules::typeId(*filter.type) : QString();
    const QString wantState = filter.state ? RequestRules::stateId(*filter.state) : QString();
    std::vector<QueueEntry> queue;
    RequestPage page;
    auto q = db.query("SELECT id, type, state, received_on, response_days, extension_days FROM requests "
                      "WHERE state NOT IN ('completed','refused','cancelled')");
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        QueueEntry e;
        e.id = q.int64(0);
        const qint64 day = julianDayOf(q.bytes(3));
        const int days = int(q.int64(4)), extension = int(q.int64(5));
        auto paused = pauses.find(e.id);
        if (paused == pauses.end()) {
            const qint64 key = (day << 24) | (qint64(days & 0xfff) << 12) | qint64(extension & 0xfff);
            auto it = shared.find(key);
            if (it == shared.end()) {
                deadlines.push_back(computeDeadline(m_calendar, {QDate::fromJulianDay(day), days, extension, {}}, today));
                it = shared.emplace(key, int(deadlines.size()) - 1).first;
            }
            e.deadline = it->second;
        } else {
            deadlines.push_back(computeDeadline(m_calendar, {QDate::fromJulianDay(day), days, extension, paused->second}, today));
            e.deadline = int(deadlines.size()) - 1;
        }
        const Deadline &d = deadlines[std::size_t(e.deadline)];
        const bool matches = (wantType.isEmpty() || q.bytes(1) == wantType.toLatin1())
                             && (wantState.isEmpty() || q.bytes(2) == wantState.toLatin1());
        // Overdue requests cannot be filtered away: they are listed, marked, whatever was asked.
        if (!matches && !d.overdue)
            continue;
        e.shownBecauseOverdue = !matches;
        e.due = d.due.toJulianDay();
        page.overdue += d.overdue ? 1 : 0;
        queue.push_back(e);
    }
    std::sort(queue.begin(), queue.end(), [](const QueueEntry &a, const QueueEntry &b) {
        return a.due != b.due ? a.due < b.due : a.id < b.id;
    });
    page.total = qint64(queue.size());

    const qint64 first = std::max<qint64>(offset, 0);
    const qint64 last = std::min<qint64>(page.total, first + std::max(limit, 0));
    for (qint64 i = first; i < last; ++i) {
        const QueueEntry &e = queue[std::size_t(i)];
        auto r = load(e.id);
        if (!r)
            return r.error();
        r->shownBecauseOverdue = e.shownBecauseOverdue;
        page.rows.push_back(std::move(r.value()));
    }

    const bool wantClosed = filter.includeClosed || (filter.state && !RequestRules::isOpen(*filter.state));
    if (wantClosed && last - first < qint64(limit)) {
        auto c = db.query("SELECT id FROM requests WHERE state IN ('completed','refused','cancelled') "
                          "ORDER BY closed_at DESC, id DESC LIMIT ?1");
        c.bind(1, filter.closedLimit);
        auto closed = c.collect([](const Query &r) { return r.int64(0); });
        if (!closed)
            return closed.error();
        for (qint64 id : closed.value()) {
            auto row = load(id);
            if (!row)
                return row.error();
            if ((!filter.state || *filter.state == row->state) && (!filter.type || *filter.type == row->type)) {
                page.rows.push_back(std::move(row.value()));
                ++page.total;
            }
        }
    }
    return page;
}

} // namespace cd
