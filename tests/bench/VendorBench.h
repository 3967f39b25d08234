#pragma once
// vendor_erase_subject / host_roundtrip_p99 (issue 3): the simulated vendor in its own plugin
// host process, driven by the console's real VendorManager, on an encrypted store.
#include "Report.h"
#include "core/base/Result.h"

namespace bench {

struct VendorBenchSizes {
    qint64 enrolled = 10'000;        // subjects enrolled at the vendor
    int capturesPerSubject = 100;    // face images the vendor holds for each
    int erasures = 50;               // erasures timed
    int pings = 5'000;               // no-op calls timed
};

cd::Result<void> measureVendor(const QString &dir, const VendorBenchSizes &sizes, Report &report);

} // namespace bench
