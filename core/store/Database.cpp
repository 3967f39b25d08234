#include "Database.h"
#include "core/crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>
#include <utility>

Q_LOGGING_CATEGORY(lcStore, "consentdesk.store")

namespace cd {

namespace {


// Runs a pragma and returns its single result as text ("" when it returns no row).
Result<QString> pragmaValue(Database &db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return db.errorFor(rc, sql);
    QString value;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        rc = sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, sql);
    return value;
}

// Raw 256-bit key: "x'<64 hex>'" skips SQLCipher's own PBKDF2. Built in guarded memory.
SecretBytes keyLiteral(const SecretBytes &key)
{
    SecretBytes literal(3 + 2 * key.size());
    {
        auto k = key.read();
        auto l = literal.write();
        static const char hex[] = "0123456789abcdef";
        l.data()[0] = 'x';
        l.data()[1] = '\'';
        for (std::size_t i = 0; i < k.size(); ++i) {
            l.data()[2 + 2 * i] = hex[k.data()[i] >> 4];
            l.data()[3 + 2 * i] = hex[k.data()[i] & 15];
        }
        l.data()[l.size() - 1] = '\'';
    }
    return literal;
}

} // namespace

Error storeError(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("cd::Store", "The file is not a ConsentDesk database, or it is damaged, or it does "
                                 "not belong to this keyslot file. It has not been changed."));
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("cd::Store", "The database is damaged: a page failed its integrity check. The file "
                                 "has not been changed; keep a copy and restore from a backup."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Busy,
                         QCoreApplication::translate("cd::Store", "The database is in use by another process. Try again when it has "
                                 "finished."));
    case SQLITE_READONLY:
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("cd::Store", "The database is read-only. Check the file's permissions."));
    case SQLITE_FULL:
        return makeError(ErrorCode::DiskFull,
                         QCoreApplication::translate("cd::Store", "The disk is full. Nothing was saved; free some space and try again."));
    case SQLITE_CANTOPEN:
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("cd::Store", "The database file cannot be opened."));
    case SQLITE_IOERR:
        return makeError(ErrorCode::Failed, QCoreApplication::translate("cd::Store", "The disk could not be read or written."));
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("cd::Store", "The change conflicts with a record that already exists."));
    case SQLITE_NOMEM:
        return makeError(ErrorCode::Failed, QCoreApplication::translate("cd::Store", "Out of memory."));
    default:
        return makeError(ErrorCode::Failed, QCoreApplication::translate("cd::Store", "A database operation failed."));
    }
}

Error Database::errorFor(int rc, const char *what) const
{
    // Statement names and SQLite's message only: never bound values.
    qCWarning(lcStore, "%s: %s (%s)", what ? what : "?", sqlite3_errstr(rc),
              m_db ? sqlite3_errmsg(m_db) : "");
    if ((rc & 0xff) == SQLITE_READONLY && !m_queryOnlyReason.isEmpty())
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("cd::Store", "Nothing was saved: %1").arg(m_queryOnlyReason));
    return storeError(rc);
}

Result<void> Database::setQueryOnly(const QString &reason)
{
    CD_TRY(exec("PRAGMA query_only = 1"));
    m_queryOnlyReason = reason;
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const SecretBytes *key,
                                                 const OpenOptions &options)
{
    const QFileInfo info(path);
    if (options.create && info.exists())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("cd::Store", "A file already exists at that path; it was left as it is."));
    if (!options.create) {
        if (!info.exists())
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("cd::Store", "The database file does not exist."));
        if (info.size() == 0)
            return makeError(ErrorCode::NotADatabase,
                             QCoreApplication::translate("cd::Store", "The file is empty: it is not a ConsentDesk database."));
        if (key && info.size() % options.cipherPageSize != 0)
            return makeError(ErrorCode::Damaged,
                             QCoreApplication::translate("cd::Store", "The database file is truncated or damaged. It has not been changed."));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db->m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return db->errorFor(rc, "open");
    CD_TRY(db->configure(key, options));
    return db;
}

