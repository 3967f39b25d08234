#include "Crypto.h"

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
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()), data.size());
    return out;
}

QByteArray sha256(const QByteArray &a, const QByteArray &b)
{
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char *>(a.constData()), a.size());
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char *>(b.constData()), b.size());
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&st, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

static_assert(sizeof(crypto_hash_sha256_state) <= 128, "Sha256::m_state is too small");

Sha256::Sha256() { crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state *>(m_state)); }

void Sha256::update(const void *data, size_t size)
{
    crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state *>(m_state),
                              static_cast<const unsigned char *>(data), size);
}

QByteArray Sha256::final()
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state *>(m_state),
                             reinterpret_cast<unsigned char *>(out.data()));
    return out;
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
