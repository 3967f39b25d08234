#pragma once
// Both ledgers at once: what `verify-ledger`, the ledger pages and (later) the evidence package
// check. A reader is told which ledger broke and at which seq.
#include "HashChain.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Session;

enum class LedgerKind { Audit, Deletion };

// "audit", "deletion": stable ids for scripts and JSON.
QString ledgerId(LedgerKind kind);
// "audit log", "deletion log", translated.
QString ledgerDisplayName(LedgerKind kind);

struct LedgerCheck {
    LedgerKind kind = LedgerKind::Audit;
    LedgerVerification result;
};

// Verifies every ledger, in a fixed order (audit, deletion). Requires ViewAudit; a refusal is
// audited.
Result<std::vector<LedgerCheck>> verifyLedgers(Session &session);

} // namespace cd
