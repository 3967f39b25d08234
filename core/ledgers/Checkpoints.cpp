#include "Checkpoints.h"
#include "HashChain.h"
#include "Ledgers.h"
#include "core/access/Session.h"
#include "core/base/DurableFile.h"
#include "core/crypto/Crypto.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>


namespace cd {

namespace {

QString hex(const QByteArray &b) { return QString::fromLatin1(b.toHex()); }
QByteArray unhex(const QJsonValue &v) { return QByteArray::fromHex(v.toString().toLatin1()); }

QJsonObject toJson(const Checkpoint &c)
{
    return {{QStringLiteral("n"), c.n},
            {QStringLiteral("at"), c.at},
            {QStringLiteral("user_id"), c.userId},
            {QStringLiteral("key_id"), c.keyId},
            {QStringLiteral("public_key"), hex(c.publicKey)},
            {QStringLiteral("audit_seq"), c.auditSeq},
            {QStringLiteral("audit_hash"), hex(c.auditHash)},
            {QStringLiteral("deletion_seq"), c.deletionSeq},
            {QStringLiteral("deletion_hash"), hex(c.deletionHash)},
            {QStringLiteral("identity"), hex(c.identity)},
            {QStringLiteral("prev"), hex(c.prev)},
            {QStringLiteral("signature"), hex(c.signature)}};
}

Checkpoint fromJson(const QJsonObject &o)
{
    Checkpoint c;
    c.n = qint64(o.value(QStringLiteral("n")).toDouble());
    c.at = qint64(o.value(QStringLiteral("at")).toDouble());
    c.userId = qint64(o.value(QStringLiteral("user_id")).toDouble());
    c.keyId = qint64(o.value(QStringLiteral("key_id")).toDouble());
    c.publicKey = unhex(o.value(QStringLiteral("public_key")));
    c.auditSeq = qint64(o.value(QStringLiteral("audit_seq")).toDouble());
    c.auditHash = unhex(o.value(QStringLiteral("audit_hash")));
    c.deletionSeq = qint64(o.value(QStringLiteral("deletion_seq")).toDouble());
    c.deletionHash = unhex(o.value(QStringLiteral("deletion_hash")));
    c.identity = unhex(o.value(QStringLiteral("identity")));
    c.prev = unhex(o.value(QStringLiteral("prev")));
    c.signature = unhex(o.value(QStringLiteral("signature")));
    return c;
}

QByteArray tipHash(Database &db, const char *sql, qint64 *seq)
{
    auto q = db.query(sql);
    auto row = q.step();
    if (row && row.value()) {
        *seq = q.int64(0);
        return q.blob(1);
    }
    *seq = 0;
    return hashchain::genesis();
}

QByteArray digestOf(const QByteArray &line) { return crypto::sha256(line); }

} // namespace

QByteArray Checkpoints::message(const QByteArray &databaseId, const Checkpoint &c)
{
    return QByteArray("consentdesk-checkpoint-1") + '\0' + databaseId
        + hashchain::canonical({c.n, c.at, c.userId, c.keyId, hex(c.publicKey), c.auditSeq, hex(c.auditHash),
                                c.deletionSeq, hex(c.deletionHash), hex(c.identity), hex(c.prev)});
}

Result<std::vector<Checkpoint>> Checkpoints::read(Database &db, const QString &path)
{
    std::vector<Checkpoint> all;
    QFile file(path);
    if (!file.exists())
        return all;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Failed, tr("The checkpoint file %1 cannot be read.").arg(path));
    auto identity = SigningKeys::identityPublicKey(db);
    if (!identity)
        return identity.error();
    auto keys = SigningKeys::loadAll(db, identity.value());
    if (!keys)
        return keys.error();
    const QByteArray dbId = SigningKeys::databaseId(db);
    QByteArray prev = hashchain::genesis();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const qint64 n = qint64(all.size()) + 1;
        const auto altered = [&](const QString &why) {
            return makeError(ErrorCode::Damaged,
                             tr("Line %1 of the checkpoint file %2 cannot be trusted: %3.").arg(n).arg(path, why));
        };
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(line, &pe).object();
        if (pe.error != QJsonParseError::NoError)
            return altered(tr("it is not a checkpoint"));
        const Checkpoint c = fromJson(o);
        if (c.n != n || c.prev != prev)
            return altered(tr("it does not follow the line before it"));
        const auto key = keys->constFind(c.keyId);
        const bool trusted = key != keys->constEnd() && key->certificateOk && key->publicKey == c.publicKey
            && (c.keyId == 0 || (key->userId == c.userId && (key->role == roleId(Role::Officer) || key->role == roleId(Role::Jobs))));
        if (!trusted)
            return altered(tr("its key is not one the store identity certified to an officer or the timed jobs"));
        if (!crypto::verifySignature(c.publicKey, message(dbId, c), c.signature))
            return altered(tr("its signature does not match"));
        prev = digestOf(line);
        all.push_back(c);
    }
    return all;
}

