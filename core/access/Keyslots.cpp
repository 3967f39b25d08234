#include "Keyslots.h"
#include "core/crypto/Crypto.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <sodium.h>
#include <algorithm>

namespace cd {

namespace {

const char kFormat[] = "consentdesk-keyslots";
constexpr int kVersion = 1;
constexpr quint64 kMaxMemLimit = quint64(1) << 30;  // refuse a file that asks for more than 1 GiB
constexpr quint64 kMaxOpsLimit = 32;

QString b64(const QByteArray &b) { return QString::fromLatin1(b.toBase64()); }
QByteArray unb64(const QJsonValue &v) { return QByteArray::fromBase64(v.toString().toLatin1()); }

QByteArray associatedData(const QByteArray &databaseId, const QString &kind, const QByteArray &label)
{
    // Binds a slot to this database and to its own label: a slot moved or relabelled fails to open.
    return databaseId + '\0' + kind.toLatin1() + '\0' + label;
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
    // A keyed hash, so the sidecar does not list staff names in clear.
    const QByteArray name = userName.trimmed().toCaseFolded().toUtf8();
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), out.size(),
                       reinterpret_cast<const unsigned char *>(name.constData()), name.size(),
                       reinterpret_cast<const unsigned char *>(m_labelSalt.constData()), m_labelSalt.size());
    return out;
}

QByteArray KeyslotFile::body() const
{
    QJsonArray keyslots;
    for (const Slot &s : m_slots) {
        keyslots.append(QJsonObject{
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("label"), b64(s.label)},
            {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
            {QStringLiteral("opslimit"), double(s.opsLimit)},
            {QStringLiteral("memlimit"), double(s.memLimit)},
            {QStringLiteral("salt"), b64(s.salt)},
            {QStringLiteral("nonce"), b64(s.nonce)},
            {QStringLiteral("wrapped_key"), b64(s.wrapped)},
        });
    }
    const QJsonObject o{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("database_id"), QString::fromLatin1(m_databaseId.toHex())},
        {QStringLiteral("label_salt"), b64(m_labelSalt)},
        {QStringLiteral("keyslots"), keyslots},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);  // QJsonObject keeps keys sorted
}

QByteArray KeyslotFile::macFor(const SecretBytes &dataKey) const
{
    unsigned char subkey[crypto_auth_KEYBYTES];
    {
        auto k = dataKey.read();
        crypto_kdf_derive_from_key(subkey, sizeof subkey, 1, "CDkeyslt", k.data());
    }
    const QByteArray b = body();
    QByteArray mac(crypto_auth_BYTES, Qt::Uninitialized);
    crypto_auth(reinterpret_cast<unsigned char *>(mac.data()),
                reinterpret_cast<const unsigned char *>(b.constData()), b.size(), subkey);
    sodium_memzero(subkey, sizeof subkey);
    return mac;
}

Result<void> KeyslotFile::save(const QString &path, const SecretBytes &dataKey) const
{
    const QByteArray b = body();
    const QByteArray mac = macFor(dataKey);
    QJsonObject o = QJsonDocument::fromJson(b).object();
    o.insert(QStringLiteral("mac"), b64(mac));
    o.insert(QStringLiteral("checksum"), crypto::sha256Hex(b + mac));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Failed, tr("The keyslot file cannot be written: %1").arg(file.errorString()));
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return makeError(ErrorCode::Failed, tr("The keyslot file cannot be written: %1").arg(file.errorString()));
    return {};
}

