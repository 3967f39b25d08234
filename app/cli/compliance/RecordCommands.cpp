// filing show | record, incident add | list | notify-authority | notify-people | not-notifying |
// close: the filing with the authority and the incident register (core/compliance).
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "core/access/Session.h"
#include "core/compliance/FilingService.h"
#include "core/compliance/IncidentService.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace cd::cli {

namespace {

class RecordCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::RecordCommands)
public:
    static QString iso(qint64 ms) { return ms ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(Qt::ISODate) : QString(); }

    // An optional local date and time (ISO 8601, e.g. 2026-12-01T14:30); 0 when absent.
    static Result<qint64> timeOption(const ParsedArgs &args, const QString &name, const QString &cmd)
    {
        if (!args.has(name))
            return qint64(0);
        QDateTime t = QDateTime::fromString(args.value(name), Qt::ISODate);
        if (!t.isValid())
            return usageError(tr("--%1 must be a date and time such as 2026-12-01T14:30.").arg(name), cmd);
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeSpec(Qt::LocalTime);
        return t.toMSecsSinceEpoch();
    }

    static Result<qint64> idArgument(const ParsedArgs &args, const QString &cmd)
    {
        bool ok = false;
        const qint64 id = args.positionals().value(0).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(tr("Give the incident's id, as \"incident list\" shows it."), cmd);
        return id;
    }

    static QJsonObject filingJson(const FilingRecord &r)
    {
        return {{QStringLiteral("id"), r.id},
                {QStringLiteral("reachedOn"), r.crossedOn.toString(Qt::ISODate)},
                {QStringLiteral("people"), r.holders},
                {QStringLiteral("threshold"), r.threshold},
                {QStringLiteral("deadline"), r.deadline.toString(Qt::ISODate)},
                {QStringLiteral("deadlineEstimated"), r.deadlineEstimated},
                {QStringLiteral("withdrawn"), r.withdrawn},
                {QStringLiteral("filedOn"), r.filed() ? QJsonValue(r.filedOn.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("authority"), r.filed() ? QJsonValue(r.authority) : QJsonValue()},
                {QStringLiteral("reference"), r.filed() ? QJsonValue(r.reference) : QJsonValue()},
                {QStringLiteral("documentSha256"), r.documentSha256.isEmpty() ? QJsonValue() : QJsonValue(r.documentSha256)}};
    }

    static int filingShow(Context &ctx, const ParsedArgs &)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        FilingService filing(*session.value());
        if (auto noted = filing.note(); !noted)
            return ctx.fail(noted.error());
        auto current = filing.current();
        if (!current)
            return ctx.fail(current.error());
        if (ctx.json()) {
            out::printJson({{QStringLiteral("filing"), current.value() ? QJsonValue(filingJson(*current.value())) : QJsonValue()}});
        } else if (!current.value() || current.value()->withdrawn) {
            out::print(tr("The filing threshold has not been reached."));
        } else if (current.value()->open()) {
            out::print(filing.openFilingText(*current.value()));
        } else {
            const FilingRecord &r = *current.value();
            out::print(tr("Threshold reached on %1; filed on %2 with %3, reference %4.")
                           .arg(r.crossedOn.toString(Qt::ISODate), r.filedOn.toString(Qt::ISODate), r.authority, r.reference));
        }
        return ExitOk;
    }

    static int filingRecord(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("filing record");
        for (const char *required : {"filed-on", "authority", "reference"})
            if (!args.has(QLatin1String(required)))
                return ctx.fail(usageError(tr("--%1 is required.").arg(QLatin1String(required)), cmd));
        FilingInput in;
        in.filedOn = QDate::fromString(args.value(QStringLiteral("filed-on")), Qt::ISODate);
        if (!in.filedOn.isValid())
            return ctx.fail(usageError(tr("--filed-on must be a date such as 2026-12-31."), cmd));
        in.authority = args.value(QStringLiteral("authority"));
        in.reference = args.value(QStringLiteral("reference"));
        if (args.has(QStringLiteral("receipt"))) {
            const QString path = args.value(QStringLiteral("receipt"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
                return ctx.fail(makeError(ErrorCode::Usage, tr("The file %1 cannot be read or is empty.").arg(path)));
            in.document = {QFileInfo(path).fileName(), file.readAll()};
        }
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto r = FilingService(*session.value()).recordFiling(in);
        if (!r)
            return ctx.fail(r.error());
        if (ctx.json())
            out::printJson(filingJson(r.value()));
        else
            out::print(tr("The filing made on %1 is recorded; the banner is gone.").arg(r->filedOn.toString(Qt::ISODate)));
        return ExitOk;
    }

    static QJsonObject incidentJson(const IncidentRecord &r)
    {
        return {{QStringLiteral("id"), r.id},
                {QStringLiteral("title"), r.facts.title},
                {QStringLiteral("description"), r.facts.description},
                {QStringLiteral("occurredAt"), r.facts.occurredAt ? QJsonValue(iso(r.facts.occurredAt)) : QJsonValue()},
                {QStringLiteral("foundAt"), iso(r.facts.foundAt)},
                {QStringLiteral("categories"), r.facts.categories},
                {QStringLiteral("peopleAffected"), r.facts.peopleAffected},
                {QStringLiteral("measures"), r.facts.measures},
                {QStringLiteral("authorityNotifiedAt"), r.authorityNotifiedAt ? QJsonValue(iso(r.authorityNotifiedAt)) : QJsonValue()},
                {QStringLiteral("authority"), r.authorityName.isEmpty() ? QJsonValue() : QJsonValue(r.authorityName)},
                {QStringLiteral("peopleNotifiedAt"), r.peopleNotifiedAt ? QJsonValue(iso(r.peopleNotifiedAt)) : QJsonValue()},
                {QStringLiteral("peopleNotNotifiedReason"),
                 r.peopleNotNotifiedReason.isEmpty() ? QJsonValue() : QJsonValue(r.peopleNotNotifiedReason)},
                {QStringLiteral("closedAt"), r.closedAt ? QJsonValue(iso(r.closedAt)) : QJsonValue()}};
    }

    static int printIncident(Context &ctx, const Result<IncidentRecord> &r, const QString &done)
    {
        if (!r)
            return ctx.fail(r.error());
        if (ctx.json())
            out::printJson(incidentJson(r.value()));
        else
            out::print(done.arg(r->id));
        return ExitOk;
    }

    static int incidentAdd(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("incident add");
        for (const char *required : {"title", "description", "categories", "people", "measures"})
            if (!args.has(QLatin1String(required)))
                return ctx.fail(usageError(tr("--%1 is required.").arg(QLatin1String(required)), cmd));
        auto people = args.integer(QStringLiteral("people"), 0, 1000000000);
        if (!people)
            return ctx.fail(people.error());
        auto occurred = timeOption(args, QStringLiteral("occurred-at"), cmd);
        if (!occurred)
            return ctx.fail(occurred.error());
        auto found = timeOption(args, QStringLiteral("found-at"), cmd);
        if (!found)
            return ctx.fail(found.error());
        IncidentInput in;
        in.title = args.value(QStringLiteral("title"));
        in.description = args.value(QStringLiteral("description"));
        in.categories = args.value(QStringLiteral("categories"));
        in.peopleAffected = people.value().value_or(0);
        in.measures = args.value(QStringLiteral("measures"));
        in.occurredAt = occurred.value();
        in.foundAt = found.value();
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        return printIncident(ctx, IncidentService(*session.value()).add(in), tr("Recorded incident %1."));
    }

    static int incidentList(Context &ctx, const ParsedArgs &args)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto all = IncidentService(*session.value()).list(args.has(QStringLiteral("open")));
        if (!all)
            return ctx.fail(all.error());
        QJsonArray array;
        QList<QStringList> rows;
        for (const IncidentRecord &r : all.value()) {
            array.append(incidentJson(r));
            rows << QStringList{QString::number(r.id), iso(r.facts.foundAt), r.facts.title,
                                QString::number(r.facts.peopleAffected), iso(r.authorityNotifiedAt),
                                r.peopleNotifiedAt ? iso(r.peopleNotifiedAt)
                                                   : (r.peopleNotNotifiedReason.isEmpty() ? QString() : tr("not needed")),
                                r.open() ? tr("open") : tr("closed")};
        }
        if (ctx.json())
            out::printJson({{QStringLiteral("incidents"), array}});
        else if (rows.isEmpty())
            out::print(tr("No incident is recorded."));
        else
            out::print(out::table({tr("Id"), tr("Found"), tr("Title"), tr("People"), tr("Authority notified"),
                                   tr("People notified"), tr("Status")},
                                  rows));
        return ExitOk;
    }

    static int incidentChange(Context &ctx, const ParsedArgs &args, const QString &cmd,
                              const std::function<Result<IncidentRecord>(IncidentService &, qint64, qint64)> &change,
                              const QString &done)
    {
        auto id = idArgument(args, cmd);
        if (!id)
            return ctx.fail(id.error());
        auto at = timeOption(args, QStringLiteral("at"), cmd);
        if (!at)
            return ctx.fail(at.error());
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        IncidentService incidents(*session.value());
        return printIncident(ctx, change(incidents, id.value(), at.value() ? at.value() : session.value()->clock().nowMs()),
                             done);
    }

    static int notifyAuthority(Context &ctx, const ParsedArgs &args)
    {
        const QString authority = args.value(QStringLiteral("authority"));
        return incidentChange(ctx, args, QStringLiteral("incident notify-authority"),
                              [&](IncidentService &s, qint64 id, qint64 at) { return s.recordAuthorityNotified(id, at, authority); },
                              tr("Recorded that the authority was notified of incident %1."));
    }

    static int notifyPeople(Context &ctx, const ParsedArgs &args)
    {
        return incidentChange(ctx, args, QStringLiteral("incident notify-people"),
                              [](IncidentService &s, qint64 id, qint64 at) { return s.recordPeopleNotified(id, at); },
                              tr("Recorded that the people affected by incident %1 were notified."));
    }

    static int notNotifying(Context &ctx, const ParsedArgs &args)
    {
        const QString reason = args.value(QStringLiteral("reason"));
        return incidentChange(ctx, args, QStringLiteral("incident not-notifying"),
                              [&](IncidentService &s, qint64 id, qint64) { return s.recordPeopleNotNotified(id, reason); },
                              tr("Recorded why the people affected by incident %1 are not notified."));
    }

    static int close(Context &ctx, const ParsedArgs &args)
    {
        return incidentChange(ctx, args, QStringLiteral("incident close"),
                              [](IncidentService &s, qint64 id, qint64) { return s.close(id); }, tr("Closed incident %1."));
    }
};

} // namespace

