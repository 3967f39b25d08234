#pragma once
// Loads several stores in lockstep, one batch each in turn, so that whatever else runs on the
// machine slows all of them alike and their ratio stays meaningful.
#include "Dataset.h"

#include <vector>

namespace bench {

// A store being loaded, with the wall time spent loading it.
struct Lane {
    BenchStore store;
    std::unique_ptr<ConsentLoader> loader;
    qint64 loadNs = 0;

    double rowsPerSecond(qint64 rows) const { return loadNs > 0 ? double(rows) * 1e9 / double(loadNs) : 0; }
    double fileMb() const;  // database plus its WAL
};

cd::Result<std::unique_ptr<Lane>> makeLane(cd::Result<BenchStore> store);

// Brings every lane to `consents` consents, `batch` registrations per outer transaction.
cd::Result<void> loadInterleaved(const std::vector<Lane *> &lanes, qint64 consents, int batch);

} // namespace bench
