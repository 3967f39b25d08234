#include "Passphrase.h"

#include <QFile>

#include <csignal>
#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace cd::cli {

namespace {

// Best effort: clear a buffer that held a passphrase before it is freed.
void wipe(std::string &s)
{
    volatile char *p = s.data();
    for (std::size_t i = 0; i < s.size(); ++i)
        p[i] = 0;
    s.clear();
}

void wipe(QByteArray &b)
{
    volatile char *p = b.data();
    for (qsizetype i = 0; i < b.size(); ++i)
        p[i] = 0;
    b.clear();
}

QString firstLine(QByteArray &bytes)
{
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    const QString line = QString::fromUtf8(bytes.constData(), end);
    wipe(bytes);
    return line;
}

// Echo is restored if the user presses Ctrl+C at the prompt.
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;

void restoreEchoAndExit(int sig)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

} // namespace

bool Passphrase::stdinIsTerminal() { return isatty(STDIN_FILENO) == 1; }

Result<QString> Passphrase::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Usage, tr("The passphrase file %1 cannot be read: %2").arg(path, file.errorString()));
    QByteArray bytes = file.read(64 * 1024);
    const QString line = firstLine(bytes);
    if (line.isEmpty())
        return makeError(ErrorCode::Usage, tr("The passphrase file %1 is empty.").arg(path));
    return line;
}

Result<QString> Passphrase::fromStdinLine()
{
    // C stdio keeps its buffer between calls, so two passphrases can come as two lines.
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::getchar()) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (!any || line.empty()) {
        wipe(line);
        return makeError(ErrorCode::Usage, tr("No passphrase was given on standard input."));
    }
    const QString result = QString::fromUtf8(line.data(), qsizetype(line.size()));
    wipe(line);
    return result;
}

Result<QString> Passphrase::fromTerminal(const QString &prompt)
{
    const QByteArray promptBytes = prompt.toUtf8();
    std::fwrite(promptBytes.constData(), 1, size_t(promptBytes.size()), stderr);
    std::fflush(stderr);

    termios noEcho;
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &g_savedTerminal) == 0;
    if (haveTerminal) {
        noEcho = g_savedTerminal;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        noEcho.c_lflag |= ECHONL;
        std::signal(SIGINT, restoreEchoAndExit);
        std::signal(SIGTERM, restoreEchoAndExit);
        g_echoOff = 1;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
    }
    auto result = fromStdinLine();
    if (haveTerminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_echoOff = 0;
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
    if (!result)
        return makeError(ErrorCode::Usage, tr("No passphrase was entered."));
    return result;
}

Result<QString> Passphrase::read(const QString &file, const QString &prompt)
{
    if (!file.isEmpty())
        return fromFile(file);
    if (!stdinIsTerminal())
        return fromStdinLine();
    return fromTerminal(prompt);
}

Result<QString> Passphrase::readNew(const QString &file, const QString &prompt)
{
    if (!file.isEmpty() || !stdinIsTerminal())
        return read(file, prompt);
    auto first = fromTerminal(prompt);
    if (!first)
        return first;
    auto second = fromTerminal(tr("Repeat the new passphrase: "));
    if (!second)
        return second;
    if (first.value() != second.value())
        return makeError(ErrorCode::Usage, tr("The two passphrases are not the same. Nothing was changed."));
    return first;
}

} // namespace cd::cli
