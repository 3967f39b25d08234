#include "CsvWriter.h"

#include <QIODevice>

namespace cd::evidence {

namespace {
constexpr int kFlushAt = 64 * 1024;
}

CsvWriter::CsvWriter(QIODevice &device) : m_device(device) { m_buffer = QByteArray("\xEF\xBB\xBF"); }

QByteArray CsvWriter::cell(const QString &value)
{
    QByteArray b = value.toUtf8();
    if (!b.isEmpty() && (b[0] == '=' || b[0] == '+' || b[0] == '-' || b[0] == '@'))
        b.prepend('\'');
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r'))
        b = '"' + b.replace("\"", "\"\"") + '"';
    return b;
}

Result<void> CsvWriter::row(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer += ',';
        m_buffer += cell(cells[i]);
    }
    m_buffer += "\r\n";
    ++m_rows;
    if (m_buffer.size() >= kFlushAt)
        return flush();
    return {};
}

Result<void> CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    if (m_device.write(m_buffer) != m_buffer.size())
        return makeError(ErrorCode::Failed, tr("Could not write a CSV file: %1").arg(m_device.errorString()));
    m_buffer.clear();
    return {};
}

} // namespace cd::evidence