Result<void> Database::setPragma(const char *pragma, const char *value, const char *expected)
{
    const QByteArray set = QByteArray("PRAGMA ") + pragma + " = " + value;
    auto r = pragmaValue(*this, set.constData());
    if (!r)
        return r.error();
    // Some pragmas echo their value, some say nothing: read back to be sure it took.
    auto check = pragmaValue(*this, (QByteArray("PRAGMA ") + pragma).constData());
    if (!check)
        return check.error();
    if (check.value().compare(QLatin1String(expected), Qt::CaseInsensitive) != 0) {
        qCWarning(lcStore, "pragma %s did not take: %s", pragma, qPrintable(check.value()));
        return makeError(ErrorCode::Failed, QCoreApplication::translate("cd::Store", "The database refused a required setting."));
    }
    return {};
}

Result<void> Database::configure(const SecretBytes *key, const OpenOptions &options)
{
    if (key) {
        const SecretBytes literal = keyLiteral(*key);
        {
            auto l = literal.read();
            const int rc = sqlite3_key(m_db, l.data(), int(l.size()));
            if (rc != SQLITE_OK)
                return errorFor(rc, "key");
        }
        const QByteArray pageSize = QByteArray::number(options.cipherPageSize);
        auto r = pragmaValue(*this, ("PRAGMA cipher_page_size = " + pageSize).constData());
        if (!r)
            return r.error();
    }
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);

    // The first read: a wrong key, a foreign file or a damaged first page fails here,
    // before anything could write to the file.
    auto first = queryInt("SELECT count(*) FROM sqlite_master");
    if (!first)
        return first.error();

    CD_TRY(setPragma("foreign_keys", "ON", "1"));
    if (!options.create && options.applicationId != 0) {
        // journal_mode below is the first pragma that may write (the header): make sure
        // the file is ours, and of a schema this build understands, before it runs.
        auto appId = queryInt("PRAGMA application_id");
        if (!appId)
            return appId.error();
        if (appId.value() != options.applicationId)
            return makeError(ErrorCode::NotADatabase,
                             QCoreApplication::translate("cd::Store", "The file is an SQLite database, but not a ConsentDesk database. "
                                     "It has not been changed."));
        auto version = queryInt("PRAGMA user_version");
        if (!version)
            return version.error();
        if (version.value() > options.maxSchemaVersion)
            return makeError(ErrorCode::NotADatabase,
                             QCoreApplication::translate("cd::Store", "The database was written by a newer version of ConsentDesk. "
                                     "It has not been changed."));
    }
    CD_TRY(setPragma("journal_mode", "WAL", "wal"));
    CD_TRY(setPragma("synchronous", "FULL", "2"));
    CD_TRY(setPragma("secure_delete", "ON", "1"));
    CD_TRY(setPragma("temp_store", "MEMORY", "2"));
    // REPLACE deletes rows; with recursive triggers it fires DELETE triggers, so the ledgers'
    // append-only triggers hold for INSERT OR REPLACE too (without a per-insert trigger).
    CD_TRY(setPragma("recursive_triggers", "ON", "1"));
    return {};
}

Result<void> Database::rekey(const SecretBytes &newKey, const std::function<void(qint64, qint64)> &progress)
{
    if (inTransaction())
        return makeError(ErrorCode::Failed, QCoreApplication::translate("cd::Store", "The database key cannot be changed inside a transaction."));
    auto pages = queryInt("PRAGMA page_count");
    if (!pages)
        return pages.error();
    if (progress)
        progress(0, pages.value());
    // Everything into the main file first, then the rollback journal: SQLCipher writes the old
    // page images there under the old key, which is what makes the rekey atomic.
    CD_TRY(setWal(false));
    const SecretBytes literal = keyLiteral(newKey);
    int rc = SQLITE_OK;
    {
        auto l = literal.read();
        rc = sqlite3_rekey(m_db, l.data(), int(l.size()));
    }
    // Back to WAL whatever happened: the file is under one key or the other, and usable.
    auto wal = setWal(true);
    if (rc != SQLITE_OK)
        return errorFor(rc, "rekey");
    CD_TRY(wal);
    auto check = queryInt("SELECT count(*) FROM sqlite_master");
    if (!check)
        return check.error();
    if (progress)
        progress(pages.value(), pages.value());
    return {};
}

