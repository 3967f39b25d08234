// consent add | withdraw | list. The customer's name and phone go into the encrypted database
// and nowhere else: output shows the pseudonym and masked forms only.
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "core/i18n/Language.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/RegistrationService.h"
#include "core/access/Session.h"
#include "core/consent/SubjectService.h"

#include <QJsonArray>

namespace cd::cli {

namespace {

class ConsentCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::ConsentCommands)
public:
    static int add(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("consent add");
        auto subjectInput = parseSubject(args, cmd);
        if (!subjectInput)
            return ctx.fail(subjectInput.error());
        if (!args.has(QStringLiteral("purpose")))
            return ctx.fail(usageError(tr("Name at least one purpose with --purpose CODE."), cmd));
        ConsentMethod method = ConsentMethod::CounterTablet;
        if (args.has(QStringLiteral("method"))) {
            const auto m = methodFromId(args.value(QStringLiteral("method")));
            if (!m)
                return ctx.fail(usageError(tr("Unknown method \"%1\": use counter_tablet, paper_form or kiosk.")
                                               .arg(args.value(QStringLiteral("method"))),
                                           cmd));
            method = *m;
        }
        auto guardian = parseGuardian(args, cmd);
        if (!guardian)
            return ctx.fail(guardian.error());

        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        Session &s = *session.value();
        RegistrationRequest request;
        request.method = method;
        request.guardian = guardian.value();
        PurposeService purposes(s);
        for (const QString &code : args.values(QStringLiteral("purpose"))) {
            auto purpose = purposes.findByCode(code);
            if (!purpose)
                return ctx.fail(purpose.error().code == ErrorCode::NotFound
                                    ? makeError(ErrorCode::NotFound, tr("There is no purpose \"%1\".").arg(code))
                                    : purpose.error());
            auto notice = purposes.currentNotice(purpose->id);
            if (!notice)
                return ctx.fail(notice.error());
            request.purposeIds.push_back(purpose->id);
            request.noticeShown[purpose->id] = notice->id;
            if (args.has(QStringLiteral("separate-consent")))
                request.separateConsentGiven.insert(purpose->id);
        }
        if (args.has(QStringLiteral("subject"))) {
            auto found = SubjectService(s).findByPseudonym(args.value(QStringLiteral("subject")));
            if (!found)
                return ctx.fail(found.error());
            request.existingSubjectId = found->id;
        } else {
            request.newSubject = *subjectInput.value();
        }
        auto registered = RegistrationService(s).registerCustomer(request);
        if (!registered)
            return ctx.fail(registered.error());
        const QString pseudonym = registered->pseudonym;
        const std::vector<qint64> &ids = registered->consentIds;
        QStringList dropped;
        for (const QString &code : registered->droppedPurposeCodes)
            dropped << code;

        if (ctx.json()) {
            QJsonArray array;
            for (qint64 id : ids)
                array.append(id);
            out::printJson({{QStringLiteral("subject"), pseudonym}, {QStringLiteral("consents"), array},
                            {QStringLiteral("notRegistered"), QJsonArray::fromStringList(dropped)}});
        } else {
            QStringList idText;
            for (qint64 id : ids)
                idText << QString::number(id);
            out::print(tr("Registered for subject %1. Consent ids: %2").arg(pseudonym, idText.join(QStringLiteral(", "))));
            if (!dropped.isEmpty())
                out::print(tr("Not registered, no separate consent given (use --separate-consent): %1")
                               .arg(dropped.join(QStringLiteral(", "))));
        }
        return ExitOk;
    }

    static int withdraw(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("consent withdraw");
        bool ok = false;
        const qint64 id = args.positionals().at(0).toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.fail(usageError(tr("The consent id must be a positive number."), cmd));
        const QString channel = args.has(QStringLiteral("channel")) ? args.value(QStringLiteral("channel"))
                                                                    : QStringLiteral("counter");
        static const QStringList channels = {QStringLiteral("counter"), QStringLiteral("phone"),
                                             QStringLiteral("online"), QStringLiteral("letter")};
        if (!channels.contains(channel))
            return ctx.fail(usageError(tr("Unknown channel \"%1\": use counter, phone, online or letter.").arg(channel), cmd));

        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        if (auto r = ConsentService(*session.value()).withdraw(id, channel); !r)
            return ctx.fail(r.error());
        if (ctx.json())
            out::printJson({{QStringLiteral("id"), id},
                            {QStringLiteral("status"), statusId(ConsentStatus::Withdrawn)},
                            {QStringLiteral("channel"), channel}});
        else
            out::print(tr("Consent %1 was withdrawn.").arg(id));
        return ExitOk;
    }

