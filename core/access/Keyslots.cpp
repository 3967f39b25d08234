#include "Keyslots.h"
#include "core/base/DurableFile.h"
#include "core/crypto/Crypto.h"
#include "core/domain/UserName.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace cd {

namespace {

const char kFormat[] = "consentdesk-keyslots";
constexpr int kVersion = 3;  // version 1 (data key wrapped directly) and 2 (no signing keys) are still read
constexpr quint64 kMaxMemLimit = quint64(1) << 30;  // refuse a file that asks for more than 1 GiB
constexpr quint64 kMaxOpsLimit = 32;
constexpr int kSealedBytes = KeyslotFile::kDataKeyBytes + int(crypto_box_SEALBYTES);

constexpr qint64 kMaxFileBytes = 1 << 20;

Error damagedError(const QString &path)
{
    return makeError(ErrorCode::Damaged,
                     KeyslotFile::tr("The keyslot file (%1) is damaged or was altered. Nobody can unlock "
                                     "with it; restore it from a backup or use the recovery code with a "
                                     "good copy.").arg(path));
}

// A KDF limit as written: a whole number up to the largest limit allowed, else 0, which the slot
// checks refuse. The range comes first: converting a double beyond quint64 (or NaN, or a negative
// one) is undefined behaviour, which the keyslot fuzzer found.
quint64 limitFrom(const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    return d >= 0 && d <= double(kMaxMemLimit) && d == std::floor(d) ? quint64(d) : 0;
}

QString b64(const QByteArray &b) { return QString::fromLatin1(b.toBase64()); }
QByteArray unb64(const QJsonValue &v) { return QByteArray::fromBase64(v.toString().toLatin1()); }

QByteArray associatedData(const QByteArray &databaseId, const QString &kind, const QByteArray &label,
                          const QByteArray &publicKey)
{
    // Binds a slot to this database, its own label and its public key: a slot moved, relabelled or
    // given another public key fails to open. (Version 1 slots have no public key.)
    QByteArray ad = databaseId + '\0' + kind.toLatin1() + '\0' + label;
    if (!publicKey.isEmpty())
        ad += '\0' + publicKey;
    return ad;
}

// The signing seeds' associated data: the slot's own, and the public key they belong to.
QByteArray signingData(const QByteArray &slotData, const QByteArray &signPublic)
{
    return slotData + QByteArrayLiteral("\0sign\0") + signPublic;
}

constexpr int kAeadBytes = int(crypto_aead_xchacha20poly1305_ietf_ABYTES);

QByteArray sealTo(const QByteArray &publicKey, const SecretBytes &dataKey)
{
    QByteArray out(kSealedBytes, Qt::Uninitialized);
    auto d = dataKey.read();
    crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), d.data(), d.size(),
                    reinterpret_cast<const unsigned char *>(publicKey.constData()));
    return out;
}

bool openSealed(const QByteArray &sealed, const QByteArray &publicKey, const SecretBytes &secretKey, SecretBytes &out)
{
    out = SecretBytes(KeyslotFile::kDataKeyBytes);
    auto s = secretKey.read();
    auto o = out.write();
    return crypto_box_seal_open(o.data(), reinterpret_cast<const unsigned char *>(sealed.constData()),
                                sealed.size(), reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                s.data()) == 0;
}

} // namespace

KdfLimits KdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}
KdfLimits KdfLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}
KdfLimits KdfLimits::minimum() { return {crypto_pwhash_OPSLIMIT_MIN, 8192}; }

KeyslotFile KeyslotFile::create()
{
    KeyslotFile f;
    f.m_databaseId = crypto::randomBytes(16);
    f.m_labelSalt = crypto::randomBytes(crypto_generichash_KEYBYTES);
    return f;
}

QByteArray KeyslotFile::labelFor(const QString &userName) const
{
    // A keyed hash, so the sidecar does not list staff names in clear; the name is normalised the
    // same way the users table compares names.
    const QByteArray name = normalisedUserName(userName).toUtf8();
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), out.size(),
                       reinterpret_cast<const unsigned char *>(name.constData()), name.size(),
                       reinterpret_cast<const unsigned char *>(m_labelSalt.constData()), m_labelSalt.size());
    return out;
}

