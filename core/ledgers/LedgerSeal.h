#pragma once
// Seals an evidence package with the ledgers (Part 6): every row of both ledgers, every signed
// head and every certified key as CSV files under ledgers/, heads.json (where the ledgers end,
// the head that says so with its signer's certificate, the last checkpoint), the store
// identity's public key, and its signature over SHA256SUMS. Only a session whose keyslot holds
// the identity (an officer, the recovery code) can seal; ledgers that do not verify are not
// sealed. docs/evidence.md describes the files; core/evidence/EvidenceVerifier checks them.
#include "core/base/Result.h"
#include "core/evidence/PackageSeal.h"

#include <QCoreApplication>

namespace cd {

class Session;

class LedgerSeal {
    Q_DECLARE_TR_FUNCTIONS(cd::LedgerSeal)
public:
    // The heads are taken now: rows written later are not in the package.
    static Result<evidence::PackageSeal> make(Session &session);
};

inline Result<evidence::PackageSeal> sealForEvidence(Session &session) { return LedgerSeal::make(session); }

} // namespace cd
