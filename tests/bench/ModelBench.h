#pragma once
// consents_page_first_rows: from constructing ConsentTableModel to having the first screen of
// rows, on the loaded encrypted store; unfiltered, by status, by name prefix, by phone.
#include "Lanes.h"
#include "Report.h"

namespace bench {

// Withdraws every 50th subject's consents first (so that a status filter has something rare to
// find), then times `runs` loads of each variant, taking turns between the variants.
cd::Result<void> measureConsentsFirstPage(Lane &lane, int runs, Report &report);

} // namespace bench
