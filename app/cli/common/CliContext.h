#pragma once
// The state one consentdesk-cli run shares between the global options and the command:
// which database, who signs in, how long to wait for a lock, text or JSON output.
#include "CliArgs.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <memory>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace cd {
class Session;
}

namespace cd::cli {

class Context {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::Context)
public:
    static const std::vector<OptionSpec> &globalOptions();
    static QString defaultDatabasePath();

    // Takes the global options from parsed arguments (before or after the command).
    Result<void> applyGlobals(const ParsedArgs &args);

    QString databasePath() const { return m_dbPath.isEmpty() ? defaultDatabasePath() : m_dbPath; }
    QString userName() const { return m_user; }
    QString passphraseFile() const { return m_passphraseFile; }
    int waitMs() const { return m_waitMs; }
    bool json() const { return m_json; }

    // Reads the passphrase (file, stdin or prompt) and signs in as --user.
    // The passphrase is kept for commands that need it again (changing one's own passphrase).
    Result<std::unique_ptr<Session>> unlock();
    QString signInPassphrase() const { return m_passphrase; }

    // Prints the error's message on stderr and returns the exit code for it.
    int fail(const Error &error) const;

private:
    QString m_dbPath;
    QString m_user;
    QString m_passphraseFile;
    int m_waitMs = 5000;
    bool m_json = false;
    QString m_passphrase;
};

} // namespace cd::cli
