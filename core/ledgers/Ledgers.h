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
// audited. Reads only: `verify-ledger` examines a file that may be evidence and leaves it as it was.
Result<std::vector<LedgerCheck>> verifyLedgers(Session &session);
// Keeps `checks` as the last verification (the console's Verify button does; the dashboard shows
// it). Not a ledger row: a verification changes no record.
Result<void> recordLedgerVerification(Session &session, const std::vector<LedgerCheck> &checks);

// The outcome of the last verification, from the store's meta table: when, by whom, and per
// ledger its rows and first broken row, next to how many rows each ledger holds now (rows written
// since were not verified). Needs ViewAudit or ViewCompliance (the dashboard's ledger health).
struct LedgerHealth {
    struct Ledger {
        LedgerKind kind = LedgerKind::Audit;
        bool ok = true;
        qint64 rowsVerified = 0;
        qint64 firstBrokenSeq = 0;
        qint64 rowsNow = 0;
    };
    qint64 verifiedAt = 0;  // 0: never verified
    QString verifiedBy;     // user name
    std::vector<Ledger> ledgers;
    bool ok() const;
};
Result<LedgerHealth> ledgerHealth(Session &session);

} // namespace cd
