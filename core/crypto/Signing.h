#pragma once
// Ed25519 signatures (libsodium): the users' and the store's signing keys, and the form their
// public keys take outside the console (PEM, as `openssl pkeyutl` reads it).
#include "SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace cd::crypto {

inline constexpr int kSignPublicBytes = 32;
inline constexpr int kSignSeedBytes = 32;  // what a keyslot keeps: the secret key is derived from it
inline constexpr int kSignatureBytes = 64;

struct SigningKey {
    SecretBytes seed;      // 32 bytes
    SecretBytes secret;    // 64 bytes, derived from the seed once (not at every signature)
    QByteArray publicKey;  // 32 bytes
    bool isNull() const { return seed.isEmpty(); }
    static SigningKey generate();
    // From a seed kept somewhere safe; an empty key when `seed` is not 32 bytes.
    static SigningKey fromSeed(const SecretBytes &seed);
    SigningKey copy() const;  // another guarded copy (a session and its worker each hold one)
};

// Detached signature over `message` (64 bytes).
QByteArray sign(const SigningKey &key, QByteArrayView message);
bool verifySignature(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

// SubjectPublicKeyInfo in PEM ("-----BEGIN PUBLIC KEY-----"), and back (empty when not Ed25519).
QByteArray publicKeyPem(QByteArrayView publicKey);
QByteArray publicKeyFromPem(QByteArrayView pem);

} // namespace cd::crypto
