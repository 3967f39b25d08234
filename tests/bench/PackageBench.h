#pragma once
// subject_package: one customer's access package as `request fulfil` writes it — the store's
// part (an audited view), JSON, CSV, the letter and its PDF with the CJK font — in a store of
// N customers. Vendor calls are not included (host_roundtrip measures those).
#include "Report.h"
#include "core/base/Result.h"

namespace bench {

cd::Result<void> measureSubjectPackage(const QString &dir, qint64 customers, int runs, Report &report);

} // namespace bench
