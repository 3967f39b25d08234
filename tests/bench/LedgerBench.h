#pragma once
// ledger_verify: walking a hash chain of N audit entries from the genesis to the head, as
// `verify-ledger` and the audit page's Verify chain do.
#include "Report.h"
#include "core/base/Result.h"

namespace bench {

cd::Result<void> measureLedgerVerify(const QString &dir, qint64 entries, Report &report);

} // namespace bench