Result<KeyslotFile> KeyslotFile::load(const QString &path)
{
    const Error damaged = makeError(ErrorCode::Damaged,
                                    tr("The keyslot file (%1) is damaged or was altered. Nobody can unlock "
                                       "with it; restore it from a backup or use the recovery code with a "
                                       "good copy.").arg(path));
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("The keyslot file %1 is missing.").arg(path));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1 << 20)
        return damaged;
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &pe).object();
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return damaged;
    if (o.value(QStringLiteral("version")).toInt() != kVersion)
        return makeError(ErrorCode::NotADatabase, tr("The keyslot file has a version this program does not know."));

    KeyslotFile f;
    f.m_databaseId = QByteArray::fromHex(o.value(QStringLiteral("database_id")).toString().toLatin1());
    f.m_labelSalt = unb64(o.value(QStringLiteral("label_salt")));
    f.m_mac = unb64(o.value(QStringLiteral("mac")));
    if (f.m_databaseId.size() != 16 || f.m_labelSalt.size() != crypto_generichash_KEYBYTES
        || f.m_mac.size() != crypto_auth_BYTES)
        return damaged;
    for (const QJsonValue &v : o.value(QStringLiteral("keyslots")).toArray()) {
        const QJsonObject so = v.toObject();
        Slot s;
        s.kind = so.value(QStringLiteral("kind")).toString();
        s.label = unb64(so.value(QStringLiteral("label")));
        s.opsLimit = quint64(so.value(QStringLiteral("opslimit")).toDouble());
        s.memLimit = quint64(so.value(QStringLiteral("memlimit")).toDouble());
        s.salt = unb64(so.value(QStringLiteral("salt")));
        s.nonce = unb64(so.value(QStringLiteral("nonce")));
        s.wrapped = unb64(so.value(QStringLiteral("wrapped_key")));
        const bool sane = (s.kind == QLatin1String("user") || s.kind == QLatin1String("recovery"))
            && so.value(QStringLiteral("kdf")).toString() == QLatin1String("argon2id13")
            && s.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && s.opsLimit <= kMaxOpsLimit
            && s.memLimit >= 8192 && s.memLimit <= kMaxMemLimit
            && s.salt.size() == crypto_pwhash_SALTBYTES
            && s.nonce.size() == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
            && s.wrapped.size() == kDataKeyBytes + int(crypto_aead_xchacha20poly1305_ietf_ABYTES);
        if (!sane)
            return damaged;
        f.m_slots.push_back(std::move(s));
    }
    // The checksum catches accidental damage and naive edits before anyone types a passphrase;
    // the MAC, checked after unlocking, catches deliberate ones.
    if (crypto::sha256Hex(f.body() + f.m_mac) != o.value(QStringLiteral("checksum")).toString())
        return damaged;
    return f;
}

Result<KeyslotFile::Slot> KeyslotFile::seal(const QString &kind, const QByteArray &label, const QByteArray &secret,
                                            const SecretBytes &dataKey, const KdfLimits &limits) const
{
    Slot s;
    s.kind = kind;
    s.label = label;
    s.opsLimit = limits.opsLimit;
    s.memLimit = limits.memLimit;
    s.salt = crypto::randomBytes(crypto_pwhash_SALTBYTES);
    s.nonce = crypto::randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    SecretBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    {
        auto w = kek.write();
        if (crypto_pwhash(w.data(), w.size(), secret.constData(), secret.size(),
                          reinterpret_cast<const unsigned char *>(s.salt.constData()), limits.opsLimit,
                          limits.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
            return makeError(ErrorCode::Failed, tr("Not enough memory to protect the key."));
    }
    const QByteArray ad = associatedData(m_databaseId, kind, label);
    s.wrapped.resize(kDataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long len = 0;
    auto k = kek.read();
    auto d = dataKey.read();
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(s.wrapped.data()), &len, d.data(), d.size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), ad.size(), nullptr,
        reinterpret_cast<const unsigned char *>(s.nonce.constData()), k.data());
    return s;
}

Result<SecretBytes> KeyslotFile::open(const Slot &s, const QByteArray &secret) const
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
    const QByteArray ad = associatedData(m_databaseId, s.kind, s.label);
    SecretBytes dataKey(kDataKeyBytes);
    unsigned long long len = 0;
    auto k = kek.read();
    auto out = dataKey.write();
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            out.data(), &len, nullptr, reinterpret_cast<const unsigned char *>(s.wrapped.constData()),
            s.wrapped.size(), reinterpret_cast<const unsigned char *>(ad.constData()), ad.size(),
            reinterpret_cast<const unsigned char *>(s.nonce.constData()), k.data()) != 0
        || len != kDataKeyBytes)
        return wrong;
    return dataKey;
}

