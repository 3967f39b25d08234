#include "ZipReader.h"

#include <QtGlobal>
#include <zlib.h>

namespace cd::evidence {

namespace {

// A little-endian field of a buffer whose size the caller checked. Not inlined: in the sanitizer
// build GCC's -Warray-bounds otherwise takes every buffer here for an empty QByteArray's shared
// one-byte array.
Q_NEVER_INLINE quint32 le(const QByteArray &b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}
quint16 u16(const QByteArray &b, qsizetype at) { return quint16(le(b, at, 2)); }
quint32 u32(const QByteArray &b, qsizetype at) { return le(b, at, 4); }

constexpr quint32 kEndSignature = 0x06054b50, kCentralSignature = 0x02014b50, kLocalSignature = 0x04034b50;

} // namespace

Result<ZipReader> ZipReader::open(const QString &path)
{
    const Error notZip = makeError(ErrorCode::Damaged, tr("%1 is not a readable zip archive.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("%1 cannot be opened.").arg(path));
    const qint64 size = file.size();
    // The end record is in the last 22 bytes plus a comment of at most 65,535.
    const qint64 tail = qMin<qint64>(size, 22 + 65535);
    file.seek(size - tail);
    const QByteArray end = file.read(tail);
    qsizetype at = end.size() - 22;
    while (at >= 0 && u32(end, at) != kEndSignature)
        --at;
    if (at < 0)
        return notZip;
    const quint16 count = u16(end, at + 10);
    const quint32 dirSize = u32(end, at + 12), dirOffset = u32(end, at + 16);
    if (qint64(dirOffset) + dirSize > size)
        return notZip;
    file.seek(dirOffset);
    const QByteArray dir = file.read(dirSize);
    ZipReader zip;
    zip.m_path = path;
    qsizetype p = 0;
    for (int i = 0; i < count; ++i) {
        if (p + 46 > dir.size() || u32(dir, p) != kCentralSignature)
            return notZip;
        Entry e;
        e.method = u16(dir, p + 10);
        e.crc = u32(dir, p + 16);
        e.compressedSize = u32(dir, p + 20);
        e.size = u32(dir, p + 24);
        const int nameLen = u16(dir, p + 28), extraLen = u16(dir, p + 30), commentLen = u16(dir, p + 32);
        e.localOffset = u32(dir, p + 42);
        if (p + 46 + nameLen > dir.size() || e.localOffset + 30 > size)
            return notZip;
        e.name = QString::fromUtf8(dir.constData() + p + 46, nameLen);
        p += 46 + nameLen + extraLen + commentLen;
        zip.m_entries.push_back(e);
    }
    return zip;
}

const ZipReader::Entry *ZipReader::find(const QString &name) const
{
    for (const Entry &e : m_entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 maxBytes) const
{
    const Entry *e = find(name);
    if (!e)
        return makeError(ErrorCode::NotFound, tr("The package has no %1.").arg(name));
    return read(*e, maxBytes);
}

Result<QByteArray> ZipReader::read(const Entry &e, qint64 maxBytes) const
{
    const Error damaged = makeError(ErrorCode::Damaged, tr("%1 in the package is damaged.").arg(e.name));
    if (e.size > maxBytes || (e.method != 0 && e.method != 8))
        return damaged;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(e.localOffset))
        return damaged;
    const QByteArray local = file.read(30);
    if (local.size() != 30 || u32(local, 0) != kLocalSignature)
        return damaged;
    file.seek(e.localOffset + 30 + u16(local, 26) + u16(local, 28));
    const QByteArray packed = file.read(e.compressedSize);
    if (packed.size() != e.compressedSize)
        return damaged;
    QByteArray out;
    if (e.method == 0) {
        out = packed;
    } else {
        out.resize(e.size);
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return damaged;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.constData()));
        z.avail_in = uInt(packed.size());
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        const int rc = inflate(&z, Z_FINISH);
        const bool whole = rc == Z_STREAM_END && z.total_out == uLong(e.size);
        inflateEnd(&z);
        if (!whole)
            return damaged;
    }
    const quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size())));
    if (out.size() != e.size || crc != e.crc)
        return damaged;
    return out;
}

} // namespace cd::evidence
