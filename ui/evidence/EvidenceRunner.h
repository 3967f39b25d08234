#pragma once
// How the export dialog writes a package: core's package writer with report.pdf from
// core/reporting bound in (core does not link the PDF library), sealed by the signed-in
// officer's keys. Everything runs on the worker's connection.
#include "ExportEvidenceDialog.h"

#include "core/evidence/PackageSeal.h"

using EvidenceSealSource = std::function<cd::Result<cd::evidence::PackageSeal>(cd::Session &worker)>;

// The package with report.pdf, sealed by `seal` (tests pass a seal of their own).
EvidenceRunner evidenceRunner(EvidenceSealSource seal);
// The console's: sealed by the signed-in officer's keys (core/ledgers/LedgerSeal).
EvidenceRunner consoleEvidenceRunner();
