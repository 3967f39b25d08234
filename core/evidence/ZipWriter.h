#pragma once
// A streaming zip writer (Qt has no public one): each entry is deflated as it is written, with a
// data descriptor after it, so that no entry is ever held whole in memory; the central directory
// goes at the end. The archive is written to `<target>.part`, synced and renamed over the target
// by finish(); destroyed unfinished, it removes the partial file. Plain zip without Zip64: an
// entry or an archive of 4 GiB or more, or more than 65,535 entries, is refused with an error.
// Each entry's SHA-256 is computed while it streams (for SHA256SUMS).
#include "PackageSeal.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

namespace cd::evidence {

class ZipEntryDevice;

class ZipWriter : public EntrySink {
    Q_DECLARE_TR_FUNCTIONS(cd::evidence::ZipWriter)
public:
    struct Entry {
        QString name;
        QByteArray sha256;  // 32 bytes, of the uncompressed content
        quint32 crc = 0;
        qint64 size = 0, compressedSize = 0, offset = 0;
    };

    // `modified`: the time stamped on every entry (local time, as zip keeps it). `limit`: the
    // largest size or offset written (a test lowers it to reach the refusal).
    ZipWriter(QString targetPath, QDateTime modified, qint64 limit = kMaxZip32);
    ~ZipWriter() override;
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    Result<void> open();
    Result<QIODevice *> begin(const QString &name) override;
    Result<void> end() override;
    Result<void> add(const QString &name, const QByteArray &content);  // begin, write, end
    // Central directory, fsync, rename over the target.
    Result<void> finish();
    // Removes the partial file (also done by the destructor when not finished).
    void abandon();
    // Once `flag` is set, every write to an entry fails with `error`: whoever streams into the
    // zip (the ledgers, the report) stops at its next write.
    void stopWhen(const std::atomic_bool *flag, Error error)
    {
        m_stop = flag;
        m_stopError = std::move(error);
    }

    const std::vector<Entry> &entries() const { return m_entries; }
    qint64 bytes() const;  // written so far
    QString partPath() const { return m_target + QStringLiteral(".part"); }

    // The largest size or offset plain zip can record.
    static constexpr qint64 kMaxZip32 = 0xFFFFFFFELL;

private:
    friend class ZipEntryDevice;
    Result<void> writeRaw(const QByteArray &bytes);
    Error ioError() const;

    QString m_target;
    QDateTime m_modified;
    qint64 m_limit;
    QFile m_file;
    std::unique_ptr<ZipEntryDevice> m_current;
    std::vector<Entry> m_entries;
    const std::atomic_bool *m_stop = nullptr;
    Error m_stopError;
    bool m_finished = false;
    bool m_failed = false;
};

} // namespace cd::evidence
