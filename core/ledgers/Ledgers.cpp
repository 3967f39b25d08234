#include "Ledgers.h"
#include "AuditLog.h"
#include "DeletionLog.h"
#include "core/access/Session.h"

namespace cd {

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

} // namespace cd