std::optional<Checkpoints::Break> Checkpoints::notExtended(Database &db, const Checkpoint &c)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(c.at).toString(Qt::ISODate);
    for (LedgerKind kind : {LedgerKind::Audit, LedgerKind::Deletion}) {
        const qint64 seq = kind == LedgerKind::Audit ? c.auditSeq : c.deletionSeq;
        const QByteArray &expected = kind == LedgerKind::Audit ? c.auditHash : c.deletionHash;
        QByteArray stored = hashchain::genesis();
        if (seq > 0) {
            auto q = db.query(kind == LedgerKind::Audit ? "SELECT hash FROM audit_log WHERE seq = ?1"
                                                        : "SELECT hash FROM deletion_log WHERE seq = ?1");
            q.bind(1, seq);
            auto row = q.step();
            stored = row && row.value() ? q.blob(0) : QByteArray();
        }
        if (stored.isEmpty())
            return Break{ledgerId(kind), seq,
                         tr("rows up to %1 are gone: the checkpoint of %2 recorded them").arg(seq).arg(when)};
        if (stored != expected)
            return Break{ledgerId(kind), seq,
                         tr("rows up to %1 were rewritten: they differ from the checkpoint of %2").arg(seq).arg(when)};
    }
    return std::nullopt;
}

Result<void> Checkpoints::atSignIn(Session &session)
{
    Database &db = session.db();
    auto all = read(db, pathFor(session.databasePath()));
    if (!all)
        return session.setReadOnly(tr("%1 The database is open read-only.").arg(all.error().message));
    if (!all->empty()) {
        if (auto broken = notExtended(db, all->back()))
            return session.setReadOnly(tr("The %1 does not extend the last checkpoint: %2. The database is open "
                                          "read-only; restore it from a backup and compare.")
                                           .arg(ledgerDisplayName(broken->ledger == ledgerId(LedgerKind::Audit)
                                                                      ? LedgerKind::Audit
                                                                      : LedgerKind::Deletion),
                                                broken->reason));
    }
    if (session.user().role == Role::Officer && !session.isReadOnly()
        && !(session.signingKey().isNull() && session.identityKey().isNull())) {
        if (auto written = append(session); !written)
            qCWarning(lcStore) << "no checkpoint was written at sign-in:" << written.error().message;
    }
    return {};
}

Result<Checkpoint> Checkpoints::append(Session &session)
{
    Database &db = session.db();
    const QString path = pathFor(session.databasePath());
    // Only the count and the last line are needed to link the new one (read() checks them all).
    qint64 lines = 0;
    QByteArray last;
    {
        QFile file(path);
        if (file.exists() && !file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Failed, tr("The checkpoint file %1 cannot be read.").arg(path));
        while (file.isOpen() && !file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (!line.isEmpty()) {
                ++lines;
                last = line;
            }
        }
    }
    const bool own = !session.signingKey().isNull();
    const crypto::SigningKey &key = own ? session.signingKey() : session.identityKey();
    if (key.isNull())
        return makeError(ErrorCode::Invalid, tr("This sign-in holds no signing key, so it cannot write a checkpoint."));
    auto identity = SigningKeys::identityPublicKey(db);
    if (!identity)
        return identity.error();
    Checkpoint c;
    c.n = lines + 1;
    c.at = session.clock().nowMs();
    c.userId = own ? session.user().id : 0;
    c.keyId = own ? session.signingKeyId() : 0;
    c.publicKey = key.publicKey;
    c.auditHash = tipHash(db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", &c.auditSeq);
    c.deletionHash = tipHash(db, "SELECT seq, hash FROM deletion_log ORDER BY seq DESC LIMIT 1", &c.deletionSeq);
    c.identity = identity.value();
    c.prev = lines ? digestOf(last) : hashchain::genesis();  // the previous line exactly as written
    c.signature = crypto::sign(key, message(SigningKeys::databaseId(db), c));
    const QByteArray line = QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact) + '\n';
    // Appended, never rewritten; synced so that a power cut cannot lose a line the ledgers passed.
    if (!durable::appendToFile(path, line, nullptr))
        return makeError(ErrorCode::Failed, tr("The checkpoint file %1 cannot be written.").arg(path));
    return c;
}

} // namespace cd
