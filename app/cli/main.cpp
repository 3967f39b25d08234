// consentdesk-cli: ConsentDesk without a window, for scripts, timers and the terminal.
//   consentdesk-cli [global options] COMMAND [options]
// Exit codes are the same for every command (cd::ExitCode): 0 ok, 1 failed, 2 usage,
// 3 wrong passphrase or unknown user, 4 damaged or not a ConsentDesk database, 5 busy.
#include "app/cli/common/CliArgs.h"
#include "app/cli/common/CliContext.h"
#include "app/cli/common/Commands.h"
#include "app/cli/common/Output.h"
#include "core/base/Process.h"
#include "core/crypto/Crypto.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>
#include <QLoggingCategory>

using namespace cd;
using namespace cd::cli;

namespace {

class MainText {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::MainText)
};

std::vector<Command> allCommands()
{
    std::vector<Command> all;
    for (auto group : {initCommands, userCommands, purposeCommands, consentCommands, ledgerCommands, cameraCommands,
                       requestCommands, retentionCommands, complianceCommands, recordCommands, evidenceCommands,
                       verifyEvidenceCommands}) {
        auto commands = group();
        all.insert(all.end(), std::make_move_iterator(commands.begin()), std::make_move_iterator(commands.end()));
    }
    return all;
}

// The first sentence of a summary, for the command list.
QString brief(const QString &summary)
{
    for (qsizetype i = 0; i < summary.size(); ++i) {
        const QChar c = summary.at(i);
        // "Art. 47" is an abbreviation, not the end of a sentence.
        const bool abbreviation = i >= 3 && summary.mid(i - 3, 3) == QLatin1String("Art");
        if (c == QChar(0x3002) || (c == QLatin1Char('.') && !abbreviation
                                   && (i + 1 == summary.size() || summary.at(i + 1) == QLatin1Char(' '))))
            return summary.left(i + 1);
    }
    return summary;
}

QString commandList(const std::vector<Command> &commands, const QString &group = {})
{
    QList<QPair<QString, QString>> rows;
    for (const Command &c : commands) {
        if (group.isEmpty() || c.spec.path.startsWith(group + QLatin1Char(' ')))
            rows.append({c.spec.path, brief(c.spec.summary)});
    }
    return twoColumns(rows);
}

QString topHelp(const std::vector<Command> &commands)
{
    return MainText::tr("Usage: %1").arg(QStringLiteral("consentdesk-cli [global options] COMMAND [options]"))
        + QStringLiteral("\n\n")
        + wrapParagraph(MainText::tr("ConsentDesk without a window: register and withdraw consents, manage "
                                     "purposes and users, and check the audit log of an encrypted store database."))
        + QStringLiteral("\n\n") + MainText::tr("Commands:") + QLatin1Char('\n') + commandList(commands)
        + QLatin1Char('\n') + MainText::tr("Global options:") + QLatin1Char('\n') + optionTable(Context::globalOptions())
        + QLatin1Char('\n') + MainText::tr("Exit codes:") + QLatin1Char('\n')
        + MainText::tr("  0 done\n"
                       "  1 failed (the reason is on standard error)\n"
                       "  2 wrong usage\n"
                       "  3 wrong passphrase or unknown user\n"
                       "  4 the database is damaged or not a ConsentDesk database (it is never changed)\n"
                       "  5 the database is busy: another process holds its lock")
        + QStringLiteral("\n\n")
        + MainText::tr("Run \"%1\" for a command's options.").arg(QStringLiteral("consentdesk-cli COMMAND --help"));
}

QString groupHelp(const std::vector<Command> &commands, const QString &group)
{
    return MainText::tr("Usage: %1").arg(QStringLiteral("consentdesk-cli [global options] ") + group
                                         + QStringLiteral(" SUBCOMMAND [options]"))
        + QStringLiteral("\n\n") + MainText::tr("Subcommands:") + QLatin1Char('\n') + commandList(commands, group)
        + QLatin1Char('\n')
        + MainText::tr("Run \"%1\" for a subcommand's options.")
              .arg(QStringLiteral("consentdesk-cli ") + group + QStringLiteral(" SUBCOMMAND --help"));
}

// Where the command starts: the first word that is neither a global option nor its value.
qsizetype commandStart(const QStringList &args)
{
    qsizetype i = 0;
    while (i < args.size()) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("--"))
            return i;
        bool takesValue = false;
        if (a.startsWith(QLatin1String("--")) && !a.contains(QLatin1Char('='))) {
            for (const auto &o : Context::globalOptions())
                takesValue |= (o.name == a.mid(2) && !o.valueName.isEmpty());
        }
        i += takesValue ? 2 : 1;
    }
    return qMin(i, args.size());
}

