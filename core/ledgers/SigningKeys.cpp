#include "SigningKeys.h"
#include "HashChain.h"
#include "core/store/Database.h"

namespace cd {

namespace {

QByteArray prefixed(const char *kind, const QByteArray &databaseId, const std::vector<ChainField> &fields)
{
    return QByteArray(kind) + '\0' + databaseId + hashchain::canonical(fields);
}

QString hex(const QByteArray &b) { return QString::fromLatin1(b.toHex()); }

// Every reader of signing_keys selects these columns, in this order, and reads them with keyAt.
#define CD_KEY_COLUMNS "k.id, k.user_id, k.user_name, k.role, k.public_key, k.issued_at, k.certificate, " \
                       "k.revoked_at, k.revocation"

CertifiedKey keyAt(const Query &r)
{
    CertifiedKey k;
    k.id = r.int64(0);
    k.userId = r.int64(1);
    k.userName = r.text(2);
    k.role = r.text(3);
    k.publicKey = r.blob(4);
    k.issuedAt = r.int64(5);
    k.certificate = r.blob(6);
    k.revokedAt = r.isNull(7) ? 0 : r.int64(7);
    k.revocation = r.blob(8);
    return k;
}

} // namespace

QByteArray SigningKeys::databaseId(Database &db)
{
    auto q = db.query("SELECT value FROM meta WHERE key = 'database_id'");
    auto row = q.step();
    return row && row.value() ? QByteArray::fromHex(q.text(0).toLatin1()) : QByteArray();
}

Result<QByteArray> SigningKeys::identityPublicKey(Database &db)
{
    auto q = db.query("SELECT value FROM meta WHERE key = 'identity_public_key'");
    auto row = q.step();
    if (!row)
        return row.error();
    return row.value() ? QByteArray::fromHex(q.text(0).toLatin1()) : QByteArray();
}

Result<void> SigningKeys::setIdentity(Database &db, const QByteArray &publicKey)
{
    auto q = db.query("INSERT INTO meta(key, value) VALUES ('identity_public_key', ?1)");
    q.bind(1, hex(publicKey));
    return q.run();
}

QByteArray SigningKeys::certificateMessage(const QByteArray &databaseId, const CertifiedKey &k)
{
    return prefixed("consentdesk-cert-1", databaseId,
                    {k.id, k.userId, k.userName, k.role, hex(k.publicKey), k.issuedAt});
}

QByteArray SigningKeys::revocationMessage(const QByteArray &databaseId, const CertifiedKey &k)
{
    return prefixed("consentdesk-revoke-1", databaseId, {k.id, hex(k.publicKey), k.revokedAt});
}

Result<qint64> SigningKeys::add(Database &db, const crypto::SigningKey *identity, qint64 userId,
                                const QString &userName, const QString &role, const QByteArray &publicKey, qint64 at)
{
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto next = db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM signing_keys");
    if (!next)
        return next.error();
    CertifiedKey k;
    k.id = next.value();
    k.userId = userId;
    k.userName = userName;
    k.role = role;
    k.publicKey = publicKey;
    k.issuedAt = at;
    const QByteArray cert = identity ? crypto::sign(*identity, certificateMessage(databaseId(db), k)) : QByteArray("");
    auto q = db.query("INSERT INTO signing_keys(id, user_id, user_name, role, public_key, issued_at, certificate) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    q.bind(1, k.id).bind(2, userId).bind(3, userName).bind(4, role).bindBlob(5, publicKey).bind(6, at).bindBlob(7, cert);
    CD_TRY(q.run());
    CD_TRY(tx.commit());
    return k.id;
}

Result<int> SigningKeys::certifyWaiting(Database &db, const crypto::SigningKey &identity)
{
    auto q = db.query("SELECT " CD_KEY_COLUMNS " FROM signing_keys k JOIN users u ON u.id = k.user_id "
                      "WHERE length(k.certificate) = 0 AND k.revoked_at IS NULL AND u.active = 1");
    auto waiting = q.collect(keyAt);
    if (!waiting)
        return waiting.error();
    const QByteArray dbId = databaseId(db);
    for (const CertifiedKey &k : waiting.value()) {
        auto u = db.query("UPDATE signing_keys SET certificate = ?2 WHERE id = ?1");
        u.bind(1, k.id).bindBlob(2, crypto::sign(identity, certificateMessage(dbId, k)));
        CD_TRY(u.run());
    }
    return int(waiting.value().size());
}

Result<void> SigningKeys::revokeUser(Database &db, const crypto::SigningKey &identity, qint64 userId, qint64 at)
{
    auto q = db.query("SELECT " CD_KEY_COLUMNS " FROM signing_keys k WHERE k.user_id = ?1 AND k.revoked_at IS NULL");
    q.bind(1, userId);
    auto keys = q.collect(keyAt);
    if (!keys)
        return keys.error();
    const QByteArray dbId = databaseId(db);
    for (CertifiedKey &k : keys.value()) {
        k.revokedAt = at;
        auto u = db.query("UPDATE signing_keys SET revoked_at = ?2, revocation = ?3 WHERE id = ?1");
        u.bind(1, k.id).bind(2, at).bindBlob(3, crypto::sign(identity, revocationMessage(dbId, k)));
        CD_TRY(u.run());
    }
    return {};
}

Result<qint64> SigningKeys::keyIdOf(Database &db, const QByteArray &publicKey)
{
    auto q = db.query("SELECT id FROM signing_keys WHERE public_key = ?1 AND revoked_at IS NULL");
    q.bindBlob(1, publicKey);
    auto row = q.step();
    if (!row)
        return row.error();
    return row.value() ? q.int64(0) : 0;
}

Result<QHash<qint64, CertifiedKey>> SigningKeys::loadAll(Database &db, const QByteArray &identity)
{
    QHash<qint64, CertifiedKey> keys;
    CertifiedKey self;
    self.publicKey = identity;
    self.userName = QStringLiteral("recovery");
    self.role = QStringLiteral("officer");
    self.certificateOk = !identity.isEmpty();
    keys.insert(0, self);
    const QByteArray dbId = databaseId(db);
    auto q = db.query("SELECT " CD_KEY_COLUMNS " FROM signing_keys k ORDER BY k.id");
    CD_TRY(q.forEach([&](const Query &r) {
        CertifiedKey k = keyAt(r);
        k.certificateOk = crypto::verifySignature(identity, certificateMessage(dbId, k), k.certificate);
        k.revocationOk = !k.revokedAt || crypto::verifySignature(identity, revocationMessage(dbId, k), k.revocation);
        keys.insert(k.id, k);
    }));
    return keys;
}

} // namespace cd
