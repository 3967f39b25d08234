#include "StoreService.h"
#include "core/ledgers/AuditLog.h"
#include "core/access/Session.h"
#include "core/store/Database.h"

namespace cd {

Result<std::vector<StoreInfo>> StoreService::list()
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT id, code, name, address FROM stores ORDER BY code");
    return q.collect([](const Query &row) { return StoreInfo{row.int64(0), row.text(1), row.text(2), row.text(3)}; });
}

Result<StoreInfo> StoreService::add(const QString &code, const QString &name, const QString &address)
{
    CD_TRY(m_session.require(Permission::ManageStores, QStringLiteral("store.add")));
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A store needs a code and a name."));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("INSERT INTO stores(code, name, address, created_at) VALUES (?1, ?2, ?3, ?4)");
    q.bind(1, code.trimmed()).bind(2, name.trimmed()).bind(3, address.isNull() ? QStringLiteral("") : address);
    q.bind(4, m_session.clock().nowMs());
    auto r = q.run();
    if (!r)
        return r.error().code == ErrorCode::Conflict
            ? makeError(ErrorCode::Conflict, tr("A store with the code %1 exists already.").arg(code))
            : r.error();
    const qint64 id = db.lastInsertRowId();
    CD_TRY(AuditLog::append(m_session, QStringLiteral("store.add"), QStringLiteral("store"), code.trimmed()));
    CD_TRY(tx.commit());
    return StoreInfo{id, code.trimmed(), name.trimmed(), address};
}

} // namespace cd
