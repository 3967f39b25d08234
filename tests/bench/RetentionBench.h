#pragma once
// retention_sweep: the retention sweep erasing and logging the customers that are due (the
// seed's 431,623 of 1,000,000) on the encrypted store, and the same sweep on a plain SQLite file.
#include "Report.h"
#include "core/base/Result.h"

namespace bench {

cd::Result<void> measureRetentionSweep(const QString &dir, qint64 customers, qint64 due, Report &report);

} // namespace bench
