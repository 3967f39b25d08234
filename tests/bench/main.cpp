// consentdesk-bench: the performance figures of issues 2, 3 and 7, taken through the real services on
// real encrypted databases in a temporary directory. Targets are reported, never asserted.
#include "BenchOptions.h"
#include "EdgeBench.h"
#include "InsertBench.h"
#include "Lanes.h"
#include "LedgerBench.h"
#include "LookupBench.h"
#include "ModelBench.h"
#include "Report.h"
#include "PackageBench.h"
#include "RequestsBench.h"
#include "RetentionBench.h"
#include "DashboardBench.h"
#include "EvidenceBench.h"
#include "Stats.h"
#include "UnlockBench.h"
#include "VendorBench.h"
#include "WithdrawBench.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace bench;

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys")})
        QFile::remove(path + suffix);
}

// The main dataset (encrypted, and the plain baseline when consent_insert wants it) and what
// runs on it; then the measurements that need stores of their own.
cd::Result<void> runAll(const BenchOptions &o, const QString &dir, Report &report)
{
    const bool needDataset = o.wants(QStringLiteral("insert")) || o.wants(QStringLiteral("lookup"))
                             || o.wants(QStringLiteral("withdraw")) || o.wants(QStringLiteral("model"))
                             || o.wants(QStringLiteral("single"));
    if (needDataset) {
        auto encrypted = makeLane(createEncryptedStore(QDir(dir).filePath(QStringLiteral("encrypted.db"))));
        if (!encrypted)
            return encrypted.error();
        std::unique_ptr<Lane> plain;
        if (o.wants(QStringLiteral("insert")) || o.wants(QStringLiteral("single"))) {
            auto made = makeLane(createPlainStore(QDir(dir).filePath(QStringLiteral("plain.db"))));
            if (!made)
                return made.error();
            plain = std::move(made.value());
        }

        const bool bulk = o.wants(QStringLiteral("insert")) || o.wants(QStringLiteral("lookup"))
                          || o.wants(QStringLiteral("withdraw")) || o.wants(QStringLiteral("model"));
        if (bulk) {
            std::vector<Lane *> lanes{encrypted.value().get()};
            if (plain && o.wants(QStringLiteral("insert")))
                lanes.push_back(plain.get());
            CD_TRY(loadInterleaved(lanes, o.consents, kBatchRegistrations));
            if (o.wants(QStringLiteral("insert")))
                reportConsentInsert(*encrypted.value(), *plain, report);
        }
        if (o.wants(QStringLiteral("single")))
            CD_TRY(measureSingleRegistrations(*encrypted.value(), *plain, o.singleRegistrations, report));
        if (plain) {
            const QString path = plain->store.path;
            plain.reset();
            removeDatabaseFiles(path);
        }
        if (o.wants(QStringLiteral("lookup")))
            CD_TRY(measureSubjectLookups(*encrypted.value(), o.lookups, report));
        if (o.wants(QStringLiteral("withdraw")) || o.wants(QStringLiteral("model")))
            CD_TRY(measureWithdrawals(*encrypted.value(), o.withdrawals, report));
        if (o.wants(QStringLiteral("model")))
            CD_TRY(measureConsentsFirstPage(*encrypted.value(), o.modelRuns, report));
        const QString path = encrypted.value()->store.path;
        encrypted.value().reset();
        removeDatabaseFiles(path);
    }

    if (o.wants(QStringLiteral("vendor")))
        CD_TRY(measureVendor(dir, VendorBenchSizes{o.vendorSubjects, o.vendorCaptures, o.vendorErasures, o.pings}, report));

    if (o.wants(QStringLiteral("ledger")))
        CD_TRY(measureLedgerVerify(dir, o.ledgerEntries, report));
    if (o.wants(QStringLiteral("requests")))
        CD_TRY(measureRequestsQueue(dir, o.requests, o.requestRuns, report));
    if (o.wants(QStringLiteral("package")))
        CD_TRY(measureSubjectPackage(dir, o.packageCustomers, o.packageRuns, report));
    if (o.wants(QStringLiteral("retention")))
        CD_TRY(measureRetentionSweep(dir, o.retentionCustomers, o.retentionDue, report));
    if (o.wants(QStringLiteral("dashboard")))
        CD_TRY(measureDashboardRefresh(
            dir, DashboardBenchSizes{o.dashboardConsents, o.dashboardRequests, o.dashboardDeletions, o.dashboardRuns},
            report));

    if (o.wants(QStringLiteral("evidence")))
        CD_TRY(measureEvidenceExport(
            dir, EvidenceBenchSizes{o.evidenceConsents, o.evidenceRequests, o.dashboardDeletions}, report));

    if (o.wants(QStringLiteral("edge")))
        CD_TRY(measureEdgeCount(report));

    if (o.wants(QStringLiteral("pagesize")))
        CD_TRY(measurePageSizes(dir, o.pageSizeConsents, report));

    // Last: Argon2id's memory would otherwise hide the dataset's own peak.
    const double datasetPeakMb = peakRssMb();
    if (o.wants(QStringLiteral("unlock"))) {
        CD_TRY(measureUnlock(dir, QStringLiteral("unlock"), cd::KdfLimits::moderate(), o.unlockRuns, 1000.0, report));
        CD_TRY(measureUnlock(dir, QStringLiteral("unlock_interactive"), cd::KdfLimits::interactive(), o.unlockRuns,
                             std::nullopt, report));
    }
    if (o.wants(QStringLiteral("rss"))) {
        Measurement m;
        m.name = QStringLiteral("peak_rss_mb");
        m.unit = QStringLiteral("MiB");
        m.value = peakRssMb();
        m.n = needDataset ? o.consents : 0;
        m.extra.insert(QStringLiteral("before_unlock_mb"), datasetPeakMb);
        report.add(m);
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    // subject_package writes a PDF, which needs Qt Gui; never a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("consentdesk-bench"));
    progress(QStringLiteral("consentdesk-bench started"));

    QString error;
    const auto options = parseOptions(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "consentdesk-bench: %s\n", qPrintable(error));
        return 2;
    }
    const QString parent = options->dir.isEmpty() ? QDir::tempPath() : options->dir;
    if (!QDir().mkpath(parent)) {
        std::fprintf(stderr, "consentdesk-bench: cannot create %s\n", qPrintable(parent));
        return 1;
    }
    QTemporaryDir work(QDir(parent).filePath(QStringLiteral("consentdesk-bench-XXXXXX")));
    if (!work.isValid()) {
        std::fprintf(stderr, "consentdesk-bench: cannot create a working directory: %s\n",
                     qPrintable(work.errorString()));
        return 1;
    }
    progress(QStringLiteral("working in %1, %2 consents").arg(work.path()).arg(options->consents));

    setCacheSizeMb(options->cacheMb);
    Report report(options->json);
    if (options->cacheMb > 0)
        report.setCommon({{QStringLiteral("cache_mb"), options->cacheMb}});
    const auto result = runAll(*options, work.path(), report);
    if (!result) {
        std::fprintf(stderr, "consentdesk-bench: %s\n", qPrintable(result.error().message));
        return 1;
    }
    progress(QStringLiteral("done; %1 target(s) missed").arg(report.missedTargets()));
    return 0;
}
