#pragma once
// What makes an evidence package the store's own: the ledgers' signed heads (heads.json), the
// store identity's public key (public_key.pem) and its signature over SHA256SUMS. Made by
// core/ledgers from the signed-in officer's keys; the package writer only places them.
#include "core/base/Result.h"

#include <QByteArray>
#include <functional>

namespace cd::evidence {

struct PackageSeal {
    QByteArray headsJson;     // heads.json, as written into the package
    QByteArray publicKeyPem;  // public_key.pem: the store identity (Ed25519, SubjectPublicKeyInfo)
    // The raw 64-byte Ed25519 signature over the bytes of SHA256SUMS (SHA256SUMS.sig).
    std::function<Result<QByteArray>(const QByteArray &sums)> sign;
};

} // namespace cd::evidence
