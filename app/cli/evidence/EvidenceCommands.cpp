// export-evidence: the regulator's evidence package for a period (docs/evidence.md), signed with
// the store identity of the signed-in officer. Ctrl+C (or SIGTERM) cancels it: the partial file
// is removed.
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "core/access/Session.h"
#include "core/evidence/EvidenceExport.h"
#include "core/ledgers/LedgerSeal.h"
#include "core/reporting/EvidenceReport.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace cd::cli {

namespace {

std::atomic_bool g_cancel{false};  // lock-free: safe to set from a signal handler

extern "C" void cancelExport(int) { g_cancel = true; }

class EvidenceCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::EvidenceCommands)
public:
    static Result<QDate> day(const ParsedArgs &args, const QString &name)
    {
        const QDate d = QDate::fromString(args.value(name), Qt::ISODate);
        if (!args.has(name) || !d.isValid())
            return makeError(ErrorCode::Usage, tr("--%1 needs a day as YYYY-MM-DD.").arg(name));
        return d;
    }

    static int exportEvidence(Context &ctx, const ParsedArgs &args)
    {
        evidence::EvidenceOptions options;
        auto from = day(args, QStringLiteral("from"));
        if (!from)
            return ctx.fail(from.error());
        auto to = day(args, QStringLiteral("to"));
        if (!to)
            return ctx.fail(to.error());
        options.from = from.value();
        options.to = to.value();
        options.language = args.has(QStringLiteral("lang")) ? args.value(QStringLiteral("lang")) : QStringLiteral("zh_CN");
        if (options.language != QLatin1String("zh_CN") && options.language != QLatin1String("en"))
            return ctx.fail(makeError(ErrorCode::Usage, tr("--lang is zh_CN or en.")));
        options.fullRecords = args.has(QStringLiteral("full-records"));
        const QString outPath = args.value(QStringLiteral("out"));
        if (outPath.isEmpty())
            return ctx.fail(makeError(ErrorCode::Usage, tr("--out needs the package's file name.")));

        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        Session &s = *session.value();
        // Refused (and audited) before the seal is asked for the identity a staff slot lacks.
        if (auto allowed = s.require(Permission::ExportEvidence, QStringLiteral("evidence.export")); !allowed)
            return ctx.fail(allowed.error());
        auto seal = sealForEvidence(s);
        if (!seal)
            return ctx.fail(seal.error());
        options.writeReport = [&](QIODevice &out, const std::function<bool(int)> &progress) {
            reporting::EvidenceReportOptions report;
            report.period = {QDateTime(options.from, QTime(0, 0)).toMSecsSinceEpoch(),
                             QDateTime(options.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch()};
            report.language = options.language;
            return reporting::EvidenceReport::write(s, report, out, progress);
        };

        evidence::ExportProgress progress;
        progress.cancel = &g_cancel;
        QString lastStep;
        if (!ctx.json()) {
            progress.report = [&lastStep](int, const QString &step) {
                if (step != lastStep)
                    out::printError(step + QStringLiteral("…"));
                lastStep = step;
            };
        }
        std::signal(SIGINT, cancelExport);
        std::signal(SIGTERM, cancelExport);
        auto written = evidence::EvidenceExport::write(s, options, seal.value(), outPath, progress);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        if (!written)
            return ctx.fail(written.error());
        if (ctx.json())
            out::printJson({{QStringLiteral("path"), written->path},
                            {QStringLiteral("bytes"), written->bytes},
                            {QStringLiteral("files"), written->files}});
        else
            out::print(tr("Evidence package written: %1 (%n file(s), %2 bytes).", nullptr, written->files)
                           .arg(written->path)
                           .arg(written->bytes));
        return ExitOk;
    }
};

} // namespace

std::vector<Command> evidenceCommands()
{
    return {
        {{QStringLiteral("export-evidence"), EvidenceCommands::tr("--from DATE --to DATE --out FILE.zip [--lang zh_CN|en] [--full-records]"),
          EvidenceCommands::tr("Write the evidence package for a period: report.pdf, the records as CSV files, the notices in force, "
                "the ledgers and their signed heads, SHA256SUMS signed with the store identity and its public key. "
                "Officers only."),
          EvidenceCommands::tr("Names and phone numbers are masked and customers named by pseudonym unless --full-records is "
                "given. Anyone can check the package without the store: sha256sum -c SHA256SUMS, and openssl "
                "pkeyutl -verify -pubin -inkey public_key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig "
                "(docs/evidence.md). Ctrl+C cancels and leaves no file."),
          {{QStringLiteral("from"), EvidenceCommands::tr("DATE"), EvidenceCommands::tr("The period's first day (YYYY-MM-DD).")},
           {QStringLiteral("to"), EvidenceCommands::tr("DATE"), EvidenceCommands::tr("The period's last day (YYYY-MM-DD), included.")},
           {QStringLiteral("out"), EvidenceCommands::tr("FILE"), EvidenceCommands::tr("The zip file to write (replaced if it exists).")},
           {QStringLiteral("lang"), EvidenceCommands::tr("LANG"), EvidenceCommands::tr("The report's and the CSV headers' language: zh_CN (default) or en.")},
           {QStringLiteral("full-records"), QString(), EvidenceCommands::tr("Full names and phone numbers instead of masks.")}},
          0, 0},
         &EvidenceCommands::exportEvidence},
    };
}

} // namespace cd::cli
