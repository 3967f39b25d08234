#pragma once
// Command-line options of consentdesk-bench and the sizes they imply.
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace bench {

struct BenchOptions {
    bool json = false;
    bool quick = false;
    qint64 consents = 1'000'000;   // the main dataset (encrypted, and the plain baseline)
    qint64 pageSizeConsents = 100'000;  // each cipher page size variant
    int singleRegistrations = 200;  // consent_register_single, per database
    int lookups = 10'000;
    int withdrawals = 40;           // subjects whose consents are withdrawn (3 consents each)
    int modelRuns = 30;
    int unlockRuns = 5;
    qint64 vendorSubjects = 10'000;   // vendor_erase_subject: enrolled subjects
    int vendorCaptures = 100;         // ... face images held for each
    int vendorErasures = 50;
    int pings = 5'000;                // host_roundtrip_p99
    qint64 ledgerEntries = 1'000'000; // ledger_verify
    qint64 requests = 100'000;        // requests_page_first_rows
    int requestRuns = 10;
    qint64 packageCustomers = 10'000;  // subject_package: customers in the store
    int packageRuns = 10;
    int cacheMb = 0;                // diagnosis: PRAGMA cache_size for every store (0: core's default)
    qint64 retentionCustomers = 1'000'000;  // retention_sweep: customers in the store
    qint64 retentionDue = 431'623;          // ... of whom this many are due (the seed's face images)
    qint64 dashboardConsents = 1'000'000;  // dashboard_refresh: consents over a year
    qint64 dashboardRequests = 20'000;     // ... requests over the year
    qint64 dashboardDeletions = 50'000;    // ... deletion-log entries over the year
    int dashboardRuns = 5;
    qint64 evidenceConsents = 1'000'000;  // evidence_export: consents over a year
    qint64 evidenceRequests = 100'000;    // ... requests over the year
    QString dir;                    // parent of the working directory; empty: system temp
    QSet<QString> groups;           // which measurement groups run

    bool wants(const QString &group) const { return groups.contains(group); }
    static QStringList allGroups();
};

// Parses argv (through QCoreApplication::arguments()). On a usage error returns nothing and
// sets `error`; --help prints and exits inside.
std::optional<BenchOptions> parseOptions(const QStringList &arguments, QString *error);

} // namespace bench
