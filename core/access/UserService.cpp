#include "UserService.h"
#include "core/ledgers/AuditLog.h"
#include "Session.h"
#include "Vault.h"
#include "core/crypto/Crypto.h"
#include "core/domain/UserName.h"
#include "Rekey.h"
#include "SigningSetup.h"
#include "core/ledgers/SigningKeys.h"
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
    // Compared in their normalised form (core/domain/UserName.h), the same as the keyslot label:
    // the column's NOCASE folds ASCII only. The users table is small.
    const QString wanted = normalisedUserName(name);
    auto q = db.query("SELECT " USER_COLUMNS " FROM users WHERE active = 1");
    auto all = q.collect(readUser);
    if (!all)
        return all.error();
    for (const User &u : all.value())
        if (normalisedUserName(u.name) == wanted)
            return u;
    return makeError(ErrorCode::NotFound, tr("There is no user named %1.").arg(name));
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
    // Letters and digits of any script (staff names are often Chinese); compared normalised below.
    static const QRegularExpression valid(QStringLiteral("^[\\w.@-]{1,64}$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    const QString login = name.trimmed();
    if (!valid.match(login).hasMatch())
        return makeError(ErrorCode::Invalid, tr("A user name is 1 to 64 letters, digits, '.', '-', '_' or '@', "
                                                "without spaces."));
    CD_TRY(Vault::checkPassphrase(passphrase));
    Database &db = m_session.db();
    // Removed users count too: their rows stay and the audit log names them.
    bool taken = false;
    auto names = db.query("SELECT name FROM users");
    CD_TRY(names.forEach([&](const Query &q) { taken = taken || sameUserName(q.text(0), login); }));
    if (taken)
        return makeError(ErrorCode::Conflict, tr("The user name %1 is or was in use; choose another.").arg(login));

    auto keyslots = KeyslotFile::loadForChange(m_session.keyslotPath(), m_session.dataKey());
    if (!keyslots)
        return keyslots.error();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto insert = db.query("INSERT INTO users(name, display_name, role, created_at) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, login).bind(2, displayName.trimmed().isEmpty() ? login : displayName.trimmed());
    insert.bind(3, roleId(role)).bind(4, m_session.clock().nowMs());
    CD_TRY(insert.run());
    const qint64 userId = db.lastInsertRowId();
    CD_TRY(AuditLog::append(m_session, QStringLiteral("user.add"), QStringLiteral("user"), login, roleId(role)));
    // The user's signing key, certified by the store identity; an officer also gets the identity.
    const crypto::SigningKey key = crypto::SigningKey::generate();
    if (auto keyId = SigningSetup::registerKey(m_session, userId, login, role, key.publicKey); !keyId)
        return keyId.error();
    const crypto::SigningKey &identity = m_session.identityKey();
    const SlotSigning signing{&key, role == Role::Officer && !identity.isNull() ? &identity : nullptr};
    CD_TRY(keyslots->setUserSlot(login, passphrase, m_session.dataKey(), kdf, signing));
    CD_TRY(keyslots->save(m_session.keyslotPath(), m_session.dataKey()));  // before commit: no user without a slot
    CD_TRY(tx.commit());
    return findByName(db, login);
}

Result<void> UserService::remove(const QString &name, const RekeyProgress &progress)
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
    auto keyslots = KeyslotFile::loadForChange(m_session.keyslotPath(), m_session.dataKey());
    if (!keyslots)
        return keyslots.error();
    KeyslotFile edited = keyslots.value();
    edited.removeUserSlot(user->name);
    // The slot goes and the database gets a new key, so a copy of the old keyslot file is useless
    // too. The row stays (consents and the audit log refer to it).
    return Rekey::run(m_session, keyslots.value(), std::move(edited), [&]() -> Result<void> {
        Transaction tx(db);
        CD_TRY(tx.begin());
        auto update = db.query("UPDATE users SET active = 0, removed_at = ?2 WHERE id = ?1");
        update.bind(1, user->id).bind(2, m_session.clock().nowMs());
        CD_TRY(update.run());
        if (!m_session.identityKey().isNull())  // heads the user signs from now on are not vouched for
            CD_TRY(SigningKeys::revokeUser(db, m_session.identityKey(), user->id, m_session.clock().nowMs()));
        CD_TRY(AuditLog::append(m_session, QStringLiteral("user.remove"), QStringLiteral("user"), user->name));
        return tx.commit();
    }, progress);
}

Result<void> UserService::changeOwnPassphrase(const QString &oldPassphrase, const QString &newPassphrase,
                                              const KdfLimits &kdf)
{
    CD_TRY(m_session.require(Permission::ChangeOwnPassphrase, QStringLiteral("user.passwd")));
    CD_TRY(Vault::checkPassphrase(newPassphrase));
    auto keyslots = KeyslotFile::loadForChange(m_session.keyslotPath(), m_session.dataKey());
    if (!keyslots)
        return keyslots.error();
    auto check = keyslots->unlock(m_session.user().name, oldPassphrase);
    if (!check)
        return makeError(ErrorCode::WrongPassphrase, tr("The current passphrase is not correct."));
    const crypto::SigningKey &own = m_session.signingKey(), &identity = m_session.identityKey();
    const SlotSigning signing{own.isNull() ? nullptr : &own, identity.isNull() ? nullptr : &identity};
    CD_TRY(keyslots->setUserSlot(m_session.user().name, newPassphrase, m_session.dataKey(), kdf, signing));
    CD_TRY(keyslots->save(m_session.keyslotPath(), m_session.dataKey()));
    return AuditLog::append(m_session, QStringLiteral("user.passwd"), QStringLiteral("user"), m_session.user().name);
}

Result<void> UserService::resetPassphrase(const QString &name, const QString &newPassphrase, const KdfLimits &kdf,
                                          const RekeyProgress &progress)
{
    CD_TRY(m_session.require(Permission::ManageUsers, QStringLiteral("user.reset-passphrase")));
    CD_TRY(Vault::checkPassphrase(newPassphrase));
    auto user = findByName(m_session.db(), name);
    if (!user)
        return user.error();
    auto keyslots = KeyslotFile::loadForChange(m_session.keyslotPath(), m_session.dataKey());
    if (!keyslots)
        return keyslots.error();
    KeyslotFile edited = keyslots.value();
    // The old slot's signing key cannot be opened without the old passphrase: a new one replaces
    // it (the old one is revoked), and an officer's slot gets the identity again.
    const crypto::SigningKey key = crypto::SigningKey::generate();
    const crypto::SigningKey &identity = m_session.identityKey();
    const SlotSigning signing{&key, user->role == Role::Officer && !identity.isNull() ? &identity : nullptr};
    CD_TRY(edited.setUserSlot(user->name, newPassphrase, m_session.dataKey(), kdf, signing));
    // A reset is for a passphrase that may be known to someone else: the key it opened goes too.
    return Rekey::run(m_session, keyslots.value(), std::move(edited), [&]() -> Result<void> {
        Transaction tx(m_session.db());
        CD_TRY(tx.begin());
        if (!identity.isNull())
            CD_TRY(SigningKeys::revokeUser(m_session.db(), identity, user->id, m_session.clock().nowMs()));
        if (auto keyId = SigningSetup::registerKey(m_session, user->id, user->name, user->role, key.publicKey); !keyId)
            return keyId.error();
        CD_TRY(AuditLog::append(m_session, QStringLiteral("user.reset-passphrase"), QStringLiteral("user"),
                                user->name));
        return tx.commit();
    }, progress);
}

Result<QString> UserService::renewRecoveryCode(const KdfLimits &kdf)
{
    CD_TRY(m_session.require(Permission::ManageUsers, QStringLiteral("recovery.renew")));
    auto keyslots = KeyslotFile::loadForChange(m_session.keyslotPath(), m_session.dataKey());
    if (!keyslots)
        return keyslots.error();
    const QString code = crypto::newRecoveryCode();
    const crypto::SigningKey &identity = m_session.identityKey();
    CD_TRY(keyslots->setRecoverySlot(code, m_session.dataKey(), kdf, identity.isNull() ? nullptr : &identity));
    CD_TRY(keyslots->save(m_session.keyslotPath(), m_session.dataKey()));
    CD_TRY(AuditLog::append(m_session, QStringLiteral("recovery.renew"), QStringLiteral("keyslot"),
                            QStringLiteral("recovery")));
    return code;
}

} // namespace cd
