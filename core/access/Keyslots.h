#pragma once
// Keyslots, as LUKS does: the random data key wrapped once per user (Argon2id-derived key,
// XChaCha20-Poly1305) plus one recovery slot, in a sidecar file next to the database.
// The format is documented in docs/keyslots.md.
#include "core/base/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <vector>

namespace cd {

struct KdfLimits {
    quint64 opsLimit;
    quint64 memLimit;
    static KdfLimits moderate();     // the default for real slots
    static KdfLimits interactive();
    static KdfLimits minimum();      // tests only: fast, weak
};

class KeyslotFile {
    Q_DECLARE_TR_FUNCTIONS(cd::KeyslotFile)
public:
    static constexpr int kDataKeyBytes = 32;

    static QString pathFor(const QString &databasePath) { return databasePath + QStringLiteral(".keys"); }

    // A new file for a new database: random database id, no slots yet.
    static KeyslotFile create();
    // Reads and checks structure and checksum; a damaged or altered file fails closed.
    static Result<KeyslotFile> load(const QString &path);
    // Writes atomically; recomputes the MAC (keyed by the data key) and the checksum.
    Result<void> save(const QString &path, const SecretBytes &dataKey) const;

    Result<SecretBytes> unlock(const QString &userName, const QString &passphrase) const;
    Result<SecretBytes> unlockWithRecoveryCode(const QString &code) const;
    // After unlocking: the whole file must carry a MAC made with this data key.
    Result<void> verifyMac(const SecretBytes &dataKey) const;

    Result<void> setUserSlot(const QString &userName, const QString &passphrase,
                             const SecretBytes &dataKey, const KdfLimits &limits);
    Result<void> setRecoverySlot(const QString &code, const SecretBytes &dataKey, const KdfLimits &limits);
    bool removeUserSlot(const QString &userName);
    bool hasUserSlot(const QString &userName) const;
    int userSlotCount() const;

    QByteArray databaseId() const { return m_databaseId; }

private:
    struct Slot {
        QString kind;  // "user" or "recovery"
        QByteArray label;
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        QByteArray salt, nonce, wrapped;
    };
    QByteArray labelFor(const QString &userName) const;
    QByteArray body() const;  // canonical bytes covered by the MAC and checksum
    QByteArray macFor(const SecretBytes &dataKey) const;
    Result<SecretBytes> open(const Slot &slot, const QByteArray &secret) const;
    Result<Slot> seal(const QString &kind, const QByteArray &label, const QByteArray &secret,
                      const SecretBytes &dataKey, const KdfLimits &limits) const;
    void putSlot(Slot slot);

    QByteArray m_databaseId;
    QByteArray m_labelSalt;
    std::vector<Slot> m_slots;
    QByteArray m_mac;
};

} // namespace cd
