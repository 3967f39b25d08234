#include "Signing.h"
#include "Crypto.h"

#include <sodium.h>

namespace cd::crypto {

namespace {

// The DER of an Ed25519 SubjectPublicKeyInfo is this 12-byte header then the 32-byte key (RFC 8410).
const QByteArray kSpkiPrefix = QByteArray::fromHex("302a300506032b6570032100");

} // namespace

SigningKey SigningKey::generate()
{
    ensureInitialised();
    return fromSeed(SecretBytes::random(kSignSeedBytes));
}

SigningKey SigningKey::fromSeed(const SecretBytes &seed)
{
    ensureInitialised();
    SigningKey key;
    if (seed.size() != std::size_t(kSignSeedBytes))
        return key;
    SecretBytes secret(crypto_sign_SECRETKEYBYTES);
    QByteArray pk(kSignPublicBytes, '\0');
    {
        auto s = seed.read();
        auto sk = secret.write();
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()), sk.data(), s.data());
    }
    key.seed = SecretBytes::fromBytes(seed.read().data(), seed.size());
    key.secret = std::move(secret);
    key.publicKey = pk;
    return key;
}

SigningKey SigningKey::copy() const { return isNull() ? SigningKey() : fromSeed(seed); }

QByteArray sign(const SigningKey &key, QByteArrayView message)
{
    Q_ASSERT(!key.isNull());
    QByteArray signature(kSignatureBytes, '\0');
    auto sk = key.secret.read();
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()), quint64(message.size()), sk.data());
    return signature;
}

bool verifySignature(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    ensureInitialised();
    if (publicKey.size() != kSignPublicBytes || signature.size() != kSignatureBytes)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
                                       reinterpret_cast<const unsigned char *>(message.data()), quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.data())) == 0;
}

QByteArray publicKeyPem(QByteArrayView publicKey)
{
    const QByteArray der = kSpkiPrefix + publicKey.toByteArray();
    return "-----BEGIN PUBLIC KEY-----\n" + der.toBase64() + "\n-----END PUBLIC KEY-----\n";
}

QByteArray publicKeyFromPem(QByteArrayView pem)
{
    QByteArray text = pem.toByteArray().trimmed();
    const QByteArray begin = "-----BEGIN PUBLIC KEY-----", end = "-----END PUBLIC KEY-----";
    if (!text.startsWith(begin) || !text.endsWith(end))
        return {};
    text = text.mid(begin.size(), text.size() - begin.size() - end.size());
    const auto der = QByteArray::fromBase64Encoding(text.simplified().replace(' ', ""), QByteArray::AbortOnBase64DecodingErrors);
    if (!der || der.decoded.size() != kSpkiPrefix.size() + kSignPublicBytes || !der.decoded.startsWith(kSpkiPrefix))
        return {};
    return der.decoded.mid(kSpkiPrefix.size());
}

} // namespace cd::crypto
