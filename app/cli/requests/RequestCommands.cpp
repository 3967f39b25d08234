// request add | list | show | advance | fulfil: data-subject requests from the terminal. Every
// change is a RequestService use case (the one transition table, audited); lists show pseudonyms
// and masked contact details only, and overdue requests are listed whatever the filter. `fulfil`
// runs vendors/RequestFulfiller and writes the letters as PDF (core/reporting).
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "core/access/Session.h"
#include "core/access/UserService.h"
#include "core/cameras/VendorSettings.h"
#include "core/consent/SubjectService.h"
#include "core/requests/OpenDsrImport.h"
#include "core/requests/RequestService.h"
#include "core/reporting/LetterFiles.h"
#include "core/store/Database.h"
#include "vendors/RequestFulfiller.h"
#include "vendors/VendorManager.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <QJsonArray>

namespace cd::cli {

namespace {

class RequestCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::RequestCommands)
public:
    static int add(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("request add");
        const auto type = RequestRules::typeFromId(args.value(QStringLiteral("type")));
        if (!type)
            return ctx.fail(usageError(tr("--type must be one of: %1.").arg(typeIds()), cmd));
        const bool bySubject = args.has(QStringLiteral("subject"));
        if (bySubject == (args.has(QStringLiteral("name")) || args.has(QStringLiteral("phone"))))
            return ctx.fail(usageError(tr("Give either --subject PSEUDONYM or, for someone not matched yet, --name and --phone."), cmd));
        RequestIntake in;
        in.type = *type;
        if (args.has(QStringLiteral("channel"))) {
            const auto channel = RequestRules::channelFromId(args.value(QStringLiteral("channel")));
            if (!channel)
                return ctx.fail(usageError(tr("--channel must be counter, phone, online or letter."), cmd));
            in.channel = *channel;
        }
        in.contactName = args.value(QStringLiteral("name"));
        in.contactPhone = args.value(QStringLiteral("phone"));
        in.details = args.value(QStringLiteral("details"));

        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        Session &s = *session.value();
        if (bySubject) {
            auto found = SubjectService(s).findByPseudonym(args.value(QStringLiteral("subject")));
            if (!found)
                return ctx.fail(found.error());
            in.subjectId = found->id;
        }
        RequestService service(s);
        auto row = service.intake(in);
        if (!row)
            return ctx.fail(row.error());
        if (ctx.json())
            out::printJson(rowJson(row.value()));
        else
            out::print(tr("Request %1 taken in: %2, due %3.")
                           .arg(row->id)
                           .arg(RequestRules::stateName(row->state), row->deadline.due.toString(Qt::ISODate))
                       + estimateNote(row.value()));
        return ExitOk;
    }

