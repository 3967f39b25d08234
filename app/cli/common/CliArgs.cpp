#include "CliArgs.h"

#include <QCoreApplication>

namespace cd::cli {

namespace {

class ArgsText {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::ArgsText)
};

const OptionSpec *findOption(const QString &name, const CommandSpec &spec, const std::vector<OptionSpec> &extra)
{
    for (const auto &o : spec.options)
        if (o.name == name)
            return &o;
    for (const auto &o : extra)
        if (o.name == name)
            return &o;
    return nullptr;
}

constexpr int kHelpWidth = 100;

// Word-wraps at spaces to `width` columns; lines after the first start with `indent` spaces.
// Text without spaces (e.g. Chinese) is left to the terminal.
QString wrap(const QString &text, int width, int indent)
{
    QString result;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            result += line + QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return result + line;
}

QString optionLabel(const OptionSpec &o)
{
    QString label = QStringLiteral("--") + o.name;
    if (!o.valueName.isEmpty())
        label += QLatin1Char(' ') + o.valueName;
    return label;
}

} // namespace

QString wrapParagraph(const QString &text)
{
    QStringList lines;
    for (const QString &l : text.split(QLatin1Char('\n')))
        lines << wrap(l, kHelpWidth, 0);
    return lines.join(QLatin1Char('\n'));
}

Error usageError(const QString &message, const QString &commandPath)
{
    const QString program = QStringLiteral("consentdesk-cli");
    const QString helpCommand = commandPath.isEmpty() ? program + QStringLiteral(" --help")
                                                      : program + QLatin1Char(' ') + commandPath + QStringLiteral(" --help");
    return makeError(ErrorCode::Usage,
                     message + QLatin1Char('\n')
                         + ArgsText::tr("Run \"%1\" to see the usage.").arg(helpCommand));
}

Result<std::optional<qint64>> ParsedArgs::integer(const QString &name, qint64 min, qint64 max) const
{
    if (!has(name))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 v = value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return makeError(ErrorCode::Usage,
                         ArgsText::tr("--%1 needs a whole number from %2 to %3.").arg(name).arg(min).arg(max));
    return std::optional<qint64>(v);
}

Result<ParsedArgs> parseArgs(const CommandSpec &spec, const std::vector<OptionSpec> &extra, const QStringList &args)
{
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            parsed.m_positionals << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            parsed.m_help = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return usageError(ArgsText::tr("Unknown option %1.").arg(arg), spec.path);
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const OptionSpec *option = findOption(name, spec, extra);
        if (!option)
            return usageError(ArgsText::tr("Unknown option --%1.").arg(name), spec.path);
        QString value;
        if (option->valueName.isEmpty()) {
            if (eq >= 0)
                return usageError(ArgsText::tr("--%1 does not take a value.").arg(name), spec.path);
        } else if (eq >= 0) {
            value = arg.mid(eq + 1);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            return usageError(ArgsText::tr("--%1 needs a value (%2).").arg(name, option->valueName), spec.path);
        }
        if (parsed.m_values.contains(name) && !option->repeatable)
            return usageError(ArgsText::tr("--%1 was given more than once.").arg(name), spec.path);
        parsed.m_values[name] << value;
    }
    if (parsed.m_help)
        return parsed;  // help wins over anything missing
    if (parsed.m_positionals.size() < spec.minPositionals)
        return usageError(ArgsText::tr("Missing argument: %1").arg(spec.synopsis), spec.path);
    if (parsed.m_positionals.size() > spec.maxPositionals)
        return usageError(ArgsText::tr("Unexpected argument \"%1\".").arg(parsed.m_positionals.at(spec.maxPositionals)),
                          spec.path);
    return parsed;
}

QString twoColumns(const QList<QPair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = qMax(width, row.first.size());
    const int indent = int(width) + 4;
    QString text;
    for (const auto &row : rows)
        text += QStringLiteral("  ") + row.first + QString(width - row.first.size() + 2, QLatin1Char(' '))
            + wrap(row.second, qMax(30, kHelpWidth - indent), indent) + QLatin1Char('\n');
    return text;
}

QString optionTable(const std::vector<OptionSpec> &options)
{
    QList<QPair<QString, QString>> rows;
    for (const auto &o : options)
        rows.append({optionLabel(o), o.repeatable ? o.help + QLatin1Char(' ') + ArgsText::tr("(may be repeated)") : o.help});
    return twoColumns(rows);
}

QString helpText(const CommandSpec &spec, const std::vector<OptionSpec> &globals)
{
    QString text = ArgsText::tr("Usage: %1").arg(QStringLiteral("consentdesk-cli [global options] ") + spec.path
                                                 + (spec.synopsis.isEmpty() ? QString() : QLatin1Char(' ') + spec.synopsis))
        + QStringLiteral("\n\n") + wrapParagraph(spec.summary) + QLatin1Char('\n');
    if (!spec.options.empty())
        text += QLatin1Char('\n') + ArgsText::tr("Options:") + QLatin1Char('\n') + optionTable(spec.options);
    if (!spec.details.isEmpty())
        text += QLatin1Char('\n') + wrapParagraph(spec.details) + QLatin1Char('\n');
    if (!globals.empty())
        text += QLatin1Char('\n') + ArgsText::tr("Global options (before or after the command):") + QLatin1Char('\n')
            + optionTable(globals);
    return text;
}

} // namespace cd::cli
