#include "RetentionBench.h"
#include "Dataset.h"

#include "core/consent/PurposeService.h"
#include "core/demo/DemoData.h"
#include "core/retention/RetentionService.h"
#include "core/store/Database.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>

#include <unistd.h>

namespace bench {

namespace {

constexpr int kFillBatch = 50'000;

// Customers with one membership consent each, the first `due` of them withdrawn long enough ago
// for the purpose's period to be over. Filled by plain inserts (the bench measures the sweep, not
// registration), the same rows in both stores.
cd::Result<void> fill(cd::Session &s, qint64 customers, qint64 due)
{
    CD_TRY(cd::demo::addStandardPurposes(s));
    auto purpose = cd::PurposeService(s).findByCode(QStringLiteral("membership"));
    if (!purpose)
        return purpose.error();
    auto notice = cd::PurposeService(s).currentNotice(purpose->id);
    if (!notice)
        return notice.error();
    const qint64 now = s.clock().nowMs();
    const qint64 withdrawnAt = now - qint64(purpose->retentionDays + 1) * cd::kDayMs;
    cd::Database &db = s.db();
    for (qint64 i = 0; i < customers;) {
        cd::Transaction tx(db);
        CD_TRY(tx.begin());
        auto consent = db.query("INSERT INTO consents(subject_id, purpose_id, purpose_revision, notice_version_id, "
                                "notice_sha256, method, staff_user_id, store_id, granted_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, 'counter_tablet', ?6, ?7, ?8)");
        // Granted, then withdrawn, as the console writes them (the withdrawal sets the due date).
        auto withdraw = db.query("UPDATE consents SET status = 'withdrawn', withdrawn_at = ?2 WHERE id = ?1");
        for (int b = 0; b < kFillBatch && i < customers; ++b, ++i) {
            auto subject = insertSyntheticSubject(s, QStringLiteral("S-B"), i, withdrawnAt - cd::kDayMs);
            if (!subject)
                return subject.error();
            const bool isDue = i < due;
            consent.bind(1, subject.value()).bind(2, purpose->id).bind(3, qint64(purpose->revision));
            consent.bind(4, notice->id).bind(5, notice->sha256).bind(6, s.user().id).bind(7, s.currentStoreId());
            consent.bind(8, withdrawnAt - cd::kDayMs);
            CD_TRY(consent.run());
            if (isDue) {
                withdraw.bind(1, db.lastInsertRowId()).bind(2, withdrawnAt);
                CD_TRY(withdraw.run());
            }
        }
        CD_TRY(tx.commit());
    }
    return {};
}

cd::Result<double> sweepSeconds(BenchStore store, qint64 customers, qint64 due)
{
    progress(QStringLiteral("retention_sweep: filling the %1 store with %2 customers").arg(store.label).arg(customers));
    CD_TRY(fill(*store.session, customers, due));
    // The fill's pages into the file and onto the disk first: the sweep's commit would otherwise
    // also wait for the fill's write-back (a store is filled over months, not just before a sweep).
    CD_TRY(store.session->db().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    ::sync();
    progress(QStringLiteral("retention_sweep: sweeping the %1 store").arg(store.label));
    QElapsedTimer timer;
    timer.start();
    auto swept = cd::RetentionService(*store.session).sweep(false);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!swept)
        return swept.error();
    if (swept->total() != due)
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("the sweep erased %1 customers, expected %2")
                                                        .arg(swept->total()).arg(due));
    auto again = cd::RetentionService(*store.session).sweep(false);  // idempotent: nothing left
    if (!again || again->total() != 0)
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("a second sweep found work"));
    const QString path = store.path;
    store.session.reset();
    for (const char *suffix : {"", "-wal", "-shm", ".keys"})
        QFile::remove(path + QLatin1String(suffix));
    return seconds;
}

} // namespace

cd::Result<void> measureRetentionSweep(const QString &dir, qint64 customers, qint64 due, Report &report)
{
    auto encrypted = createEncryptedStore(QDir(dir).filePath(QStringLiteral("retention.db")));
    if (!encrypted)
        return encrypted.error();
    auto enc = sweepSeconds(std::move(encrypted.value()), customers, due);
    if (!enc)
        return enc.error();
    auto plainStore = createPlainStore(QDir(dir).filePath(QStringLiteral("retention-plain.db")));
    if (!plainStore)
        return plainStore.error();
    auto plain = sweepSeconds(std::move(plainStore.value()), customers, due);
    if (!plain)
        return plain.error();

    Measurement m;
    m.name = QStringLiteral("retention_sweep");
    m.unit = QStringLiteral("s");
    m.n = customers;
    m.value = enc.value();
    m.target = Target{5.0, Target::On::Value, Target::Cmp::AtMost};
    const double speedRatio = plain.value() / enc.value();  // encrypted speed over plain speed
    m.extra.insert(QStringLiteral("due"), due);
    m.extra.insert(QStringLiteral("plain_s"), plain.value());
    m.extra.insert(QStringLiteral("speed_ratio"), speedRatio);
    m.extra.insert(QStringLiteral("what"), QStringLiteral("erase and log every due customer (one deletion-log "
                                                          "entry per 10,000), then a second sweep that finds nothing"));
    report.add(m);

    // The ratio as its own line, so that its target counts like every other (value: plain s /
    // encrypted s, i.e. the encrypted store's speed relative to plain SQLite).
    Measurement r;
    r.name = QStringLiteral("retention_sweep_ratio");
    r.unit = QStringLiteral("x");
    r.n = customers;
    r.value = speedRatio;
    r.target = Target{0.5, Target::On::Value, Target::Cmp::AtLeast};
    report.add(r);
    return {};
}

} // namespace bench
