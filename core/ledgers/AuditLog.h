#pragma once
// The append-only, hash-chained audit log. Each row's hash = SHA-256(prev_hash || canonical row
// bytes) (see docs/formats.md); triggers refuse UPDATE and DELETE; verify() walks the chain.
#include "HashChain.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace cd {

class Database;
class Session;

struct AuditEntry {
    qint64 seq = 0;
    qint64 at = 0;
    qint64 userId = 0;     // 0: the system (a job), or no user
    QString userName;
    QString action;        // e.g. "consent.register", "subject.view", "access.denied"
    QString objectType;    // e.g. "consent", "subject", "purpose"
    QString objectId;      // ids and pseudonyms only, never personal data
    QString detail;        // short, no personal data
    QByteArray prevHash;
    QByteArray hash;
};

class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(cd::AuditLog)
public:
    // Appends within the caller's transaction (or its own statement when none is open).
    static Result<void> append(Database &db, qint64 at, qint64 userId, const QString &userName,
                               const QString &action, const QString &objectType, const QString &objectId,
                               const QString &detail = {});
    // Convenience: the session's user and clock.
    static Result<void> append(Session &session, const QString &action, const QString &objectType,
                               const QString &objectId, const QString &detail = {});

    static Result<LedgerVerification> verify(Database &db);
    // The same, for a signed-in user: requires the ViewAudit permission (refusals are audited).
    static Result<LedgerVerification> verify(Session &session);
    static Result<std::vector<AuditEntry>> page(Session &session, qint64 beforeSeq, int limit,
                                                const QString &actionPrefix = {});
    // Rows with seq < beforeSeq (0: from the newest), newest first.
    static Result<std::vector<AuditEntry>> page(Database &db, qint64 beforeSeq, int limit,
                                                const QString &actionPrefix = {});
    static Result<qint64> count(Database &db);

    static QByteArray canonicalBytes(const AuditEntry &e);
    static const ChainTable &table();  // its hashed columns (the evidence package writes them out)
};

} // namespace cd
