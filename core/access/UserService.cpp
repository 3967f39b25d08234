#include "UserService.h"
#include "core/ledgers/AuditLog.h"
#include "Session.h"
#include "Vault.h"
#include "core/crypto/Crypto.h"
#include "core/store/Database.h"

#include <QRegularExpression>

namespace cd {

namespace {

User readUser(const Query &q)
{
    User u;
    u.id = q.int64(0);
    u.name = q.text(1);
    u.displayName = q.text(2);
    u.role = roleFromId(q.text(3)).value_or(Role::Staff);
    u.active = q.int64(4) != 0;
    u.createdAt = q.int64(5);
    return u;
}

#define USER_COLUMNS "id, name, display_name, role, active, created_at"

} // namespace

Result<User> UserService::findByName(Database &db, const QString &name)
{
    auto q = db.query("SELECT " USER_COLUMNS " FROM users WHERE name = ?1 AND active = 1");
    q.bind(1, name.trimmed());
    auto row = q.step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, tr("There is no user named %1.").arg(name));
    return readUser(q);
}

Result<std::vector<User>> UserService::list()
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT " USER_COLUMNS " FROM users WHERE active = 1 ORDER BY name");
    return q.collect(readUser);
}

Result<User> UserService::add(const QString &name, const QString &displayName, Role role, const QString &passphrase,
                              const KdfLimits &kdf)
{
    CD_TRY(m_session.require(Permission::ManageUsers, QStringLiteral("user.add")));
    static const QRegularExpression valid(QStringLiteral("^[\\w.@-]{1,64}$"));
    const QString login = name.trimmed();
    if (!valid.match(login).hasMatch())
        return makeError(ErrorCode::Invalid, tr("A user name is 1 to 64 letters, digits, '.', '-', '_' or '@', "
                                                "without spaces."));
    CD_TRY(Vault::checkPassphrase(passphrase));
    Database &db = m_session.db();
    auto taken = db.query("SELECT count(*) FROM users WHERE name = ?1");
    taken.bind(1, login);
    CD_TRY(taken.single());
    if (taken.int64(0) > 0)
        return makeError(ErrorCode::Conflict, tr("The user name %1 is or was in use; choose another.").arg(login));

    auto keyslots = KeyslotFile::load(m_session.keyslotPath());
    if (!keyslots)
        return keyslots.error();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto insert = db.query("INSERT INTO users(name, display_name, role, created_at) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, login).bind(2, displayName.trimmed().isEmpty() ? login : displayName.trimmed());
    insert.bind(3, roleId(role)).bind(4, m_session.clock().nowMs());
    CD_TRY(insert.run());
    CD_TRY(AuditLog::append(m_session, QStringLiteral("user.add"), QStringLiteral("user"), login, roleId(role)));
    CD_TRY(keyslots->setUserSlot(login, passphrase, m_session.dataKey(), kdf));
    CD_TRY(keyslots->save(m_session.keyslotPath(), m_session.dataKey()));  // before commit: no user without a slot
    CD_TRY(tx.commit());
    return findByName(db, login);
}

Result<void> UserService::remove(const QString &name)
{
    CD_TRY(m_session.require(Permission::ManageUsers, QStringLiteral("user.remove")));
    Database &db = m_session.db();
    auto user = findByName(db, name);
    if (!user)
        return user.error();
    if (user->id == m_session.user().id)
        return makeError(ErrorCode::Invalid, tr("You cannot remove yourself; ask another officer."));
    if (user->role == Role::Officer) {
        auto officers = db.queryInt("SELECT count(*) FROM users WHERE role = 'officer' AND active = 1");
        if (!officers)
            return officers.error();
        if (officers.value() <= 1)
            return makeError(ErrorCode::Invalid, tr("The last privacy officer cannot be removed."));
    }
    auto keyslots = KeyslotFile::load(m_session.keyslotPath());
    if (!keyslots)
        return keyslots.error();
    Transaction tx(db);
    CD_TRY(tx.begin());
    // The row stays (consents and the audit log refer to it); the slot goes, so the key is gone for them.
    auto update = db.query("UPDATE users SET active = 0, removed_at = ?2 WHERE id = ?1");
    update.bind(1, user->id).bind(2, m_session.clock().nowMs());
    CD_TRY(update.run());
    CD_TRY(AuditLog::append(m_session, QStringLiteral("user.remove"), QStringLiteral("user"), user->name));
    keyslots->removeUserSlot(user->name);
    CD_TRY(keyslots->save(m_session.keyslotPath(), m_session.dataKey()));
    return tx.commit();
}

Result<void> UserService::changeOwnPassphrase(const QString &oldPassphrase, const QString &newPassphrase,
                                              const KdfLimits &kdf)
{
    CD_TRY(m_session.require(Permission::ChangeOwnPassphrase, QStringLiteral("user.passwd")));
    CD_TRY(Vault::checkPassphrase(newPassphrase));
    auto keyslots = KeyslotFile::load(m_session.keyslotPath());
    if (!keyslots)
        return keyslots.error();
    auto check = keyslots->unlock(m_session.user().name, oldPassphrase);
    if (!check)
        return makeError(ErrorCode::WrongPassphrase, tr("The current passphrase is not correct."));
    CD_TRY(keyslots->setUserSlot(m_session.user().name, newPassphrase, m_session.dataKey(), kdf));
    CD_TRY(keyslots->save(m_session.keyslotPath(), m_session.dataKey()));
    return AuditLog::append(m_session, QStringLiteral("user.passwd"), QStringLiteral("user"), m_session.user().name);
}

Result<void> UserService::resetPassphrase(const QString &name, const QString &newPassphrase, const KdfLimits &kdf)
{
    CD_TRY(m_session.require(Permission::ManageUsers, QStringLiteral("user.reset-passphrase")));
    CD_TRY(Vault::checkPassphrase(newPassphrase));
    auto user = findByName(m_session.db(), name);
    if (!user)
        return user.error();
    auto keyslots = KeyslotFile::load(m_session.keyslotPath());
    if (!keyslots)
        return keyslots.error();
    CD_TRY(keyslots->setUserSlot(user->name, newPassphrase, m_session.dataKey(), kdf));
    CD_TRY(keyslots->save(m_session.keyslotPath(), m_session.dataKey()));
    return AuditLog::append(m_session, QStringLiteral("user.reset-passphrase"), QStringLiteral("user"), user->name);
}

Result<QString> UserService::renewRecoveryCode(const KdfLimits &kdf)
{
    CD_TRY(m_session.require(Permission::ManageUsers, QStringLiteral("recovery.renew")));
    auto keyslots = KeyslotFile::load(m_session.keyslotPath());
    if (!keyslots)
        return keyslots.error();
    const QString code = crypto::newRecoveryCode();
    CD_TRY(keyslots->setRecoverySlot(code, m_session.dataKey(), kdf));
    CD_TRY(keyslots->save(m_session.keyslotPath(), m_session.dataKey()));
    CD_TRY(AuditLog::append(m_session, QStringLiteral("recovery.renew"), QStringLiteral("keyslot"),
                            QStringLiteral("recovery")));
    return code;
}

} // namespace cd
