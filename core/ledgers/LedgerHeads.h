#pragma once
// Signed ledger heads (Part 6). Every commit that appends to a ledger also stores one head: where
// both ledgers end (seq and hash), when, and who, signed with the acting user's Ed25519 key and
// linked to the head before it. A head vouches for every row up to it (the hash chain does the
// rest), so a holder of the database key who rewrites or drops rows must sign new heads; heads
// signed by others then no longer match, and verify() says where. docs/threat-model.md.
#include "SigningKeys.h"
#include "core/base/Result.h"
#include "core/crypto/Signing.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cd {

class Database;

struct LedgerHead {
    qint64 id = 0;
    qint64 at = 0;
    qint64 userId = 0;
    qint64 keyId = 0;  // signing_keys.id; 0: the store identity (the recovery code)
    qint64 auditSeq = 0, deletionSeq = 0;
    QByteArray auditHash, deletionHash;  // 32 zero bytes for an empty ledger
    QByteArray prev;                     // digest of the head before (32 zero bytes for the first)
    QByteArray signature;
};

// Who signs the heads of a connection's commits.
struct HeadSigner {
    qint64 userId = 0;
    qint64 keyId = 0;
    const crypto::SigningKey *key = nullptr;
};

struct HeadsCheck {
    bool ok = true;
    qint64 heads = 0;
    // The first ledger row that cannot be vouched for: its ledger ("audit", "deletion") and seq.
    QString ledger;
    qint64 seq = 0;
    QString reason;  // translated
    LedgerHead last;
};

class LedgerHeads {
    Q_DECLARE_TR_FUNCTIONS(cd::LedgerHeads)
public:
    static QByteArray message(const QByteArray &databaseId, const LedgerHead &h);
    static QByteArray digest(const QByteArray &databaseId, const LedgerHead &h);  // what the next head links to

    // Stores the signed head of both ledgers as they are now, inside the caller's transaction.
    static Result<void> sign(Database &db, const HeadSigner &signer, qint64 at);
    static Result<LedgerHead> last(Database &db);  // id 0: none yet

    // One head on its own: its link to the head before (`expectedPrev`, and ids in sequence), its
    // key (certified, in force at its time, the user it names) and its signature. Empty when it
    // holds; otherwise why not (translated). The evidence verifier runs the same check.
    static QString checkHead(const LedgerHead &h, qint64 previousId, const QByteArray &expectedPrev,
                             const QHash<qint64, CertifiedKey> &keys, const QByteArray &databaseId);
    static QString signerName(const QHash<qint64, CertifiedKey> &keys, const LedgerHead &h);

    // Checks every head (link, key, certificate, signature, that it matches the rows) and that
    // every row is covered by a head signed by the user the row names. Run after the hash chains
    // verified: it trusts the stored row hashes.
    static Result<HeadsCheck> verify(Database &db);
};

} // namespace cd
