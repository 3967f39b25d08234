#include "Ledgers.h"
#include "AuditLog.h"
#include "DeletionLog.h"
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
