#pragma once
// Users live in the encrypted database (name, role); their keyslots live in the sidecar.
// Both change together: a failed sidecar write rolls the database change back.
#include "core/base/Result.h"
#include "core/domain/Records.h"
#include "Keyslots.h"
#include "Rekey.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Database;
class Session;

class UserService {
    Q_DECLARE_TR_FUNCTIONS(cd::UserService)
public:
    explicit UserService(Session &session) : m_session(session) {}

    Result<std::vector<User>> list();  // active users
    Result<User> add(const QString &name, const QString &displayName, Role role, const QString &passphrase,
                     const KdfLimits &kdf = KdfLimits::moderate());
    // Refuses to remove the last officer or oneself. The slot goes and the database is re-keyed,
    // so no copy of the keyslot file opens it with their passphrase any more.
    Result<void> remove(const QString &name, const RekeyProgress &progress = {});
    Result<void> changeOwnPassphrase(const QString &oldPassphrase, const QString &newPassphrase,
                                     const KdfLimits &kdf = KdfLimits::moderate());
    // Officer; re-keys the database like remove().
    Result<void> resetPassphrase(const QString &name, const QString &newPassphrase,
                                 const KdfLimits &kdf = KdfLimits::moderate(), const RekeyProgress &progress = {});
    // A new recovery code replaces the old one (shown once).
    Result<QString> renewRecoveryCode(const KdfLimits &kdf = KdfLimits::moderate());

    static Result<User> findByName(Database &db, const QString &name);

private:
    Session &m_session;
};

} // namespace cd
