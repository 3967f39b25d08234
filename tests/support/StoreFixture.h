#pragma once
// Shared helpers for the core tests: a fresh encrypted store in a temporary directory, file
// fingerprints, and assertions that print the error (never personal data) when a Result fails.
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/access/Session.h"
#include "core/consent/StoreService.h"
#include "core/access/Vault.h"
#include "core/store/Database.h"
#include "core/access/Keyslots.h"
#include "core/access/UserService.h"
#include "TestUsers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cdtest {

inline const char *codeName(cd::ErrorCode c)
{
    switch (c) {
    case cd::ErrorCode::Failed: return "Failed";
    case cd::ErrorCode::Usage: return "Usage";
    case cd::ErrorCode::WrongPassphrase: return "WrongPassphrase";
    case cd::ErrorCode::UnknownUser: return "UnknownUser";
    case cd::ErrorCode::Damaged: return "Damaged";
    case cd::ErrorCode::NotADatabase: return "NotADatabase";
    case cd::ErrorCode::Busy: return "Busy";
    case cd::ErrorCode::ReadOnly: return "ReadOnly";
    case cd::ErrorCode::DiskFull: return "DiskFull";
    case cd::ErrorCode::Forbidden: return "Forbidden";
    case cd::ErrorCode::NotFound: return "NotFound";
    case cd::ErrorCode::Invalid: return "Invalid";
    case cd::ErrorCode::Conflict: return "Conflict";
    case cd::ErrorCode::Locked: return "Locked";
    }
    return "?";
}

inline QByteArray describe(const cd::Error &e)
{
    return QByteArray(codeName(e.code)) + ": " + e.message.toUtf8();
}

// SHA-256 of a file's bytes; empty when the file does not exist.
inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QDateTime testStart() { return QDateTime(QDate(2025, 6, 15), QTime(10, 0), Qt::UTC); }

inline const QString kOfficer = officerUser().name;
inline const QString kOfficerPass = officerUser().passphrase;

} // namespace cdtest

// Fails the test with the error's code and message when a Result is not ok.
#define CDT_OK(expr)                                                                              \
    do {                                                                                          \
        const auto &cdtRes_ = (expr);                                                             \
        if (!cdtRes_.ok())                                                                        \
            QFAIL(QByteArray(#expr " failed: " + cdtest::describe(cdtRes_.error())).constData()); \
    } while (false)

// Expects a failure with the given code and a non-empty message.
#define CDT_FAILS_WITH(expr, expectedCode)                                                              \
    do {                                                                                                \
        const auto &cdtRes_ = (expr);                                                                   \
        if (cdtRes_.ok())                                                                               \
            QFAIL(#expr " succeeded; expected " #expectedCode);                                         \
        if (cdtRes_.error().code != (expectedCode))                                                     \
            QFAIL(QByteArray(#expr " failed with " + cdtest::describe(cdtRes_.error())                  \
                             + "; expected " #expectedCode).constData());                               \
        QVERIFY2(!cdtRes_.error().message.trimmed().isEmpty(), #expr ": the error message is empty"); \
    } while (false)

namespace cdtest {

// A fresh store in its own temporary directory, signed in as the first officer, with the
// fast test KDF. The clock starts at a fixed date so that ages and deadlines are exact.
struct TestStore {
    QTemporaryDir dir;
    cd::ManualClock clock{testStart()};
    QString dbPath;
    QString recoveryCode;
    std::unique_ptr<cd::Session> officer;

    // Returns an empty string on success, else what went wrong.
    QString create(const QString &fileName = QStringLiteral("store.cdb")) { return createAt(dir.filePath(fileName)); }

    // The same at a path of the caller's choosing (its directory must exist).
    QString createAt(const QString &path)
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary directory");
        dbPath = path;
        cd::CreateOptions o;
        o.storeCode = QStringLiteral("S001");
        o.storeName = QStringLiteral("Test store");
        o.officerName = kOfficer;
        o.officerDisplayName = QStringLiteral("Officer O");
        o.officerPassphrase = kOfficerPass;
        o.kdf = cd::KdfLimits::minimum();
        auto created = cd::Vault::create(dbPath, o, clock);
        if (!created)
            return QString::fromUtf8(describe(created.error()));
        officer = std::move(created.value().session);
        recoveryCode = created.value().recoveryCode;
        if (!officer)
            return QStringLiteral("Vault::create returned no session");
        return ensureStore(*officer);
    }

    std::unique_ptr<cd::Session> unlock(const QString &user, const QString &pass, QString *why = nullptr)
    {
        auto s = cd::Vault::unlock(dbPath, user, pass, clock);
        if (!s) {
            if (why)
                *why = QString::fromUtf8(describe(s.error()));
            return nullptr;
        }
        std::unique_ptr<cd::Session> session = std::move(s.value());
        const QString e = ensureStore(*session);
        if (!e.isEmpty()) {
            if (why)
                *why = e;
            return nullptr;
        }
        return session;
    }

    // Registration records the store the session works in: pick the store created with the vault
    // when the session has none yet.
    static QString ensureStore(cd::Session &s)
    {
        if (s.currentStoreId() != 0)
            return {};
        auto stores = cd::StoreService(s).list();
        if (!stores)
            return QString::fromUtf8(describe(stores.error()));
        if (stores.value().empty())
            return QStringLiteral("the new vault has no store");
        s.setCurrentStoreId(stores.value().front().id);
        return {};
    }

    QString keysPath() const { return cd::KeyslotFile::pathFor(dbPath); }

    // Adds the staff member and the auditor of testUsers() (the officer exists already).
    QString addTestUsers()
    {
        cd::UserService users(*officer);
        for (const TestUser &u : testUsers()) {
            if (u.role == cd::Role::Officer)
                continue;
            auto added = users.add(u.name, u.name, u.role, u.passphrase, cd::KdfLimits::minimum());
            if (!added)
                return QString::fromUtf8(describe(added.error()));
        }
        return {};
    }
    std::unique_ptr<cd::Session> unlockAs(const TestUser &u, QString *why = nullptr) { return unlock(u.name, u.passphrase, why); }
};

} // namespace cdtest
