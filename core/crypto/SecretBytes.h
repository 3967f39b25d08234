#pragma once
// Key material in libsodium guarded memory: guard pages, mlock, no access except while read,
// wiped on destruction. Move-only so that no stray copy of a key can exist.
#include <QByteArray>
#include <cstddef>

namespace cd {

class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);  // zero-filled
    static SecretBytes random(std::size_t size);
    static SecretBytes fromBytes(const unsigned char *data, std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    bool isEmpty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    void wipe();  // frees and forgets

    // Scoped access: the memory is readable (or writable) only while an Access lives.
    class Access {
    public:
        Access(const SecretBytes &s, bool writable);
        ~Access();
        Access(const Access &) = delete;
        Access &operator=(const Access &) = delete;
        unsigned char *data() const { return m_s.m_data; }
        std::size_t size() const { return m_s.m_size; }

    private:
        const SecretBytes &m_s;
    };
    Access read() const { return Access(*this, false); }
    Access write() { return Access(*this, true); }

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace cd