    static int list(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("request list");
        RequestFilter filter;
        if (args.has(QStringLiteral("state"))) {
            filter.state = RequestRules::stateFromId(args.value(QStringLiteral("state")));
            if (!filter.state)
                return ctx.fail(usageError(tr("--state must be one of: %1.").arg(stateIds()), cmd));
        }
        if (args.has(QStringLiteral("type"))) {
            filter.type = RequestRules::typeFromId(args.value(QStringLiteral("type")));
            if (!filter.type)
                return ctx.fail(usageError(tr("--type must be one of: %1.").arg(typeIds()), cmd));
        }
        filter.includeClosed = args.has(QStringLiteral("all"));
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        RequestService service(*session.value());
        auto rows = service.list(filter);
        if (!rows)
            return ctx.fail(rows.error());
        const QStringList problems = service.calendar().problems();
        if (ctx.json()) {
            QJsonArray array;
            for (const RequestRow &r : rows.value())
                array.append(rowJson(r));
            out::printJson({{QStringLiteral("requests"), array},
                            {QStringLiteral("count"), qint64(rows->size())},
                            {QStringLiteral("calendarProblems"), QJsonArray::fromStringList(problems)}});
            return ExitOk;
        }
        QList<QStringList> cells;
        QList<int> uncovered;
        for (const RequestRow &r : rows.value()) {
            const bool open = RequestRules::isOpen(r.state);
            QString left = open ? QString::number(r.deadline.daysLeft) : QString();
            if (open && r.deadline.overdue)
                left += QLatin1Char(' ') + (r.shownBecauseOverdue ? tr("OVERDUE (always shown)") : tr("OVERDUE"));
            if (open && r.deadline.paused)
                left += QLatin1Char(' ') + tr("(paused)");
            if (open && r.deadline.estimated)
                left += QLatin1Char('*');
            for (int y : r.deadline.uncoveredYears)
                if (!uncovered.contains(y))
                    uncovered << y;
            cells << QStringList{QString::number(r.id), RequestRules::typeId(r.type), RequestRules::stateId(r.state),
                                 r.subjectPseudonym.isEmpty() ? r.maskedContact : r.subjectPseudonym,
                                 open ? r.deadline.due.toString(Qt::ISODate) : QString(), left, r.assignedTo};
        }
        out::print(out::table({tr("Id"), tr("Type"), tr("State"), tr("Customer"), tr("Due"), tr("Working days left"),
                               tr("Officer")},
                              cells));
        out::print(tr("Requests shown: %1.").arg(rows->size()));
        std::sort(uncovered.begin(), uncovered.end());
        if (!uncovered.isEmpty())
            out::print(QStringLiteral("* ") + WorkingCalendar::fallbackNote(uncovered));
        for (const QString &p : problems)
            out::printError(tr("Calendar file refused: %1").arg(p));
        return ExitOk;
    }

    static int show(Context &ctx, const ParsedArgs &args)
    {
        const auto id = requestId(args, QStringLiteral("request show"));
        if (!id)
            return ctx.fail(id.error());
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto d = RequestService(*session.value()).show(id.value());
        if (!d)
            return ctx.fail(d.error());
        if (ctx.json()) {
            QJsonObject o = rowJson(d->row);
            QJsonArray events;
            for (const RequestEvent &e : d->events)
                events.append(QJsonObject{{QStringLiteral("at"), out::isoUtc(e.at)}, {QStringLiteral("actor"), e.actor},
                                          {QStringLiteral("action"), e.action}, {QStringLiteral("from"), e.fromState},
                                          {QStringLiteral("to"), e.toState}, {QStringLiteral("note"), e.note}});
            o.insert(QStringLiteral("details"), d->details);
            o.insert(QStringLiteral("identityMethod"), d->identityMethod);
            o.insert(QStringLiteral("identityBy"), d->identityBy);
            o.insert(QStringLiteral("identityAt"), out::isoUtc(d->identityAt));
            o.insert(QStringLiteral("extensionReason"), d->extensionReason);
            o.insert(QStringLiteral("refusalLetter"), d->refusalLetter);
            o.insert(QStringLiteral("events"), events);
            out::printJson(o);
            return ExitOk;
        }
        const RequestRow &r = d->row;
        QStringList lines;
        lines << tr("Request %1: %2, %3").arg(r.id).arg(RequestRules::typeName(r.type), RequestRules::stateName(r.state));
        lines << tr("Customer: %1").arg(r.subjectPseudonym.isEmpty() ? r.maskedContact : r.subjectPseudonym);
        lines << tr("Received: %1").arg(out::localTime(r.receivedAt));
        if (RequestRules::isOpen(r.state))
            lines << tr("Due: %1 (%2 working days left)").arg(r.deadline.due.toString(Qt::ISODate)).arg(r.deadline.daysLeft)
                         + estimateNote(r);
        if (!d->identityMethod.isEmpty())
            lines << tr("Identity: %1, by %2 at %3")
                         .arg(RequestRules::methodName(*RequestRules::methodFromId(d->identityMethod)), d->identityBy,
                              out::localTime(d->identityAt));
        if (!d->refusalLetter.isEmpty())
            lines << QString() << d->refusalLetter << QString();
        lines << tr("Timeline:");
        for (const RequestEvent &e : d->events)
            lines << QStringLiteral("  %1  %2  %3 -> %4  %5  %6")
                         .arg(out::localTime(e.at), e.actor, e.fromState, e.toState, e.action, e.note)
                         .trimmed();
        out::print(lines.join(QLatin1Char('\n')));
        return ExitOk;
    }

