#pragma once
// Where consentdesk-cli gets passphrases: a file (its first line), else the next line of stdin
// when stdin is not a terminal, else a prompt on the terminal with echo switched off.
// Passphrases are never printed, logged or written anywhere.
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace cd::cli {

class Passphrase {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::Passphrase)
public:
    // A passphrase that exists already (to sign in). `prompt` is shown only on a terminal.
    static Result<QString> read(const QString &file, const QString &prompt);
    // A new passphrase; on a terminal it is asked twice and both must match.
    static Result<QString> readNew(const QString &file, const QString &prompt);

    static bool stdinIsTerminal();

private:
    static Result<QString> fromFile(const QString &path);
    static Result<QString> fromStdinLine();
    static Result<QString> fromTerminal(const QString &prompt);
};

} // namespace cd::cli
