#pragma once
// Erasing a customer locally (PIPL Art. 47): their personal fields go, and only what proof of
// past consent and the ledgers need stays — pseudonym, purposes, notice hashes, dates, the
// under-14 flag and whether a guardian consented (docs/erasure.md). One deletion-log entry and
// one audit entry per erasure, in the same transaction.
#include "core/base/Result.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Session;

struct SubjectErasureRequest {
    qint64 subjectId = 0;
    QString reason;     // deletion-log reason: "request", "withdrawal", "retention"
    QString reasonRef;  // e.g. the request id or the retention rule
};

struct SubjectErasureResult {
    QString pseudonym;
    qint64 consentsKept = 0;     // consent rows kept as proof, their guardian names erased
    qint64 deletionSeq = 0;      // the deletion-log entry written
    bool alreadyErased = false;  // nothing was left to erase: nothing written
};

// Many customers at once (the retention sweep): one deletion-log and one audit entry per call,
// listing every customer erased as "subject:<id>/<pseudonym>" (docs/erasure.md).
struct SubjectBatchErasure {
    qint64 erased = 0;       // customers whose fields were erased (already erased ones are skipped)
    qint64 deletionSeq = 0;  // 0 when nothing was erased
};

class SubjectErasure {
    Q_DECLARE_TR_FUNCTIONS(cd::SubjectErasure)
public:
    explicit SubjectErasure(Session &session) : m_session(session) {}

    // Refuses while any of the customer's consents is still granted: withdraw first (a
    // withdrawal request does both). Erasing twice writes nothing the second time.
    Result<SubjectErasureResult> erase(const SubjectErasureRequest &request);

    // The same rule for each of `subjectIds` (none may hold a granted consent: the whole call is
    // refused then), in one transaction. For the retention sweep's hundreds of thousands.
    Result<SubjectBatchErasure> eraseBatch(const std::vector<qint64> &subjectIds, const QString &reason,
                                           const QString &reasonRef);

    // Moves the write-ahead log into the database and empties it, so that no older copy of an
    // erased page stays in the -wal file. Run after erasures, outside any transaction.
    Result<void> flushWriteAheadLog();

private:
    Session &m_session;
};

} // namespace cd
