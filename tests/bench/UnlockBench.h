#pragma once
// unlock / unlock_interactive: cd::Vault::unlock of a keyslot made with the given KDF limits.
#include "Report.h"
#include "core/access/Keyslots.h"

namespace bench {

// Creates a small vault in `dir` whose officer slot uses `kdf`, then times `runs` unlocks.
// Reports the median as `name`.
cd::Result<void> measureUnlock(const QString &dir, const QString &name, const cd::KdfLimits &kdf, int runs,
                               std::optional<double> targetMs, Report &report);

} // namespace bench
