#include "LedgerBench.h"
#include "Dataset.h"
#include "Stats.h"

#include "core/access/Session.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/LedgerHeads.h"
#include "core/ledgers/Ledgers.h"
#include "core/store/Database.h"

#include <QDir>
#include <QElapsedTimer>

namespace bench {

namespace {
constexpr int kBatch = 10'000;  // appends per commit while filling
constexpr int kRuns = 3;
}

// One signed head per commit: what a commit pays for it (the same commits in a session without a
// key, which stores no head, are the baseline), and how fast verify-ledger checks heads.
cd::Result<void> measureHeads(const QString &dir, Report &report)
{
    constexpr int kCommits = 20000;
    double ms[2] = {0, 0};
    std::unique_ptr<cd::Session> signedStore;
    for (int signing = 0; signing < 2; ++signing) {
        auto store = createEncryptedStore(QDir(dir).filePath(signing ? QStringLiteral("heads.db") : QStringLiteral("noheads.db")));
        if (!store)
            return store.error();
        cd::Session &session = *store->session;
        if (!signing)
            session.setSigning({}, 0, {});
        progress(QStringLiteral("%1 commits of one audit row, %2").arg(kCommits).arg(signing ? QStringLiteral("each with a signed head") : QStringLiteral("without heads")));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kCommits; ++i)
            CD_TRY(cd::AuditLog::append(session, QStringLiteral("consent.register"), QStringLiteral("consent"),
                                        QString::number(i), QStringLiteral("purpose membership notice v1")));
        ms[signing] = double(timer.nsecsElapsed()) / 1e6;
        if (signing)
            signedStore = std::move(store->session);
    }
    Measurement commit;
    commit.name = QStringLiteral("ledger_commit_signed");
    commit.unit = QStringLiteral("ms");
    commit.n = kCommits;
    commit.value = ms[1] / kCommits;
    commit.baseline = ms[0] / kCommits;
    commit.target = Target{2.0, Target::On::Ratio, Target::Cmp::AtMost};
    commit.extra.insert(QStringLiteral("what"), QStringLiteral("a commit of one audit row with its signed head, against the same commit without a head"));
    report.add(commit);

    QElapsedTimer timer;
    timer.start();
    auto heads = cd::LedgerHeads::verify(signedStore->db());
    const double verifyMs = double(timer.nsecsElapsed()) / 1e6;
    if (!heads)
        return heads.error();
    if (!heads->ok)
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("the bench's own heads did not verify: ") + heads->reason);
    Measurement rate;
    rate.name = QStringLiteral("ledger_heads_verify_rate");
    rate.unit = QStringLiteral("heads/s");
    rate.n = heads->heads;
    rate.value = double(heads->heads) / (verifyMs / 1000.0);
    rate.target = Target{10000.0, Target::On::Value, Target::Cmp::AtLeast};
    rate.extra.insert(QStringLiteral("what"), QStringLiteral("signed heads checked per second (link, certificate, Ed25519 signature, rows, attribution)"));
    report.add(rate);
    return {};
}

cd::Result<void> measureLedgerVerify(const QString &dir, qint64 entries, Report &report)
{
    auto store = createEncryptedStore(QDir(dir).filePath(QStringLiteral("ledger.db")));
    if (!store)
        return store.error();
    cd::Session &session = *store->session;
    progress(QStringLiteral("filling the audit log with %1 entries").arg(entries));
    auto existing = cd::AuditLog::count(session.db());
    if (!existing)
        return existing.error();
    for (qint64 done = existing.value(); done < entries;) {
        cd::Transaction tx(session.db());
        CD_TRY(tx.begin());
        for (int i = 0; i < kBatch && done < entries; ++i, ++done)
            CD_TRY(cd::AuditLog::append(session, QStringLiteral("consent.register"), QStringLiteral("consent"),
                                        QString::number(done), QStringLiteral("purpose membership notice v1")));
        CD_TRY(tx.commit());
    }

    std::vector<double> ms;
    qint64 rows = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto v = cd::AuditLog::verify(session.db());
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!v)
            return v.error();
        if (!v->ok)
            return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("the bench's own chain did not verify"));
        rows = v->rows;
    }
    Measurement m;
    m.name = QStringLiteral("ledger_verify");
    m.unit = QStringLiteral("s");
    m.n = rows;
    m.value = median(ms) / 1000.0;
    m.target = Target{2.0, Target::On::Value, Target::Cmp::AtMost};
    m.extra.insert(QStringLiteral("rows_per_s"), double(rows) / (median(ms) / 1000.0));
    m.extra.insert(QStringLiteral("runs"), kRuns);
    m.extra.insert(QStringLiteral("what"), QStringLiteral("SHA-256 chain walk of the audit log, encrypted store"));
    report.add(m);

    // Part 6: what verify-ledger does in full on the same store: both chains, every signed head
    // (one per commit of the fill above) with its certificate, attribution of every row, the
    // checkpoint. The ratio to the chain walk is the price of the signatures.
    std::vector<double> full;
    qint64 heads = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto checks = cd::verifyLedgers(session);
        full.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!checks)
            return checks.error();
        for (const cd::LedgerCheck &c : checks.value())
            if (!c.result.ok)
                return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("the bench's own ledgers did not verify: ") + c.result.reason);
    }
    auto headCount = session.db().queryInt("SELECT count(*) FROM ledger_heads");
    if (headCount)
        heads = headCount.value();
    Measurement s;
    s.name = QStringLiteral("ledger_verify_signed");
    s.unit = QStringLiteral("s");
    s.n = rows;
    s.value = median(full) / 1000.0;
    s.target = Target{4.0, Target::On::Value, Target::Cmp::AtMost};
    s.extra.insert(QStringLiteral("signed_heads"), heads);
    s.extra.insert(QStringLiteral("ratio_to_chain_walk"), median(full) / median(ms));
    s.extra.insert(QStringLiteral("runs"), kRuns);
    s.extra.insert(QStringLiteral("what"), QStringLiteral("verify-ledger in full: both chains, every signed head and certificate, row attribution, checkpoint"));
    report.add(s);
    return measureHeads(dir, report);
}

} // namespace bench