    static int advance(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("request advance");
        const auto id = requestId(args, cmd);
        if (!id)
            return ctx.fail(id.error());
        const auto action = RequestRules::actionFromId(args.positionals().at(1));
        if (!action)
            return ctx.fail(usageError(tr("The action must be one of: %1.").arg(actionIds()), cmd));
        RequestActionInput in;
        in.note = args.value(QStringLiteral("reason"));
        if (args.has(QStringLiteral("method"))) {
            const auto method = RequestRules::methodFromId(args.value(QStringLiteral("method")));
            if (!method)
                return ctx.fail(usageError(tr("--method must be id-document, phone-code or member-account."), cmd));
            in.method = *method;  // "face" parses, so that the service refuses it with the reason
        } else if (*action == RequestAction::VerifyIdentity) {
            return ctx.fail(usageError(tr("verify-identity needs --method."), cmd));
        }
        auto days = args.integer(QStringLiteral("days"), 1, 60);
        if (!days)
            return ctx.fail(usageError(days.error().message, cmd));
        in.extensionDays = int(days.value().value_or(0));

        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        Session &s = *session.value();
        if (args.has(QStringLiteral("subject"))) {
            auto found = SubjectService(s).findByPseudonym(args.value(QStringLiteral("subject")));
            if (!found)
                return ctx.fail(found.error());
            in.subjectId = found->id;
        }
        if (args.has(QStringLiteral("to"))) {
            auto user = UserService::findByName(s.db(), args.value(QStringLiteral("to")));
            if (!user)
                return ctx.fail(user.error());
            in.assigneeId = user->id;
        }
        auto row = RequestService(s).apply(id.value(), *action, in);
        if (!row)
            return ctx.fail(row.error());
        if (ctx.json())
            out::printJson(rowJson(row.value()));
        else
            out::print(tr("Request %1 is now %2.").arg(row->id).arg(RequestRules::stateName(row->state)));
        return ExitOk;
    }

    static int fulfil(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("request fulfil");
        const auto id = requestId(args, cmd);
        if (!id)
            return ctx.fail(id.error());
        FulfilOptions options;
        options.language = args.has(QStringLiteral("lang")) ? args.value(QStringLiteral("lang")) : QStringLiteral("zh_CN");
        if (options.language != QLatin1String("zh_CN") && options.language != QLatin1String("en"))
            return ctx.fail(usageError(tr("--lang must be zh_CN or en."), cmd));
        if (args.has(QStringLiteral("name")))
            options.correction.name = args.value(QStringLiteral("name"));
        if (args.has(QStringLiteral("phone")))
            options.correction.phone = args.value(QStringLiteral("phone"));
        if (args.has(QStringLiteral("birth-date"))) {
            const QDate birth = QDate::fromString(args.value(QStringLiteral("birth-date")), Qt::ISODate);
            if (!birth.isValid())
                return ctx.fail(usageError(tr("--birth-date must be a date like 1990-05-31."), cmd));
            options.correction.birthDate = birth;
        }
        options.note = args.value(QStringLiteral("note"));
        const QString out = args.value(QStringLiteral("out"));
        QStringList written;
        options.deliver = [&](const ResponseLetter &letter, const SubjectPackage *package) -> Result<void> {
            if (out.isEmpty())
                return package ? Result<void>(usageError(tr("An access, copy or portability request needs --out: "
                                                            "where to write the customer's package."),
                                                         cmd))
                               : Result<void>();
            return writeLetter(out, id.value(), letter, package, written);
        };
        if (!ctx.json())
            options.progress = [](const QString &step) { out::printError(step + QStringLiteral("…")); };

        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        VendorManagerOptions vendorOptions = VendorManagerOptions::defaultsFor(ctx.databasePath());
        if (auto stored = VendorSettings(*session.value()).all())
            vendorOptions.settings = withStoredSettings(vendorOptions.settings, stored.value());
        VendorManager vendors(*session.value(), vendorOptions);
        vendors.startAll();
        auto done = RequestFulfiller(*session.value(), vendors).fulfil(id.value(), options);
        if (!done)
            return ctx.fail(done.error());
        if (ctx.json()) {
            QJsonObject o = rowJson(done->row);
            o.insert(QStringLiteral("files"), QJsonArray::fromStringList(written));
            o.insert(QStringLiteral("vendorErasuresPending"), done->vendorErasuresPending);
            out::printJson(o);
        } else if (done->row.state == RequestState::Completed) {
            out::print(tr("Request %1 is fulfilled and completed.").arg(done->row.id));
            for (const QString &f : written)
                out::print(tr("Written: %1").arg(f));
        } else {
            out::print(tr("Request %1 is awaiting vendors: %2 vendor erasure(s) still need a receipt. It completes by "
                          "itself once they are in (the console's scheduler or \"jobs run\"); run this command again "
                          "for the letter.")
                           .arg(done->row.id)
                           .arg(done->vendorErasuresPending));
        }
        return ExitOk;
    }

