#include "SecretBytes.h"
#include "Crypto.h"

#include <sodium.h>
#include <cstring>
#include <utility>

namespace cd {

SecretBytes::SecretBytes(std::size_t size)
{
    crypto::ensureInitialised();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        qFatal("sodium_malloc failed");  // out of lockable memory: nothing safe to do
    m_size = size;
    sodium_memzero(m_data, size);
    sodium_mprotect_noaccess(m_data);
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes s(size);
    auto w = s.write();
    randombytes_buf(w.data(), size);
    return s;
}

SecretBytes SecretBytes::fromBytes(const unsigned char *data, std::size_t size)
{
    SecretBytes s(size);
    auto w = s.write();
    std::memcpy(w.data(), data, size);
    return s;
}

SecretBytes::~SecretBytes() { wipe(); }

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::wipe()
{
    if (m_data)
        sodium_free(m_data);  // zeroes before unmapping
    m_data = nullptr;
    m_size = 0;
}

SecretBytes::Access::Access(const SecretBytes &s, bool writable) : m_s(s)
{
    if (m_s.m_data) {
        if (writable)
            sodium_mprotect_readwrite(m_s.m_data);
        else
            sodium_mprotect_readonly(m_s.m_data);
    }
}

SecretBytes::Access::~Access()
{
    if (m_s.m_data)
        sodium_mprotect_noaccess(m_s.m_data);
}

} // namespace cd
