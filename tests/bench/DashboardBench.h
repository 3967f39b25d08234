#pragma once
// dashboard_refresh: every query the dashboard runs (DashboardQueries::all over the last 365
// days) on a store with a million consents granted over a year, a year of requests and of
// deletion-log entries, and hourly visitor counts; the same on a plain SQLite file as the baseline.
#include "Report.h"
#include "core/base/Result.h"

namespace cd {
class Session;
}

namespace bench {

struct DashboardBenchSizes {
    qint64 consents = 1'000'000;
    qint64 requests = 20'000;
    qint64 deletions = 50'000;
    int runs = 5;
};

cd::Result<void> measureDashboardRefresh(const QString &dir, const DashboardBenchSizes &sizes, Report &report);

// The dashboard's year of records (consents, requests, deletion-log entries, visitor counts) in
// the session's store, by plain inserts: the evidence_export bench reads the same year.
cd::Result<void> fillDashboardYear(cd::Session &session, const DashboardBenchSizes &sizes);

} // namespace bench
