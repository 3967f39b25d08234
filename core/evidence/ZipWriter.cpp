#include "ZipWriter.h"

#include "core/base/DurableFile.h"
#include "core/crypto/Crypto.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <optional>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

namespace cd::evidence {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kDataDescriptor = 0x08074b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentral = 0x06054b50;
constexpr quint16 kVersionNeeded = 20;            // 2.0: deflate
constexpr quint16 kVersionMadeBy = (3 << 8) | 20; // Unix, 2.0: external attributes are modes
constexpr quint16 kFlags = (1 << 3) | (1 << 11);  // sizes in a data descriptor; UTF-8 names
constexpr quint16 kDeflated = 8;
constexpr int kMaxEntries = 0xFFFF;

void put16(QByteArray &b, quint16 v)
{
    char le[2];
    qToLittleEndian(v, le);
    b.append(le, 2);
}

void put32(QByteArray &b, quint32 v)
{
    char le[4];
    qToLittleEndian(v, le);
    b.append(le, 4);
}

// MS-DOS time and date (2-second resolution, years from 1980).
quint16 dosTime(const QTime &t) { return quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2)); }
quint16 dosDate(const QDate &d)
{
    const int year = qBound(1980, d.year(), 2107);
    return quint16(((year - 1980) << 9) | (d.month() << 5) | d.day());
}

} // namespace

// The open entry: every write is hashed (CRC-32, SHA-256) and deflated straight into the file.
class ZipEntryDevice : public QIODevice {
public:
    ZipEntryDevice(ZipWriter &zip, ZipWriter::Entry &entry) : m_zip(zip), m_entry(entry)
    {
        m_stream.zalloc = Z_NULL;
        m_stream.zfree = Z_NULL;
        m_stream.opaque = Z_NULL;
        // Raw deflate (no zlib header), as zip stores it. The fastest level: a year's CSV files
        // still shrink several times over, and deflate at the default level was a fifth of an
        // export's time (bench evidence_export).
        m_ready = deflateInit2(&m_stream, Z_BEST_SPEED, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK;
        m_crc = crc32(0L, Z_NULL, 0);
        QIODevice::open(QIODevice::WriteOnly);
    }
    ~ZipEntryDevice() override
    {
        if (m_ready)
            deflateEnd(&m_stream);
    }
    bool isSequential() const override { return true; }
    bool ready() const { return m_ready; }
    const std::optional<Error> &failure() const { return m_failure; }

    // Ends the deflate stream; the entry's sizes and hashes are then final.
    Result<void> finish()
    {
        if (m_failure)
            return *m_failure;
        if (!pump(nullptr, 0, Z_FINISH))
            return *m_failure;
        m_entry.crc = quint32(m_crc);
        m_entry.sha256 = m_sha.final();
        close();
        return {};
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_failure)
            return -1;
        if (m_zip.m_stop && m_zip.m_stop->load()) {
            fail(m_zip.m_stopError);
            return -1;
        }
        if (m_entry.size + size > m_zip.m_limit) {
            fail(makeError(ErrorCode::Invalid,
                           ZipWriter::tr("The file %1 is too large for a zip archive without Zip64 (4 GiB at most).")
                               .arg(m_entry.name)));
            return -1;
        }
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(size));
        m_sha.update(data, size_t(size));
        m_entry.size += size;
        if (!pump(data, size, Z_NO_FLUSH))
            return -1;
        return size;
    }

