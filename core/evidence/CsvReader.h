#pragma once
// Reads back the CSV CsvWriter writes (UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF):
// verify-evidence reads the ledgers from a package with it. exactText() undoes the apostrophe
// that keeps a ledger cell exact (core/ledgers/LedgerSeal).
#include "core/base/Result.h"

#include <QByteArray>
#include <QStringList>
#include <functional>

namespace cd::evidence {

// Calls `row` for each row (the header included); stops with false. Err on a malformed file.
Result<void> forEachCsvRow(const QByteArray &bytes, const std::function<bool(const QStringList &)> &row);
QString exactText(const QString &cell);

} // namespace cd::evidence