    // request import FILE [--dry-run]: OpenDSR v2.0 requests, all or nothing (docs/requests.md).
    static int importOpenDsr(Context &ctx, const ParsedArgs &args)
    {
        const bool dryRun = args.has(QStringLiteral("dry-run"));
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto done = OpenDsrImport(*session.value()).importFile(args.positionals().at(0), dryRun);
        if (!done)
            return ctx.fail(done.error());
        if (ctx.json()) {
            QJsonArray list;
            for (const ImportedRequest &r : done.value())
                list.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("externalId"), r.externalId},
                                        {QStringLiteral("type"), RequestRules::typeId(r.type)},
                                        {QStringLiteral("state"), RequestRules::stateId(r.state)},
                                        {QStringLiteral("matched"), r.matched}});
            out::printJson({{QStringLiteral("dryRun"), dryRun}, {QStringLiteral("count"), qint64(done->size())},
                            {QStringLiteral("requests"), list}});
            return ExitOk;
        }
        QStringList lines;
        lines << (dryRun ? tr("The file is valid: %n request(s) would be imported; nothing was written.", nullptr,
                              int(done->size()))
                         : tr("Imported %n request(s).", nullptr, int(done->size())));
        for (const ImportedRequest &r : done.value())
            lines << QStringLiteral("  %1  %2  %3  %4")
                         .arg(dryRun ? QStringLiteral("-") : QString::number(r.id), r.externalId,
                              RequestRules::typeId(r.type), RequestRules::stateId(r.state));
        out::print(lines.join(QLatin1Char('\n')));
        return ExitOk;
    }

