#pragma once
// Where users get their signing keys (Part 6): at store creation (the store identity and the first
// officer's key), at sign-in (a slot from before Part 6 gets a key; an officer certifies keys
// still waiting), and when users are added, reset or removed (UserService). The keys live in
// the keyslots; the database holds public keys and the identity's certificates.
#include "Keyslots.h"
#include "core/base/Result.h"
#include "core/domain/Role.h"

#include <QCoreApplication>

namespace cd {

class Database;
class Session;

class SigningSetup {
    Q_DECLARE_TR_FUNCTIONS(cd::SigningSetup)
public:
    // A new store: records the identity, certifies the officer's key and signs the first head.
    static Result<void> bootstrap(Database &db, const crypto::SigningKey &identity, const crypto::SigningKey &officer,
                                  qint64 officerId, const QString &officerName, qint64 at);

    // After a sign-in: gives the session the keys its slot opened; a slot without one gets one
    // (sealed again with the same passphrase). A store identity in the slot that differs from the
    // database's makes the session read-only: the database was replaced or rewritten.
    static Result<void> prepareSession(Session &session, KeyslotFile &keyslots, const KeyslotFile::Opened &opened,
                                       const QString &secret, bool recovery);

    // A key for a user being added or reset: certified when the session holds the identity,
    // otherwise kept waiting for an officer's next sign-in.
    static Result<qint64> registerKey(Session &session, qint64 userId, const QString &userName, Role role,
                                      const QByteArray &publicKey);
};

} // namespace cd
