// verify-evidence: checks an evidence package with nothing but the package (no database, no
// key) and says in plain words what it checked; with --since, that its history extends an
// older package's.
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "core/evidence/EvidenceVerifier.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

class VerifyEvidence {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::VerifyEvidence)
public:
    static int run(Context &ctx, const ParsedArgs &args)
    {
        const QString path = args.positionals().value(0);
        const bool since = args.has(QStringLiteral("since"));
        auto check = since ? evidence::EvidenceVerifier::verifySince(path, args.value(QStringLiteral("since")))
                           : evidence::EvidenceVerifier::verify(path);
        if (!check)
            return ctx.fail(check.error());
        const evidence::EvidenceCheck &c = check.value();
        if (ctx.json()) {
            out::printJson({{QStringLiteral("ok"), c.ok},
                            {QStringLiteral("checked"), QJsonArray::fromStringList(c.checked)},
                            {QStringLiteral("failure"), c.failure},
                            {QStringLiteral("auditRows"), c.auditRows},
                            {QStringLiteral("deletionRows"), c.deletionRows},
                            {QStringLiteral("auditHead"), QString::fromLatin1(c.auditHead.toHex())},
                            {QStringLiteral("deletionHead"), QString::fromLatin1(c.deletionHead.toHex())}});
        } else {
            for (const QString &line : c.checked)
                out::print(QStringLiteral("✓ ") + line);
            if (c.ok)
                out::print(tr("The package is intact and signed by the store identity."));
            else
                out::printError(tr("The package does NOT verify: %1").arg(c.failure));
        }
        return c.ok ? ExitOk : ExitFailed;
    }
};

} // namespace

std::vector<Command> verifyEvidenceCommands()
{
    return {
        {{QStringLiteral("verify-evidence"), VerifyEvidence::tr("FILE.zip [--since OLD.zip]"),
          VerifyEvidence::tr("Check an evidence package without the store: its files, its signature, the ledgers and their "
                "signed heads. Needs no database and no passphrase."),
          VerifyEvidence::tr("With --since, also checks that the package's history extends the older package's: the same "
                "ledger rows up to the older heads. Exit code 1 when a check fails."),
          {{QStringLiteral("since"), VerifyEvidence::tr("OLD.zip"), VerifyEvidence::tr("An earlier package from the same store.")}},
          1, 1},
         &VerifyEvidence::run},
    };
}

} // namespace cd::cli
