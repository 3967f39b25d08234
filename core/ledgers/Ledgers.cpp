#include "Ledgers.h"
#include "AuditLog.h"
#include "DeletionLog.h"
#include "Checkpoints.h"
#include "LedgerHeads.h"
#include "core/access/Session.h"
#include "core/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {

namespace {

constexpr const char *kLastVerificationKey = "ledgers.last_verification";

// {"at":…,"by":"…","ledgers":[{"ledger":"audit","ok":true,"rows":…,"broken":0},…]}: ids, counts
// and a user name, nothing personal.
QByteArray encodeVerification(const Session &session, const std::vector<LedgerCheck> &checks)
{
    QJsonArray ledgers;
    for (const LedgerCheck &c : checks)
        ledgers.append(QJsonObject{{QStringLiteral("ledger"), ledgerId(c.kind)},
                                   {QStringLiteral("ok"), c.result.ok},
                                   {QStringLiteral("rows"), c.result.rows},
                                   {QStringLiteral("broken"), c.result.firstBrokenSeq}});
    return QJsonDocument(QJsonObject{{QStringLiteral("at"), session.clock().nowMs()},
                                     {QStringLiteral("by"), session.user().name},
                                     {QStringLiteral("ledgers"), ledgers}})
        .toJson(QJsonDocument::Compact);
}

// Marks the named ledger's check failed at `seq` (the first failure found wins).
void markBroken(std::vector<LedgerCheck> &checks, const QString &ledger, qint64 seq, const QString &reason)
{
    for (LedgerCheck &c : checks) {
        if (ledgerId(c.kind) != ledger || !c.result.ok)
            continue;
        c.result.ok = false;
        c.result.firstBrokenSeq = seq;
        c.result.reason = reason;
        c.result.headHash.clear();
    }
}

// Part 6: every signed head and certificate, the last checkpoint outside the database, and the
// signed-in user's own key (a database whose keys were all replaced passes the rest).
Result<void> verifySignatures(Session &session, std::vector<LedgerCheck> &checks)
{
    Database &db = session.db();
    auto heads = LedgerHeads::verify(db);
    if (!heads)
        return heads.error();
    if (!heads->ok) {
        markBroken(checks, heads->ledger, heads->seq, heads->reason);
        return {};
    }
    auto points = Checkpoints::read(db, Checkpoints::pathFor(session.databasePath()));
    if (!points) {
        markBroken(checks, ledgerId(LedgerKind::Audit), 0, points.error().message);
        return {};
    }
    if (!points->empty()) {
        if (auto broken = Checkpoints::notExtended(db, points->back())) {
            markBroken(checks, broken->ledger, broken->seq, broken->reason);
            return {};
        }
    }
    const crypto::SigningKey &own = session.signingKey();
    if (!own.isNull()) {
        auto id = SigningKeys::keyIdOf(db, own.publicKey);
        if (!id)
            return id.error();
        if (id.value() == 0)
            markBroken(checks, ledgerId(LedgerKind::Audit), 0,
                       QCoreApplication::translate("cd::Ledgers", "your own signing key is not among the store's "
                                                                  "keys: the keys in this database were replaced"));
    }
    auto identity = SigningKeys::identityPublicKey(db);
    if (!identity)
        return identity.error();
    if (!session.identityKey().isNull() && session.identityKey().publicKey != identity.value())
        markBroken(checks, ledgerId(LedgerKind::Audit), 0,
                   QCoreApplication::translate("cd::Ledgers", "the store identity in this database is not the one "
                                                              "your keyslot holds: it was replaced"));
    return {};
}

} // namespace

bool LedgerHealth::ok() const
{
    for (const Ledger &l : ledgers)
        if (!l.ok)
            return false;
    return verifiedAt != 0;
}

QString ledgerId(LedgerKind kind)
{
    return kind == LedgerKind::Audit ? QStringLiteral("audit") : QStringLiteral("deletion");
}

QString ledgerDisplayName(LedgerKind kind)
{
    return kind == LedgerKind::Audit ? QCoreApplication::translate("cd::Ledgers", "audit log")
                                     : QCoreApplication::translate("cd::Ledgers", "deletion log");
}

Result<std::vector<LedgerCheck>> verifyLedgers(Session &session)
{
    CD_TRY(session.require(Permission::ViewAudit, QStringLiteral("ledger.verify")));
    std::vector<LedgerCheck> checks;
    for (LedgerKind kind : {LedgerKind::Audit, LedgerKind::Deletion}) {
        auto v = kind == LedgerKind::Audit ? AuditLog::verify(session.db()) : DeletionLog::verify(session.db());
        if (!v)
            return v.error();
        checks.push_back({kind, v.value()});
    }
    if (!checks[0].result.ok || !checks[1].result.ok)
        return checks;  // a broken chain first: the signatures below trust the stored hashes
    CD_TRY(verifySignatures(session, checks));
    return checks;
}

Result<void> recordLedgerVerification(Session &session, const std::vector<LedgerCheck> &checks)
{
    CD_TRY(session.require(Permission::ViewAudit, QStringLiteral("ledger.verify")));
    auto keep = session.db().query("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
    keep.bind(1, QString::fromLatin1(kLastVerificationKey)).bind(2, QString::fromUtf8(encodeVerification(session, checks)));
    return keep.run();
}

Result<LedgerHealth> ledgerHealth(Session &session)
{
    CD_TRY(session.ensureUnlocked());
    if (!roleAllows(session.user().role, Permission::ViewAudit))
        CD_TRY(session.require(Permission::ViewCompliance, QStringLiteral("ledger.health")));
    Database &db = session.db();
    LedgerHealth health;
    auto q = db.query("SELECT value FROM meta WHERE key = ?1");
    q.bind(1, QString::fromLatin1(kLastVerificationKey));
    auto row = q.step();
    if (!row)
        return row.error();
    const QJsonObject last = row.value() ? QJsonDocument::fromJson(q.text(0).toUtf8()).object() : QJsonObject();
    health.verifiedAt = qint64(last.value(QStringLiteral("at")).toDouble());
    health.verifiedBy = last.value(QStringLiteral("by")).toString();
    const QJsonArray verified = last.value(QStringLiteral("ledgers")).toArray();
    for (LedgerKind kind : {LedgerKind::Audit, LedgerKind::Deletion}) {
        LedgerHealth::Ledger l;
        l.kind = kind;
        for (const QJsonValue &v : verified) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("ledger")).toString() != ledgerId(kind))
                continue;
            l.ok = o.value(QStringLiteral("ok")).toBool();
            l.rowsVerified = qint64(o.value(QStringLiteral("rows")).toDouble());
            l.firstBrokenSeq = qint64(o.value(QStringLiteral("broken")).toDouble());
        }
        auto now = db.queryInt(kind == LedgerKind::Audit ? "SELECT coalesce(max(seq), 0) FROM audit_log"
                                                         : "SELECT coalesce(max(seq), 0) FROM deletion_log");
        if (!now)
            return now.error();
        l.rowsNow = now.value();
        health.ledgers.push_back(l);
    }
    return health;
}

} // namespace cd
