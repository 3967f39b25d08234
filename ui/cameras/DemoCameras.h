#pragma once
// The demo store's cameras, set up the first time the demo opens, so that the Cameras page has
// something to show: a photographed sign at the entrance, the entrance cameras recognising
// consented members, the checkout camera counting only, members enrolled, and a day of
// simulated visitors. Everything goes through the same gated services a real store uses.
#include "core/base/Result.h"

namespace cd {
class Session;
class VendorManager;
}

cd::Result<void> setUpDemoCameras(cd::Session &session, cd::VendorManager &vendors);
