#pragma once
// Thin helpers over libsodium used across core. SHA-256 alone comes from OpenSSL's libcrypto
// (loaded by SQLCipher anyway): faster than libsodium's portable C, and the ledger verifier
// hashes a million rows (docs/architecture.md).
#include <QByteArray>
#include <QByteArrayView>
#include <cstddef>
#include <QString>

struct evp_md_ctx_st;

namespace cd::crypto {

void ensureInitialised();  // sodium_init once; fatal if the library cannot start

QByteArray sha256(const QByteArray &data);
QByteArray sha256(const QByteArray &a, const QByteArray &b);  // SHA-256(a || b)
QString sha256Hex(const QByteArray &data);

// SHA-256 fed in pieces, without building the input first (the ledger verifier's hot loop).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void update(const void *data, size_t size);
    void update(QByteArrayView bytes) { update(bytes.data(), size_t(bytes.size())); }
    QByteArray final();  // 32 bytes; the object then starts a new hash (reused per row)
    // The same without an allocation: true when the hash equals `expected` (a ledger walk).
    bool finalMatches(QByteArrayView expected);

private:
    evp_md_ctx_st *m_ctx;
};
QByteArray randomBytes(int size);

// Recovery code: 160 random bits as 8 groups of 4 base32 characters ("ABCD-EFGH-…").
QString newRecoveryCode();
QString normaliseRecoveryCode(const QString &typed);  // upper-cases, drops spaces and dashes

// Pseudonymous subject id: "S-" + 12 base32 characters, random.
QString newPseudonym();

QString base32(const QByteArray &bytes);

} // namespace cd::crypto
