#include "CliContext.h"
#include "Output.h"
#include "Passphrase.h"
#include "core/access/Session.h"
#include "core/access/Vault.h"

#include "core/base/DataPaths.h"

Q_LOGGING_CATEGORY(lcCli, "consentdesk.cli")

namespace cd::cli {

const std::vector<OptionSpec> &Context::globalOptions()
{
    static const std::vector<OptionSpec> options = {
        {QStringLiteral("db"), tr("PATH"), tr("The database file (default: %1).").arg(defaultDatabasePath())},
        {QStringLiteral("user"), tr("NAME"), tr("Sign in as this user.")},
        {QStringLiteral("passphrase-file"), tr("FILE"),
         tr("Read the passphrase from the first line of FILE. Without it the passphrase is read from "
            "standard input when that is not a terminal, else asked for without echo.")},
        {QStringLiteral("wait-ms"), tr("N"),
         tr("Wait up to N milliseconds for another process's lock (default 5000).")},
        {QStringLiteral("json"), QString(), tr("Write the result as one JSON document on standard output.")},
        {QStringLiteral("verbose"), QString(), tr("Write diagnostic log lines (never personal data) to standard error.")},
        {QStringLiteral("help"), QString(), tr("Show help for the command.")},
    };
    return options;
}

QString Context::defaultDatabasePath()
{
    return paths::defaultDatabasePath();  // the same place the GUI looks
}

Result<void> Context::applyGlobals(const ParsedArgs &args)
{
    if (args.has(QStringLiteral("db")))
        m_dbPath = args.value(QStringLiteral("db"));
    if (args.has(QStringLiteral("user")))
        m_user = args.value(QStringLiteral("user"));
    if (args.has(QStringLiteral("passphrase-file")))
        m_passphraseFile = args.value(QStringLiteral("passphrase-file"));
    if (args.has(QStringLiteral("json")))
        m_json = true;
    if (args.has(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("consentdesk.*=true"));
    auto wait = args.integer(QStringLiteral("wait-ms"), 0, 24 * 3600 * 1000);
    if (!wait)
        return wait.error();
    if (wait.value())
        m_waitMs = int(*wait.value());
    return {};
}

Result<std::unique_ptr<Session>> Context::unlock()
{
    if (m_user.isEmpty())
        return usageError(tr("Say who signs in with --user NAME."), QString());
    const QString path = databasePath();
    if (!Vault::exists(path))
        return makeError(ErrorCode::NotFound,
                         tr("There is no ConsentDesk database at %1. Create one with \"init\" or \"demo\".").arg(path));
    auto passphrase = Passphrase::read(m_passphraseFile, tr("Passphrase for %1: ").arg(m_user));
    if (!passphrase)
        return passphrase.error();
    m_passphrase = passphrase.value();

    OpenOptions open;
    open.busyTimeoutMs = m_waitMs;
    qCInfo(lcCli, "unlocking the database");
    auto session = Vault::unlock(path, m_user, m_passphrase, SystemClock::instance(), open);
    if (session && session.value()->isReadOnly())
        out::printError(tr("Warning: %1").arg(session.value()->readOnlyReason()));
    return session;
}

int Context::fail(const Error &error) const
{
    out::printError(error.message.isEmpty() ? tr("The command failed.") : error.message);
    return exitCodeFor(error.code);
}

} // namespace cd::cli
