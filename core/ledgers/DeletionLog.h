#pragma once
// The deletion log: one hash-chained, append-only row per deletion, saying what was deleted
// (category, counts, record ids), where (locally or at which vendor, with its receipt), why
// (withdrawal, expiry, request, retention), by whom and when — never the personal data itself.
#include "HashChain.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Database;

struct DeletionEntry {
    qint64 seq = 0;
    qint64 at = 0;
    qint64 actorId = 0;     // 0: a job of the console
    QString actorName;
    QString reason;         // "withdrawal", "expiry", "request", "retention", "manual"
    QString reasonRef;      // e.g. the consent id or request id
    QString category;       // e.g. "face-data"
    QString subjectRef;     // pseudonym, or "*" for a purge
    QString location;       // "local" or the vendor's code
    QString counts;         // "face-image=120;face-template=1"
    QString recordIds;      // local record ids, or empty for vendor data (see the digest)
    QString receiptId;      // the vendor's receipt id ("" for local deletions)
    QString digest;         // hex SHA-256 over the erased item ids, as the vendor reported it
};

// What the deletion-log page filters by; an empty field or 0 does not filter.
struct DeletionFilter {
    QString reason;      // exact, e.g. "request"
    QString location;    // exact: "local" or a vendor's code
    qint64 fromMs = 0;   // at >= fromMs
    qint64 toMs = 0;     // at < toMs
};

class Session;

class DeletionLog {
    Q_DECLARE_TR_FUNCTIONS(cd::DeletionLog)
public:
    static Result<qint64> append(Database &db, const DeletionEntry &entry);
    static Result<LedgerVerification> verify(Database &db);
    static const ChainTable &table();  // its hashed columns (the evidence package writes them out)
    static Result<std::vector<DeletionEntry>> page(Database &db, qint64 beforeSeq, int limit);
    // The same newest first, filtered, for a reader (needs ViewAudit; a refusal is audited).
    static Result<std::vector<DeletionEntry>> page(Session &session, const DeletionFilter &filter, qint64 beforeSeq,
                                                   int limit);
    // The locations that occur in the log ("local" and vendor codes), for a filter's choices.
    static Result<QStringList> locations(Session &session);
    static QString formatCounts(const QMap<QString, qint64> &counts);
};

} // namespace cd
