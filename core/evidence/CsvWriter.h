#pragma once
// CSV as spreadsheet programs in China open it: UTF-8 with a byte-order mark, RFC 4180 quoting,
// CRLF line ends. A cell that starts with = + - or @ gets a leading apostrophe, so that a
// spreadsheet shows it as text instead of running it as a formula (CSV injection); the
// apostrophe is part of the cell (docs/evidence.md). Rows are buffered in small pieces and
// written through to the device: a file of any length never sits in memory.
#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace cd::evidence {

class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(cd::evidence::CsvWriter)
public:
    explicit CsvWriter(QIODevice &device);  // writes the byte-order mark first
    Result<void> row(const QStringList &cells);
    Result<void> flush();  // before the device is closed
    qint64 rows() const { return m_rows; }

    static QByteArray cell(const QString &value);  // one quoted, defused cell

private:
    QIODevice &m_device;
    QByteArray m_buffer;
    qint64 m_rows = 0;
};

} // namespace cd::evidence