QByteArray KeyslotFile::body(int version) const
{
    QJsonArray keyslots;
    for (const Slot &s : m_slots) {
        QJsonObject so{
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("label"), b64(s.label)},
            {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
            {QStringLiteral("opslimit"), double(s.opsLimit)},
            {QStringLiteral("memlimit"), double(s.memLimit)},
            {QStringLiteral("salt"), b64(s.salt)},
            {QStringLiteral("nonce"), b64(s.nonce)},
            {QStringLiteral("wrapped_key"), b64(s.wrapped)},
        };
        if (!s.publicKey.isEmpty()) {
            so.insert(QStringLiteral("public_key"), b64(s.publicKey));
            so.insert(QStringLiteral("sealed_key"), b64(s.sealed));
        }
        if (!s.nextSealed.isEmpty())
            so.insert(QStringLiteral("next_sealed_key"), b64(s.nextSealed));
        if (!s.signWrapped.isEmpty()) {
            so.insert(QStringLiteral("sign_public_key"), b64(s.signPublic));
            so.insert(QStringLiteral("sign_nonce"), b64(s.signNonce));
            so.insert(QStringLiteral("wrapped_signing_keys"), b64(s.signWrapped));
        }
        keyslots.append(so);
    }
    QJsonObject o{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), version},
        {QStringLiteral("database_id"), QString::fromLatin1(m_databaseId.toHex())},
        {QStringLiteral("label_salt"), b64(m_labelSalt)},
        {QStringLiteral("keyslots"), keyslots},
    };
    if (m_pending)
        o.insert(QStringLiteral("rekey"), QStringLiteral("pending"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);  // QJsonObject keeps keys sorted
}

QByteArray KeyslotFile::macFor(const SecretBytes &dataKey, int version) const
{
    unsigned char subkey[crypto_auth_KEYBYTES];
    {
        auto k = dataKey.read();
        crypto_kdf_derive_from_key(subkey, sizeof subkey, 1, "CDkeyslt", k.data());
    }
    const QByteArray b = body(version);
    QByteArray mac(crypto_auth_BYTES, Qt::Uninitialized);
    crypto_auth(reinterpret_cast<unsigned char *>(mac.data()),
                reinterpret_cast<const unsigned char *>(b.constData()), b.size(), subkey);
    sodium_memzero(subkey, sizeof subkey);
    return mac;
}

Result<void> KeyslotFile::save(const QString &path, const SecretBytes &dataKey, const SecretBytes *nextKey) const
{
    const bool complete = std::all_of(m_slots.begin(), m_slots.end(), [&](const Slot &s) {
        return m_pending ? !s.nextSealed.isEmpty() : s.nextSealed.isEmpty();
    });
    if (m_pending != (nextKey != nullptr) || !complete)
        return makeError(ErrorCode::Failed, tr("A change of keys is unfinished. Sign in again to finish it, then "
                                               "try again."));
    const QByteArray mac = macFor(dataKey, kVersion);
    const QByteArray nextMac = nextKey ? macFor(*nextKey, kVersion) : QByteArray();
    QString why;
    if (!durable::replaceFile(path, fileBytes(kVersion, mac, nextMac), &why))
        return makeError(ErrorCode::Failed, tr("The keyslot file cannot be written: %1").arg(why));
    return {};
}

QByteArray KeyslotFile::fileBytes(int version, const QByteArray &mac, const QByteArray &nextMac) const
{
    const QByteArray b = body(version);
    QJsonObject o = QJsonDocument::fromJson(b).object();
    o.insert(QStringLiteral("mac"), b64(mac));
    if (!nextMac.isEmpty())
        o.insert(QStringLiteral("next_mac"), b64(nextMac));
    o.insert(QStringLiteral("checksum"), crypto::sha256Hex(b + mac + nextMac));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray KeyslotFile::toBytes() const { return fileBytes(m_version, m_mac, m_nextMac); }

Result<KeyslotFile> KeyslotFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("The keyslot file %1 is missing.").arg(path));
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return damagedError(path);
    return parse(file.readAll(), path);
}

