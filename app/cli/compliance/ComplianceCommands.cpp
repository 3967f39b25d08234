// piia add | approve | list, agreement set | list: the records a store keeps before face data is
// processed (core/compliance, docs/compliance.md). The gate itself lives in core.
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "core/access/Session.h"
#include "core/compliance/PiiaService.h"
#include "core/compliance/VendorAgreementService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace cd::cli {

namespace {

class ComplianceCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::ComplianceCommands)
public:
    // An optional date option: a null date when absent, a usage error when not YYYY-MM-DD.
    static Result<QDate> dateOption(const ParsedArgs &args, const QString &name, const QString &cmd)
    {
        if (!args.has(name))
            return QDate();
        const QDate d = QDate::fromString(args.value(name), Qt::ISODate);
        if (!d.isValid())
            return usageError(tr("--%1 must be a date such as 2026-12-31.").arg(name), cmd);
        return d;
    }

    static Result<Attachment> readAttachment(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Usage, tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
        const QByteArray bytes = file.readAll();
        if (bytes.isEmpty())
            return makeError(ErrorCode::Usage, tr("The file %1 is empty.").arg(path));
        return Attachment{QFileInfo(path).fileName(), bytes};
    }

    static int piiaAdd(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("piia add");
        if (args.has(QStringLiteral("purpose")) == args.has(QStringLiteral("zone")))
            return ctx.fail(usageError(tr("Give either --purpose CODE or --zone VENDOR/ZONE."), cmd));
        for (const char *required : {"title", "legality", "impact", "measures", "review-on"}) {
            if (!args.has(QLatin1String(required)))
                return ctx.fail(usageError(tr("--%1 is required.").arg(QLatin1String(required)), cmd));
        }
        PiiaInput in;
        in.scope = args.has(QStringLiteral("purpose")) ? PiiaScope::Purpose : PiiaScope::Zone;
        in.subject = args.value(in.scope == PiiaScope::Purpose ? QStringLiteral("purpose") : QStringLiteral("zone"));
        in.title = args.value(QStringLiteral("title"));
        in.legality = args.value(QStringLiteral("legality"));
        in.impact = args.value(QStringLiteral("impact"));
        in.measures = args.value(QStringLiteral("measures"));
        auto review = dateOption(args, QStringLiteral("review-on"), cmd);
        if (!review)
            return ctx.fail(review.error());
        auto keep = dateOption(args, QStringLiteral("keep-until"), cmd);
        if (!keep)
            return ctx.fail(keep.error());
        in.reviewOn = review.value();
        in.keepUntil = keep.value();
        for (const QString &path : args.values(QStringLiteral("attach"))) {
            auto file = readAttachment(path);
            if (!file)
                return ctx.fail(file.error());
            in.attachments.push_back(file.value());
        }
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto added = PiiaService(*session.value()).add(in);
        if (!added)
            return ctx.fail(added.error());
        if (ctx.json())
            out::printJson(piiaJson(added.value(), session.value()->clock().today()));
        else
            out::print(tr("Recorded version %1 of the impact assessment for %2 (id %3); a privacy officer approves it "
                          "with \"piia approve %3\".")
                           .arg(added->version)
                           .arg(added->subject)
                           .arg(added->id));
        return ExitOk;
    }

    static int piiaApprove(Context &ctx, const ParsedArgs &args)
    {
        bool ok = false;
        const qint64 id = args.positionals().value(0).toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.fail(usageError(tr("Give the assessment's id, as \"piia list\" shows it."), QStringLiteral("piia approve")));
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto approved = PiiaService(*session.value()).approve(id);
        if (!approved)
            return ctx.fail(approved.error());
        if (ctx.json())
            out::printJson(piiaJson(approved.value(), session.value()->clock().today()));
        else
            out::print(tr("Approved version %1 of the impact assessment for %2 on %3; review by %4, keep until %5.")
                           .arg(approved->version)
                           .arg(approved->subject, approved->approvedOn.toString(Qt::ISODate),
                                approved->reviewOn.toString(Qt::ISODate), approved->keepUntil.toString(Qt::ISODate)));
        return ExitOk;
    }

    static QString piiaStatus(const PiiaRecord &r, const QDate &today)
    {
        switch (judgePiia(r.facts(), today)) {
        case PiiaVerdict::Valid: return tr("approved", "impact assessment status");
        case PiiaVerdict::NotApproved: return tr("not approved", "impact assessment status");
        case PiiaVerdict::ReviewDue: return tr("review overdue", "impact assessment status");
        }
        return {};
    }

    static QJsonObject piiaJson(const PiiaRecord &r, const QDate &today)
    {
        QJsonArray files;
        for (const AttachmentInfo &a : r.attachments)
            files.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.fileName},
                                     {QStringLiteral("size"), a.size}, {QStringLiteral("sha256"), a.sha256}});
        const PiiaVerdict verdict = judgePiia(r.facts(), today);
        return {{QStringLiteral("id"), r.id},
                {QStringLiteral("scope"), piiaScopeId(r.scope)},
                {QStringLiteral("subject"), r.subject},
                {QStringLiteral("version"), r.version},
                {QStringLiteral("title"), r.title},
                {QStringLiteral("reviewOn"), r.reviewOn.toString(Qt::ISODate)},
                {QStringLiteral("keepUntil"), r.keepUntil.toString(Qt::ISODate)},
                {QStringLiteral("approvedOn"), r.approvedOn.isValid() ? r.approvedOn.toString(Qt::ISODate) : QJsonValue()},
                {QStringLiteral("approvedBy"), r.approvedByName.isEmpty() ? QJsonValue() : QJsonValue(r.approvedByName)},
                {QStringLiteral("valid"), verdict == PiiaVerdict::Valid},
                {QStringLiteral("attachments"), files}};
    }

    static int piiaList(Context &ctx, const ParsedArgs &)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto all = PiiaService(*session.value()).list();
        if (!all)
            return ctx.fail(all.error());
        const QDate today = session.value()->clock().today();
        QJsonArray array;
        QList<QStringList> rows;
        for (const PiiaRecord &r : all.value()) {
            array.append(piiaJson(r, today));
            rows << QStringList{QString::number(r.id),
                                r.scope == PiiaScope::Purpose ? tr("purpose", "what a PIIA is about")
                                                              : tr("zone", "what a PIIA is about"),
                                r.subject, QString::number(r.version), piiaStatus(r, today),
                                r.approvedOn.toString(Qt::ISODate), r.reviewOn.toString(Qt::ISODate),
                                r.keepUntil.toString(Qt::ISODate), QString::number(r.attachments.size())};
        }
        if (ctx.json())
            out::printJson({{QStringLiteral("piias"), array}});
        else if (rows.isEmpty())
            out::print(tr("No impact assessment is recorded."));
        else
            out::print(out::table({tr("Id"), tr("Scope"), tr("Subject"), tr("Version"), tr("Status"), tr("Approved"),
                                   tr("Review by"), tr("Keep until"), tr("Attachments")},
                                  rows));
        return ExitOk;
    }

    static int agreementSet(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("agreement set");
        if (!args.has(QStringLiteral("vendor")))
            return ctx.fail(usageError(tr("--%1 is required.").arg(QStringLiteral("vendor")), cmd));
        AgreementInput in;
        in.vendorCode = args.value(QStringLiteral("vendor"));
        in.reference = args.value(QStringLiteral("reference"));
        in.facts.purpose = args.value(QStringLiteral("purpose"));
        in.facts.method = args.value(QStringLiteral("method"));
        in.facts.categories = args.value(QStringLiteral("categories"));
        in.facts.protection = args.value(QStringLiteral("protection"));
        in.facts.subProcessors = args.value(QStringLiteral("sub-processors"));
        if (args.has(QStringLiteral("end-of-term"))) {
            const auto end = endOfTermFromId(args.value(QStringLiteral("end-of-term")));
            if (!end || *end == EndOfTerm::Unset)
                return ctx.fail(usageError(tr("--end-of-term is delete or return."), cmd));
            in.facts.endOfTerm = *end;
        }
        if (args.has(QStringLiteral("location"))) {
            const auto where = processingLocationFromId(args.value(QStringLiteral("location")));
            if (!where || *where == ProcessingLocation::Undeclared)
                return ctx.fail(usageError(tr("--location is on-device, store-server or cloud."), cmd));
            in.facts.location = *where;
        }
        auto from = dateOption(args, QStringLiteral("from"), cmd);
        if (!from)
            return ctx.fail(from.error());
        auto until = dateOption(args, QStringLiteral("until"), cmd);
        if (!until)
            return ctx.fail(until.error());
        in.facts.validFrom = from.value();
        in.facts.validUntil = until.value();
        if (args.has(QStringLiteral("document"))) {
            auto file = readAttachment(args.value(QStringLiteral("document")));
            if (!file)
                return ctx.fail(file.error());
            in.document = file.value();
        }
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto recorded = VendorAgreementService(*session.value()).set(in);
        if (!recorded)
            return ctx.fail(recorded.error());
        const QDate today = session.value()->clock().today();
        if (ctx.json()) {
            out::printJson(agreementJson(recorded.value(), today));
            return ExitOk;
        }
        out::print(tr("Recorded version %1 of the agreement with vendor %2.").arg(recorded->version).arg(recorded->vendorCode));
        // Recorded as the contract says; what it lacks keeps recognition refused, so say it now.
        for (const ComplianceGap &gap : agreementGaps(recorded->vendorCode, recorded->facts, recorded->facts.location, today))
            out::print(describeGap(gap));
        return ExitOk;
    }

    static QJsonObject agreementJson(const AgreementRecord &r, const QDate &today)
    {
        QJsonArray missing;
        for (AgreementField f : missingAgreementFields(r.facts))
            missing.append(agreementFieldId(f));
        auto date = [](const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
        return {{QStringLiteral("id"), r.id},
                {QStringLiteral("vendor"), r.vendorCode},
                {QStringLiteral("version"), r.version},
                {QStringLiteral("reference"), r.reference},
                {QStringLiteral("location"), processingLocationId(r.facts.location)},
                {QStringLiteral("endOfTerm"), endOfTermId(r.facts.endOfTerm)},
                {QStringLiteral("validFrom"), date(r.facts.validFrom)},
                {QStringLiteral("validUntil"), date(r.facts.validUntil)},
                {QStringLiteral("missing"), missing},
                {QStringLiteral("inForce"), judgeAgreement(r.facts, today) == AgreementVerdict::Valid},
                {QStringLiteral("documentSha256"), r.documentSha256.isEmpty() ? QJsonValue() : QJsonValue(r.documentSha256)}};
    }

    static int agreementList(Context &ctx, const ParsedArgs &args)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto all = VendorAgreementService(*session.value()).list(args.has(QStringLiteral("all")));
        if (!all)
            return ctx.fail(all.error());
        const QDate today = session.value()->clock().today();
        QJsonArray array;
        QList<QStringList> rows;
        for (const AgreementRecord &r : all.value()) {
            array.append(agreementJson(r, today));
            QString state;
            switch (judgeAgreement(r.facts, today)) {
            case AgreementVerdict::Valid: state = tr("in force", "agreement status"); break;
            case AgreementVerdict::FieldsMissing: state = tr("incomplete", "agreement status"); break;
            case AgreementVerdict::NotYetInForce: state = tr("not yet in force", "agreement status"); break;
            case AgreementVerdict::Expired: state = tr("expired", "agreement status"); break;
            }
            rows << QStringList{r.vendorCode, QString::number(r.version), r.reference, state,
                                processingLocationDisplayName(r.facts.location), r.facts.validFrom.toString(Qt::ISODate),
                                r.facts.validUntil.toString(Qt::ISODate)};
        }
        if (ctx.json())
            out::printJson({{QStringLiteral("agreements"), array}});
        else if (rows.isEmpty())
            out::print(tr("No vendor agreement is recorded."));
        else
            out::print(out::table({tr("Vendor"), tr("Version"), tr("Reference"), tr("Status"), tr("Processing location"),
                                   tr("From"), tr("Until")},
                                  rows));
        return ExitOk;
    }
};

} // namespace

