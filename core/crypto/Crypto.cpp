#include "Crypto.h"

#include <cstring>

#include <openssl/evp.h>
#include <sodium.h>
#include <QStringList>
#include <QtGlobal>

namespace cd::crypto {

void ensureInitialised()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        qFatal("libsodium failed to initialise");
}

QByteArray sha256(const QByteArray &data)
{
    Sha256 h;
    h.update(data);
    return h.final();
}

QByteArray sha256(const QByteArray &a, const QByteArray &b)
{
    Sha256 h;
    h.update(a);
    h.update(b);
    return h.final();
}

namespace {

// Fetched once: an implicit fetch on every init costs more than hashing a ledger row.
const EVP_MD *sha256Method()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!md)
        qFatal("OpenSSL offers no SHA-256");
    return md;
}

void check(int ok)
{
    if (ok != 1)
        qFatal("SHA-256 failed in OpenSSL");  // out of memory: no hash may be silently wrong
}

} // namespace

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx)
        qFatal("SHA-256 failed in OpenSSL");
    check(EVP_DigestInit_ex(m_ctx, sha256Method(), nullptr));
}

Sha256::~Sha256() { EVP_MD_CTX_free(m_ctx); }

void Sha256::update(const void *data, size_t size) { check(EVP_DigestUpdate(m_ctx, data, size)); }

QByteArray Sha256::final()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int size = 0;
    check(EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char *>(out.data()), &size));
    check(EVP_DigestInit_ex(m_ctx, sha256Method(), nullptr));
    return out;
}

bool Sha256::finalMatches(QByteArrayView expected)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    check(EVP_DigestFinal_ex(m_ctx, out, &size));
    check(EVP_DigestInit_ex(m_ctx, sha256Method(), nullptr));
    return expected.size() == qsizetype(size) && std::memcmp(out, expected.data(), size) == 0;
}

QString sha256Hex(const QByteArray &data) { return QString::fromLatin1(sha256(data).toHex()); }

QByteArray randomBytes(int size)
{
    ensureInitialised();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), size);
    return out;
}

QString base32(const QByteArray &bytes)
{
    // RFC 4648 alphabet without padding; easy to read aloud and type.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

QString newRecoveryCode()
{
    const QString raw = base32(randomBytes(20));  // 32 characters
    QStringList groups;
    for (int i = 0; i < raw.size(); i += 4)
        groups << raw.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

QString normaliseRecoveryCode(const QString &typed)
{
    QString out;
    for (QChar c : typed) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QString newPseudonym() { return QStringLiteral("S-") + base32(randomBytes(8)).left(12); }

} // namespace cd::crypto
