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
// Adds the standard purposes with their first notices (used by demo and by first-run).
Result<void> addStandardPurposes(Session &session);
// Synthetic subjects and consents; `count` subjects.
Result<void> addSyntheticCustomers(Session &session, int count, quint32 seed = 1);

} // namespace cd::demo
