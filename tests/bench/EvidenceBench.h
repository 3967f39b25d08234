#pragma once
// evidence_export: the regulator's package for a year (core/evidence) from a store with a year of
// records (the dashboard's fill: a million consents, 100,000 requests); seconds, MB/s of the zip,
// and the process's peak RSS during the export alone (reset before it through
// /proc/self/clear_refs), so that bounded memory shows as a figure.
#include "Report.h"
#include "core/base/Result.h"

namespace bench {

struct EvidenceBenchSizes {
    qint64 consents = 1'000'000;
    qint64 requests = 100'000;
    qint64 deletions = 50'000;
};

cd::Result<void> measureEvidenceExport(const QString &dir, const EvidenceBenchSizes &sizes, Report &report);

} // namespace bench
