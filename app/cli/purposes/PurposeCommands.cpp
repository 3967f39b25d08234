// purpose add | list: processing purposes and their notice versions.
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "core/i18n/Language.h"
#include "core/consent/PurposeService.h"
#include "core/access/Session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd::cli {

namespace {

class PurposeCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::PurposeCommands)
public:
    static Result<QString> readNotice(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Usage, tr("The notice file %1 cannot be read: %2").arg(path, file.errorString()));
        const QString text = QString::fromUtf8(file.readAll()).trimmed();
        if (text.isEmpty())
            return makeError(ErrorCode::Usage, tr("The notice file %1 is empty.").arg(path));
        return text;
    }

    // A JSON object of checklist items, e.g. {"handler": "...", "contact": "..."} (NoticeChecklist.h).
    static Result<NoticeItems> readNoticeItems(const QString &path)
    {
        NoticeItems items;
        if (path.isEmpty())
            return items;  // the service names every missing item
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Usage, tr("The notice items file %1 cannot be read: %2").arg(path, file.errorString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(ErrorCode::Usage, tr("The notice items file %1 is not a JSON object.").arg(path));
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!noticeItemFromId(it.key()) || !it.value().isString()) {
                QStringList known;
                for (NoticeItem item : allNoticeItems())
                    known << noticeItemId(item);
                return makeError(ErrorCode::Usage, tr("\"%1\" in %2 is not a notice item with a text value; the items "
                                                      "are: %3.").arg(it.key(), path, known.join(QStringLiteral(", "))));
            }
            items.insert(it.key(), it.value().toString());
        }
        return items;
    }

    static int add(Context &ctx, const ParsedArgs &args)
    {
        const QString cmd = QStringLiteral("purpose add");
        for (const char *required : {"code", "name-zh", "name-en", "basis", "categories", "retention-days",
                                     "notice-zh-file", "notice-en-file"}) {
            if (!args.has(QLatin1String(required)))
                return ctx.fail(usageError(tr("--%1 is required.").arg(QLatin1String(required)), cmd));
        }
        auto days = args.integer(QStringLiteral("retention-days"), 1, 100 * 366);
        if (!days)
            return ctx.fail(days.error());
        auto noticeZh = readNotice(args.value(QStringLiteral("notice-zh-file")));
        if (!noticeZh)
            return ctx.fail(noticeZh.error());
        auto noticeEn = readNotice(args.value(QStringLiteral("notice-en-file")));
        if (!noticeEn)
            return ctx.fail(noticeEn.error());
        auto items = readNoticeItems(args.value(QStringLiteral("notice-items-file")));
        if (!items)
            return ctx.fail(items.error());

        Purpose p;
        p.code = args.value(QStringLiteral("code"));
        p.nameZh = args.value(QStringLiteral("name-zh"));
        p.nameEn = args.value(QStringLiteral("name-en"));
        p.legalBasis = args.value(QStringLiteral("basis"));
        p.dataCategories = args.value(QStringLiteral("categories"));
        p.retentionDays = int(*days.value());
        p.sensitive = args.has(QStringLiteral("sensitive"));
        p.separateConsentRequired = args.has(QStringLiteral("separate-consent"));

        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto added = PurposeService(*session.value()).addWithNotice(p, noticeZh.value(), noticeEn.value(), items.value());
        if (!added)
            return ctx.fail(added.error());
        const Purpose &purpose = added->first;
        const NoticeVersion &notice = added->second;

        if (ctx.json()) {
            QJsonObject json = purposeJson(purpose);
            json.insert(QStringLiteral("notice"), noticeJson(notice));
            out::printJson(json);
        } else {
            out::print(tr("Added purpose \"%1\" with notice version %2 (SHA-256 %3).")
                           .arg(purpose.code)
                           .arg(notice.version)
                           .arg(notice.sha256));
        }
        return ExitOk;
    }

    static int list(Context &ctx, const ParsedArgs &args)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        PurposeService purposes(*session.value());
        auto all = purposes.list(args.has(QStringLiteral("all")));
        if (!all)
            return ctx.fail(all.error());

        QJsonArray array;
        QList<QStringList> rows;
        for (const Purpose &p : all.value()) {
            auto notice = purposes.currentNotice(p.id);
            if (!notice && notice.error().code != ErrorCode::NotFound)
                return ctx.fail(notice.error());
            QJsonObject json = purposeJson(p);
            json.insert(QStringLiteral("notice"), notice ? QJsonValue(noticeJson(notice.value())) : QJsonValue());
            array.append(json);
            QString flags;
            if (p.sensitive)
                flags += tr("sensitive", "purpose flag: sensitive personal information");
            if (p.separateConsentRequired)
                flags += (flags.isEmpty() ? QString() : QStringLiteral(", "))
                    + tr("separate consent", "purpose flag: needs its own explicit consent");
            if (!p.active)
                flags += (flags.isEmpty() ? QString() : QStringLiteral(", ")) + tr("inactive", "purpose flag");
            rows << QStringList{p.code, p.displayName(i18n::isChinese()), p.legalBasis, p.dataCategories,
                                QString::number(p.retentionDays), QString::number(p.revision),
                                notice ? QString::number(notice->version) : tr("none", "no notice version"), flags};
        }
        if (ctx.json())
            out::printJson({{QStringLiteral("purposes"), array}});
        else
            out::print(out::table({tr("Code"), tr("Name"), tr("Legal basis"), tr("Data"), tr("Retention (days)"),
                                   tr("Revision"), tr("Notice", "notice version"), tr("Flags")},
                                  rows));
        return ExitOk;
    }

    static QJsonObject purposeJson(const Purpose &p)
    {
        return {{QStringLiteral("id"), p.id},
                {QStringLiteral("code"), p.code},
                {QStringLiteral("nameZh"), p.nameZh},
                {QStringLiteral("nameEn"), p.nameEn},
                {QStringLiteral("legalBasis"), p.legalBasis},
                {QStringLiteral("dataCategories"), p.dataCategories},
                {QStringLiteral("sensitive"), p.sensitive},
                {QStringLiteral("separateConsentRequired"), p.separateConsentRequired},
                {QStringLiteral("retentionDays"), p.retentionDays},
                {QStringLiteral("revision"), p.revision},
                {QStringLiteral("active"), p.active}};
    }

    static QJsonObject noticeJson(const NoticeVersion &n)
    {
        return {{QStringLiteral("id"), n.id},
                {QStringLiteral("version"), n.version},
                {QStringLiteral("sha256"), n.sha256},
                {QStringLiteral("effectiveAt"), out::isoUtc(n.effectiveAt)}};
    }
};

} // namespace

