#pragma once
// Thin helpers over libsodium used across core. Everything here is stateless.
#include <QByteArray>
#include <QByteArrayView>
#include <cstddef>
#include <QString>

namespace cd::crypto {

void ensureInitialised();  // sodium_init once; fatal if the library cannot start

QByteArray sha256(const QByteArray &data);
QByteArray sha256(const QByteArray &a, const QByteArray &b);  // SHA-256(a || b)
QString sha256Hex(const QByteArray &data);

// SHA-256 fed in pieces, without building the input first (the ledger verifier's hot loop).
class Sha256 {
public:
    Sha256();
    void update(const void *data, size_t size);
    void update(QByteArrayView bytes) { update(bytes.data(), size_t(bytes.size())); }
    QByteArray final();  // 32 bytes; the object is spent afterwards

private:
    alignas(16) unsigned char m_state[128];  // crypto_hash_sha256_state (104 bytes) fits
};
QByteArray randomBytes(int size);

// Recovery code: 160 random bits as 8 groups of 4 base32 characters ("ABCD-EFGH-…").
QString newRecoveryCode();
QString normaliseRecoveryCode(const QString &typed);  // upper-cases, drops spaces and dashes

// Pseudonymous subject id: "S-" + 12 base32 characters, random.
QString newPseudonym();

QString base32(const QByteArray &bytes);

} // namespace cd::crypto
