#pragma once
// An unlocked database: the open Database, the data key in guarded memory, and who is signed in.
// Every service works through a Session; locking closes the database and wipes the key.
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/crypto/Signing.h"
#include "core/domain/Records.h"
#include "core/domain/Role.h"

#include <QCoreApplication>
#include <memory>

namespace cd {

class Database;

class Session {
    Q_DECLARE_TR_FUNCTIONS(cd::Session)
public:
    Session(std::unique_ptr<Database> db, SecretBytes dataKey, User user, QString databasePath, Clock &clock);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    Database &db();  // must not be called on a locked session
    const User &user() const { return m_user; }
    Clock &clock() const { return m_clock; }
    const SecretBytes &dataKey() const { return m_dataKey; }
    // After a re-key (core/access/Rekey): the old key is wiped.
    void replaceDataKey(SecretBytes key) { m_dataKey = std::move(key); }
    QString databasePath() const { return m_path; }
    QString keyslotPath() const;

    // Part 6: the key this user signs the ledgers' heads with and, for an officer or the recovery
    // code, the store identity; both come from the user's keyslot, never from the database.
    // Without a signing key (a slot from before Part 6) commits store no head.
    void setSigning(crypto::SigningKey key, qint64 keyId, crypto::SigningKey identity);
    const crypto::SigningKey &signingKey() const { return m_signing; }
    qint64 signingKeyId() const { return m_signingKeyId; }
    const crypto::SigningKey &identityKey() const { return m_identity; }

    // A database whose ledgers do not extend the last checkpoint opens read-only (Part 6): every
    // write then fails, and the console says why.
    Result<void> setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    qint64 currentStoreId() const { return m_storeId; }
    void setCurrentStoreId(qint64 id) { m_storeId = id; }

    // Refuses (and audits the refusal) when the user's role does not allow `p`.
    // `action` names what was attempted, e.g. "purpose.add". Safe inside a transaction: the
    // refusal is then written when the outermost transaction ends, whether it commits or not.
    Result<void> require(Permission p, const QString &action);

    // A second connection to the same database as the same user, for one worker thread: a
    // Session and its Database belong to one thread. The key is copied into guarded memory here,
    // on the caller's thread; locking this session does not close the other.
    Result<std::unique_ptr<Session>> openForWorker();

    void lock();  // closes the database, wipes the key; the Session is then useless
    bool isLocked() const { return !m_db; }
    Result<void> ensureUnlocked() const;

private:
    std::unique_ptr<Database> m_db;
    SecretBytes m_dataKey;
    User m_user;
    QString m_path;
    Clock &m_clock;
    qint64 m_storeId = 0;
    crypto::SigningKey m_signing, m_identity;
    qint64 m_signingKeyId = 0;
    QString m_readOnlyReason;
    bool m_worker = false;  // a second connection (openForWorker): its owner writes the checkpoint
    void installHeadSigner();
};

} // namespace cd
