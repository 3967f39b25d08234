#pragma once
// requests_page_first_rows: the officer's request queue (open requests by days left, deadlines
// in working days) at N open requests, as the Requests page and `request list` load it.
#include "Report.h"
#include "core/base/Result.h"

namespace bench {

cd::Result<void> measureRequestsQueue(const QString &dir, qint64 requests, int runs, Report &report);

} // namespace bench
