#pragma once
// A small option parser for consentdesk-cli. Each command declares its options and positional
// arguments; the parser refuses unknown options and missing values (exit code 2) and writes
// the help text. Written here instead of using QCommandLineParser so that every command's help
// has the same shape and every usage error leaves with the same exit code.
#include "core/base/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace cd::cli {

struct OptionSpec {
    QString name;       // without the leading "--"
    QString valueName;  // empty: a flag without a value
    QString help;
    bool repeatable = false;
};

struct CommandSpec {
    QString path;        // e.g. "consent add"
    QString synopsis;    // the part after "consentdesk-cli [global options] <path>"
    QString summary;     // one line
    QString details;     // optional paragraph after the option list
    std::vector<OptionSpec> options;
    int minPositionals = 0;
    int maxPositionals = 0;
};

class ParsedArgs {
public:
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positionals() const { return m_positionals; }
    bool helpRequested() const { return m_help; }

    // Integer option: nullopt when absent; a usage error when not a number in [min, max].
    Result<std::optional<qint64>> integer(const QString &name, qint64 min, qint64 max) const;

private:
    friend Result<ParsedArgs> parseArgs(const CommandSpec &, const std::vector<OptionSpec> &, const QStringList &);
    QHash<QString, QStringList> m_values;  // flags map to {""}
    QStringList m_positionals;
    bool m_help = false;
};

// Parses `args` against the command's options plus `extra` (the global options, which may also
// follow the command). "--name value", "--name=value", "--" ends the options, "-h"/"--help".
Result<ParsedArgs> parseArgs(const CommandSpec &spec, const std::vector<OptionSpec> &extra, const QStringList &args);

// "Usage: …", the summary, the options and the details, ready to print.
QString helpText(const CommandSpec &spec, const std::vector<OptionSpec> &globals);
// The option table alone (used by the top-level help for the global options).
QString optionTable(const std::vector<OptionSpec> &options);
// "  name  text" rows, the text wrapped and aligned.
QString twoColumns(const QList<QPair<QString, QString>> &rows);

// Word-wrapped for a terminal (at spaces, 100 columns).
QString wrapParagraph(const QString &text);

Error usageError(const QString &message, const QString &commandPath);

} // namespace cd::cli
