#include "Session.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"
#include "Keyslots.h"

namespace cd {

Session::Session(std::unique_ptr<Database> db, SecretBytes dataKey, User user, QString databasePath, Clock &clock)
    : m_db(std::move(db)), m_dataKey(std::move(dataKey)), m_user(std::move(user)), m_path(std::move(databasePath)),
      m_clock(clock)
{
}

Session::~Session() { lock(); }

Database &Session::db()
{
    Q_ASSERT_X(m_db, "Session::db", "the session is locked");
    return *m_db;
}

QString Session::keyslotPath() const { return KeyslotFile::pathFor(m_path); }

Result<std::unique_ptr<Session>> Session::openForWorker()
{
    CD_TRY(ensureUnlocked());
    SecretBytes key;
    {
        const SecretBytes::Access k = m_dataKey.read();
        key = SecretBytes::fromBytes(k.data(), k.size());
    }
    auto db = Database::open(m_path, &key);  // the file was checked when this session opened it
    if (!db)
        return db.error();
    auto worker = std::make_unique<Session>(std::move(db).value(), std::move(key), m_user, m_path, m_clock);
    worker->setCurrentStoreId(m_storeId);
    return worker;
}

Result<void> Session::ensureUnlocked() const
{
    if (!m_db)
        return makeError(ErrorCode::Locked, tr("The console is locked. Unlock it to continue."));
    return {};
}

Result<void> Session::require(Permission p, const QString &action)
{
    CD_TRY(ensureUnlocked());
    if (roleAllows(m_user.role, p))
        return {};
    // The refusal itself is a fact worth keeping: who tried what, and when. Inside a transaction
    // it is written after the outermost one ends, so the caller's rollback cannot erase it.
    const qint64 at = m_clock.nowMs();
    const qint64 userId = m_user.id;
    const QString userName = m_user.name;
    const QString permission = permissionId(p);
    if (!m_db->inTransaction()) {
        CD_TRY(AuditLog::append(*m_db, at, userId, userName, QStringLiteral("access.denied"),
                                QStringLiteral("permission"), permission, action));
    } else {
        m_db->afterTransaction([=](Database &db) {
            if (auto r = AuditLog::append(db, at, userId, userName, QStringLiteral("access.denied"),
                                          QStringLiteral("permission"), permission, action);
                !r)
                qCWarning(lcStore) << "a refusal could not be audited, code" << int(r.error().code);
        });
    }
    return makeError(ErrorCode::Forbidden,
                     tr("Your role (%1) does not allow this action.").arg(roleDisplayName(m_user.role)));
}

void Session::lock()
{
    m_db.reset();       // closes the database; SQLCipher wipes its copy of the key
    m_dataKey.wipe();   // sodium_free zeroes the guarded pages
}

} // namespace cd
