#include "AuditLog.h"
#include "core/access/Session.h"
#include "core/store/Database.h"

#include <limits>

namespace cd {

namespace {

#define AUDIT_COLUMNS "seq, at, user_id, user_name, action, object_type, object_id, detail"
const ChainTable kAuditTable{"audit_log", AUDIT_COLUMNS, 8, "iiittttt"};

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
    return hashchain::canonical({e.seq, e.at, e.userId, e.userName, e.action, e.objectType, e.objectId, e.detail});
}

Result<void> AuditLog::append(Database &db, qint64 at, qint64 userId, const QString &userName,
                              const QString &action, const QString &objectType, const QString &objectId,
                              const QString &detail)
{
    auto seq = hashchain::append(db, kAuditTable, {at, userId, userName, action, objectType, objectId, detail});
    if (!seq)
        return seq.error();
    return {};
}

Result<void> AuditLog::append(Session &session, const QString &action, const QString &objectType,
                              const QString &objectId, const QString &detail)
{
    CD_TRY(session.ensureUnlocked());
    const User &u = session.user();
    return append(session.db(), session.clock().nowMs(), u.id, u.name, action, objectType, objectId, detail);
}

const ChainTable &AuditLog::table() { return kAuditTable; }

Result<LedgerVerification> AuditLog::verify(Database &db) { return hashchain::verify(db, kAuditTable); }

Result<std::vector<AuditEntry>> AuditLog::page(Database &db, qint64 beforeSeq, int limit, const QString &actionPrefix)
{
    auto q = db.query("SELECT " AUDIT_COLUMNS ", prev_hash, hash FROM audit_log WHERE seq < ?1 AND (?2 = '' OR substr(action, 1, length(?2)) = ?2) "
                      "ORDER BY seq DESC LIMIT ?3");
    q.bind(1, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    q.bind(2, actionPrefix.isNull() ? QStringLiteral("") : actionPrefix).bind(3, limit);
    return q.collect(readEntry);
}

Result<LedgerVerification> AuditLog::verify(Session &session)
{
    CD_TRY(session.require(Permission::ViewAudit, QStringLiteral("audit.verify")));
    return verify(session.db());
}

Result<std::vector<AuditEntry>> AuditLog::page(Session &session, qint64 beforeSeq, int limit,
                                                const QString &actionPrefix)
{
    CD_TRY(session.require(Permission::ViewAudit, QStringLiteral("audit.view")));
    return page(session.db(), beforeSeq, limit, actionPrefix);
}

Result<qint64> AuditLog::count(Database &db) { return db.queryInt("SELECT count(*) FROM audit_log"); }

} // namespace cd
