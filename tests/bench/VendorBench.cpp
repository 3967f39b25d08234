#include "VendorBench.h"
#include "Dataset.h"
#include "Stats.h"

#include "vendors/VendorManager.h"
#include "core/cameras/CameraCounts.h"
#include "core/cameras/CameraInventory.h"
#include "core/cameras/CameraSigns.h"
#include "core/cameras/Enrollments.h"
#include "core/cameras/VendorErasures.h"
#include "core/consent/ConsentService.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace bench {

namespace {

const QString kVendor = QStringLiteral("simvendor");

double msSince(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

cd::Result<void> measureRoundTrip(cd::VendorHost &host, int pings, Report &report)
{
    std::vector<double> ms;
    ms.reserve(pings);
    for (int i = 0; i < pings; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = host.callSync(QStringLiteral("ping"));
        if (!r)
            return r.error();
        ms.push_back(msSince(t));
    }
    Measurement m;
    m.name = QStringLiteral("host_roundtrip_p99");
    m.unit = QStringLiteral("ms");
    m.value = percentile(ms, 99);
    m.target = Target{2.0, Target::On::Value, Target::Cmp::AtMost};
    m.extra.insert(QStringLiteral("p50"), median(ms));
    m.extra.insert(QStringLiteral("calls"), pings);
    m.extra.insert(QStringLiteral("what"), QStringLiteral("ping through consentdesk-plugin-host over QLocalSocket"));
    report.add(m);
    return {};
}

// The face consents to withdraw: spread over the enrolled subjects.
cd::Result<std::vector<qint64>> faceConsents(cd::Session &session, int count)
{
    auto total = session.db().queryInt("SELECT count(*) FROM enrollments WHERE ended_at IS NULL");
    if (!total)
        return total.error();
    auto q = session.db().query("SELECT e.consent_id FROM enrollments e WHERE e.ended_at IS NULL "
                                "AND (e.id % ?1) = 0 ORDER BY e.id LIMIT ?2");
    q.bind(1, qMax<qint64>(1, total.value() / qMax(1, count))).bind(2, count);
    std::vector<qint64> ids;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ids.push_back(q.int64(0));
    }
    return ids;
}

} // namespace

cd::Result<void> measureVendor(const QString &dir, const VendorBenchSizes &sizes, Report &report)
{
    auto store = createEncryptedStore(QDir(dir).filePath(QStringLiteral("vendor.db")));
    if (!store)
        return store.error();
    cd::Session &session = *store->session;
    auto loader = ConsentLoader::create(session);
    if (!loader)
        return loader.error();
    progress(QStringLiteral("vendor: registering %1 customers").arg(sizes.enrolled));
    CD_TRY(loader.value()->load(sizes.enrolled, sizes.enrolled * 3, 1000));

    cd::VendorManagerOptions options = cd::VendorManagerOptions::defaultsFor(store->path);
    options.callTimeoutMs = 30 * 60 * 1000;  // the bulk fill below is one long call
    cd::VendorManager vendors(session, options);
    vendors.startAll(15000);
    cd::VendorHost *host = vendors.host(kVendor);
    if (!host || host->health() != cd::VendorHealth::Ready)
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("the simulated vendor did not start (plugins in %1)")
                                                        .arg(options.pluginDirs.join(QLatin1Char(' '))));
    CD_TRY(measureRoundTrip(*host, sizes.pings, report));

    auto zones = cd::CameraInventory(session).zones();
    if (!zones)
        return zones.error();
    for (const cd::ZoneRecord &z : zones.value()) {
        if (z.key == QLatin1String("entrance"))
            CD_TRY(cd::CameraSigns(session).addSign(z.id, QStringLiteral("bench sign"), 0, QByteArrayLiteral("bench photo")));
    }
    CD_TRY(vendors.setMode(kVendor, QStringLiteral("cam-entrance-1"), cd::CameraMode::IdentifyConsented,
                           QStringLiteral("benchmark")));

    progress(QStringLiteral("vendor: enrolling"));
    QElapsedTimer phase;
    phase.start();
    int enrolled = 0;
    {
        cd::Transaction tx(session.db());  // one commit for the whole enrolment
        CD_TRY(tx.begin());
        auto n = vendors.enrollAllConsented();
        if (!n)
            return n.error();
        enrolled = n.value();
        CD_TRY(tx.commit());
    }
    const double enrollSeconds = msSince(phase) / 1000;
    progress(QStringLiteral("vendor: %1 enrolled; writing %2 captures each").arg(enrolled).arg(sizes.capturesPerSubject));
    phase.restart();
    const QDateTime now = session.clock().now();
    auto filled = vendors.simulate(kVendor, now.addDays(-30), now,
                                   QJsonObject{{QStringLiteral("capturesPerSubject"), sizes.capturesPerSubject},
                                               {QStringLiteral("visitorsPerHour"), 0}});
    if (!filled)
        return filled.error();
    const double fillSeconds = msSince(phase) / 1000;

    auto consents = faceConsents(session, sizes.erasures);
    if (!consents)
        return consents.error();
    progress(QStringLiteral("vendor: timing %1 erasures").arg(consents->size()));
    cd::ConsentService service(session);
    std::vector<double> ms;
    for (qint64 consentId : consents.value()) {
        CD_TRY(service.withdraw(consentId, QStringLiteral("counter")));  // owes the erasure
        QElapsedTimer t;
        t.start();
        auto done = vendors.runDueJobs(true);  // inventory, unenroll, erase, inventory, record
        if (!done)
            return done.error();
        if (done.value() != 1)
            return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("an erasure did not complete"));
        ms.push_back(msSince(t));
    }
    Measurement m;
    m.name = QStringLiteral("vendor_erase_subject");
    m.unit = QStringLiteral("ms");
    m.value = median(ms);
    m.n = enrolled;
    m.target = Target{50.0, Target::On::Value, Target::Cmp::AtMost};
    m.extra.insert(QStringLiteral("p99"), percentile(ms, 99));
    m.extra.insert(QStringLiteral("erasures"), int(ms.size()));
    m.extra.insert(QStringLiteral("captures_per_subject"), sizes.capturesPerSubject);
    m.extra.insert(QStringLiteral("vendor_files"), filled->toMap().value(QStringLiteral("files")).toDouble());
    m.extra.insert(QStringLiteral("enroll_s"), enrollSeconds);
    m.extra.insert(QStringLiteral("fill_s"), fillSeconds);
    m.extra.insert(QStringLiteral("what"), QStringLiteral("value is p50; one erasure job end to end with its receipt, "
                                                          "deletion-log and audit entries, one commit"));
    report.add(m);
    vendors.hosts().front()->stop();
    return {};
}

} // namespace bench
