#pragma once
// Registration throughput: bulk (batched) on encrypted vs plain, one commit per registration,
// and the cipher page size comparison.
#include "BenchOptions.h"
#include "Lanes.h"
#include "Report.h"

namespace bench {

constexpr int kBatchRegistrations = 1000;

// consent_insert: `encrypted` and `plain` were loaded together by loadInterleaved().
void reportConsentInsert(const Lane &encrypted, const Lane &plain, Report &report);

// consent_register_single: `registrations` more registrations on each lane, each service call
// its own committed transaction (two fsyncs per registration), alternating between the lanes.
cd::Result<void> measureSingleRegistrations(Lane &encrypted, Lane &plain, int registrations, Report &report);

// consent_insert_page4096/8192/16384 on fresh stores in `dir`.
cd::Result<void> measurePageSizes(const QString &dir, qint64 consents, Report &report);

} // namespace bench