std::vector<Command> recordCommands()
{
    using R = RecordCommands;
    const OptionSpec at{QStringLiteral("at"), RecordCommands::tr("TIME"), RecordCommands::tr("When it was done (local, e.g. 2026-12-01T14:30; default now).")};
    return {
        {{QStringLiteral("filing show"), QString(),
          RecordCommands::tr("Show whether the face-data filing threshold was reached, the deadline, and the filing."), {}, {}, 0, 0},
         &R::filingShow},
        {{QStringLiteral("filing record"), RecordCommands::tr("--filed-on DATE --authority TEXT --reference TEXT [--receipt FILE]"),
          RecordCommands::tr("Record the filing made with the authority after the threshold was reached. Privacy officers only."),
          RecordCommands::tr("The banner stays until this is recorded; a recorded filing cannot be changed."),
          {{QStringLiteral("filed-on"), RecordCommands::tr("DATE"), RecordCommands::tr("The day the filing was made (YYYY-MM-DD).")},
           {QStringLiteral("authority"), RecordCommands::tr("TEXT"), RecordCommands::tr("The authority it was filed with.")},
           {QStringLiteral("reference"), RecordCommands::tr("TEXT"), RecordCommands::tr("The reference number on the receipt.")},
           {QStringLiteral("receipt"), RecordCommands::tr("FILE"), RecordCommands::tr("The receipt, kept encrypted in the database.")}},
          0, 0},
         &R::filingRecord},
        {{QStringLiteral("incident add"),
          RecordCommands::tr("--title T --description T --categories T --people N --measures T [--occurred-at TIME] [--found-at TIME]"),
          RecordCommands::tr("Record a security incident (PIPL Art. 57). Privacy officers only."), {},
          {{QStringLiteral("title"), RecordCommands::tr("TEXT"), RecordCommands::tr("A short title.")},
           {QStringLiteral("description"), RecordCommands::tr("TEXT"), RecordCommands::tr("What happened.")},
           {QStringLiteral("categories"), RecordCommands::tr("TEXT"), RecordCommands::tr("The categories of personal information involved.")},
           {QStringLiteral("people"), RecordCommands::tr("N"), RecordCommands::tr("How many people are affected.")},
           {QStringLiteral("measures"), RecordCommands::tr("TEXT"), RecordCommands::tr("The remedial measures taken.")},
           {QStringLiteral("occurred-at"), RecordCommands::tr("TIME"), RecordCommands::tr("When it happened, if known.")},
           {QStringLiteral("found-at"), RecordCommands::tr("TIME"), RecordCommands::tr("When it was found (default now).")}},
          0, 0},
         &R::incidentAdd},
        {{QStringLiteral("incident list"), RecordCommands::tr("[--open]"), RecordCommands::tr("List the incident register."), {},
          {{QStringLiteral("open"), QString(), RecordCommands::tr("Only incidents not yet closed.")}}, 0, 0},
         &R::incidentList},
        {{QStringLiteral("incident notify-authority"), RecordCommands::tr("ID --authority TEXT [--at TIME]"),
          RecordCommands::tr("Record that the authority was notified of an incident."), {},
          {{QStringLiteral("authority"), RecordCommands::tr("TEXT"), RecordCommands::tr("The authority notified.")}, at}, 1, 1},
         &R::notifyAuthority},
        {{QStringLiteral("incident notify-people"), RecordCommands::tr("ID [--at TIME]"),
          RecordCommands::tr("Record that the people affected by an incident were notified."), {}, {at}, 1, 1},
         &R::notifyPeople},
        {{QStringLiteral("incident not-notifying"), RecordCommands::tr("ID --reason TEXT"),
          RecordCommands::tr("Record why the people affected are not notified: the measures that effectively avoid harm."), {},
          {{QStringLiteral("reason"), RecordCommands::tr("TEXT"), RecordCommands::tr("Which measures avoid harm to them.")}}, 1, 1},
         &R::notNotifying},
        {{QStringLiteral("incident close"), RecordCommands::tr("ID"),
          RecordCommands::tr("Close an incident once the authority and the people affected are answered for."), {}, {}, 1, 1},
         &R::close},
    };
}

} // namespace cd::cli