private:
    void fail(Error e)
    {
        setErrorString(e.message);
        m_failure = std::move(e);
    }

    bool pump(const char *data, qint64 size, int flush)
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_stream.avail_in = uInt(size);
        char out[64 * 1024];
        for (;;) {
            m_stream.next_out = reinterpret_cast<Bytef *>(out);
            m_stream.avail_out = sizeof out;
            const int rc = deflate(&m_stream, flush);
            if (rc == Z_STREAM_ERROR) {
                fail(makeError(ErrorCode::Failed, ZipWriter::tr("Compressing %1 failed.").arg(m_entry.name)));
                return false;
            }
            const qint64 produced = qint64(sizeof out) - m_stream.avail_out;
            if (produced > 0) {
                m_entry.compressedSize += produced;
                if (m_entry.compressedSize > m_zip.m_limit || m_zip.bytes() + produced > m_zip.m_limit) {
                    fail(makeError(ErrorCode::Invalid,
                                   ZipWriter::tr("The evidence package would exceed 4 GiB, more than a zip archive "
                                                 "without Zip64 can hold. Export a shorter period.")));
                    return false;
                }
                if (auto w = m_zip.writeRaw(QByteArray::fromRawData(out, int(produced))); !w) {
                    fail(w.error());
                    return false;
                }
            }
            if (flush == Z_FINISH ? rc == Z_STREAM_END : m_stream.avail_in == 0 && m_stream.avail_out != 0)
                return true;
        }
    }

    ZipWriter &m_zip;
    ZipWriter::Entry &m_entry;
    z_stream m_stream{};
    bool m_ready = false;
    uLong m_crc = 0;
    crypto::Sha256 m_sha;
    std::optional<Error> m_failure;
};

ZipWriter::ZipWriter(QString targetPath, QDateTime modified, qint64 limit)
    : m_target(std::move(targetPath)), m_modified(std::move(modified)), m_limit(qMin(limit, kMaxZip32))
{
}

ZipWriter::~ZipWriter()
{
    if (!m_finished)
        abandon();
}

qint64 ZipWriter::bytes() const { return m_file.isOpen() ? m_file.pos() : 0; }

Error ZipWriter::ioError() const
{
    return makeError(m_file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Failed,
                     tr("Could not write %1: %2").arg(QDir::toNativeSeparators(partPath()), m_file.errorString()));
}

