#pragma once
// consents_page_first_rows: from constructing ConsentTableModel to having the first screen of
// rows, on the loaded encrypted store; unfiltered, by status, by name prefix, by phone.
#include "Lanes.h"
#include "Report.h"

namespace bench {

// Times `runs` loads of each variant, taking turns between them. The status variant looks for
// withdrawn consents: run measureWithdrawals() first so that there are at least 50.
cd::Result<void> measureConsentsFirstPage(Lane &lane, int runs, Report &report);

} // namespace bench