int usage(const Error &error)
{
    out::printError(error.message);
    return ExitUsage;
}

int run(const QStringList &args)
{
    const std::vector<Command> commands = allCommands();
    const qsizetype start = commandStart(args);
    const CommandSpec globalSpec{QString(), QString(), QString(), QString(), {}, 0, 0};
    auto globals = parseArgs(globalSpec, Context::globalOptions(), args.mid(0, start));
    if (!globals)
        return usage(globals.error());
    QStringList words = args.mid(start);
    if (!words.isEmpty() && words.first() == QLatin1String("--"))
        words.removeFirst();
    if (words.isEmpty() || words.first() == QLatin1String("help")) {
        if (!words.isEmpty() && words.size() > 1) {
            words.removeFirst();
            words << QStringLiteral("--help");  // "help consent add" == "consent add --help"
        } else if (globals->helpRequested() || !words.isEmpty()) {
            out::print(topHelp(commands));
            return ExitOk;
        } else {
            return usage(usageError(MainText::tr("No command given."), QString()));
        }
    }

    // A single word ("init") or a group and a subcommand ("consent add").
    const Command *command = nullptr;
    qsizetype used = 0;
    for (const Command &c : commands) {
        if (c.spec.path == words.first()) {
            command = &c, used = 1;
        } else if (words.size() > 1 && c.spec.path == words.at(0) + QLatin1Char(' ') + words.at(1)) {
            command = &c, used = 2;
        }
    }
    if (!command) {
        const QString group = words.first();
        const bool isGroup = std::any_of(commands.begin(), commands.end(), [&](const Command &c) {
            return c.spec.path.startsWith(group + QLatin1Char(' '));
        });
        if (!isGroup)
            return usage(usageError(MainText::tr("Unknown command \"%1\".").arg(group), QString()));
        const bool help = globals->helpRequested() || words.contains(QLatin1String("--help"))
            || words.contains(QLatin1String("-h"));
        if (help) {
            out::print(groupHelp(commands, group));
            return ExitOk;
        }
        if (words.size() == 1 || words.at(1).startsWith(QLatin1Char('-'))) {
            out::printError(MainText::tr("\"%1\" needs a subcommand.").arg(group) + QLatin1Char('\n')
                            + groupHelp(commands, group));
            return ExitUsage;
        }
        return usage(usageError(MainText::tr("Unknown subcommand \"%1 %2\".").arg(group, words.at(1)), group));
    }

    auto parsed = parseArgs(command->spec, Context::globalOptions(), words.mid(used));
    if (!parsed)
        return usage(parsed.error());
    if (parsed->helpRequested() || globals->helpRequested()) {
        out::print(helpText(command->spec, Context::globalOptions()));
        return ExitOk;
    }
    Context ctx;
    for (const ParsedArgs *p : {&globals.value(), &parsed.value()}) {
        if (auto r = ctx.applyGlobals(*p); !r)
            return usage(usageError(r.error().message, command->spec.path));
    }
    return command->run(ctx, parsed.value());
}

} // namespace

int main(int argc, char *argv[])
{
    cd::process::harden();  // umask 077, no core dumps, memory not readable by other processes
    // Writing a PDF needs Qt Gui (fonts); every other command stays a plain core application.
    bool writesPdf = false;
    for (int i = 1; i < argc; ++i)
        writesPdf |= (i + 1 < argc && qstrcmp(argv[i], "request") == 0 && qstrcmp(argv[i + 1], "fulfil") == 0)
            || qstrcmp(argv[i], "export-evidence") == 0;  // report.pdf
    if (writesPdf)
        qputenv("QT_QPA_PLATFORM", "offscreen");  // never a window, and no display needed
    std::unique_ptr<QCoreApplication> app;
    if (writesPdf)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDesk"));
    // Diagnostics stay quiet unless asked for (--verbose or QT_LOGGING_RULES): the translated
    // error on stderr is what a person or a script reads.
    QLoggingCategory::setFilterRules(QStringLiteral("consentdesk.*.debug=false\n"
                                                    "consentdesk.*.info=false\n"
                                                    "consentdesk.*.warning=false"));
    crypto::ensureInitialised();
    i18n::setLanguage(i18n::defaultLanguage());
    return run(QCoreApplication::arguments().mid(1));
}
