#include "EvidenceBench.h"
#include "DashboardBench.h"
#include "Dataset.h"
#include "Stats.h"

#include "core/crypto/Signing.h"
#include "core/evidence/EvidenceExport.h"
#include "core/store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <unistd.h>

namespace bench {

namespace {

// Resets the kernel's peak-RSS mark of this process (Linux 4.0+); false where it cannot.
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// VmHWM or VmRSS of /proc/self/status, in MiB.
double statusMb(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

} // namespace

cd::Result<void> measureEvidenceExport(const QString &dir, const EvidenceBenchSizes &sizes, Report &report)
{
    const QString dbPath = QDir(dir).filePath(QStringLiteral("evidence.db"));
    auto store = createEncryptedStore(dbPath);
    if (!store)
        return store.error();
    cd::Session &s = *store->session;
    progress(QStringLiteral("evidence_export: filling a year of %1 consents and %2 requests")
                 .arg(sizes.consents).arg(sizes.requests));
    CD_TRY(fillDashboardYear(s, DashboardBenchSizes{sizes.consents, sizes.requests, sizes.deletions, 1}));
    CD_TRY(s.db().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    ::sync();

    // A seal of a fresh key: the ledgers' own part is measured by the ledger group.
    const cd::crypto::SigningKey key = cd::crypto::SigningKey::generate();
    cd::evidence::PackageSeal seal;
    seal.headsJson = "{}\n";
    seal.publicKeyPem = cd::crypto::publicKeyPem(key.publicKey);
    seal.sign = [&key](const QByteArray &sums) -> cd::Result<QByteArray> { return cd::crypto::sign(key, sums); };
    cd::evidence::EvidenceOptions options;
    options.to = s.clock().today();
    options.from = options.to.addDays(-365);

    progress(QStringLiteral("evidence_export: writing the package"));
    const QString out = QDir(dir).filePath(QStringLiteral("evidence.zip"));
    const double rssBefore = statusMb("VmRSS");
    const bool peakReset = resetPeakRss();
    QElapsedTimer timer;
    // Where the time goes: seconds from one step's start to the next's.
    QJsonObject steps;
    QString step;
    qint64 stepStart = 0;
    cd::evidence::ExportProgress progressOf;
    progressOf.report = [&](int, const QString &name) {
        if (name == step)
            return;
        if (!step.isEmpty())
            steps.insert(step, double(timer.nsecsElapsed() - stepStart) / 1e9);
        step = name;
        stepStart = timer.nsecsElapsed();
    };
    timer.start();
    auto written = cd::evidence::EvidenceExport::write(s, options, seal, out, progressOf);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double peakMb = peakReset ? statusMb("VmHWM") : peakRssMb();
    if (!written)
        return written.error();

    Measurement m;
    m.name = QStringLiteral("evidence_export");
    m.unit = QStringLiteral("s");
    m.n = sizes.consents;
    m.value = seconds;
    m.target = Target{30.0, Target::On::Value, Target::Cmp::AtMost};
    m.extra.insert(QStringLiteral("requests"), sizes.requests);
    m.extra.insert(QStringLiteral("steps_s"), steps);
    m.extra.insert(QStringLiteral("files"), written->files);
    m.extra.insert(QStringLiteral("zip_mb"), double(written->bytes) / 1048576.0);
    m.extra.insert(QStringLiteral("zip_mb_per_s"), double(written->bytes) / 1048576.0 / seconds);
    m.extra.insert(QStringLiteral("what"), QStringLiteral("EvidenceExport::write for the last 365 days, without "
                                                          "report.pdf and the ledgers (a test seal)"));
    report.add(m);

    Measurement rss;
    rss.name = QStringLiteral("evidence_export_peak_rss");
    rss.unit = QStringLiteral("MiB");
    rss.n = sizes.consents;
    rss.value = peakMb;
    rss.target = Target{300.0, Target::On::Value, Target::Cmp::AtMost};
    rss.extra.insert(QStringLiteral("rss_before_mb"), rssBefore);
    rss.extra.insert(QStringLiteral("peak_of_export_alone"), peakReset);
    report.add(rss);

    store->session.reset();
    for (const QString &path : {dbPath, dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm"),
                                dbPath + QStringLiteral(".keys"), out})
        QFile::remove(path);
    return {};
}

} // namespace bench
