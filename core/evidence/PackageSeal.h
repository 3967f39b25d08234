#pragma once
// What makes an evidence package the store's own: the ledgers themselves (every row, so that a
// later package can be checked against this one), their signed heads (heads.json), the store
// identity's public key (public_key.pem) and its signature over SHA256SUMS. Made by core/ledgers
// from the signed-in officer's keys (sealForEvidence); the package writer only places them.
#include "core/base/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QIODevice;

namespace cd::evidence {

// Where a package's files are written one after the other (the zip writer): begin() gives the
// device for the file's bytes, valid until end().
class EntrySink {
public:
    virtual ~EntrySink() = default;
    virtual Result<QIODevice *> begin(const QString &name) = 0;
    virtual Result<void> end() = 0;
};

struct PackageSeal {
    // Writes ledgers/*.csv through the sink (rows streamed, memory bounded).
    std::function<Result<void>(EntrySink &sink)> writeLedgers;
    QByteArray headsJson;     // heads.json, as written into the package
    QByteArray publicKeyPem;  // public_key.pem: the store identity (Ed25519, SubjectPublicKeyInfo)
    // The raw 64-byte Ed25519 signature over the bytes of SHA256SUMS (SHA256SUMS.sig).
    std::function<Result<QByteArray>(const QByteArray &sums)> sign;
};

} // namespace cd::evidence