Result<KeyslotFile> KeyslotFile::parse(const QByteArray &bytes, const QString &path)
{
    const Error damaged = damagedError(path);
    if (bytes.size() > kMaxFileBytes)
        return damaged;
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(bytes, &pe).object();
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return damaged;
    const int version = o.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > kVersion)
        return makeError(ErrorCode::NotADatabase, tr("The keyslot file has a version this program does not know."));

    KeyslotFile f;
    f.m_version = version;
    f.m_databaseId = QByteArray::fromHex(o.value(QStringLiteral("database_id")).toString().toLatin1());
    f.m_labelSalt = unb64(o.value(QStringLiteral("label_salt")));
    f.m_mac = unb64(o.value(QStringLiteral("mac")));
    f.m_pending = o.contains(QStringLiteral("rekey"));
    if (f.m_pending) {
        f.m_nextMac = unb64(o.value(QStringLiteral("next_mac")));
        if (version == 1 || o.value(QStringLiteral("rekey")).toString() != QLatin1String("pending")
            || f.m_nextMac.size() != crypto_auth_BYTES)
            return damaged;
    }
    if (f.m_databaseId.size() != 16 || f.m_labelSalt.size() != crypto_generichash_KEYBYTES
        || f.m_mac.size() != crypto_auth_BYTES)
        return damaged;
    for (const QJsonValue &v : o.value(QStringLiteral("keyslots")).toArray()) {
        const QJsonObject so = v.toObject();
        Slot s;
        s.kind = so.value(QStringLiteral("kind")).toString();
        s.label = unb64(so.value(QStringLiteral("label")));
        s.opsLimit = limitFrom(so.value(QStringLiteral("opslimit")));
        s.memLimit = limitFrom(so.value(QStringLiteral("memlimit")));
        s.salt = unb64(so.value(QStringLiteral("salt")));
        s.nonce = unb64(so.value(QStringLiteral("nonce")));
        s.wrapped = unb64(so.value(QStringLiteral("wrapped_key")));
        s.publicKey = unb64(so.value(QStringLiteral("public_key")));
        s.sealed = unb64(so.value(QStringLiteral("sealed_key")));
        s.nextSealed = unb64(so.value(QStringLiteral("next_sealed_key")));
        s.signPublic = unb64(so.value(QStringLiteral("sign_public_key")));
        s.signNonce = unb64(so.value(QStringLiteral("sign_nonce")));
        s.signWrapped = unb64(so.value(QStringLiteral("wrapped_signing_keys")));
        const bool keyPair = !s.publicKey.isEmpty();
        const int seeds = int(s.signWrapped.size()) - kAeadBytes;
        const bool signingSane = s.signWrapped.isEmpty()
            ? s.signPublic.isEmpty() && s.signNonce.isEmpty()
            : version == kVersion && keyPair && s.signPublic.size() == crypto::kSignPublicBytes
                && s.signNonce.size() == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
                && (seeds == crypto::kSignSeedBytes || (seeds == 2 * crypto::kSignSeedBytes && s.kind == QLatin1String("user")));
        const bool sane = (s.kind == QLatin1String("user") || s.kind == QLatin1String("recovery"))
            && so.value(QStringLiteral("kdf")).toString() == QLatin1String("argon2id13")
            && s.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && s.opsLimit <= kMaxOpsLimit
            && s.memLimit >= 8192 && s.memLimit <= kMaxMemLimit
            && s.salt.size() == crypto_pwhash_SALTBYTES
            && s.nonce.size() == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
            && s.wrapped.size() == kDataKeyBytes + int(crypto_aead_xchacha20poly1305_ietf_ABYTES)
            && signingSane
            && (keyPair ? version >= 2 && s.publicKey.size() == crypto_box_PUBLICKEYBYTES
                              && s.sealed.size() == kSealedBytes
                        : s.sealed.isEmpty())
            && (f.m_pending ? keyPair && s.nextSealed.size() == kSealedBytes : s.nextSealed.isEmpty());
        if (!sane)
            return damaged;
        f.m_slots.push_back(std::move(s));
    }
    // The checksum catches accidental damage and naive edits before anyone types a passphrase;
    // the MAC, checked after unlocking, catches deliberate ones.
    if (crypto::sha256Hex(f.body(version) + f.m_mac + f.m_nextMac) != o.value(QStringLiteral("checksum")).toString())
        return damaged;
    return f;
}

Result<KeyslotFile> KeyslotFile::loadForChange(const QString &path, const SecretBytes &dataKey)
{
    auto f = load(path);
    if (f)
        CD_TRY(f->verifyMac(dataKey));
    return f;
}

