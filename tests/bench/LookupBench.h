#pragma once
// subject_lookup_p99: cd::SubjectService::search for existing subjects, by exact phone and by
// pseudonym, on the loaded encrypted store.
#include "Lanes.h"
#include "Report.h"

namespace bench {

cd::Result<void> measureSubjectLookups(Lane &lane, int lookups, Report &report);

} // namespace bench
