#include "DashboardBench.h"
#include "Dataset.h"
#include "Stats.h"

#include "core/analytics/DashboardFigures.h"
#include "core/cameras/CameraInventory.h"
#include "core/consent/PurposeService.h"
#include "core/demo/DemoData.h"
#include "core/ledgers/DeletionLog.h"
#include "core/store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

#include <functional>

#include <unistd.h>

namespace bench {

namespace {

constexpr int kFillBatch = 50'000;
constexpr qint64 kYearMs = 365 * cd::kDayMs;

// Two consents per customer (membership and text offers), granted evenly over the last year, one
// in ten withdrawn later; requests of every type over the year, nine in ten answered within a week;
// deletion-log entries over the year; four zones counted every hour. Plain inserts (the bench
// measures the dashboard, not registration), the same rows in both stores.
cd::Result<void> fill(cd::Session &s, const DashboardBenchSizes &sizes)
{
    CD_TRY(cd::demo::addStandardPurposes(s));
    cd::PurposeService purposes(s);
    std::vector<std::tuple<qint64, qint64, QString, qint64>> chosen;  // purpose, notice, hash, revision
    for (const char *code : {"membership", "marketing-sms"}) {
        auto p = purposes.findByCode(QLatin1String(code));
        if (!p)
            return p.error();
        auto n = purposes.currentNotice(p->id);
        if (!n)
            return n.error();
        chosen.emplace_back(p->id, n->id, n->sha256, p->revision);
    }
    cd::Database &db = s.db();
    const qint64 now = s.clock().nowMs();
    const qint64 start = now - kYearMs;
    const qint64 customers = (sizes.consents + 1) / 2;
    qint64 consents = 0;
    for (qint64 i = 0; i < customers;) {
        cd::Transaction tx(db);
        CD_TRY(tx.begin());
        auto consent = db.query("INSERT INTO consents(subject_id, purpose_id, purpose_revision, notice_version_id, "
                                "notice_sha256, method, staff_user_id, store_id, granted_at, status, withdrawn_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, 'counter_tablet', ?6, ?7, ?8, ?9, ?10)");
        for (int b = 0; b < kFillBatch && i < customers; ++b, ++i) {
            const qint64 grantedAt = start + kYearMs * i / customers;
            auto subject = insertSyntheticSubject(s, QStringLiteral("S-D"), i, grantedAt);
            if (!subject)
                return subject.error();
            const qint64 subjectId = subject.value();
            for (std::size_t k = 0; k < chosen.size() && consents < sizes.consents; ++k, ++consents) {
                const auto &[purposeId, noticeId, sha, revision] = chosen[k];
                const bool withdrawn = k == 1 && i % 10 == 3;
                const qint64 withdrawnAt = std::min(now - 1, grantedAt + 30 * cd::kDayMs);
                consent.bind(1, subjectId).bind(2, purposeId).bind(3, revision).bind(4, noticeId).bind(5, sha);
                consent.bind(6, s.user().id).bind(7, s.currentStoreId()).bind(8, grantedAt);
                consent.bind(9, withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("granted"));
                consent.bindOptional(10, withdrawnAt, withdrawn);
                CD_TRY(consent.run());
            }
        }
        CD_TRY(tx.commit());
    }

    cd::Transaction tx(db);
    CD_TRY(tx.begin());
    static const char *const kTypes[] = {"access", "copy", "portability", "correction",
                                         "deletion", "withdrawal", "restriction", "explanation"};
    auto request = db.query("INSERT INTO requests(type, state, subject_id, channel, received_at, received_on, "
                            "received_by, response_days, closed_at, updated_at) "
                            "VALUES (?1, ?2, ?3, 'counter', ?4, ?5, ?6, 15, ?7, ?4)");
    for (qint64 r = 0; r < sizes.requests; ++r) {
        const qint64 receivedAt = start + kYearMs * r / sizes.requests;
        const bool open = r % 10 == 0;
        request.bind(1, QLatin1String(kTypes[r % 8])).bind(2, open ? QStringLiteral("in-progress") : QStringLiteral("completed"));
        request.bind(3, 1 + r % customers).bind(4, receivedAt);
        request.bind(5, QDateTime::fromMSecsSinceEpoch(receivedAt).toLocalTime().date().toString(Qt::ISODate));
        request.bind(6, s.user().id).bindOptional(7, receivedAt + (1 + r % 7) * cd::kDayMs, !open);
        CD_TRY(request.run());
    }
    static const char *const kReasons[] = {"withdrawal", "request", "retention", "expiry"};
    for (qint64 d = 0; d < sizes.deletions; ++d) {
        cd::DeletionEntry e;
        e.at = start + kYearMs * d / sizes.deletions;
        e.reason = QLatin1String(kReasons[d % 4]);
        e.reasonRef = QStringLiteral("bench");
        e.category = QStringLiteral("personal-fields");
        e.subjectRef = QStringLiteral("S-D%1").arg(d, 9, 10, QLatin1Char('0'));
        e.location = QStringLiteral("local");
        e.counts = QStringLiteral("name=1;phone=1");
        CD_TRY(cd::DeletionLog::append(db, e));
    }
    CD_TRY(db.exec("INSERT INTO vendors(code, name, version, plugin_file, added_at) VALUES ('benchcam', 'Bench', '1', '', 0)"));
    const qint64 vendorId = db.lastInsertRowId();
    auto count = db.query("INSERT INTO visitor_counts(vendor_id, zone_key, hour_start, visitors) VALUES (?1, ?2, ?3, ?4)");
    for (qint64 h = start / 3'600'000; h < now / 3'600'000; ++h)
        for (int z = 0; z < 4; ++z) {
            count.bind(1, vendorId).bind(2, QStringLiteral("zone-%1").arg(z)).bind(3, h * 3'600'000).bind(4, (h + z) % 40);
            CD_TRY(count.run());
        }
    return tx.commit();
}

// A connection of the refresh's own, as the page's worker has: the encrypted store's comes from
// Session::openForWorker (the key copied); the plain one is opened without a key.
cd::Result<std::unique_ptr<cd::Session>> anotherConnection(BenchStore &store)
{
    if (store.label != QLatin1String("plain"))
        return store.session->openForWorker();
    auto db = cd::Database::open(store.path, nullptr);
    if (!db)
        return db.error();
    auto session = std::make_unique<cd::Session>(std::move(db).value(), cd::SecretBytes(), store.session->user(),
                                                 store.path, store.session->clock());
    session->setCurrentStoreId(store.session->currentStoreId());
    return session;
}

struct Timing {
    double medianMs = 0;
    double firstMs = 0;
    qint64 consentsCounted = 0;
    QJsonObject partsMs;  // each query alone, on a new connection: where the time goes
};

// Each figure's query on its own connection, once, to explain the total.
cd::Result<QJsonObject> partTimes(BenchStore &store)
{
    const cd::FigurePeriod period = cd::FigurePeriod::lastDays(store.session->clock().now(), 365);
    QJsonObject out;
    const std::pair<const char *, std::function<cd::Result<void>(cd::DashboardQueries &)>> parts[] = {
        {"consents", [&](cd::DashboardQueries &q) { auto r = q.consents(period); return r ? cd::Result<void>() : r.error(); }},
        {"requests", [&](cd::DashboardQueries &q) { auto r = q.requests(period); return r ? cd::Result<void>() : r.error(); }},
        {"deletions", [&](cd::DashboardQueries &q) { auto r = q.deletions(period); return r ? cd::Result<void>() : r.error(); }},
        {"visitors", [&](cd::DashboardQueries &q) {
             auto r = q.visitors(period, cd::TimeAxis::over(period));
             return r ? cd::Result<void>() : r.error();
         }},
        {"filing", [&](cd::DashboardQueries &q) { auto r = q.filing(); return r ? cd::Result<void>() : r.error(); }},
        {"retention", [&](cd::DashboardQueries &q) { auto r = q.retention(); return r ? cd::Result<void>() : r.error(); }},
        {"ledgers", [&](cd::DashboardQueries &) { return cd::Result<void>(); }},  // below, on the same connection
        {"calendar", [&](cd::DashboardQueries &) { return cd::Result<void>(); }},
    };
    for (const auto &[name, run] : parts) {
        QElapsedTimer opening;
        opening.start();
        auto connection = anotherConnection(store);
        if (!connection)
            return connection.error();
        out.insert(QStringLiteral("connection"), double(opening.nsecsElapsed()) / 1e6);  // the last one's
        QElapsedTimer timer;
        timer.start();
        const QString part = QLatin1String(name);
        if (part == QLatin1String("calendar")) {
            // What the constructor costs: the working calendar is loaded for the deadlines.
            cd::DashboardQueries queries(*connection.value());
        } else if (part == QLatin1String("ledgers")) {
            auto health = cd::ledgerHealth(*connection.value());
            if (!health)
                return health.error();
            auto items = cd::OpenItems(*connection.value()).list();
            if (!items)
                return items.error();
        } else {
            cd::WorkingCalendar none;
            cd::DashboardQueries queries(*connection.value(), none);
            CD_TRY(run(queries));
        }
        out.insert(part == QLatin1String("ledgers") ? QStringLiteral("ledgers_and_open_items") : part,
                   double(timer.nsecsElapsed()) / 1e6);
    }
    return out;
}

cd::Result<Timing> refreshMs(BenchStore store, const DashboardBenchSizes &sizes)
{
    progress(QStringLiteral("dashboard_refresh: filling the %1 store with %2 consents").arg(store.label).arg(sizes.consents));
    CD_TRY(fill(*store.session, sizes));
    CD_TRY(store.session->db().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    ::sync();
    progress(QStringLiteral("dashboard_refresh: %1 refreshes of the %2 store").arg(sizes.runs).arg(store.label));
    // As the page does: a connection of its own for each refresh, so no cache is carried over.
    std::vector<double> ms;
    Timing t;
    for (int run = 0; run < sizes.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto worker = anotherConnection(store);
        if (!worker)
            return worker.error();
        auto figures = cd::DashboardQueries(*worker.value()).all(
            cd::FigurePeriod::lastDays(store.session->clock().now(), 365));
        worker.value().reset();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!figures)
            return figures.error();
        t.consentsCounted = 0;
        for (const auto &p : figures->consents.purposes)
            for (qint64 n : p.now)
                t.consentsCounted += n;
    }
    if (t.consentsCounted != sizes.consents)
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("the figures counted %1 consents, expected %2")
                                                        .arg(t.consentsCounted).arg(sizes.consents));
    auto parts = partTimes(store);
    if (!parts)
        return parts.error();
    t.partsMs = parts.value();
    t.firstMs = ms.front();
    t.medianMs = median(ms);
    const QString path = store.path;
    store.session.reset();
    for (const char *suffix : {"", "-wal", "-shm", ".keys"})
        QFile::remove(path + QLatin1String(suffix));
    return t;
}

} // namespace