Result<KeyslotFile::Slot> KeyslotFile::seal(const QString &kind, const QByteArray &label, const QByteArray &secret,
                                            const SecretBytes &dataKey, const KdfLimits &limits,
                                            const SlotSigning &signing) const
{
    Slot s;
    s.kind = kind;
    s.label = label;
    s.opsLimit = limits.opsLimit;
    s.memLimit = limits.memLimit;
    s.salt = crypto::randomBytes(crypto_pwhash_SALTBYTES);
    s.nonce = crypto::randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    s.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    SecretBytes secretKey(crypto_box_SECRETKEYBYTES);
    {
        auto w = secretKey.write();
        crypto_box_keypair(reinterpret_cast<unsigned char *>(s.publicKey.data()), w.data());
    }
    SecretBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    {
        auto w = kek.write();
        if (crypto_pwhash(w.data(), w.size(), secret.constData(), secret.size(),
                          reinterpret_cast<const unsigned char *>(s.salt.constData()), limits.opsLimit,
                          limits.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
            return makeError(ErrorCode::Failed, tr("Not enough memory to protect the key."));
    }
    const QByteArray ad = associatedData(m_databaseId, kind, label, s.publicKey);
    s.wrapped.resize(crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long len = 0;
    {
        auto k = kek.read();
        auto sk = secretKey.read();
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char *>(s.wrapped.data()), &len, sk.data(), sk.size(),
            reinterpret_cast<const unsigned char *>(ad.constData()), ad.size(), nullptr,
            reinterpret_cast<const unsigned char *>(s.nonce.constData()), k.data());
    }
    s.sealed = sealTo(s.publicKey, dataKey);
    // The signing seeds, under the same passphrase key: only the passphrase opens them, and nobody
    // holding the data key can put another key in someone's slot.
    std::vector<const crypto::SigningKey *> seeds;
    for (const crypto::SigningKey *k : {signing.user, signing.identity})
        if (k && !k->isNull())
            seeds.push_back(k);
    if (!seeds.empty()) {
        s.signPublic = seeds.front()->publicKey;
        s.signNonce = crypto::randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
        SecretBytes plain(seeds.size() * std::size_t(crypto::kSignSeedBytes));
        {
            auto w = plain.write();
            for (std::size_t i = 0; i < seeds.size(); ++i) {
                auto seed = seeds[i]->seed.read();
                std::memcpy(w.data() + i * crypto::kSignSeedBytes, seed.data(), crypto::kSignSeedBytes);
            }
        }
        const QByteArray sad = signingData(ad, s.signPublic);
        s.signWrapped.resize(qsizetype(plain.size()) + kAeadBytes);
        auto k = kek.read();
        auto p = plain.read();
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char *>(s.signWrapped.data()), &len, p.data(), p.size(),
            reinterpret_cast<const unsigned char *>(sad.constData()), sad.size(), nullptr,
            reinterpret_cast<const unsigned char *>(s.signNonce.constData()), k.data());
    }
    return s;
}

Result<KeyslotFile::Opened> KeyslotFile::open(const Slot &s, const QByteArray &secret) const
{
    const Error wrong = makeError(ErrorCode::WrongPassphrase, tr("Wrong user name or passphrase."));
    SecretBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    {
        auto w = kek.write();
        if (crypto_pwhash(w.data(), w.size(), secret.constData(), secret.size(),
                          reinterpret_cast<const unsigned char *>(s.salt.constData()), s.opsLimit, s.memLimit,
                          crypto_pwhash_ALG_ARGON2ID13) != 0)
            return makeError(ErrorCode::Failed, tr("Not enough memory to open the key."));
    }
    const QByteArray ad = associatedData(m_databaseId, s.kind, s.label, s.publicKey);
    SecretBytes unwrapped(kDataKeyBytes);
    {
        unsigned long long len = 0;
        auto k = kek.read();
        auto out = unwrapped.write();
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                out.data(), &len, nullptr, reinterpret_cast<const unsigned char *>(s.wrapped.constData()),
                s.wrapped.size(), reinterpret_cast<const unsigned char *>(ad.constData()), ad.size(),
                reinterpret_cast<const unsigned char *>(s.nonce.constData()), k.data()) != 0
            || len != kDataKeyBytes)
            return wrong;
    }
    Opened opened;
    if (s.publicKey.isEmpty()) {  // version 1: the data key itself
        opened.key = std::move(unwrapped);
        opened.legacy = true;
        return opened;
    }
    const Error altered = makeError(ErrorCode::Damaged, tr("The keyslot file was altered outside ConsentDesk. It was "
                                                           "not used; restore it from a backup."));
    if (!openSealed(s.sealed, s.publicKey, unwrapped, opened.key)
        || (!s.nextSealed.isEmpty() && !openSealed(s.nextSealed, s.publicKey, unwrapped, opened.next)))
        return altered;
    if (!s.signWrapped.isEmpty()) {
        const QByteArray sad = signingData(ad, s.signPublic);
        SecretBytes seeds(std::size_t(s.signWrapped.size() - kAeadBytes));
        {
            unsigned long long len = 0;
            auto k = kek.read();
            auto out = seeds.write();
            if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                    out.data(), &len, nullptr, reinterpret_cast<const unsigned char *>(s.signWrapped.constData()),
                    s.signWrapped.size(), reinterpret_cast<const unsigned char *>(sad.constData()), sad.size(),
                    reinterpret_cast<const unsigned char *>(s.signNonce.constData()), k.data()) != 0)
                return altered;
        }
        auto r = seeds.read();
        std::vector<crypto::SigningKey> keys;
        for (std::size_t at = 0; at < seeds.size(); at += crypto::kSignSeedBytes)
            keys.push_back(crypto::SigningKey::fromSeed(SecretBytes::fromBytes(r.data() + at, crypto::kSignSeedBytes)));
        if (keys.front().publicKey != s.signPublic)
            return altered;
        if (s.kind == QLatin1String("recovery"))
            opened.identity = std::move(keys.front());
        else {
            opened.signing = std::move(keys.front());
            if (keys.size() > 1)
                opened.identity = std::move(keys[1]);
        }
    }
    return opened;
}

