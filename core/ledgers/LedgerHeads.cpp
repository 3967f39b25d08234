#include "LedgerHeads.h"
#include "HashChain.h"
#include "Ledgers.h"
#include "core/crypto/Crypto.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <vector>

namespace cd {

namespace {

QString hex(const QByteArray &b) { return QString::fromLatin1(b.toHex()); }

struct Tip {
    qint64 seq = 0;
    QByteArray hash = hashchain::genesis();
};

Result<Tip> tipOf(Database &db, const char *sql)
{
    auto q = db.query(sql);
    auto row = q.step();
    if (!row)
        return row.error();
    Tip t;
    if (row.value()) {
        t.seq = q.int64(0);
        t.hash = q.blob(1);
    }
    return t;
}

LedgerHead readHead(const Query &q)
{
    LedgerHead h;
    h.id = q.int64(0);
    h.at = q.int64(1);
    h.userId = q.int64(2);
    h.keyId = q.int64(3);
    h.auditSeq = q.int64(4);
    h.auditHash = q.blob(5);
    h.deletionSeq = q.int64(6);
    h.deletionHash = q.blob(7);
    h.prev = q.blob(8);
    h.signature = q.blob(9);
    return h;
}

#define HEAD_COLUMNS "id, at, user_id, key_id, audit_seq, audit_hash, deletion_seq, deletion_hash, prev, signature"

// The hash stored with row `seq` of a ledger (genesis for 0); empty when there is no such row.
QByteArray storedHash(Database &db, LedgerKind kind, qint64 seq)
{
    if (seq == 0)
        return hashchain::genesis();
    auto q = db.query(kind == LedgerKind::Audit ? "SELECT hash FROM audit_log WHERE seq = ?1"
                                                : "SELECT hash FROM deletion_log WHERE seq = ?1");
    q.bind(1, seq);
    auto row = q.step();
    return row && row.value() ? q.blob(0) : QByteArray();
}

} // namespace

QString LedgerHeads::signerName(const QHash<qint64, CertifiedKey> &keys, const LedgerHead &h)
{
    const auto k = keys.constFind(h.keyId);
    return k == keys.constEnd() ? QStringLiteral("#%1").arg(h.userId) : k->userName;
}

QString LedgerHeads::checkHead(const LedgerHead &h, qint64 previousId, const QByteArray &expectedPrev,
                               const QHash<qint64, CertifiedKey> &keys, const QByteArray &databaseId)
{
    const QString who = signerName(keys, h);
    const QString when = QDateTime::fromMSecsSinceEpoch(h.at).toString(Qt::ISODate);
    if (h.id != previousId + 1 || h.prev != expectedPrev)
        return tr("the signed head %1 does not follow the head before it: a head was removed or changed").arg(h.id);
    const auto key = keys.constFind(h.keyId);
    if (key == keys.constEnd() || !key->certificateOk)
        return tr("head %1 is signed with a key the store identity did not certify").arg(h.id);
    if (!key->revocationOk)
        return tr("the revocation of %1's key was forged").arg(who);
    if (h.keyId != 0 && key->userId != h.userId)
        return tr("head %1 names another user than the key it is signed with").arg(h.id);
    if (key->revokedAt && h.at > key->revokedAt)
        return tr("head %1 is signed with %2's key after it was revoked").arg(h.id).arg(who);
    if (!crypto::verifySignature(key->publicKey, message(databaseId, h), h.signature))
        return tr("the signature of head %1 (%2, %3) does not match it").arg(h.id).arg(who, when);
    return {};
}

QByteArray LedgerHeads::message(const QByteArray &databaseId, const LedgerHead &h)
{
    return QByteArray("consentdesk-head-1") + '\0' + databaseId
        + hashchain::canonical({h.id, h.at, h.userId, h.keyId, h.auditSeq, hex(h.auditHash), h.deletionSeq,
                                hex(h.deletionHash), hex(h.prev)});
}

QByteArray LedgerHeads::digest(const QByteArray &databaseId, const LedgerHead &h)
{
    return crypto::sha256(message(databaseId, h), h.signature);
}

Result<LedgerHead> LedgerHeads::last(Database &db)
{
    auto q = db.query("SELECT " HEAD_COLUMNS " FROM ledger_heads ORDER BY id DESC LIMIT 1");
    auto row = q.step();
    if (!row)
        return row.error();
    return row.value() ? readHead(q) : LedgerHead{};
}

Result<void> LedgerHeads::sign(Database &db, const HeadSigner &signer, qint64 at)
{
    auto audit = tipOf(db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    auto deletion = tipOf(db, "SELECT seq, hash FROM deletion_log ORDER BY seq DESC LIMIT 1");
    auto before = last(db);
    if (!audit)
        return audit.error();
    if (!deletion)
        return deletion.error();
    if (!before)
        return before.error();
    const QByteArray dbId = SigningKeys::databaseId(db);
    LedgerHead h;
    h.id = before->id + 1;
    h.at = at;
    h.userId = signer.userId;
    h.keyId = signer.keyId;
    h.auditSeq = audit->seq;
    h.auditHash = audit->hash;
    h.deletionSeq = deletion->seq;
    h.deletionHash = deletion->hash;
    h.prev = before->id ? digest(dbId, before.value()) : hashchain::genesis();
    h.signature = crypto::sign(*signer.key, message(dbId, h));
    auto q = db.query("INSERT INTO ledger_heads(" HEAD_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    q.bind(1, h.id).bind(2, h.at).bind(3, h.userId).bind(4, h.keyId).bind(5, h.auditSeq).bindBlob(6, h.auditHash);
    q.bind(7, h.deletionSeq).bindBlob(8, h.deletionHash).bindBlob(9, h.prev).bindBlob(10, h.signature);
    return q.run();
}

Result<HeadsCheck> LedgerHeads::verify(Database &db)
{
    HeadsCheck check;
    auto identity = SigningKeys::identityPublicKey(db);
    if (!identity)
        return identity.error();
    auto keysLoaded = SigningKeys::loadAll(db, identity.value());
    if (!keysLoaded)
        return keysLoaded.error();
    const QHash<qint64, CertifiedKey> &keys = keysLoaded.value();
    const QByteArray dbId = SigningKeys::databaseId(db);
    const auto fail = [&](LedgerKind kind, qint64 seq, const QString &why) {
        check.ok = false;
        check.ledger = ledgerId(kind);
        check.seq = seq;
        check.reason = why;
        return check;
    };

    // 1. The heads one by one, and the rows each one vouches for. Kept: where each head ends the
    //    audit log and who signed it, for the attribution check below.
    std::vector<std::pair<qint64, qint64>> auditEnds;  // (audit_seq, user_id), in head order
    QByteArray expectedPrev = hashchain::genesis();
    Tip audit, deletion;
    LedgerHead previous;
    auto q = db.query("SELECT " HEAD_COLUMNS " FROM ledger_heads ORDER BY id");
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const LedgerHead h = readHead(q);
        const qint64 firstAudit = audit.seq + 1;
        const QString who = signerName(keys, h);
        const QString when = QDateTime::fromMSecsSinceEpoch(h.at).toString(Qt::ISODate);
        if (const QString why = checkHead(h, previous.id, expectedPrev, keys, dbId); !why.isEmpty())
            return fail(LedgerKind::Audit, firstAudit, why);
        for (LedgerKind kind : {LedgerKind::Audit, LedgerKind::Deletion}) {
            Tip &tip = kind == LedgerKind::Audit ? audit : deletion;
            const qint64 seq = kind == LedgerKind::Audit ? h.auditSeq : h.deletionSeq;
            const QByteArray &hash = kind == LedgerKind::Audit ? h.auditHash : h.deletionHash;
            if (seq < tip.seq)
                return fail(kind, seq + 1, tr("head %1 goes back to row %2").arg(h.id).arg(seq));
            const QByteArray stored = storedHash(db, kind, seq);
            if (stored.isEmpty())
                return fail(kind, tip.seq + 1,
                            tr("rows up to %1 are missing: head %2, signed by %3 at %4, vouched for them")
                                .arg(seq).arg(h.id).arg(who, when));
            if (stored != hash)
                return fail(kind, tip.seq + 1,
                            tr("rows %1 to %2 were rewritten: they no longer match head %3, signed by %4 at %5")
                                .arg(tip.seq + 1).arg(seq).arg(h.id).arg(who, when));
            tip.seq = seq;
            tip.hash = hash;
        }
        auditEnds.emplace_back(h.auditSeq, h.userId);
        expectedPrev = digest(dbId, h);
        previous = h;
        ++check.heads;
    }
    check.last = previous;

    // 2. Rows after the last head: nobody vouched for them.
    for (LedgerKind kind : {LedgerKind::Audit, LedgerKind::Deletion}) {
        auto max = db.queryInt(kind == LedgerKind::Audit ? "SELECT coalesce(max(seq), 0) FROM audit_log"
                                                         : "SELECT coalesce(max(seq), 0) FROM deletion_log");
        if (!max)
            return max.error();
        const qint64 covered = kind == LedgerKind::Audit ? audit.seq : deletion.seq;
        if (max.value() > covered)
            return fail(kind, covered + 1, tr("row %1 and the rows after it are not covered by any signed head")
                                               .arg(covered + 1));
    }

    // 3. Each audit row names who acted; the head of its commit must be signed by that user, so
    //    nobody can re-sign someone else's rows as their own.
    qint64 since = 0;
    {
        auto s = db.query("SELECT value FROM meta WHERE key = 'signing_since'");
        auto row = s.step();
        if (!row)
            return row.error();
        if (row.value())
            since = s.text(0).section(QLatin1Char(' '), 0, 0).toLongLong();
    }
    std::size_t head = 0;
    auto rows = db.query("SELECT seq, user_id FROM audit_log WHERE seq > ?1 ORDER BY seq");
    rows.bind(1, since);
    for (;;) {
        auto row = rows.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const qint64 seq = rows.int64(0);
        const qint64 userId = rows.isNull(1) ? 0 : rows.int64(1);
        while (head < auditEnds.size() && auditEnds[head].first < seq)
            ++head;
        if (head < auditEnds.size() && userId != 0 && auditEnds[head].second != userId)
            return fail(LedgerKind::Audit, seq,
                        tr("row %1 names user #%2 but its commit is signed by user #%3").arg(seq).arg(userId).arg(
                            auditEnds[head].second));
    }
    return check;
}

} // namespace cd