    static int list(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("consent list");
        auto limit = args.integer(QStringLiteral("limit"), 1, 10000000);
        if (!limit)
            return ctx.fail(limit.error());
        const qint64 wanted = limit.value().value_or(50);
        ConsentFilter filter;
        filter.search = args.value(QStringLiteral("search"));
        if (args.has(QStringLiteral("status"))) {
            filter.status = statusFromId(args.value(QStringLiteral("status")));
            if (!filter.status)
                return ctx.fail(usageError(tr("Unknown status \"%1\": use granted, withdrawn, expired or superseded.")
                                               .arg(args.value(QStringLiteral("status"))),
                                           cmd));
        }

        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        Session &s = *session.value();
        if (args.has(QStringLiteral("purpose"))) {
            auto purpose = PurposeService(s).findByCode(args.value(QStringLiteral("purpose")));
            if (!purpose)
                return ctx.fail(purpose.error().code == ErrorCode::NotFound
                                    ? makeError(ErrorCode::NotFound,
                                                tr("There is no purpose \"%1\".").arg(args.value(QStringLiteral("purpose"))))
                                    : purpose.error());
            filter.purposeId = purpose->id;
        }

        ConsentService consents(s);
        std::vector<ConsentRow> rows;
        qint64 beforeId = 0;
        const bool chinese = i18n::isChinese();
        while (qint64(rows.size()) < wanted) {
            const int chunk = int(qMin<qint64>(500, wanted - qint64(rows.size())));
            auto page = consents.page(filter, beforeId, chunk, chinese);
            if (!page)
                return ctx.fail(page.error());
            rows.insert(rows.end(), page->begin(), page->end());
            if (int(page->size()) < chunk)
                break;
            beforeId = page->back().id;
        }
        auto total = consents.count(filter);
        if (!total)
            return ctx.fail(total.error());

        if (ctx.json())
            out::printJson(listJson(rows, total.value()));
        else
            printTable(rows, total.value());
        return ExitOk;
    }

private:
    static Result<std::optional<SubjectInput>> parseSubject(const ParsedArgs &args, const QString &cmd)
    {
        const bool bySubject = args.has(QStringLiteral("subject"));
        const bool byPerson = args.has(QStringLiteral("name")) || args.has(QStringLiteral("phone"));
        if (bySubject == byPerson)
            return usageError(tr("Give either --subject PSEUDONYM or --name and --phone."), cmd);
        if (bySubject) {
            if (args.has(QStringLiteral("birth-date")) || args.has(QStringLiteral("age-band")))
                return usageError(tr("--birth-date and --age-band describe a new subject; they do not go with --subject."),
                                  cmd);
            return std::optional<SubjectInput>();
        }
        if (!args.has(QStringLiteral("name")) || !args.has(QStringLiteral("phone")))
            return usageError(tr("A new subject needs both --name and --phone."), cmd);
        SubjectInput in;
        in.name = args.value(QStringLiteral("name"));
        in.phone = args.value(QStringLiteral("phone"));
        if (args.has(QStringLiteral("birth-date")) && args.has(QStringLiteral("age-band")))
            return usageError(tr("Give --birth-date or --age-band, not both."), cmd);
        if (args.has(QStringLiteral("birth-date"))) {
            const QDate date = QDate::fromString(args.value(QStringLiteral("birth-date")), Qt::ISODate);
            if (!date.isValid())
                return usageError(tr("--birth-date must be a date written YYYY-MM-DD."), cmd);
            in.birthDate = date;
        }
        if (args.has(QStringLiteral("age-band"))) {
            in.ageBand = ageBandFromId(args.value(QStringLiteral("age-band")));
            if (in.ageBand == AgeBand::Unknown)
                return usageError(tr("--age-band must be under14, 14to17 or adult."), cmd);
        }
        return std::optional<SubjectInput>(in);
    }

    static Result<std::optional<Guardian>> parseGuardian(const ParsedArgs &args, const QString &cmd)
    {
        const bool any = args.has(QStringLiteral("guardian-name")) || args.has(QStringLiteral("guardian-relation"))
            || args.has(QStringLiteral("guardian-consent"));
        if (!any)
            return std::optional<Guardian>();
        if (!args.has(QStringLiteral("guardian-name")) || !args.has(QStringLiteral("guardian-relation")))
            return usageError(tr("A guardian needs both --guardian-name and --guardian-relation."), cmd);
        Guardian g;
        g.name = args.value(QStringLiteral("guardian-name"));
        g.relation = args.value(QStringLiteral("guardian-relation"));
        g.consented = args.has(QStringLiteral("guardian-consent"));
        return std::optional<Guardian>(g);
    }