std::vector<Command> complianceCommands()
{
    return {
        {{QStringLiteral("piia add"),
          ComplianceCommands::tr("--purpose CODE | --zone VENDOR/ZONE --title T --legality T --impact T --measures T --review-on DATE "
                "[--keep-until DATE] [--attach FILE]..."),
          ComplianceCommands::tr("Record a new version of a personal-information impact assessment (PIPL Art. 55-56) for a purpose or "
                "a camera zone. Privacy officers only."),
          ComplianceCommands::tr("A sensitive purpose is activated, and a camera set to recognise faces, only with an approved "
                "assessment whose review date has not passed. It is kept at least three years after its review date."),
          {{QStringLiteral("purpose"), ComplianceCommands::tr("CODE"), ComplianceCommands::tr("The purpose assessed, by its code.")},
           {QStringLiteral("zone"), ComplianceCommands::tr("VENDOR/ZONE"), ComplianceCommands::tr("The camera zone assessed, e.g. simvendor/entrance.")},
           {QStringLiteral("title"), ComplianceCommands::tr("TEXT"), ComplianceCommands::tr("The assessment's title.")},
           {QStringLiteral("legality"), ComplianceCommands::tr("TEXT"),
            ComplianceCommands::tr("Whether the purpose and method are lawful, legitimate and necessary.")},
           {QStringLiteral("impact"), ComplianceCommands::tr("TEXT"),
            ComplianceCommands::tr("The impact on individuals' rights and interests, and the security risks.")},
           {QStringLiteral("measures"), ComplianceCommands::tr("TEXT"),
            ComplianceCommands::tr("Whether the protective measures are lawful, effective and proportionate.")},
           {QStringLiteral("review-on"), ComplianceCommands::tr("DATE"), ComplianceCommands::tr("When the assessment is to be reviewed (YYYY-MM-DD).")},
           {QStringLiteral("keep-until"), ComplianceCommands::tr("DATE"), ComplianceCommands::tr("Keep until (default: three years after the review date).")},
           {QStringLiteral("attach"), ComplianceCommands::tr("FILE"), ComplianceCommands::tr("A file to keep with it, encrypted in the database."), true}},
          0, 0},
         &ComplianceCommands::piiaAdd},
        {{QStringLiteral("piia approve"), ComplianceCommands::tr("ID"),
          ComplianceCommands::tr("Approve an impact assessment version, dated today. Privacy officers only."), {}, {}, 1, 1},
         &ComplianceCommands::piiaApprove},
        {{QStringLiteral("piia list"), QString(), ComplianceCommands::tr("List every impact assessment version with its status."), {}, {}, 0, 0},
         &ComplianceCommands::piiaList},
        {{QStringLiteral("agreement set"),
          ComplianceCommands::tr("--vendor CODE [--reference T] [--purpose T] [--method T] [--categories T] [--protection T] "
                "[--end-of-term delete|return] [--sub-processors T] [--location WHERE] [--from DATE] [--until DATE] "
                "[--document FILE]"),
          ComplianceCommands::tr("Record a new version of the entrusted-processing agreement with a camera vendor (PIPL Art. 21). "
                "Privacy officers only."),
          ComplianceCommands::tr("Record the contract as it is. Recognition stays refused while the agreement lacks a field, is not in "
                "force, or names a processing location other than the one the vendor's plugin declares."),
          {{QStringLiteral("vendor"), ComplianceCommands::tr("CODE"), ComplianceCommands::tr("The vendor's id, as its plugin declares it.")},
           {QStringLiteral("reference"), ComplianceCommands::tr("TEXT"), ComplianceCommands::tr("The contract's number or title.")},
           {QStringLiteral("purpose"), ComplianceCommands::tr("TEXT"), ComplianceCommands::tr("The purpose of the entrusted processing.")},
           {QStringLiteral("method"), ComplianceCommands::tr("TEXT"), ComplianceCommands::tr("The method of processing.")},
           {QStringLiteral("categories"), ComplianceCommands::tr("TEXT"), ComplianceCommands::tr("The categories of personal information.")},
           {QStringLiteral("protection"), ComplianceCommands::tr("TEXT"), ComplianceCommands::tr("The protection measures.")},
           {QStringLiteral("end-of-term"), ComplianceCommands::tr("WHAT"), ComplianceCommands::tr("delete or return the data at the end.")},
           {QStringLiteral("sub-processors"), ComplianceCommands::tr("TEXT"), ComplianceCommands::tr("Who else processes the data (\"none\" if nobody).")},
           {QStringLiteral("location"), ComplianceCommands::tr("WHERE"), ComplianceCommands::tr("Where face data is processed: on-device, store-server or cloud.")},
           {QStringLiteral("from"), ComplianceCommands::tr("DATE"), ComplianceCommands::tr("The first day of the agreement (YYYY-MM-DD).")},
           {QStringLiteral("until"), ComplianceCommands::tr("DATE"), ComplianceCommands::tr("The last day of the agreement (YYYY-MM-DD).")},
           {QStringLiteral("document"), ComplianceCommands::tr("FILE"), ComplianceCommands::tr("The signed contract, kept encrypted in the database.")}},
          0, 0},
         &ComplianceCommands::agreementSet},
        {{QStringLiteral("agreement list"), ComplianceCommands::tr("[--all]"), ComplianceCommands::tr("List the vendor agreements in force or not."), {},
          {{QStringLiteral("all"), QString(), ComplianceCommands::tr("Every version, not only the newest.")}}, 0, 0},
         &ComplianceCommands::agreementList},
    };
}

} // namespace cd::cli