Result<void> Database::setWal(bool on)
{
    if (on)
        return setPragma("journal_mode", "WAL", "wal");
    CD_TRY(exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    return setPragma("journal_mode", "DELETE", "delete");
}

Database::~Database()
{
    qDeleteAll(m_cache);
    m_cache.clear();
    if (m_db)
        sqlite3_close_v2(m_db);  // SQLCipher wipes its copy of the key here
}

Query Database::query(const char *sql)
{
    const QByteArray key(sql);
    if (Statement *cached = m_cache.value(key)) {
        cached->reset();
        return Query(cached);
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return Query(errorFor(rc, sql));
    auto *s = new Statement(*this, stmt, key.left(60).simplified());
    m_cache.insert(key, s);
    return Query(s);
}

Result<void> Database::exec(const char *sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    sqlite3_free(msg);
    if (rc != SQLITE_OK)
        return errorFor(rc, QByteArray(sql).left(60).simplified().constData());
    return {};
}

Result<qint64> Database::queryInt(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc, sql);
    qint64 value = 0;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        value = sqlite3_column_int64(stmt, 0);
        rc = SQLITE_DONE;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return errorFor(rc, sql);
    return value;
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return !sqlite3_get_autocommit(m_db); }

void Database::afterTransaction(std::function<void(Database &)> work)
{
    if (inTransaction())
        m_afterTransaction.push_back(std::move(work));
    else
        work(*this);
}

void Database::runAfterTransaction()
{
    // Taken out first: the work writes outside any transaction and may queue nothing new.
    auto pending = std::exchange(m_afterTransaction, {});
    for (auto &work : pending)
        work(*this);
}

BulkCache::BulkCache(Database &db, int mib) : m_db(db)
{
    auto size = db.queryInt("PRAGMA cache_size");  // negative: KiB; positive: pages
    auto page = db.queryInt("PRAGMA page_size");
    if (!size || !page)
        return;  // the job runs with the cache it has
    const qint64 kib = size.value() < 0 ? -size.value() : size.value() * page.value() / 1024;
    if (kib >= qint64(mib) * 1024)
        return;
    if (db.exec(("PRAGMA cache_size = -" + QByteArray::number(qint64(mib) * 1024)).constData()))
        m_previous = size.value();
}

BulkCache::~BulkCache()
{
    if (m_previous != 0)
        (void)m_db.exec(("PRAGMA cache_size = " + QByteArray::number(m_previous)).constData());
}

Transaction::Transaction(Database &db) : m_db(db) {}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_nested) {
        m_db.markRollbackOnly();
        return;
    }
    m_db.m_ledgerGrew = false;
    (void)m_db.exec("ROLLBACK");
    m_db.runAfterTransaction();
}

Result<void> Transaction::begin()
{
    m_nested = m_db.inTransaction();
    if (!m_nested) {
        CD_TRY(m_db.exec("BEGIN IMMEDIATE"));
        m_db.m_rollbackOnly = false;
    }
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    if (m_nested) {
        m_active = false;  // the outer transaction commits
        return {};
    }
    if (!m_db.m_rollbackOnly && m_db.m_ledgerGrew && m_db.m_commitHook) {
        m_db.m_ledgerGrew = false;
        if (auto signedHead = m_db.m_commitHook(m_db); !signedHead) {
            m_active = false;
            (void)m_db.exec("ROLLBACK");
            m_db.runAfterTransaction();
            return signedHead.error();
        }
    }
    m_db.m_ledgerGrew = false;
    if (m_db.m_rollbackOnly) {
        m_active = false;
        m_db.m_rollbackOnly = false;
        (void)m_db.exec("ROLLBACK");
        m_db.runAfterTransaction();
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate("cd::Store", "A part of the change failed, so nothing was saved."));
    }
    auto r = m_db.exec("COMMIT");
    if (r) {
        m_active = false;
        m_db.runAfterTransaction();
    }
    return r;
}

} // namespace cd
