#include "CsvReader.h"

#include <QCoreApplication>

namespace cd::evidence {

QString exactText(const QString &cell) { return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : cell; }

Result<void> forEachCsvRow(const QByteArray &bytes, const std::function<bool(const QStringList &)> &row)
{
    const Error malformed = makeError(ErrorCode::Damaged,
                                      QCoreApplication::translate("cd::evidence::CsvReader", "A CSV file is malformed."));
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype n = bytes.size();
    QStringList cells;
    QByteArray cell;
    bool quoted = false, wasQuoted = false;
    auto endCell = [&] {
        cells << QString::fromUtf8(cell);
        cell.clear();
        wasQuoted = false;
    };
    while (i < n) {
        const char c = bytes[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < n && bytes[i + 1] == '"') {
                    cell += '"';
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            cell += c;
            ++i;
            continue;
        }
        if (c == '"') {
            if (!cell.isEmpty() || wasQuoted)
                return malformed;
            quoted = wasQuoted = true;
        } else if (c == ',') {
            endCell();
        } else if (c == '\r' || c == '\n') {
            endCell();
            if (c == '\r' && i + 1 < n && bytes[i + 1] == '\n')
                ++i;
            if (!row(cells))
                return {};
            cells.clear();
        } else {
            cell += c;
        }
        ++i;
    }
    if (quoted)
        return malformed;
    if (!cell.isEmpty() || !cells.isEmpty()) {
        endCell();
        row(cells);
    }
    return {};
}

} // namespace cd::evidence
