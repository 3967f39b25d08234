// sweep [--dry-run], retention list: the retention timers from a script or a timer
// (resources/systemd runs `jobs run`, which includes the sweep, as the jobs role).
#include "RetentionCommands.h"
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "core/access/Session.h"

#include <QJsonArray>

namespace cd::cli {

namespace {

class RetentionCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::RetentionCommands)
public:
    static int sweep(Context &ctx, const ParsedArgs &args)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto result = RetentionService(*session.value()).sweep(args.has(QStringLiteral("dry-run")));
        if (!result)
            return ctx.fail(result.error());
        if (ctx.json())
            out::printJson(sweepJson(result.value()));
        else
            out::print(sweepText(result.value()));
        return ExitOk;
    }

    static int list(Context &ctx, const ParsedArgs &)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto items = RetentionService(*session.value()).schedule();
        if (!items)
            return ctx.fail(items.error());
        const qint64 now = session.value()->clock().nowMs();
        QJsonArray json;
        QList<QStringList> rows;
        for (const RetentionItem &i : items.value()) {
            const QString due = out::localTime(i.dueAt);
            json.append(QJsonObject{{QStringLiteral("kind"), retentionKindId(i.kind)}, {QStringLiteral("ref"), i.ref},
                                    {QStringLiteral("due"), QDateTime::fromMSecsSinceEpoch(i.dueAt, Qt::UTC)
                                                                .toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("isDue"), i.dueAt <= now}, {QStringLiteral("queued"), i.queued}});
            rows.append({retentionKindName(i.kind), i.ref,
                         i.dueAt <= now ? tr("%1 (due now)").arg(due) : due,
                         i.queued ? tr("waiting for the vendor's receipt") : QString()});
        }
        if (ctx.json()) {
            out::printJson({{QStringLiteral("items"), json}});
            return ExitOk;
        }
        QStringList rules;
        for (RetentionKind k : allRetentionKinds())
            rules << QStringLiteral("%1: %2").arg(retentionKindName(k), retentionRuleText(k));
        out::print(rules.join(QLatin1Char('\n')));
        out::print(rows.isEmpty() ? tr("Nothing is held under a retention timer.")
                                  : out::table({tr("Kind"), tr("Item"), tr("Due"), tr("State")}, rows));
        return ExitOk;
    }
};

} // namespace

QJsonObject sweepJson(const SweepResult &r)
{
    QJsonArray actions;
    for (const SweepAction &a : r.actions) {
        QJsonArray seqs;
        for (qint64 s : a.deletionSeqs)
            seqs.append(s);
        actions.append(QJsonObject{{QStringLiteral("kind"), retentionKindId(a.kind)},
                                   {QStringLiteral("count"), a.count},
                                   {QStringLiteral("refs"), QJsonArray::fromStringList(a.refs)},
                                   {QStringLiteral("deletionSeqs"), seqs},
                                   {QStringLiteral("vendorJobs"), a.vendorJobs}});
    }
    return {{QStringLiteral("dryRun"), r.dryRun}, {QStringLiteral("expiredConsents"), r.expiredConsents},
            {QStringLiteral("actions"), actions}, {QStringLiteral("total"), r.total()}};
}

QString sweepText(const SweepResult &r)
{
    QStringList lines;
    lines << (r.dryRun ? RetentionCommands::tr("Dry run: nothing was changed.")
                       : RetentionCommands::tr("Retention sweep done."));
    lines << (r.dryRun ? RetentionCommands::tr("Consents that would expire: %1")
                       : RetentionCommands::tr("Consents expired: %1")).arg(r.expiredConsents);
    if (r.actions.empty())
        lines << RetentionCommands::tr("Nothing is due.");
    for (const SweepAction &a : r.actions) {
        QString line = RetentionCommands::tr("%1: %2").arg(retentionKindName(a.kind)).arg(a.count);
        if (a.vendorJobs)
            line += RetentionCommands::tr(" (vendor jobs queued: %1)").arg(a.vendorJobs);
        if (!a.deletionSeqs.empty())
            line += RetentionCommands::tr(" (deletion log %1)").arg(a.deletionSeqs.front())
                    + (a.deletionSeqs.size() > 1 ? QStringLiteral("–%1").arg(a.deletionSeqs.back()) : QString());
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

std::vector<Command> retentionCommands()
{
    return {
        {{QStringLiteral("sweep"), QStringLiteral("[--dry-run]"),
          RetentionCommands::tr("Run the retention timers: expire consents, erase customers' personal fields and closed "
                                "requests whose period is over, end enrolments not renewed in time and queue the "
                                "vendors' purges and erasures. One deletion-log entry per action. Jobs role or officer."),
          {},
          {{QStringLiteral("dry-run"), QString(), RetentionCommands::tr("Only count what is due; write nothing.")}},
          0, 0},
         &RetentionCommands::sweep},
        {{QStringLiteral("retention list"), QString(),
          RetentionCommands::tr("Show the retention rules and what is due when, soonest first."), {}, {}, 0, 0},
         &RetentionCommands::list},
    };
}

} // namespace cd::cli