Result<SecretBytes> KeyslotFile::unlock(const QString &userName, const QString &passphrase) const
{
    const QByteArray label = labelFor(userName);
    for (const Slot &s : m_slots) {
        if (s.kind == QLatin1String("user") && s.label == label) {
            QByteArray secret = passphrase.toUtf8();
            auto r = open(s, secret);
            sodium_memzero(secret.data(), secret.size());
            return r;
        }
    }
    // Same words as a wrong passphrase: the screen does not confirm which user names exist.
    return makeError(ErrorCode::UnknownUser, tr("Wrong user name or passphrase."));
}

Result<SecretBytes> KeyslotFile::unlockWithRecoveryCode(const QString &code) const
{
    for (const Slot &s : m_slots) {
        if (s.kind == QLatin1String("recovery")) {
            auto r = open(s, crypto::normaliseRecoveryCode(code).toLatin1());
            if (!r)
                return makeError(ErrorCode::WrongPassphrase, tr("The recovery code is not correct."));
            return r;
        }
    }
    return makeError(ErrorCode::NotFound, tr("This database has no recovery slot."));
}

Result<void> KeyslotFile::verifyMac(const SecretBytes &dataKey) const
{
    const QByteArray expected = macFor(dataKey);
    if (expected.size() != m_mac.size()
        || sodium_memcmp(expected.constData(), m_mac.constData(), expected.size()) != 0)
        return makeError(ErrorCode::Damaged,
                         tr("The keyslot file was altered outside ConsentDesk. It was not used; restore it from a "
                            "backup."));
    return {};
}

void KeyslotFile::putSlot(Slot slot)
{
    auto it = std::find_if(m_slots.begin(), m_slots.end(), [&](const Slot &s) {
        return s.kind == slot.kind && s.label == slot.label;
    });
    if (it != m_slots.end())
        *it = std::move(slot);
    else
        m_slots.push_back(std::move(slot));
}

Result<void> KeyslotFile::setUserSlot(const QString &userName, const QString &passphrase,
                                      const SecretBytes &dataKey, const KdfLimits &limits)
{
    QByteArray secret = passphrase.toUtf8();
    auto s = seal(QStringLiteral("user"), labelFor(userName), secret, dataKey, limits);
    sodium_memzero(secret.data(), secret.size());
    if (!s)
        return s.error();
    putSlot(std::move(s).value());
    return {};
}

Result<void> KeyslotFile::setRecoverySlot(const QString &code, const SecretBytes &dataKey, const KdfLimits &limits)
{
    auto s = seal(QStringLiteral("recovery"), QByteArrayLiteral("recovery"),
                  crypto::normaliseRecoveryCode(code).toLatin1(), dataKey, limits);
    if (!s)
        return s.error();
    putSlot(std::move(s).value());
    return {};
}

bool KeyslotFile::removeUserSlot(const QString &userName)
{
    const QByteArray label = labelFor(userName);
    const auto before = m_slots.size();
    std::erase_if(m_slots, [&](const Slot &s) { return s.kind == QLatin1String("user") && s.label == label; });
    return m_slots.size() != before;
}

bool KeyslotFile::hasUserSlot(const QString &userName) const
{
    const QByteArray label = labelFor(userName);
    return std::any_of(m_slots.begin(), m_slots.end(),
                       [&](const Slot &s) { return s.kind == QLatin1String("user") && s.label == label; });
}

int KeyslotFile::userSlotCount() const
{
    return int(std::count_if(m_slots.begin(), m_slots.end(),
                             [](const Slot &s) { return s.kind == QLatin1String("user"); }));
}

} // namespace cd
