// verify-ledger: walks the audit log's hash chain and names the first broken row.
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "core/ledgers/AuditLog.h"
#include "core/access/Session.h"

namespace cd::cli {

namespace {

class LedgerCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::LedgerCommands)
public:
    // "seq N" stays untranslated so that scripts find the row in any language.
    static QString seqLabel(const LedgerVerification &v)
    {
        return QStringLiteral("seq ") + QString::number(v.firstBrokenSeq);
    }

    static int verify(Context &ctx, const ParsedArgs &)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        Session &s = *session.value();
        if (auto allowed = s.require(Permission::ViewAudit, QStringLiteral("ledger.verify")); !allowed)
            return ctx.fail(allowed.error());
        auto result = AuditLog::verify(s.db());
        if (!result)
            return ctx.fail(result.error());
        const LedgerVerification &v = result.value();
        const QString head = QString::fromLatin1(v.headHash.toHex());

        if (ctx.json()) {
            out::printJson({{QStringLiteral("ok"), v.ok},
                            {QStringLiteral("rows"), v.rows},
                            {QStringLiteral("firstBrokenSeq"), v.firstBrokenSeq},
                            {QStringLiteral("reason"), v.reason},
                            {QStringLiteral("headHash"), head}});
        } else if (v.ok) {
            out::print(tr("The audit log is intact. Entries checked: %1.").arg(v.rows));
            out::print(tr("Head hash: %1").arg(head));
        } else {
            out::print(tr("The audit log has been altered. First broken entry: %1 (%2).").arg(seqLabel(v), v.reason));
        }
        if (!v.ok) {
            out::printError(tr("Audit log verification failed at %1.").arg(seqLabel(v)));
            return ExitFailed;
        }
        return ExitOk;
    }
};

} // namespace

std::vector<Command> ledgerCommands()
{
    return {
        {{QStringLiteral("verify-ledger"), QString(),
          LedgerCommands::tr("Check the audit log's hash chain from the first entry to the last. Exit code 0: intact; "
                "1: altered, and the first broken entry is named (\"seq N\")."),
          {}, {}, 0, 0},
         &LedgerCommands::verify},
    };
}

} // namespace cd::cli
