// user add | remove | passwd | list: users and their keyslots.
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "app/cli/common/Passphrase.h"
#include "core/access/Session.h"
#include "core/access/UserService.h"
#include "core/access/Vault.h"

#include <QJsonArray>

namespace cd::cli {

namespace {

class UserCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::UserCommands)
public:
    // The second passphrase of a run: --new-passphrase-file, else the next line of standard
    // input, else asked twice on the terminal.
    static Result<QString> newPassphrase(const ParsedArgs &args, const QString &forUser)
    {
        auto p = Passphrase::readNew(args.value(QStringLiteral("new-passphrase-file")),
                                     tr("New passphrase for %1: ").arg(forUser));
        if (!p)
            return p;
        CD_TRY(Vault::checkPassphrase(p.value()));
        return p;
    }

    static int add(Context &ctx, const ParsedArgs &args)
    {
        const QString name = args.positionals().at(0);
        if (!args.has(QStringLiteral("role")))
            return ctx.fail(usageError(tr("Give the new user's role with --role staff|officer|auditor|jobs."),
                                       QStringLiteral("user add")));
        const auto role = roleFromId(args.value(QStringLiteral("role")));
        if (!role)
            return ctx.fail(usageError(tr("Unknown role \"%1\": use staff, officer, auditor or jobs.")
                                           .arg(args.value(QStringLiteral("role"))),
                                       QStringLiteral("user add")));
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        // Refuse before asking for a passphrase the user could not set anyway (the refusal is audited).
        if (auto allowed = session.value()->require(Permission::ManageUsers, QStringLiteral("user.add")); !allowed)
            return ctx.fail(allowed.error());
        auto passphrase = newPassphrase(args, name);
        if (!passphrase)
            return ctx.fail(passphrase.error());
        const QString displayName = args.has(QStringLiteral("display-name")) ? args.value(QStringLiteral("display-name"))
                                                                             : name;
        auto user = UserService(*session.value()).add(name, displayName, *role, passphrase.value());
        if (!user)
            return ctx.fail(user.error());
        if (ctx.json())
            out::printJson({{QStringLiteral("id"), user->id},
                            {QStringLiteral("name"), user->name},
                            {QStringLiteral("role"), roleId(user->role)}});
        else
            out::print(tr("Added user \"%1\" (%2).").arg(user->name, roleDisplayName(user->role)));
        return ExitOk;
    }

    static int remove(Context &ctx, const ParsedArgs &args)
    {
        const QString name = args.positionals().at(0);
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        if (auto r = UserService(*session.value()).remove(name); !r)
            return ctx.fail(r.error());
        if (ctx.json())
            out::printJson({{QStringLiteral("removed"), name}});
        else
            out::print(tr("Removed user \"%1\". The database has a new key: their passphrase no longer opens it, "
                          "not even with a copy of the keyslot file from before.").arg(name));
        return ExitOk;
    }

    static int passwd(Context &ctx, const ParsedArgs &args)
    {
        const bool own = args.positionals().isEmpty();
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        const QString target = own ? session.value()->user().name : args.positionals().at(0);
        if (!own) {
            if (auto allowed = session.value()->require(Permission::ManageUsers, QStringLiteral("user.reset-passphrase"));
                !allowed)
                return ctx.fail(allowed.error());
        }
        auto passphrase = newPassphrase(args, target);
        if (!passphrase)
            return ctx.fail(passphrase.error());
        UserService users(*session.value());
        auto r = own ? users.changeOwnPassphrase(ctx.signInPassphrase(), passphrase.value())
                     : users.resetPassphrase(target, passphrase.value());
        if (!r)
            return ctx.fail(r.error());
        if (ctx.json())
            out::printJson({{QStringLiteral("user"), target}, {QStringLiteral("changed"), true}});
        else
            out::print(own ? tr("The passphrase of \"%1\" was changed.").arg(target)
                           : tr("The passphrase of \"%1\" was reset. The database has a new key: the old passphrase no "
                                "longer opens it, not even with a copy of the keyslot file from before.").arg(target));
        return ExitOk;
    }

    static int list(Context &ctx, const ParsedArgs &)
    {
        auto session = ctx.unlock();
        if (!session)
            return ctx.fail(session.error());
        auto users = UserService(*session.value()).list();
        if (!users)
            return ctx.fail(users.error());
        QJsonArray array;
        QList<QStringList> rows;
        for (const User &u : users.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("name"), u.name},
                                     {QStringLiteral("displayName"), u.displayName},
                                     {QStringLiteral("role"), roleId(u.role)},
                                     {QStringLiteral("createdAt"), out::isoUtc(u.createdAt)}});
            rows << QStringList{u.name, u.displayName, roleDisplayName(u.role), out::localTime(u.createdAt)};
        }
        if (ctx.json())
            out::printJson({{QStringLiteral("users"), array}});
        else
            out::print(out::table({tr("User"), tr("Display name"), tr("Role"), tr("Created")}, rows));
        return ExitOk;
    }
};

} // namespace

std::vector<Command> userCommands()
{
    const OptionSpec newPassphraseFile{QStringLiteral("new-passphrase-file"), UserCommands::tr("FILE"),
                                       UserCommands::tr("Read the new passphrase from the first line of FILE (else the next "
                                             "line of standard input, else asked twice).")};
    return {
        {{QStringLiteral("user add"), UserCommands::tr("NAME --role staff|officer|auditor|jobs [options]"),
          UserCommands::tr("Add a user with a role and a passphrase of their own (a new keyslot). Privacy officers only."),
          {},
          {{QStringLiteral("role"), UserCommands::tr("ROLE"), UserCommands::tr("staff, officer, auditor or jobs (the timed jobs' account: sweeps and erasures only).")},
           {QStringLiteral("display-name"), UserCommands::tr("TEXT"), UserCommands::tr("The name shown in the console (default: NAME).")},
           newPassphraseFile},
          1, 1},
         &UserCommands::add},
        {{QStringLiteral("user remove"), UserCommands::tr("NAME"),
          UserCommands::tr("Remove a user: their keyslot is deleted and they can no longer sign in. Privacy officers only."),
          {}, {}, 1, 1},
         &UserCommands::remove},
        {{QStringLiteral("user passwd"), UserCommands::tr("[NAME]"),
          UserCommands::tr("Change a passphrase: your own, or with NAME another user's (privacy officers only). "
                "Your own needs the current passphrase to sign in."),
          {}, {newPassphraseFile}, 0, 1},
         &UserCommands::passwd},
        {{QStringLiteral("user list"), QString(), UserCommands::tr("List the active users and their roles."), {}, {}, 0, 0},
         &UserCommands::list},
    };
}

} // namespace cd::cli
