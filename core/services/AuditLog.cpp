#include "AuditLog.h"
#include "Session.h"
#include "crypto/Crypto.h"
#include "store/Database.h"

#include <QtEndian>
#include <limits>

namespace cd {

namespace {

void putInt(QByteArray &out, qint64 v)
{
    char buf[8];
    qToBigEndian(v, buf);
    out.append(buf, 8);
}

void putText(QByteArray &out, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    char buf[4];
    qToBigEndian(quint32(utf8.size()), buf);
    out.append(buf, 4);
    out.append(utf8);
}

const QByteArray &genesisHash()
{
    static const QByteArray zero(32, '\0');
    return zero;
}

#define AUDIT_COLUMNS "seq, at, user_id, user_name, action, object_type, object_id, detail, prev_hash, hash"

AuditEntry readEntry(const Query &q)
{
    AuditEntry e;
    e.seq = q.int64(0);
    e.at = q.int64(1);
    e.userId = q.isNull(2) ? 0 : q.int64(2);
    e.userName = q.text(3);
    e.action = q.text(4);
    e.objectType = q.text(5);
    e.objectId = q.text(6);
    e.detail = q.text(7);
    e.prevHash = q.blob(8);
    e.hash = q.blob(9);
    return e;
}

} // namespace

QByteArray AuditLog::canonicalBytes(const AuditEntry &e)
{
    // Fixed order, big-endian integers, length-prefixed UTF-8 (docs/formats.md).
    QByteArray out;
    putInt(out, e.seq);
    putInt(out, e.at);
    putInt(out, e.userId);
    putText(out, e.userName);
    putText(out, e.action);
    putText(out, e.objectType);
    putText(out, e.objectId);
    putText(out, e.detail);
    return out;
}

Result<void> AuditLog::append(Database &db, qint64 at, qint64 userId, const QString &userName,
                              const QString &action, const QString &objectType, const QString &objectId,
                              const QString &detail)
{
    // Inside a transaction the read of the head and the insert cannot interleave with another writer.
    Transaction tx(db);
    CD_TRY(tx.begin());
    AuditEntry e;
    e.prevHash = genesisHash();
    {
        auto head = db.query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        auto row = head.step();
        if (!row)
            return row.error();
        if (row.value()) {
            e.seq = head.int64(0);
            e.prevHash = head.blob(1);
        }
    }
    e.seq += 1;
    e.at = at;
    e.userId = userId;
    e.userName = userName;
    e.action = action;
    e.objectType = objectType;
    e.objectId = objectId;
    e.detail = detail.isNull() ? QStringLiteral("") : detail;  // the column is NOT NULL
    e.hash = crypto::sha256(e.prevHash, canonicalBytes(e));
    auto insert = db.query("INSERT INTO audit_log(seq, at, user_id, user_name, action, object_type, object_id, "
                           "detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bind(1, e.seq).bind(2, e.at).bindOptional(3, e.userId, e.userId != 0).bind(4, e.userName);
    insert.bind(5, e.action).bind(6, e.objectType).bind(7, e.objectId).bind(8, e.detail);
    insert.bindBlob(9, e.prevHash).bindBlob(10, e.hash);
    CD_TRY(insert.run());
    return tx.commit();
}

Result<void> AuditLog::append(Session &session, const QString &action, const QString &objectType,
                              const QString &objectId, const QString &detail)
{
    CD_TRY(session.ensureUnlocked());
    const User &u = session.user();
    return append(session.db(), session.clock().nowMs(), u.id, u.name, action, objectType, objectId, detail);
}

Result<LedgerVerification> AuditLog::verify(Database &db)
{
    LedgerVerification v;
    QByteArray expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    auto q = db.query("SELECT " AUDIT_COLUMNS " FROM audit_log ORDER BY seq");
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        AuditEntry e = readEntry(q);
        ++v.rows;
        QString reason;
        if (e.seq != expectedSeq)
            reason = tr("row %1 follows row %2: rows are missing").arg(e.seq).arg(expectedSeq - 1);
        else if (e.prevHash != expectedPrev)
            reason = tr("row %1 does not point at the hash of the row before it").arg(e.seq);
        else if (crypto::sha256(e.prevHash, canonicalBytes(e)) != e.hash)
            reason = tr("row %1 was changed after it was written").arg(e.seq);
        if (!reason.isEmpty()) {
            v.ok = false;
            v.firstBrokenSeq = e.seq;
            v.reason = reason;
            return v;
        }
        expectedPrev = e.hash;
        expectedSeq = e.seq + 1;
    }
    v.headHash = v.rows ? expectedPrev : QByteArray();
    return v;
}

Result<std::vector<AuditEntry>> AuditLog::page(Database &db, qint64 beforeSeq, int limit, const QString &actionPrefix)
{
    auto q = db.query("SELECT " AUDIT_COLUMNS " FROM audit_log WHERE seq < ?1 AND (?2 = '' OR substr(action, 1, length(?2)) = ?2) "
                      "ORDER BY seq DESC LIMIT ?3");
    q.bind(1, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    q.bind(2, actionPrefix.isNull() ? QStringLiteral("") : actionPrefix).bind(3, limit);
    std::vector<AuditEntry> out;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        AuditEntry e = readEntry(q);
        out.push_back(std::move(e));
    }
    return out;
}

Result<qint64> AuditLog::count(Database &db) { return db.queryInt("SELECT count(*) FROM audit_log"); }

} // namespace cd