void KeyslotFile::decoy(const QByteArray &secret) const
{
    // An unknown user's passphrase goes through the same steps as a real slot's (Argon2id with the
    // limits of this file's first user slot, then a failing unwrap), so the time taken does not
    // tell whether a user name exists.
    Slot d;
    d.kind = QStringLiteral("user");
    d.opsLimit = KdfLimits::moderate().opsLimit;
    d.memLimit = KdfLimits::moderate().memLimit;
    for (const Slot &s : m_slots) {
        if (s.kind == QLatin1String("user")) {
            d.opsLimit = s.opsLimit;
            d.memLimit = s.memLimit;
            break;
        }
    }
    d.label = crypto::randomBytes(16);
    d.salt = crypto::randomBytes(crypto_pwhash_SALTBYTES);
    d.nonce = crypto::randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    d.wrapped = crypto::randomBytes(kDataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    d.publicKey = crypto::randomBytes(crypto_box_PUBLICKEYBYTES);
    d.sealed = crypto::randomBytes(kSealedBytes);
    (void)open(d, secret);
}

Result<KeyslotFile::Opened> KeyslotFile::unlock(const QString &userName, const QString &passphrase) const
{
    const QByteArray label = labelFor(userName);
    QByteArray secret = passphrase.toUtf8();
    for (const Slot &s : m_slots) {
        if (s.kind == QLatin1String("user") && s.label == label) {
            auto r = open(s, secret);
            sodium_memzero(secret.data(), secret.size());
            return r;
        }
    }
    decoy(secret);
    sodium_memzero(secret.data(), secret.size());
    // Same words as a wrong passphrase: the screen does not confirm which user names exist.
    return makeError(ErrorCode::UnknownUser, tr("Wrong user name or passphrase."));
}

Result<KeyslotFile::Opened> KeyslotFile::unlockWithRecoveryCode(const QString &code) const
{
    for (const Slot &s : m_slots) {
        if (s.kind == QLatin1String("recovery")) {
            auto r = open(s, crypto::normaliseRecoveryCode(code).toLatin1());
            if (!r && r.error().code == ErrorCode::WrongPassphrase)
                return makeError(ErrorCode::WrongPassphrase, tr("The recovery code is not correct."));
            return r;
        }
    }
    return makeError(ErrorCode::NotFound, tr("This database has no recovery slot."));
}

Result<void> KeyslotFile::verifyMac(const SecretBytes &dataKey) const
{
    const QByteArray expected = macFor(dataKey, m_version);
    auto same = [&](const QByteArray &mac) {
        return mac.size() == expected.size() && sodium_memcmp(expected.constData(), mac.constData(), mac.size()) == 0;
    };
    if (!same(m_mac) && !(m_pending && same(m_nextMac)))
        return makeError(ErrorCode::Damaged,
                         tr("The keyslot file was altered outside ConsentDesk. It was not used; restore it from a "
                            "backup."));
    return {};
}

Result<void> KeyslotFile::beginRekey(const SecretBytes &nextKey)
{
    if (const int legacy = legacySlotCount(); legacy > 0)
        return makeError(ErrorCode::Invalid,
                         tr("%n keyslot(s) still use the old format and cannot be re-sealed without their "
                            "passphrase. Each of these users signs in once (or renew the recovery code), then try "
                            "again.", nullptr, legacy));
    for (Slot &s : m_slots)
        s.nextSealed = sealTo(s.publicKey, nextKey);
    m_pending = true;
    return {};
}

void KeyslotFile::finishRekey(bool nextIsLive)
{
    for (Slot &s : m_slots) {
        if (nextIsLive)
            s.sealed = s.nextSealed;
        s.nextSealed.clear();
    }
    m_pending = false;
    m_nextMac.clear();
}

} // namespace cd
