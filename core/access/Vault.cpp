#include "Vault.h"
#include "core/ledgers/AuditLog.h"
#include "core/crypto/Crypto.h"
#include "core/store/Schema.h"
#include "Rekey.h"
#include "SigningSetup.h"
#include "core/ledgers/Checkpoints.h"
#include "UserService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cd {

namespace {

OpenOptions ourDatabase(OpenOptions open)
{
    open.applicationId = schema::kApplicationId;
    open.maxSchemaVersion = schema::latestVersion();
    return open;
}

void removeNewFiles(const QString &dbPath)
{
    // Only for a database this call created a moment ago and could not finish: nothing else
    // ever deletes a database file.
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(dbPath + QLatin1String(suffix));
}

Result<std::optional<User>> userByName(Database &db, const QString &name)
{
    auto found = UserService::findByName(db, name);
    if (!found) {
        if (found.error().code == ErrorCode::NotFound)
            return std::optional<User>();
        return found.error();
    }
    return std::optional<User>(found.value());
}

Result<qint64> firstStoreId(Database &db) { return db.queryInt("SELECT coalesce(min(id), 0) FROM stores"); }

Result<void> bootstrap(Database &db, const CreateOptions &o, const QByteArray &databaseId, qint64 now,
                       const crypto::SigningKey &identity, const crypto::SigningKey &officer)
{
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto meta = db.query("INSERT INTO meta(key, value) VALUES (?1, ?2)");
    meta.bind(1, QStringLiteral("database_id")).bind(2, QString::fromLatin1(databaseId.toHex()));
    CD_TRY(meta.run());
    auto store = db.query("INSERT INTO stores(code, name, created_at) VALUES (?1, ?2, ?3)");
    store.bind(1, o.storeCode).bind(2, o.storeName).bind(3, now);
    CD_TRY(store.run());
    auto user = db.query("INSERT INTO users(name, display_name, role, created_at) VALUES (?1, ?2, 'officer', ?3)");
    user.bind(1, o.officerName.trimmed())
        .bind(2, o.officerDisplayName.isEmpty() ? o.officerName.trimmed() : o.officerDisplayName)
        .bind(3, now);
    CD_TRY(user.run());
    const qint64 officerId = db.lastInsertRowId();
    CD_TRY(AuditLog::append(db, now, officerId, o.officerName.trimmed(), QStringLiteral("store.create"),
                            QStringLiteral("store"), o.storeCode));
    CD_TRY(SigningSetup::bootstrap(db, identity, officer, officerId, o.officerName.trimmed(), now));
    return tx.commit();
}

} // namespace

bool Vault::exists(const QString &dbPath) { return QFileInfo::exists(dbPath); }

Result<void> Vault::checkPassphrase(const QString &passphrase)
{
    if (passphrase.size() < kMinPassphraseLength)
        return makeError(ErrorCode::Invalid,
                         tr("A passphrase needs at least %1 characters.").arg(kMinPassphraseLength));
    return {};
}