std::vector<Command> purposeCommands()
{
    return {
        {{QStringLiteral("purpose add"), PurposeCommands::tr("--code C --name-zh Z --name-en E --basis B --categories C "
                                               "--retention-days N --notice-zh-file F --notice-en-file F --notice-items-file F "
                                               "[options]"),
          PurposeCommands::tr("Add a processing purpose together with its first notice version (the texts customers are "
                "shown, in Chinese and English). Privacy officers only."),
          PurposeCommands::tr("The notice files are UTF-8 text. The notice's SHA-256 is printed: every consent given under "
                "it records that hash."),
          {{QStringLiteral("code"), PurposeCommands::tr("CODE"), PurposeCommands::tr("A stable short id, e.g. face-recognition.")},
           {QStringLiteral("name-zh"), PurposeCommands::tr("TEXT"), PurposeCommands::tr("The purpose's name in Chinese.")},
           {QStringLiteral("name-en"), PurposeCommands::tr("TEXT"), PurposeCommands::tr("The purpose's name in English.")},
           {QStringLiteral("basis"), PurposeCommands::tr("TEXT"), PurposeCommands::tr("The legal basis, e.g. consent.")},
           {QStringLiteral("categories"), PurposeCommands::tr("LIST"), PurposeCommands::tr("Data categories, comma-separated, e.g. face,visit-history.")},
           {QStringLiteral("retention-days"), PurposeCommands::tr("N"), PurposeCommands::tr("How many days the data may be kept.")},
           {QStringLiteral("sensitive"), QString(), PurposeCommands::tr("The data is sensitive personal information (PIPL Art. 28).")},
           {QStringLiteral("separate-consent"), QString(),
            PurposeCommands::tr("Consent must be given separately for this purpose (PIPL Art. 29).")},
           {QStringLiteral("notice-zh-file"), PurposeCommands::tr("FILE"), PurposeCommands::tr("The notice text in Chinese.")},
           {QStringLiteral("notice-en-file"), PurposeCommands::tr("FILE"), PurposeCommands::tr("The notice text in English.")},
           {QStringLiteral("notice-items-file"), PurposeCommands::tr("FILE"),
            PurposeCommands::tr("What the notice states, item by item, as a JSON object: handler, contact, purposes, "
                                "methods, categories, retention, rights, and for sensitive data necessity and impact "
                                "(PIPL Art. 17, 30). A notice lacking one is refused, naming it.")}},
          0, 0},
         &PurposeCommands::add},
        {{QStringLiteral("purpose list"), PurposeCommands::tr("[--all]"),
          PurposeCommands::tr("List the purposes with their current notice versions."), {},
          {{QStringLiteral("all"), QString(), PurposeCommands::tr("Include inactive purposes.")}}, 0, 0},
         &PurposeCommands::list},
    };
}

} // namespace cd::cli
