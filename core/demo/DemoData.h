#pragma once
// The demo store: users, purposes with notices in both languages, synthetic customers and
// consents. Every name and phone number here is made up.
#include "core/base/Result.h"
#include "core/access/Vault.h"

namespace cd::demo {

struct DemoUser {
    const char *name;
    const char *passphrase;
    Role role;
};
// The demo users and passphrases printed in the README.
const std::vector<DemoUser> &users();

// Creates a demo database at dbPath (officer "officer"), fills it, and returns the session.
Result<CreatedVault> createDemoStore(const QString &dbPath, int subjects = 200,
                                     Clock &clock = SystemClock::instance(),
                                     const KdfLimits &kdf = KdfLimits::interactive());
// Adds the standard purposes with their first notices (used by demo and by first-run). The
// sensitive face purpose is added active only when its impact assessment (and the agreements of
// any vendor already recorded) are in place, as for any purpose; otherwise inactive, to be
// switched on once they are (docs/compliance.md).
Result<void> addStandardPurposes(Session &session);
// The demo store's compliance records: an approved impact assessment for the face purpose and for
// the simulated vendor's entrance zone, and a complete agreement with the simulated vendor
// (processing on the camera, as its plugin declares). Synthetic, like everything in the demo.
Result<void> addDemoCompliance(Session &session);
// Synthetic subjects and consents; `count` subjects.
Result<void> addSyntheticCustomers(Session &session, int count, quint32 seed = 1);

} // namespace cd::demo
