#pragma once
// consent_withdraw: cd::ConsentService::withdrawAllForSubject on the loaded store, each its own
// committed transaction, for subjects spread evenly over the dataset. The withdrawn consents
// also give the consents page's status filter something rare to find.
#include "Lanes.h"
#include "Report.h"

namespace bench {

cd::Result<void> measureWithdrawals(Lane &lane, int subjects, Report &report);

} // namespace bench
