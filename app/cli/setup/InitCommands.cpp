// init: a new, empty store database; demo: a store filled with synthetic data.
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "app/cli/common/Passphrase.h"
#include "core/demo/DemoData.h"
#include "core/access/Vault.h"

#include <QJsonArray>

namespace cd::cli {

namespace {

class InitCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::InitCommands)
public:
    static QString recoveryWarning()
    {
        return tr("Write the recovery code down now and keep it somewhere safe, away from this computer. "
                  "It is shown only this once. With it a privacy officer can get in when every passphrase "
                  "is lost; without it, nobody can.");
    }

    static int init(Context &ctx, const ParsedArgs &args)
    {
        if (ctx.userName().isEmpty())
            return ctx.fail(usageError(tr("Name the first privacy officer with --user NAME."), QStringLiteral("init")));
        const QString path = ctx.databasePath();
        if (Vault::exists(path))
            return ctx.fail(makeError(ErrorCode::Failed,
                                      tr("A database already exists at %1; it was left as it is.").arg(path)));

        CreateOptions options;
        options.storeCode = args.has(QStringLiteral("store-code")) ? args.value(QStringLiteral("store-code"))
                                                                   : QStringLiteral("S001");
        options.storeName = args.has(QStringLiteral("store-name")) ? args.value(QStringLiteral("store-name"))
                                                                   : options.storeCode;
        options.officerName = ctx.userName();
        options.officerDisplayName = args.value(QStringLiteral("display-name"));
        auto passphrase = Passphrase::readNew(ctx.passphraseFile(),
                                              tr("New passphrase for %1: ").arg(ctx.userName()));
        if (!passphrase)
            return ctx.fail(passphrase.error());
        options.officerPassphrase = passphrase.value();
        if (auto ok = Vault::checkPassphrase(options.officerPassphrase); !ok)
            return ctx.fail(ok.error());

        auto created = Vault::create(path, options);
        if (!created)
            return ctx.fail(created.error());
        const QString code = created.value().recoveryCode;
        created.value().session.reset();  // closes the database before we report success

        if (ctx.json()) {
            out::printJson({{QStringLiteral("database"), path},
                            {QStringLiteral("storeCode"), options.storeCode},
                            {QStringLiteral("officer"), options.officerName},
                            {QStringLiteral("recoveryCode"), code},
                            {QStringLiteral("warning"), recoveryWarning()}});
        } else {
            out::print(tr("Created the store database %1 with privacy officer \"%2\".").arg(path, options.officerName));
            out::print(QString());
            out::print(tr("Recovery code: %1").arg(code));
            out::print(recoveryWarning());
        }
        return ExitOk;
    }

    static int demo(Context &ctx, const ParsedArgs &args)
    {
        auto subjects = args.integer(QStringLiteral("subjects"), 0, 1000000);
        if (!subjects)
            return ctx.fail(subjects.error());
        const int count = int(subjects.value().value_or(200));
        const QString path = ctx.databasePath();
        if (Vault::exists(path))
            return ctx.fail(makeError(ErrorCode::Failed,
                                      tr("A database already exists at %1; it was left as it is.").arg(path)));
        auto created = demo::createDemoStore(path, count);
        if (!created)
            return ctx.fail(created.error());
        const QString code = created.value().recoveryCode;
        created.value().session.reset();

        // Names and roles only: the demo passphrases are documented, never printed.
        QJsonArray users;
        QList<QStringList> rows;
        for (const auto &u : demo::users()) {
            const QString name = QString::fromUtf8(u.name);
            users.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("role"), roleId(u.role)}});
            rows << QStringList{name, roleDisplayName(u.role)};
        }
        if (ctx.json()) {
            out::printJson({{QStringLiteral("database"), path},
                            {QStringLiteral("subjects"), count},
                            {QStringLiteral("users"), users},
                            {QStringLiteral("recoveryCode"), code}});
        } else {
            out::print(tr("Created the demo store %1. Synthetic customers: %2.").arg(path).arg(count));
            out::print(QString());
            out::print(out::table({tr("User"), tr("Role")}, rows));
            out::print(QString());
            out::print(tr("The demo users' passphrases are listed in the README. Every name and phone number "
                          "in the demo store is made up."));
            out::print(tr("Recovery code: %1").arg(code));
        }
        return ExitOk;
    }
};

} // namespace

std::vector<Command> initCommands()
{
    return {
        {{QStringLiteral("init"), InitCommands::tr("--user NAME [options]"),
          InitCommands::tr("Create a new, empty store database and its keyslot file. --user names the first privacy "
                "officer; their passphrase is read like any passphrase (--passphrase-file, standard input, "
                "or asked twice). The recovery code is printed once."),
          {},
          {{QStringLiteral("store-name"), InitCommands::tr("NAME"), InitCommands::tr("The store's name (default: the store code).")},
           {QStringLiteral("store-code"), InitCommands::tr("CODE"), InitCommands::tr("The store's short code (default S001).")},
           {QStringLiteral("display-name"), InitCommands::tr("TEXT"), InitCommands::tr("The officer's display name.")}}},
         &InitCommands::init},
        {{QStringLiteral("demo"), InitCommands::tr("[--subjects N]"),
          InitCommands::tr("Create a demo store filled with made-up customers and consents, for trying the console."),
          {},
          {{QStringLiteral("subjects"), InitCommands::tr("N"), InitCommands::tr("How many synthetic customers (default 200).")}}},
         &InitCommands::demo},
    };
}

} // namespace cd::cli