Result<void> ZipWriter::open()
{
    m_file.setFileName(partPath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ioError();
    return {};
}

Result<void> ZipWriter::writeRaw(const QByteArray &bytes)
{
    if (m_file.write(bytes) != bytes.size()) {
        m_failed = true;
        return ioError();
    }
    return {};
}

Result<QIODevice *> ZipWriter::begin(const QString &name)
{
    if (!m_file.isOpen() || m_failed)
        return makeError(ErrorCode::Failed, tr("The zip archive is not open for writing."));
    if (m_current)
        return makeError(ErrorCode::Failed, tr("The zip entry %1 is still open.").arg(m_entries.back().name));
    if (int(m_entries.size()) >= kMaxEntries)
        return makeError(ErrorCode::Invalid, tr("A zip archive without Zip64 holds at most 65,535 files."));
    const QByteArray utf8 = name.toUtf8();
    if (name.isEmpty() || utf8.size() > 0xFFFF || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return makeError(ErrorCode::Invalid, tr("%1 is not a valid name inside a zip archive.").arg(name));
    if (m_file.pos() > m_limit)
        return makeError(ErrorCode::Invalid, tr("The evidence package would exceed 4 GiB, more than a zip archive "
                                                "without Zip64 can hold. Export a shorter period."));
    Entry e;
    e.name = name;
    e.offset = m_file.pos();
    const QDateTime local = m_modified.toLocalTime();
    QByteArray h;
    put32(h, kLocalHeader);
    put16(h, kVersionNeeded);
    put16(h, kFlags);
    put16(h, kDeflated);
    put16(h, dosTime(local.time()));
    put16(h, dosDate(local.date()));
    put32(h, 0);  // CRC-32 and sizes follow in the data descriptor
    put32(h, 0);
    put32(h, 0);
    put16(h, quint16(utf8.size()));
    put16(h, 0);
    h += utf8;
    CD_TRY(writeRaw(h));
    m_entries.push_back(std::move(e));
    m_current = std::make_unique<ZipEntryDevice>(*this, m_entries.back());
    if (!m_current->ready()) {
        m_current.reset();
        m_failed = true;
        return makeError(ErrorCode::Failed, tr("Compressing %1 failed.").arg(name));
    }
    return m_current.get();
}

Result<void> ZipWriter::end()
{
    if (!m_current)
        return makeError(ErrorCode::Failed, tr("No zip entry is open."));
    auto done = m_current->finish();
    m_current.reset();
    if (!done) {
        m_failed = true;
        return done.error();
    }
    const Entry &e = m_entries.back();
    QByteArray d;
    put32(d, kDataDescriptor);
    put32(d, e.crc);
    put32(d, quint32(e.compressedSize));
    put32(d, quint32(e.size));
    return writeRaw(d);
}

Result<void> ZipWriter::add(const QString &name, const QByteArray &content)
{
    auto device = begin(name);
    if (!device)
        return device.error();
    if (device.value()->write(content) != content.size()) {
        const QString why = device.value()->errorString();
        auto ended = end();  // the entry's own error (a limit, the disk), when it has one
        m_failed = true;
        return ended.ok() ? makeError(ErrorCode::Failed, why) : ended.error();
    }
    return end();
}

Result<void> ZipWriter::finish()
{
    if (m_current)
        return makeError(ErrorCode::Failed, tr("The zip entry %1 is still open.").arg(m_entries.back().name));
    if (m_failed || !m_file.isOpen())
        return makeError(ErrorCode::Failed, tr("The zip archive is not open for writing."));
    const qint64 centralOffset = m_file.pos();
    const QDateTime local = m_modified.toLocalTime();
    QByteArray c;
    for (const Entry &e : m_entries) {
        const QByteArray utf8 = e.name.toUtf8();
        put32(c, kCentralHeader);
        put16(c, kVersionMadeBy);
        put16(c, kVersionNeeded);
        put16(c, kFlags);
        put16(c, kDeflated);
        put16(c, dosTime(local.time()));
        put16(c, dosDate(local.date()));
        put32(c, e.crc);
        put32(c, quint32(e.compressedSize));
        put32(c, quint32(e.size));
        put16(c, quint16(utf8.size()));
        put16(c, 0);  // extra
        put16(c, 0);  // comment
        put16(c, 0);  // disk
        put16(c, 0);  // internal attributes
        put32(c, quint32(0100644) << 16);  // a regular file, rw-r--r--
        put32(c, quint32(e.offset));
        c += utf8;
        if (c.size() >= 1 << 20) {  // the directory is written in pieces, never held whole
            CD_TRY(writeRaw(c));
            c.clear();
        }
    }
    CD_TRY(writeRaw(c));
    const qint64 centralSize = m_file.pos() - centralOffset;
    if (centralOffset > m_limit || m_file.pos() > m_limit)
        return makeError(ErrorCode::Invalid, tr("The evidence package would exceed 4 GiB, more than a zip archive "
                                                "without Zip64 can hold. Export a shorter period."));
    QByteArray eocd;
    put32(eocd, kEndOfCentral);
    put16(eocd, 0);
    put16(eocd, 0);
    put16(eocd, quint16(m_entries.size()));
    put16(eocd, quint16(m_entries.size()));
    put32(eocd, quint32(centralSize));
    put32(eocd, quint32(centralOffset));
    put16(eocd, 0);
    CD_TRY(writeRaw(eocd));
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0) {
        m_failed = true;
        return ioError();
    }
    m_file.close();
    // rename(2) replaces an existing target in one step.
    if (std::rename(QFile::encodeName(partPath()).constData(), QFile::encodeName(m_target).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(strerror(errno));
        abandon();
        return makeError(ErrorCode::Failed,
                         tr("Could not move the package to %1: %2").arg(QDir::toNativeSeparators(m_target), why));
    }
    durable::syncDirectoryOf(m_target, nullptr);  // best effort: the package is complete either way
    m_finished = true;
    return {};
}

void ZipWriter::abandon()
{
    m_current.reset();
    if (m_file.isOpen())
        m_file.close();
    QFile::remove(partPath());
    m_failed = true;
}

} // namespace cd::evidence
