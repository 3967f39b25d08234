#pragma once
// verify-evidence (Part 6): checks an evidence package with nothing but the package — no
// database, no key. Every file against SHA256SUMS; SHA256SUMS against its signature by the store
// identity in public_key.pem; every key's certificate by that identity; both ledgers' hash chains
// recomputed from their rows; every signed head (link, key, signature, rows) and that the last one
// is the head heads.json names. With an older package, that the newer one's history extends it:
// the same rows, bit for bit, up to the older package's heads.
#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cd::evidence {

struct EvidenceCheck {
    bool ok = false;
    QStringList checked;  // what was checked, in plain words (translated), in order
    QString failure;      // the first check that failed (translated); empty when ok
    // Read from the package, for --since:
    QByteArray identity, databaseId;
    qint64 auditRows = 0, deletionRows = 0, lastHeadId = 0;
    QByteArray auditHead, deletionHead, lastHeadSignature;
};

class EvidenceVerifier {
    Q_DECLARE_TR_FUNCTIONS(cd::evidence::EvidenceVerifier)
public:
    // An unreadable file is an error; a package that fails a check is a result with ok false.
    static Result<EvidenceCheck> verify(const QString &path);
    // `newer` on its own, `older` on its own, and then that `newer` extends `older`.
    static Result<EvidenceCheck> verifySince(const QString &newer, const QString &older);
};

} // namespace cd::evidence
