#include "SigningSetup.h"
#include "Session.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/LedgerHeads.h"
#include "core/ledgers/SigningKeys.h"
#include "core/store/Database.h"

namespace cd {

Result<void> SigningSetup::bootstrap(Database &db, const crypto::SigningKey &identity, const crypto::SigningKey &officer,
                                     qint64 officerId, const QString &officerName, qint64 at)
{
    CD_TRY(SigningKeys::setIdentity(db, identity.publicKey));
    auto keyId = SigningKeys::add(db, &identity, officerId, officerName, roleId(Role::Officer), officer.publicKey, at);
    if (!keyId)
        return keyId.error();
    return LedgerHeads::sign(db, HeadSigner{officerId, keyId.value(), &officer}, at);
}

Result<qint64> SigningSetup::registerKey(Session &session, qint64 userId, const QString &userName, Role role,
                                         const QByteArray &publicKey)
{
    const crypto::SigningKey &identity = session.identityKey();
    return SigningKeys::add(session.db(), identity.isNull() ? nullptr : &identity, userId, userName, roleId(role),
                            publicKey, session.clock().nowMs());
}

Result<void> SigningSetup::prepareSession(Session &session, KeyslotFile &keyslots, const KeyslotFile::Opened &opened,
                                          const QString &secret, bool recovery)
{
    Database &db = session.db();
    const User &user = session.user();
    auto stored = SigningKeys::identityPublicKey(db);
    if (!stored)
        return stored.error();
    crypto::SigningKey identity = opened.identity.copy();
    if (!identity.isNull() && !stored->isEmpty() && identity.publicKey != stored.value()) {
        // Kept so that verify-ledger can say so; nothing is signed, as nothing is written.
        session.setSigning(opened.signing.copy(), 0, std::move(identity));
        return session.setReadOnly(tr("The store identity in this database is not the one your keyslot holds: the "
                                      "database was replaced or its records were rewritten. It is open read-only."));
    }
    if (recovery) {
        session.setSigning({}, 0, std::move(identity));
        return {};
    }

    // A slot from before Part 6 gets a key now (and an officer's, on a store without an identity
    // yet, the identity), sealed again with the passphrase just typed.
    crypto::SigningKey own = opened.signing.copy();
    const bool officer = user.role == Role::Officer;
    bool reseal = false;
    if (own.isNull()) {
        own = crypto::SigningKey::generate();
        reseal = true;
    }
    auto known = SigningKeys::keyIdOf(db, own.publicKey);
    auto waiting = db.queryInt("SELECT count(*) FROM signing_keys WHERE length(certificate) = 0 AND revoked_at IS NULL");
    if (!known)
        return known.error();
    if (!waiting)
        return waiting.error();
    const bool newIdentity = officer && identity.isNull() && stored->isEmpty();
    if (!reseal && !newIdentity && known.value() != 0 && (identity.isNull() || waiting.value() == 0)) {
        // Nothing to write: a sign-in to a file that may be evidence leaves it as it was.
        session.setSigning(std::move(own), known.value(), std::move(identity));
        return {};
    }
    Transaction tx(db);
    CD_TRY(tx.begin());
    if (newIdentity) {
        identity = crypto::SigningKey::generate();
        CD_TRY(SigningKeys::setIdentity(db, identity.publicKey));
        reseal = true;
    }
    qint64 id = known.value();
    if (id == 0) {
        auto added = SigningKeys::add(db, identity.isNull() ? nullptr : &identity, user.id, user.name,
                                      roleId(user.role), own.publicKey, session.clock().nowMs());
        if (!added)
            return added.error();
        id = added.value();
    }
    if (!identity.isNull()) {
        auto certified = SigningKeys::certifyWaiting(db, identity);
        if (!certified)
            return certified.error();
    }
    if (reseal) {
        const SlotSigning signing{&own, identity.isNull() ? nullptr : &identity};
        CD_TRY(keyslots.setUserSlot(user.name, secret, session.dataKey(), keyslots.userSlotLimits(user.name), signing));
        CD_TRY(keyslots.save(session.keyslotPath(), session.dataKey()));
    }
    CD_TRY(tx.commit());
    session.setSigning(std::move(own), id, std::move(identity));
    return {};
}

} // namespace cd
