#pragma once
// The store identity and the users' certified signing keys (Part 6). The identity's public key is
// kept in meta; each user's Ed25519 public key is certified by the identity with the user's id,
// name and role, and revoked by it when the user is removed. Certificates live in the database
// but only the identity's holders (officers, the recovery code) can make one, so a key holder who
// edits the table only breaks signatures. Message formats: docs/formats.md.
#include "core/base/Result.h"
#include "core/crypto/Signing.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace cd {

class Database;

struct CertifiedKey {
    qint64 id = 0;  // 0: the store identity itself (the recovery code signs with it)
    qint64 userId = 0;
    QString userName;
    QString role;
    QByteArray publicKey;
    qint64 issuedAt = 0;
    qint64 revokedAt = 0;  // 0: in force
    QByteArray certificate, revocation;
    bool certificateOk = false;  // checked against the identity when loaded
    bool revocationOk = true;    // a revocation that does not verify is itself a forgery
};

class SigningKeys {
    Q_DECLARE_TR_FUNCTIONS(cd::SigningKeys)
public:
    static QByteArray databaseId(Database &db);  // meta.database_id as bytes
    static Result<QByteArray> identityPublicKey(Database &db);  // empty: none yet (a store from before Part 6)
    static Result<void> setIdentity(Database &db, const QByteArray &publicKey);

    static QByteArray certificateMessage(const QByteArray &databaseId, const CertifiedKey &k);
    static QByteArray revocationMessage(const QByteArray &databaseId, const CertifiedKey &k);

    // Records `publicKey` for the user, certified when `identity` is given, else waiting (an
    // empty certificate) for certifyWaiting(); returns the key's id.
    static Result<qint64> add(Database &db, const crypto::SigningKey *identity, qint64 userId,
                              const QString &userName, const QString &role, const QByteArray &publicKey, qint64 at);
    // Certifies the waiting keys of users still active (an officer's sign-in).
    static Result<int> certifyWaiting(Database &db, const crypto::SigningKey &identity);
    // Revokes every key of the user still in force.
    static Result<void> revokeUser(Database &db, const crypto::SigningKey &identity, qint64 userId, qint64 at);
    // The key in force with this public key (0 when none).
    static Result<qint64> keyIdOf(Database &db, const QByteArray &publicKey);

    // Every key with its certificate checked against `identity` (the identity itself as id 0).
    static Result<QHash<qint64, CertifiedKey>> loadAll(Database &db, const QByteArray &identity);
};

} // namespace cd