private:
    static Result<void> writeLetter(const QString &out, qint64 id, const ResponseLetter &letter,
                                    const SubjectPackage *package, QStringList &written)
    {
        auto files = reporting::LetterFiles::write(out, id, letter, package);
        if (!files)
            return files.error();
        written << files.value();
        return {};
    }

    template <typename E>
    static QString ids(const QList<E> &all, QString (*id)(E))
    {
        QStringList out;
        for (E e : all)
            out << id(e);
        return out.join(QStringLiteral(", "));
    }
    static QString typeIds() { return ids(RequestRules::allTypes(), &RequestRules::typeId); }
    static QString stateIds() { return ids(RequestRules::allStates(), &RequestRules::stateId); }
    static QString actionIds() { return ids(RequestRules::allActions(), &RequestRules::actionId); }

    static Result<qint64> requestId(const ParsedArgs &args, const QString &cmd)
    {
        bool ok = false;
        const qint64 id = args.positionals().at(0).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(tr("The request id must be a positive number."), cmd);
        return id;
    }

    static QString estimateNote(const RequestRow &r)
    {
        return r.deadline.estimated ? QLatin1Char('\n') + WorkingCalendar::fallbackNote(r.deadline.uncoveredYears) : QString();
    }

    static QJsonObject rowJson(const RequestRow &r)
    {
        const bool open = RequestRules::isOpen(r.state);
        QJsonArray uncovered;
        for (int y : r.deadline.uncoveredYears)
            uncovered.append(y);
        return {{QStringLiteral("id"), r.id},
                {QStringLiteral("type"), RequestRules::typeId(r.type)},
                {QStringLiteral("state"), RequestRules::stateId(r.state)},
                {QStringLiteral("channel"), RequestRules::channelId(r.channel)},
                {QStringLiteral("subject"), r.subjectPseudonym},
                {QStringLiteral("maskedContact"), r.maskedContact},
                {QStringLiteral("receivedAt"), out::isoUtc(r.receivedAt)},
                {QStringLiteral("due"), r.deadline.due.toString(Qt::ISODate)},
                {QStringLiteral("daysLeft"), open ? QJsonValue(r.deadline.daysLeft) : QJsonValue()},
                {QStringLiteral("overdue"), r.deadline.overdue},
                {QStringLiteral("shownBecauseOverdue"), r.shownBecauseOverdue},
                {QStringLiteral("paused"), r.deadline.paused},
                {QStringLiteral("extensionDays"), r.extensionDays},
                {QStringLiteral("estimated"), r.deadline.estimated},
                {QStringLiteral("uncoveredYears"), uncovered},
                {QStringLiteral("assignedTo"), r.assignedTo},
                {QStringLiteral("closedAt"), out::isoUtc(r.closedAt)}};
    }
};

} // namespace

