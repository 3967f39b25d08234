#pragma once
// The checkpoint file beside the database (<database>.checkpoints, Part 6): one JSON line per
// checkpoint, appended at each officer sign-in and retention sweep, holding both ledgers' heads
// signed by the officer's or the jobs user's key and linked to the line before. A key holder can
// rewrite the database but not these lines, so a database whose ledgers no longer extend the last
// line was cut or rewritten; it then opens read-only. Format: docs/formats.md.
#include "SigningKeys.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace cd {

class Database;
class Session;

struct Checkpoint {
    qint64 n = 0;  // 1, 2, … in file order
    qint64 at = 0;
    qint64 userId = 0, keyId = 0;
    QByteArray publicKey;
    qint64 auditSeq = 0, deletionSeq = 0;
    QByteArray auditHash, deletionHash;
    QByteArray identity;  // the store identity's public key as the signer knew it
    QByteArray prev;      // digest of the line before (zeros for the first)
    QByteArray signature;
};

class Checkpoints {
    Q_DECLARE_TR_FUNCTIONS(cd::Checkpoints)
public:
    static QString pathFor(const QString &databasePath) { return databasePath + QStringLiteral(".checkpoints"); }
    static QByteArray message(const QByteArray &databaseId, const Checkpoint &c);

    // Appends a checkpoint of the ledgers as they are now, signed by the session's key.
    static Result<Checkpoint> append(Session &session);
    // Every line, each checked (format, link, signature by a key the identity certified to an
    // officer, the jobs user or the identity itself). A missing file is an empty list.
    static Result<std::vector<Checkpoint>> read(Database &db, const QString &path);
    // Empty when the ledgers extend `c`; otherwise which ledger and row, and why (translated).
    struct Break {
        QString ledger;
        qint64 seq = 0;
        QString reason;
    };
    static std::optional<Break> notExtended(Database &db, const Checkpoint &c);
    // The first thing after a sign-in: a checkpoint file that was altered, or ledgers that do not
    // extend its last line, make the session read-only with the reason; an officer's sign-in that
    // passes appends a new line.
    static Result<void> atSignIn(Session &session);
};

} // namespace cd
