#pragma once
// The period's records as the package's CSV files (and the files beside them: notices/, signs/).
// Each file is one query streamed row by row into the zip: nothing holds the whole period.
// Headers are in the package's language. Personal fields are masked unless `fullRecords`.
// docs/evidence.md lists every file and column.
#include "PackageSeal.h"
#include "core/base/Result.h"
#include "core/requests/ResponseLetter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <limits>
#include <unordered_map>
#include <vector>

namespace cd {
class Query;
class Session;
} // namespace cd

namespace cd::evidence {

class CsvWriter;

struct TableContext {
    Session &session;
    EntrySink &sink;
    qint64 fromMs = 0, toMs = 0;  // the period, [fromMs, toMs) in UTC milliseconds
    bool fullRecords = false;
    LetterText words;             // the package's language
    std::function<Result<void>()> tick;  // called every few hundred rows: returns the cancel error

    QString header(const char *source) const;            // a column name, translated
    QString time(const Query &q, int column) const;      // local time, ISO 8601; empty for NULL
    QString name(const QString &fullName) const;         // masked unless fullRecords
    QString phone(const QString &fullPhone) const;

    // time(): the UTC offset of each UTC day the rows touched (a few hundred a year), or
    // kOffsetVaries for a day with a zone transition.
    mutable std::unordered_map<qint64, int> offsetByDay;
    static constexpr int kOffsetVaries = std::numeric_limits<int>::min();
};

// One CSV file: its header sources and the rows of one query. `bind` binds the query's
// parameters; `row` turns the current row into cells.
struct CsvTable {
    QString file;
    // Marked QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", ...): translated into the
    // package's language (LetterText), whatever the console's.
    std::vector<const char *> columns;
    const char *sql;
    std::function<void(Query &)> bind;
    std::function<QStringList(const Query &)> row;
};

// Streams `table` into the sink; returns the rows written.
Result<qint64> writeCsv(TableContext &ctx, const CsvTable &table);

// Each writes its files through ctx.sink.
Result<void> writeConsentTables(TableContext &ctx);     // consents.csv, notices.csv, notices/*.txt
Result<void> writeRequestTables(TableContext &ctx);     // requests.csv, request_events.csv
Result<void> writeCameraTables(TableContext &ctx);      // cameras.csv, camera_mode_changes.csv, signs.csv, signs/*
Result<void> writeComplianceTables(TableContext &ctx);  // vendor_agreements.csv, piias.csv, filing.csv, incidents.csv
Result<void> writeLedgerExtracts(TableContext &ctx);    // deletions.csv, audit.csv

} // namespace cd::evidence
