#pragma once
// The mechanism both ledgers share (audit log, deletion log): append-only rows where
// hash = SHA-256(prev_hash || canonical(fields)), and a verifier naming the first broken row.
// Canonical bytes: integers as 8-byte big-endian, text as 4-byte big-endian length + UTF-8.
#include "core/base/Result.h"

#include <QByteArray>
#include <QString>
#include <variant>
#include <vector>

namespace cd {

class Database;

using ChainField = std::variant<qint64, QString>;

struct ChainTable {
    const char *table;          // e.g. "audit_log"
    const char *columns;        // the hashed columns in canonical order, first one "seq"
    int columnCount;
    const char *kinds;          // per column, as append() writes it: 'i' integer (NULL counts as 0), 't' text
};

struct LedgerVerification {
    bool ok = true;
    qint64 rows = 0;
    qint64 firstBrokenSeq = 0;  // 0 when ok
    QString reason;             // translated
    QByteArray headHash;
};

namespace hashchain {

QByteArray canonical(const std::vector<ChainField> &fields);
QByteArray genesis();  // 32 zero bytes: the prev_hash of row 1

// Appends a row: `fields` are the hashed columns after seq (seq is chosen here, last + 1).
// Runs in its own (nested) transaction so reading the head and inserting cannot interleave.
Result<qint64> append(Database &db, const ChainTable &t, std::vector<ChainField> fields);
Result<LedgerVerification> verify(Database &db, const ChainTable &t);

} // namespace hashchain
} // namespace cd
