#pragma once
// Reads an SQLCipher 3 file page by page with the raw data key, as someone holding the key and
// a copy of the files would: every page of the database (free pages and the unused space inside
// pages too) and every frame of a -wal file, decrypted as they lie on disk. The sqlcipher shell
// and sqlcipher_export() only ever show live rows; this shows what deleted rows left behind.
//
// The format (SQLCipher 3.x defaults, as core/store opens it): each page is AES-256-CBC with the
// raw key as the cipher key; the last 48 bytes of a page are reserved and begin with its IV (then
// the HMAC); page 1 starts with the 16-byte salt instead of encrypted bytes. The `openssl` tool
// decrypts every block in one run (ECB); chaining each block with the one before it (or the
// page's IV) here makes that CBC.
#include "CliFixture.h"

#include <QByteArray>
#include <QString>

namespace cdtest {

struct PlainPages {
    QByteArray bytes;  // every page's plaintext, one after the other
    int pages = 0;
    QString error;     // empty when every page decrypted
};

namespace cipherpages {

constexpr qsizetype kPageSize = 4096;
constexpr qsizetype kReserve = 48;  // IV 16 + HMAC-SHA1 20, rounded up to the AES block
constexpr qsizetype kSaltSize = 16;
constexpr qsizetype kBlock = 16;

// `pages` are whole encrypted pages one after the other; `first[i]` says page i is page 1.
inline PlainPages decrypt(const QByteArray &pages, const QList<bool> &first, const QByteArray &key)
{
    PlainPages out;
    if (key.size() != 32 || pages.size() != first.size() * kPageSize) {
        out.error = QStringLiteral("a 32-byte key and whole 4096-byte pages are needed");
        return out;
    }
    if (pages.isEmpty())
        return out;
    const clitest::CliRun ecb = clitest::runProgram(
        QStringLiteral("openssl"),
        {QStringLiteral("enc"), QStringLiteral("-d"), QStringLiteral("-aes-256-ecb"), QStringLiteral("-nopad"),
         QStringLiteral("-K"), QString::fromLatin1(key.toHex())},
        pages, 120000);
    if (ecb.exitCode != 0 || ecb.out.size() != pages.size()) {
        out.error = QStringLiteral("openssl could not decrypt: ") + QString::fromUtf8(ecb.err);
        return out;
    }
    for (qsizetype p = 0; p < first.size(); ++p) {
        const char *cipher = pages.constData() + p * kPageSize;
        const char *plain = ecb.out.constData() + p * kPageSize;
        const qsizetype begin = first[p] ? kSaltSize : 0, end = kPageSize - kReserve;
        const char *previous = cipher + end;  // the IV
        for (qsizetype at = begin; at < end; at += kBlock) {
            for (qsizetype i = 0; i < kBlock; ++i)
                out.bytes.append(char(plain[at + i] ^ previous[i]));
            previous = cipher + at;
        }
        ++out.pages;
    }
    return out;
}

} // namespace cipherpages

// Every page of a database file. Page 1 decrypted must show SQLite's header fields (page size
// 4096, 48 reserved bytes): else the key or the format is wrong and `error` says so.
inline PlainPages decryptDatabase(const QByteArray &file, const QByteArray &key)
{
    using namespace cipherpages;
    if (file.size() % kPageSize != 0)
        return {{}, 0, QStringLiteral("the file is not whole 4096-byte pages")};
    QList<bool> first(file.size() / kPageSize, false);
    if (!first.isEmpty())
        first[0] = true;
    PlainPages out = decrypt(file, first, key);
    // Plaintext offset 0 is file offset 16: the page size (big-endian), the write and read
    // versions, then the bytes reserved per page.
    const auto *h = reinterpret_cast<const unsigned char *>(out.bytes.constData());
    if (out.error.isEmpty() && (out.bytes.size() < 5 || ((h[0] << 8) | h[1]) != kPageSize || h[4] != kReserve))
        out.error = QStringLiteral("page 1 does not decrypt to an SQLite header: wrong key?");
    return out;
}

// Every frame of a -wal file (a 32-byte header, then frames of a 24-byte header and a page).
inline PlainPages decryptWal(const QByteArray &file, const QByteArray &key)
{
    using namespace cipherpages;
    constexpr qsizetype kHeader = 32, kFrameHeader = 24;
    QByteArray pages;
    QList<bool> first;
    for (qsizetype at = kHeader; at + kFrameHeader + kPageSize <= file.size(); at += kFrameHeader + kPageSize) {
        const auto *f = reinterpret_cast<const unsigned char *>(file.constData() + at);
        first << ((quint32(f[0]) << 24 | quint32(f[1]) << 16 | quint32(f[2]) << 8 | f[3]) == 1);
        pages.append(file.constData() + at + kFrameHeader, kPageSize);
    }
    return decrypt(pages, first, key);
}

} // namespace cdtest