std::vector<Command> requestCommands()
{
    return {
        {{QStringLiteral("request add"), RequestCommands::tr("--type TYPE (--subject PSEUDONYM | --name N --phone P) [options]"),
          RequestCommands::tr("Take in a data-subject request (PIPL Art. 44-50). A request not matched to a customer waits in "
                "\"needs identity\"."),
          RequestCommands::tr("Types: access, copy, portability, correction, deletion, withdrawal, restriction, explanation. The "
                "deadline is the response setting (default 15 working days) on China's holiday calendar."),
          {{QStringLiteral("type"), RequestCommands::tr("TYPE"), RequestCommands::tr("What the customer asks for.")},
           {QStringLiteral("subject"), RequestCommands::tr("PSEUDONYM"), RequestCommands::tr("The customer, e.g. S-ABCDEFGHJKLM.")},
           {QStringLiteral("name"), RequestCommands::tr("NAME"), RequestCommands::tr("Someone not matched to a customer yet: their name.")},
           {QStringLiteral("phone"), RequestCommands::tr("PHONE"), RequestCommands::tr("Someone not matched yet: a phone number to reach them.")},
           {QStringLiteral("channel"), RequestCommands::tr("CHANNEL"), RequestCommands::tr("counter (default), phone, online or letter.")},
           {QStringLiteral("details"), RequestCommands::tr("TEXT"), RequestCommands::tr("The request in the customer's words.")}},
          0, 0},
         &RequestCommands::add},
        {{QStringLiteral("request list"), RequestCommands::tr("[options]"),
          RequestCommands::tr("List open requests by working days left. Overdue requests are always listed, whatever the filter."), {},
          {{QStringLiteral("state"), RequestCommands::tr("STATE"), RequestCommands::tr("Only requests in this state.")},
           {QStringLiteral("type"), RequestCommands::tr("TYPE"), RequestCommands::tr("Only requests of this type.")},
           {QStringLiteral("all"), QString(), RequestCommands::tr("Closed requests too (the newest 100).")}},
          0, 0},
         &RequestCommands::list},
        {{QStringLiteral("request show"), RequestCommands::tr("ID"), RequestCommands::tr("Show a request, its deadline and its timeline."), {}, {}, 1, 1},
         &RequestCommands::show},
        {{QStringLiteral("request advance"), RequestCommands::tr("ID ACTION [options]"),
          RequestCommands::tr("Apply an action: verify-identity, start, await-vendors, complete, refuse, cancel, pause, resume, "
                "extend or assign. Only the transitions of the state machine are allowed."),
          RequestCommands::tr("refuse, cancel and extend need --reason; a refusal letter states the customer's right to complain "
                "and to sue (Art. 50). verify-identity needs --method (face recognition is never accepted) and, for a "
                "request not matched yet, --subject. extend needs --days; assign needs --to."),
          {{QStringLiteral("reason"), RequestCommands::tr("TEXT"), RequestCommands::tr("Why (refuse, cancel, extend), or a note.")},
           {QStringLiteral("method"), RequestCommands::tr("METHOD"), RequestCommands::tr("id-document, phone-code or member-account.")},
           {QStringLiteral("subject"), RequestCommands::tr("PSEUDONYM"), RequestCommands::tr("Who an unmatched request turned out to be from.")},
           {QStringLiteral("days"), RequestCommands::tr("N"), RequestCommands::tr("Working days of the one extension.")},
           {QStringLiteral("to"), RequestCommands::tr("USER"), RequestCommands::tr("The officer to assign the request to.")}},
          2, 2},
         &RequestCommands::advance},
        {{QStringLiteral("request fulfil"), RequestCommands::tr("ID [--out FILE_OR_DIR] [--lang zh_CN|en] [options]"),
          RequestCommands::tr("Fulfil a request end to end and write the customer's letter as a PDF (Art. 45-47)."),
          RequestCommands::tr("access, copy, portability: a letter of what is held, why, since when, for how long and who it was "
                "shared with (each vendor is asked what it holds), with JSON and CSV copies; --out is required. "
                "correction: --name, --phone or --birth-date. deletion, withdrawal: consents withdrawn, personal "
                "fields erased here and at every vendor with receipts; the request completes once every receipt is "
                "in. restriction, explanation: --note says what was done. A completed request writes its letter "
                "again."),
          {{QStringLiteral("out"), RequestCommands::tr("FILE_OR_DIR"), RequestCommands::tr("The letter's PDF file, or a folder for the files.")},
           {QStringLiteral("lang"), RequestCommands::tr("LANG"), RequestCommands::tr("The customer's language: zh_CN (default) or en.")},
           {QStringLiteral("name"), RequestCommands::tr("NAME"), RequestCommands::tr("Correction: the right name.")},
           {QStringLiteral("phone"), RequestCommands::tr("PHONE"), RequestCommands::tr("Correction: the right phone number.")},
           {QStringLiteral("birth-date"), RequestCommands::tr("DATE"), RequestCommands::tr("Correction: the right birth date (YYYY-MM-DD).")},
           {QStringLiteral("note"), RequestCommands::tr("TEXT"), RequestCommands::tr("Restriction, explanation: what was done.")}},
          1, 1},
         &RequestCommands::fulfil},
        {{QStringLiteral("request import"), RequestCommands::tr("FILE [--dry-run]"),
          RequestCommands::tr("Import OpenDSR v2.0 requests from a JSON file (one request or an array), all or nothing."),
          RequestCommands::tr("Each requester is matched to a customer only by the exact phone on record; the others wait in "
                "\"needs identity\". A malformed or hostile file is refused with the byte, line and column, and "
                "nothing is written."),
          {{QStringLiteral("dry-run"), QString(), RequestCommands::tr("Check the file against the store without writing.")}},
          1, 1},
         &RequestCommands::importOpenDsr},
    };
}

} // namespace cd::cli
