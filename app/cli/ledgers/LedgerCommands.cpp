// verify-ledger: walks both ledgers' hash chains (audit log, deletion log) and names the ledger
// and the first broken row.
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "core/ledgers/Ledgers.h"
#include "core/access/Session.h"

#include <QJsonArray>
#include <QJsonObject>

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

    static QJsonObject toJson(const LedgerCheck &c)
    {
        const LedgerVerification &v = c.result;
        return {{QStringLiteral("ledger"), ledgerId(c.kind)},
                {QStringLiteral("ok"), v.ok},
                {QStringLiteral("rows"), v.rows},
                {QStringLiteral("firstBrokenSeq"), v.firstBrokenSeq},
                {QStringLiteral("reason"), v.reason},
                {QStringLiteral("headHash"), QString::fromLatin1(v.headHash.toHex())}};
    }

    static int verify(Context &ctx, const ParsedArgs &)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto checks = verifyLedgers(*session.value());
        if (!checks)
            return ctx.fail(checks.error());

        // The first broken ledger (else the audit log) fills the top-level fields, so a script
        // reads one answer; "ledgers" has each one.
        const LedgerCheck *first = &checks.value().front();
        for (const LedgerCheck &c : checks.value())
            if (!c.result.ok) {
                first = &c;
                break;
            }
        if (ctx.json()) {
            QJsonObject top = toJson(*first);
            QJsonArray all;
            for (const LedgerCheck &c : checks.value())
                all.append(toJson(c));
            top.insert(QStringLiteral("ledgers"), all);
            out::printJson(top);
        } else {
            for (const LedgerCheck &c : checks.value()) {
                const LedgerVerification &v = c.result;
                if (v.ok)
                    out::print(tr("The %1 is intact. Entries checked: %2. Head hash: %3")
                                   .arg(ledgerDisplayName(c.kind)).arg(v.rows).arg(QString::fromLatin1(v.headHash.toHex())));
                else
                    out::print(tr("The %1 has been altered. First broken entry: %2 (%3).")
                                   .arg(ledgerDisplayName(c.kind), seqLabel(c.result), v.reason));
            }
        }
        if (!first->result.ok) {
            // "<ledger> seq N" stays untranslated so that scripts find it in any language.
            out::printError(tr("Ledger verification failed: %1 %2.").arg(ledgerId(first->kind), seqLabel(first->result)));
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
          LedgerCommands::tr("Check the hash chains of the audit log and the deletion log from the first entry to the "
                "last. Exit code 0: both intact; 1: altered, and the ledger and its first broken entry are named "
                "(\"audit seq N\", \"deletion seq N\")."),
          {}, {}, 0, 0},
         &LedgerCommands::verify},
    };
}

} // namespace cd::cli
