#pragma once
// Thin helpers over libsodium used across core. Everything here is stateless.
#include <QByteArray>
#include <QString>

namespace cd::crypto {

void ensureInitialised();  // sodium_init once; fatal if the library cannot start

QByteArray sha256(const QByteArray &data);
QByteArray sha256(const QByteArray &a, const QByteArray &b);  // SHA-256(a || b)
QString sha256Hex(const QByteArray &data);
QByteArray randomBytes(int size);

// Recovery code: 160 random bits as 8 groups of 4 base32 characters ("ABCD-EFGH-…").
QString newRecoveryCode();
QString normaliseRecoveryCode(const QString &typed);  // upper-cases, drops spaces and dashes

// Pseudonymous subject id: "S-" + 12 base32 characters, random.
QString newPseudonym();

QString base32(const QByteArray &bytes);

} // namespace cd::crypto
