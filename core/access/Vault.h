#pragma once
// Creating and unlocking a store database together with its keyslot file.
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "Session.h"
#include "core/store/Database.h"
#include "Keyslots.h"

#include <QCoreApplication>
#include <memory>

namespace cd {

struct CreateOptions {
    QString storeCode = QStringLiteral("S001");
    QString storeName;
    QString officerName;
    QString officerDisplayName;
    QString officerPassphrase;
    KdfLimits kdf = KdfLimits::moderate();
};

struct CreatedVault {
    std::unique_ptr<Session> session;  // signed in as the first officer
    QString recoveryCode;              // shown once; not stored anywhere in clear
};

class Vault {
    Q_DECLARE_TR_FUNCTIONS(cd::Vault)
public:
    static constexpr int kMinPassphraseLength = 8;

    // Refuses if the database or keyslot file exists already.
    static Result<CreatedVault> create(const QString &dbPath, const CreateOptions &options,
                                       Clock &clock = SystemClock::instance());
    static Result<std::unique_ptr<Session>> unlock(const QString &dbPath, const QString &userName,
                                                   const QString &passphrase,
                                                   Clock &clock = SystemClock::instance(),
                                                   const OpenOptions &open = {});
    // Signs in as the recovery user ("recovery", officer rights) to set new passphrases.
    static Result<std::unique_ptr<Session>> unlockWithRecoveryCode(const QString &dbPath, const QString &code,
                                                                   Clock &clock = SystemClock::instance(),
                                                                   const OpenOptions &open = {});
    static bool exists(const QString &dbPath);
    // Benchmark baseline only: the same schema and services on a plain, unencrypted SQLite file,
    // signed in as an officer. Never used for real data.
    static Result<std::unique_ptr<Session>> createUnencryptedForBenchmark(const QString &dbPath,
                                                                          Clock &clock = SystemClock::instance());
    static Result<void> checkPassphrase(const QString &passphrase);

private:
    // `secret` (passphrase or recovery code) only re-seals a version 1 slot in the current format.
    static Result<std::unique_ptr<Session>> openWithKey(const QString &dbPath, KeyslotFile &slots,
                                                        KeyslotFile::Opened opened, const QString &userName,
                                                        const QString &secret, bool recovery, Clock &clock,
                                                        const OpenOptions &open);
};

} // namespace cd
