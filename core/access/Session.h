#pragma once
// An unlocked database: the open Database, the data key in guarded memory, and who is signed in.
// Every service works through a Session; locking closes the database and wipes the key.
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/crypto/SecretBytes.h"
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
};

} // namespace cd
