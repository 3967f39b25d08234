#pragma once
// Reads a zip archive written by ZipWriter (or by any zip tool: stored or deflated entries,
// without Zip64) for verify-evidence: the list of entries and each one's bytes, checked against
// its CRC-32. Safe on any bytes: a damaged or foreign file gives a clear error.
#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <vector>

namespace cd::evidence {

class ZipReader {
    Q_DECLARE_TR_FUNCTIONS(cd::evidence::ZipReader)
public:
    struct Entry {
        QString name;
        quint16 method = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0, size = 0, localOffset = 0;
    };

    static Result<ZipReader> open(const QString &path);
    const std::vector<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &name) const;
    // The entry's bytes, inflated and checked; refuses entries larger than `maxBytes`.
    Result<QByteArray> read(const Entry &entry, qint64 maxBytes = qint64(1) << 31) const;
    Result<QByteArray> read(const QString &name, qint64 maxBytes = qint64(1) << 31) const;

private:
    QString m_path;
    std::vector<Entry> m_entries;
};

} // namespace cd::evidence
