#include "Session.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/Checkpoints.h"
#include "core/ledgers/LedgerHeads.h"
#include "core/store/Database.h"
#include "Keyslots.h"

namespace cd {

Session::Session(std::unique_ptr<Database> db, SecretBytes dataKey, User user, QString databasePath, Clock &clock)
    : m_db(std::move(db)), m_dataKey(std::move(dataKey)), m_user(std::move(user)), m_path(std::move(databasePath)),
      m_clock(clock)
{
    installHeadSigner();
}

void Session::installHeadSigner()
{
    if (!m_db)
        return;
    m_db->setCommitHook([this](Database &db) -> Result<void> {
        // The recovery code signs as the store identity (key 0); a user with their own key.
        const bool own = !m_signing.isNull();
        if (!own && m_identity.isNull())
            return {};
        HeadSigner signer{own ? m_user.id : 0, own ? m_signingKeyId : 0, own ? &m_signing : &m_identity};
        return LedgerHeads::sign(db, signer, m_clock.nowMs());
    });
}

void Session::setSigning(crypto::SigningKey key, qint64 keyId, crypto::SigningKey identity)
{
    m_signing = std::move(key);
    m_signingKeyId = keyId;
    m_identity = std::move(identity);
}

Result<void> Session::setReadOnly(const QString &reason)
{
    CD_TRY(ensureUnlocked());
    CD_TRY(m_db->setQueryOnly(reason));
    m_readOnlyReason = reason;
    return {};
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
    worker->m_worker = true;
    worker->setCurrentStoreId(m_storeId);
    worker->setSigning(m_signing.copy(), m_signingKeyId, m_identity.copy());
    if (isReadOnly())
        CD_TRY(worker->setReadOnly(m_readOnlyReason));
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
    // An officer's work is anchored outside the database when the session ends (Part 6), so a
    // key holder cannot quietly cut it off the end of the ledgers later.
    if (m_db && m_user.role == Role::Officer && !isReadOnly() && !(m_signing.isNull() && m_identity.isNull())
        && !m_worker) {
        if (auto written = Checkpoints::append(*this); !written)
            qCWarning(lcStore) << "no checkpoint was written at sign-out:" << written.error().message;
    }
    m_db.reset();       // closes the database; SQLCipher wipes its copy of the key
    m_dataKey.wipe();   // sodium_free zeroes the guarded pages
    m_signing = {};
    m_identity = {};
}

} // namespace cd