cd::Result<void> fillDashboardYear(cd::Session &session, const DashboardBenchSizes &sizes) { return fill(session, sizes); }

cd::Result<void> measureDashboardRefresh(const QString &dir, const DashboardBenchSizes &sizes, Report &report)
{
    auto encrypted = createEncryptedStore(QDir(dir).filePath(QStringLiteral("dashboard.db")));
    if (!encrypted)
        return encrypted.error();
    auto enc = refreshMs(std::move(encrypted.value()), sizes);
    if (!enc)
        return enc.error();
    auto plainStore = createPlainStore(QDir(dir).filePath(QStringLiteral("dashboard-plain.db")));
    if (!plainStore)
        return plainStore.error();
    auto plain = refreshMs(std::move(plainStore.value()), sizes);
    if (!plain)
        return plain.error();

    Measurement m;
    m.name = QStringLiteral("dashboard_refresh");
    m.unit = QStringLiteral("ms");
    m.n = sizes.consents;
    m.value = enc->medianMs;
    m.baseline = plain->medianMs;
    m.target = Target{500.0, Target::On::Value, Target::Cmp::AtMost};
    m.extra.insert(QStringLiteral("first_ms"), enc->firstMs);
    m.extra.insert(QStringLiteral("plain_first_ms"), plain->firstMs);
    m.extra.insert(QStringLiteral("runs"), sizes.runs);
    m.extra.insert(QStringLiteral("parts_ms"), enc->partsMs);
    m.extra.insert(QStringLiteral("plain_parts_ms"), plain->partsMs);
    m.extra.insert(QStringLiteral("requests"), sizes.requests);
    m.extra.insert(QStringLiteral("deletions"), sizes.deletions);
    m.extra.insert(QStringLiteral("what"), QStringLiteral("DashboardQueries::all over the last 365 days on a new "
                                                          "connection (as the page's worker): consents, requests, "
                                                          "deletions, visitors, filing, retention, ledgers, open items"));
    report.add(m);
    return {};
}

} // namespace bench
