#pragma once
// RAII wrapper over the SQLCipher C API: the project's only database layer (never Qt SQL).
#include "core/base/Result.h"
#include "Statement.h"

#include <QHash>
#include <QLoggingCategory>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace cd {

class SecretBytes;

struct OpenOptions {
    bool create = false;        // create a new database; refuses if the file exists
    int busyTimeoutMs = 5000;   // bounded wait for another process's lock
    int cipherPageSize = 4096;  // fixed per database; measured in the bench
    qint64 applicationId = 0;   // when set, an existing file must carry it (checked before any write)
    int maxSchemaVersion = 0;   // with applicationId: refuse files of a newer schema
};

class Database {
public:
    // Opens (or creates) a database. key == nullptr opens a plain, unencrypted SQLite file:
    // used only by the benchmark's baseline. An existing file that fails any check is left
    // exactly as it was: no pragma that writes runs before the file is known to be ours.
    static Result<std::unique_ptr<Database>> open(const QString &path, const SecretBytes *key,
                                                  const OpenOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A cached prepared statement in a scoped handle. Do not hold two Querys of the same SQL.
    Query query(const char *sql);
    Result<void> exec(const char *sql);  // one-off SQL, may hold several statements
    Result<qint64> queryInt(const char *sql);

    qint64 lastInsertRowId() const;
    // Set when a joined Transaction ended without commit(); the outer commit() then refuses.
    void markRollbackOnly() { m_rollbackOnly = true; }
    int changes() const;
    bool inTransaction() const;
    // Runs `work` once the outermost transaction has ended, committed or rolled back (at once when
    // none is open): for a write that must not share the transaction's fate, such as an audited
    // refusal (Session::require). Errors are the work's own to report.
    void afterTransaction(std::function<void(Database &)> work);
    // Runs inside the outermost transaction, just before COMMIT, when a ledger grew in it: the
    // session signs the ledgers' new head there (Part 6), so rows and head commit together.
    void setCommitHook(std::function<Result<void>(Database &)> hook) { m_commitHook = std::move(hook); }
    void noteLedgerGrew() { m_ledgerGrew = true; }
    QString path() const { return m_path; }
    // Re-encrypts every page with `newKey` (PRAGMA rekey). It runs as one transaction in
    // rollback-journal mode, whose journal keeps the old pages: a crash leaves the file under the
    // old key or the new one, never a mix. WAL is switched off for the duration (and needs this to
    // be the only connection), then back on. SQLCipher reports no progress inside the rekey, so
    // `progress` hears (0, pages) before and (pages, pages) after.
    Result<void> rekey(const SecretBytes &newKey, const std::function<void(qint64 done, qint64 total)> &progress = {});
    // Part of the rekey helper: leaving WAL fails (Busy) while another connection has the file
    // open, so a caller can find out before it changes anything; rekey() returns to WAL itself.
    Result<void> setWal(bool on);
    sqlite3 *handle() const { return m_db; }
    // From now on nothing is written (PRAGMA query_only), and a refused write says `reason`
    // instead of blaming the file's permissions.
    Result<void> setQueryOnly(const QString &reason);

    // Maps an SQLite result code to a translated error. `what` names the statement for the log.
    Error errorFor(int rc, const char *what) const;

private:
    Database() = default;
    Result<void> configure(const SecretBytes *key, const OpenOptions &options);
    Result<void> setPragma(const char *pragma, const char *value, const char *expected);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_queryOnlyReason;
    QHash<QByteArray, Statement *> m_cache;
    bool m_rollbackOnly = false;
    bool m_ledgerGrew = false;
    std::function<Result<void>(Database &)> m_commitHook;
    std::vector<std::function<void(Database &)>> m_afterTransaction;
    void runAfterTransaction();
    friend class Transaction;
};

class Transaction {
public:
    // BEGIN IMMEDIATE: takes the write lock up front so a busy database fails here, not halfway.
    // Inside an open transaction it joins it, so services compose (a bulk import wraps many
    // registrations in one commit). No SAVEPOINT: SQLCipher encrypts every page a savepoint
    // touches into its journal, which halved bulk speed (docs/architecture.md). Instead, a joined
    // transaction that ends without commit() marks the outer one failed: its commit() then rolls
    // everything back, so a swallowed error can never commit half a change.
    explicit Transaction(Database &db);
    ~Transaction();  // rolls back unless committed
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Result<void> begin();
    Result<void> commit();

private:
    Database &m_db;
    bool m_active = false;
    bool m_nested = false;
};

// A larger page cache for one long bulk job, such as a retention sweep over a million customers:
// a page then stays decrypted across the rows that touch it (with the default 2 MiB, index pages
// were decrypted and re-encrypted once per row). Only grows the cache; the size comes back after.
class BulkCache {
public:
    explicit BulkCache(Database &db, int mib = 64);
    ~BulkCache();
    BulkCache(const BulkCache &) = delete;
    BulkCache &operator=(const BulkCache &) = delete;

private:
    Database &m_db;
    qint64 m_previous = 0;  // PRAGMA cache_size as it was (0: left unchanged)
};

// Translated message for an SQLite result code (store errors shown to people).
Error storeError(int rc);

} // namespace cd
