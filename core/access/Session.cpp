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
    // The refusal itself is a fact worth keeping: who tried what, and when.
    CD_TRY(AuditLog::append(*this, QStringLiteral("access.denied"), QStringLiteral("permission"), permissionId(p),
                            action));
    return makeError(ErrorCode::Forbidden,
                     tr("Your role (%1) does not allow this action.").arg(roleDisplayName(m_user.role)));
}

void Session::lock()
{
    m_db.reset();       // closes the database; SQLCipher wipes its copy of the key
    m_dataKey.wipe();   // sodium_free zeroes the guarded pages
}

} // namespace cd