    static QJsonObject listJson(const std::vector<ConsentRow> &rows, qint64 total)
    {
        QJsonArray array;
        for (const ConsentRow &r : rows) {
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("subject"), r.pseudonym},
                                     {QStringLiteral("maskedName"), r.maskedName},
                                     {QStringLiteral("maskedPhone"), r.maskedPhone},
                                     {QStringLiteral("purpose"), r.purposeCode},
                                     {QStringLiteral("purposeName"), r.purposeName},
                                     {QStringLiteral("noticeVersion"), r.noticeVersion},
                                     {QStringLiteral("method"), methodId(r.method)},
                                     {QStringLiteral("status"), statusId(r.status)},
                                     {QStringLiteral("separateConsent"), r.separateConsent},
                                     {QStringLiteral("guardian"), r.guardian},
                                     {QStringLiteral("needsRenewal"), r.needsRenewal},
                                     {QStringLiteral("grantedAt"), out::isoUtc(r.grantedAt)},
                                     {QStringLiteral("withdrawnAt"), out::isoUtc(r.withdrawnAt)},
                                     {QStringLiteral("staff"), r.staffName},
                                     {QStringLiteral("store"), r.storeCode}});
        }
        return {{QStringLiteral("consents"), array},
                {QStringLiteral("count"), qint64(rows.size())},
                {QStringLiteral("total"), total}};
    }

    static void printTable(const std::vector<ConsentRow> &rows, qint64 total)
    {
        QList<QStringList> cells;
        for (const ConsentRow &r : rows) {
            QString status = statusDisplayName(r.status);
            if (r.needsRenewal)
                status += QLatin1Char(' ') + tr("(renewal due)");
            cells << QStringList{QString::number(r.id), r.pseudonym, r.maskedName, r.maskedPhone, r.purposeCode,
                                 QString::number(r.noticeVersion), status, out::localTime(r.grantedAt), r.staffName};
        }
        out::print(out::table({tr("Id"), tr("Subject"), tr("Name"), tr("Phone"), tr("Purpose"),
                               tr("Notice", "notice version"), tr("Status"), tr("Granted"), tr("Staff")},
                              cells));
        out::print(tr("Consents shown: %1 of %2.").arg(rows.size()).arg(total));
    }
};

} // namespace

std::vector<Command> consentCommands()
{
    return {
        {{QStringLiteral("consent add"),
          ConsentCommands::tr("(--subject PSEUDONYM | --name N --phone P [--birth-date YYYY-MM-DD | --age-band BAND]) "
                "--purpose CODE [options]"),
          ConsentCommands::tr("Register a customer's consent to one or more purposes, each under the purpose's current "
                "notice version. Prints the new consent ids and the subject's pseudonym."),
          ConsentCommands::tr("A customer under 14 needs a guardian's consent (PIPL Art. 31); a purpose that needs separate "
                "consent (face data, Art. 29) needs --separate-consent."),
          {{QStringLiteral("subject"), ConsentCommands::tr("PSEUDONYM"), ConsentCommands::tr("An existing subject, e.g. S-ABCDEFGHJKLM.")},
           {QStringLiteral("name"), ConsentCommands::tr("NAME"), ConsentCommands::tr("A new subject's name.")},
           {QStringLiteral("phone"), ConsentCommands::tr("PHONE"), ConsentCommands::tr("A new subject's phone number.")},
           {QStringLiteral("birth-date"), ConsentCommands::tr("DATE"), ConsentCommands::tr("A new subject's birth date, YYYY-MM-DD.")},
           {QStringLiteral("age-band"), ConsentCommands::tr("BAND"), ConsentCommands::tr("Instead of a birth date: under14, 14to17 or adult.")},
           {QStringLiteral("purpose"), ConsentCommands::tr("CODE"), ConsentCommands::tr("A purpose the customer consents to."), true},
           {QStringLiteral("method"), ConsentCommands::tr("METHOD"), ConsentCommands::tr("counter_tablet (default), paper_form or kiosk.")},
           {QStringLiteral("separate-consent"), QString(),
            ConsentCommands::tr("The customer gave the separate, explicit consent that sensitive data needs.")},
           {QStringLiteral("guardian-name"), ConsentCommands::tr("NAME"), ConsentCommands::tr("The guardian's name (customers under 14).")},
           {QStringLiteral("guardian-relation"), ConsentCommands::tr("TEXT"), ConsentCommands::tr("The guardian's relation, e.g. parent.")},
           {QStringLiteral("guardian-consent"), QString(), ConsentCommands::tr("The guardian consented.")}},
          0, 0},
         &ConsentCommands::add},
        {{QStringLiteral("consent withdraw"), ConsentCommands::tr("ID [--channel CHANNEL]"),
          ConsentCommands::tr("Withdraw a consent. Withdrawing is as easy as consenting: one command, no questions."), {},
          {{QStringLiteral("channel"), ConsentCommands::tr("CHANNEL"),
            ConsentCommands::tr("How the customer asked: counter (default), phone, online or letter.")}},
          1, 1},
         &ConsentCommands::withdraw},
        {{QStringLiteral("consent list"), ConsentCommands::tr("[options]"),
          ConsentCommands::tr("List consents, newest first. Names and phone numbers are shown masked."), {},
          {{QStringLiteral("status"), ConsentCommands::tr("STATUS"), ConsentCommands::tr("granted, withdrawn, expired or superseded.")},
           {QStringLiteral("purpose"), ConsentCommands::tr("CODE"), ConsentCommands::tr("Only consents to this purpose.")},
           {QStringLiteral("search"), ConsentCommands::tr("TEXT"), ConsentCommands::tr("A pseudonym, an exact phone number or the start of a name.")},
           {QStringLiteral("limit"), ConsentCommands::tr("N"), ConsentCommands::tr("At most N consents (default 50).")}},
          0, 0},
         &ConsentCommands::list},
    };
}

} // namespace cd::cli
