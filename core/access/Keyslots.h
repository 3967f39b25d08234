#pragma once
// Keyslots, as LUKS does: one slot per user plus one recovery slot, in a sidecar file next to the
// database. A slot holds an X25519 key pair whose secret is wrapped with an Argon2id-derived key
// (XChaCha20-Poly1305), and the data key sealed to its public key: the data key can be re-sealed
// for every slot without anyone's passphrase, which re-keying needs. While a re-key is under way
// the file holds the data key sealed twice (current and next). Format: docs/keyslots.md.
#include "core/base/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/crypto/Signing.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <vector>

namespace cd {

// The signing keys a slot keeps beside the data key (Part 6): the user's own Ed25519 key and, in
// officers' slots and the recovery slot, the store identity that certifies users' keys.
struct SlotSigning {
    const crypto::SigningKey *user = nullptr;
    const crypto::SigningKey *identity = nullptr;
};

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
    // The same checks on bytes already read; `path` only names the file in the message. Safe on
    // any bytes (tests/fuzz/fuzz_keyslots.cpp drives it).
    static Result<KeyslotFile> parse(const QByteArray &bytes, const QString &path);
    // The file as it was loaded: the same slots, MAC(s) and checksum, so parse(toBytes()) gives it back.
    QByteArray toBytes() const;
    // For every load that leads to a save: also checks the MAC with the signed-in data key, so an
    // edit made without the key is refused instead of being signed by the next save.
    static Result<KeyslotFile> loadForChange(const QString &path, const SecretBytes &dataKey);
    // Writes atomically (temporary file, fsync, rename, fsync of the directory); the MAC is made
    // with `dataKey`, and while a re-key is pending a second MAC with `nextKey`.
    Result<void> save(const QString &path, const SecretBytes &dataKey, const SecretBytes *nextKey = nullptr) const;

    // What a slot opens to: the data key and, while a re-key is pending, the next data key.
    struct Opened {
        SecretBytes key;
        SecretBytes next;  // empty unless pending
        bool legacy = false;  // a version 1 slot: the data key wrapped directly
        crypto::SigningKey signing;   // the user's own key; null in a slot from before Part 6
        crypto::SigningKey identity;  // the store identity; null unless an officer's or the recovery slot
    };
    // An unknown user costs the same Argon2id as a real one (a decoy with the same limits).
    Result<Opened> unlock(const QString &userName, const QString &passphrase) const;
    Result<Opened> unlockWithRecoveryCode(const QString &code) const;
    // The file must carry a MAC made with this data key (the current one, or the pending next one).
    Result<void> verifyMac(const SecretBytes &dataKey) const;

    Result<void> setUserSlot(const QString &userName, const QString &passphrase,
                             const SecretBytes &dataKey, const KdfLimits &limits, const SlotSigning &signing = {});
    Result<void> setRecoverySlot(const QString &code, const SecretBytes &dataKey, const KdfLimits &limits,
                                 const crypto::SigningKey *identity = nullptr);
    // The Argon2id limits of a user's slot (to seal it again with its own cost).
    KdfLimits userSlotLimits(const QString &userName) const;
    // A version 1 slot, once opened, sealed again in the current format with its own limits.
    Result<void> upgradeUserSlot(const QString &userName, const QString &passphrase, const SecretBytes &dataKey);
    Result<void> upgradeRecoverySlot(const QString &code, const SecretBytes &dataKey);
    bool removeUserSlot(const QString &userName);
    bool hasUserSlot(const QString &userName) const;
    int userSlotCount() const;
    // Slots of format version 1 cannot be re-sealed without their passphrase.
    int legacySlotCount() const;

    // The re-key journal. beginRekey seals `nextKey` for every slot beside the current key;
    // finishRekey keeps only the key the database turned out to open with.
    Result<void> beginRekey(const SecretBytes &nextKey);
    void finishRekey(bool nextIsLive);
    bool isPending() const { return m_pending; }

    QByteArray databaseId() const { return m_databaseId; }

private:
    struct Slot {
        QString kind;  // "user" or "recovery"
        QByteArray label;
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        QByteArray salt, nonce, wrapped;
        QByteArray publicKey, sealed, nextSealed;  // empty publicKey: a version 1 slot
        // Version 3: the signing seeds (user's, then the identity's) wrapped with the same
        // passphrase key; signPublic is the user's public key (the recovery slot: the identity's).
        QByteArray signPublic, signNonce, signWrapped;
    };
    QByteArray labelFor(const QString &userName) const;
    QByteArray body(int version) const;  // canonical bytes covered by the MAC and checksum
    QByteArray macFor(const SecretBytes &dataKey, int version) const;
    QByteArray fileBytes(int version, const QByteArray &mac, const QByteArray &nextMac) const;
    Result<Opened> open(const Slot &slot, const QByteArray &secret) const;
    Result<Slot> seal(const QString &kind, const QByteArray &label, const QByteArray &secret,
                      const SecretBytes &dataKey, const KdfLimits &limits, const SlotSigning &signing = {}) const;
    void putSlot(Slot slot);
    Result<void> upgrade(const QString &kind, const QByteArray &label, const QByteArray &secret,
                         const SecretBytes &dataKey);
    void decoy(const QByteArray &secret) const;

    int m_version = 3;
    QByteArray m_databaseId;
    QByteArray m_labelSalt;
    std::vector<Slot> m_slots;
    QByteArray m_mac, m_nextMac;
    bool m_pending = false;  // a re-key journal: every slot also holds the next key
};

} // namespace cd