Result<CreatedVault> Vault::create(const QString &dbPath, const CreateOptions &o, Clock &clock)
{
    if (o.officerName.trimmed().isEmpty() || o.storeName.trimmed().isEmpty() || o.storeCode.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The store name, store code and officer name are required."));
    CD_TRY(checkPassphrase(o.officerPassphrase));
    const QString keysPath = KeyslotFile::pathFor(dbPath);
    if (QFileInfo::exists(dbPath) || QFileInfo::exists(keysPath) || QFileInfo::exists(Checkpoints::pathFor(dbPath)))
        return makeError(ErrorCode::Conflict,
                         tr("A database already exists at %1; it was left as it is.").arg(dbPath));
    QDir().mkpath(QFileInfo(dbPath).absolutePath());

    SecretBytes dataKey = SecretBytes::random(KeyslotFile::kDataKeyBytes);
    KeyslotFile keyslots = KeyslotFile::create();
    OpenOptions open;
    open.create = true;
    auto db = Database::open(dbPath, &dataKey, open);
    if (!db)
        return db.error();
    // Encrypted or not, the file is nobody else's business (WAL and SHM files inherit this).
    QFile::setPermissions(dbPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const qint64 now = clock.nowMs();
    // The store identity certifies users' keys; only officers' slots and the recovery slot hold it.
    crypto::SigningKey identity = crypto::SigningKey::generate();
    crypto::SigningKey officerKey = crypto::SigningKey::generate();
    auto ready = schema::migrate(*db.value());
    if (ready)
        ready = bootstrap(*db.value(), o, keyslots.databaseId(), now, identity, officerKey);
    const QString recoveryCode = crypto::newRecoveryCode();
    if (ready)
        ready = keyslots.setUserSlot(o.officerName, o.officerPassphrase, dataKey, o.kdf, SlotSigning{&officerKey, &identity});
    if (ready)
        ready = keyslots.setRecoverySlot(recoveryCode, dataKey, o.kdf, &identity);
    if (ready)
        ready = keyslots.save(keysPath, dataKey);
    if (!ready) {
        db.value().reset();
        removeNewFiles(dbPath);
        return ready.error();
    }
    auto user = userByName(*db.value(), o.officerName);
    if (!user || !user.value())
        return makeError(ErrorCode::Failed, tr("The new database could not be read back."));
    auto store = firstStoreId(*db.value());
    if (!store)
        return store.error();
    auto session = std::make_unique<Session>(std::move(db).value(), std::move(dataKey), *user.value(), dbPath, clock);
    session->setCurrentStoreId(store.value());
    session->setSigning(std::move(officerKey), 1, std::move(identity));
    return CreatedVault{std::move(session), recoveryCode};
}

Result<std::unique_ptr<Session>> Vault::openWithKey(const QString &dbPath, KeyslotFile &keyslots,
                                                    KeyslotFile::Opened opened, const QString &userName,
                                                    const QString &secret, bool recovery, Clock &clock,
                                                    const OpenOptions &open)
{
    CD_TRY(keyslots.verifyMac(opened.key));
    const bool legacy = opened.legacy;
    auto db = Rekey::open(dbPath, keyslots, opened, ourDatabase(open));
    if (!db)
        return db.error();
    SecretBytes key = std::move(opened.key);
    {
        auto q = db.value()->query("SELECT value FROM meta WHERE key = 'database_id'");
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value() || q.text(0) != QString::fromLatin1(keyslots.databaseId().toHex()))
            return makeError(ErrorCode::NotADatabase,
                             tr("The keyslot file belongs to another database. Nothing was changed."));
    }
    CD_TRY(schema::migrate(*db.value()));
    User user;
    if (recovery) {
        // The recovery code acts as an officer so that it can set new passphrases.
        user.name = QStringLiteral("recovery");
        user.displayName = tr("Recovery code");
        user.role = Role::Officer;
    } else {
        auto found = userByName(*db.value(), userName);
        if (!found)
            return found.error();
        if (!found.value())  // a slot without an active user: the user was removed
            return makeError(ErrorCode::UnknownUser, KeyslotFile::tr("Wrong user name or passphrase."));
        user = *found.value();
    }
    if (legacy) {
        // A version 1 slot is sealed again in the current format, so that re-keying can reach it.
        auto upgraded = recovery ? keyslots.upgradeRecoverySlot(secret, key)
                                 : keyslots.upgradeUserSlot(userName, secret, key);
        if (upgraded)
            upgraded = keyslots.save(KeyslotFile::pathFor(dbPath), key);
        if (!upgraded)
            qCWarning(lcStore) << "a version 1 keyslot could not be upgraded; it still opens";
    }
    auto store = firstStoreId(*db.value());
    if (!store)
        return store.error();
    auto session = std::make_unique<Session>(std::move(db).value(), std::move(key), user, dbPath, clock);
    session->setCurrentStoreId(store.value());
    CD_TRY(SigningSetup::prepareSession(*session, keyslots, opened, secret, recovery));
    CD_TRY(Checkpoints::atSignIn(*session));
    return session;
}

Result<std::unique_ptr<Session>> Vault::unlock(const QString &dbPath, const QString &userName,
                                               const QString &passphrase, Clock &clock, const OpenOptions &open)
{
    if (!QFileInfo::exists(dbPath))
        return makeError(ErrorCode::NotFound, tr("There is no database at %1.").arg(dbPath));
    auto keyslots = KeyslotFile::load(KeyslotFile::pathFor(dbPath));
    if (!keyslots)
        return keyslots.error();
    auto opened = keyslots->unlock(userName, passphrase);
    if (!opened)
        return opened.error();
    return openWithKey(dbPath, keyslots.value(), std::move(opened).value(), userName, passphrase, false, clock, open);
}

Result<std::unique_ptr<Session>> Vault::unlockWithRecoveryCode(const QString &dbPath, const QString &code,
                                                               Clock &clock, const OpenOptions &open)
{
    if (!QFileInfo::exists(dbPath))
        return makeError(ErrorCode::NotFound, tr("There is no database at %1.").arg(dbPath));
    auto keyslots = KeyslotFile::load(KeyslotFile::pathFor(dbPath));
    if (!keyslots)
        return keyslots.error();
    auto opened = keyslots->unlockWithRecoveryCode(code);
    if (!opened)
        return opened.error();
    return openWithKey(dbPath, keyslots.value(), std::move(opened).value(), {}, code, true, clock, open);
}

Result<std::unique_ptr<Session>> Vault::createUnencryptedForBenchmark(const QString &dbPath, Clock &clock)
{
    OpenOptions open;
    open.create = true;
    auto db = Database::open(dbPath, nullptr, open);
    if (!db)
        return db.error();
    CD_TRY(schema::migrate(*db.value()));
    CreateOptions o;
    o.storeName = QStringLiteral("Benchmark");
    o.officerName = QStringLiteral("bench");
    // Signed like a real store, so that the baseline does the same work.
    crypto::SigningKey identity = crypto::SigningKey::generate();
    crypto::SigningKey officerKey = crypto::SigningKey::generate();
    CD_TRY(bootstrap(*db.value(), o, crypto::randomBytes(16), clock.nowMs(), identity, officerKey));
    auto user = userByName(*db.value(), o.officerName);
    if (!user || !user.value())
        return makeError(ErrorCode::Failed, tr("The new database could not be read back."));
    auto store = firstStoreId(*db.value());
    if (!store)
        return store.error();
    auto session = std::make_unique<Session>(std::move(db).value(), SecretBytes(), *user.value(), dbPath, clock);
    session->setCurrentStoreId(store.value());
    session->setSigning(std::move(officerKey), 1, std::move(identity));
    return session;
}

} // namespace cd
