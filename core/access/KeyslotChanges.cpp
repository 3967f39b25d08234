// The slots of a keyslot file as users come, go and change passphrases: each is sealed anew in
// memory (Keyslots.cpp holds the format, sealing and opening); save() writes the file.
#include "Keyslots.h"
#include "core/crypto/Crypto.h"

#include <sodium.h>
#include <algorithm>

namespace cd {

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
                                      const SecretBytes &dataKey, const KdfLimits &limits, const SlotSigning &signing)
{
    QByteArray secret = passphrase.toUtf8();
    auto s = seal(QStringLiteral("user"), labelFor(userName), secret, dataKey, limits, signing);
    sodium_memzero(secret.data(), secret.size());
    if (!s)
        return s.error();
    putSlot(std::move(s).value());
    return {};
}

Result<void> KeyslotFile::setRecoverySlot(const QString &code, const SecretBytes &dataKey, const KdfLimits &limits,
                                          const crypto::SigningKey *identity)
{
    auto s = seal(QStringLiteral("recovery"), QByteArrayLiteral("recovery"),
                  crypto::normaliseRecoveryCode(code).toLatin1(), dataKey, limits, SlotSigning{nullptr, identity});
    if (!s)
        return s.error();
    putSlot(std::move(s).value());
    return {};
}

Result<void> KeyslotFile::upgrade(const QString &kind, const QByteArray &label, const QByteArray &secret,
                                  const SecretBytes &dataKey)
{
    auto it = std::find_if(m_slots.begin(), m_slots.end(),
                           [&](const Slot &s) { return s.kind == kind && s.label == label; });
    if (it == m_slots.end() || !it->publicKey.isEmpty())
        return {};
    auto s = seal(kind, label, secret, dataKey, KdfLimits{it->opsLimit, it->memLimit});
    if (!s)
        return s.error();
    putSlot(std::move(s).value());
    return {};
}

Result<void> KeyslotFile::upgradeUserSlot(const QString &userName, const QString &passphrase,
                                          const SecretBytes &dataKey)
{
    QByteArray secret = passphrase.toUtf8();
    auto r = upgrade(QStringLiteral("user"), labelFor(userName), secret, dataKey);
    sodium_memzero(secret.data(), secret.size());
    return r;
}

Result<void> KeyslotFile::upgradeRecoverySlot(const QString &code, const SecretBytes &dataKey)
{
    return upgrade(QStringLiteral("recovery"), QByteArrayLiteral("recovery"),
                   crypto::normaliseRecoveryCode(code).toLatin1(), dataKey);
}

KdfLimits KeyslotFile::userSlotLimits(const QString &userName) const
{
    const QByteArray label = labelFor(userName);
    for (const Slot &s : m_slots)
        if (s.kind == QLatin1String("user") && s.label == label)
            return {s.opsLimit, s.memLimit};
    return KdfLimits::moderate();
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

int KeyslotFile::legacySlotCount() const
{
    return int(std::count_if(m_slots.begin(), m_slots.end(), [](const Slot &s) { return s.publicKey.isEmpty(); }));
}

} // namespace cd
