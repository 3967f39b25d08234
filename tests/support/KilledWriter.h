#pragma once
// The crash tests' kill: start a writer program, hand it a line on stdin, wait until it reports
// its first success ("OK "), let it run `delayMs` longer, SIGKILL it, and return everything it
// printed. A writer that fails to start, reports nothing or stops by itself is an error.
#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace cdtest {

struct KilledWriter {
    QByteArray out;    // stdout, the last line possibly cut off by the kill
    QByteArray error;  // empty when the writer ran and was killed as planned
};

inline KilledWriter runAndKill(const QString &program, const QStringList &args, const QByteArray &stdinLine,
                               int delayMs)
{
    KilledWriter r;
    QProcess writer;
    writer.setProgram(program);
    writer.setArguments(args);
    writer.start();
    if (!writer.waitForStarted(10000)) {
        r.error = "the writer did not start";
        return r;
    }
    writer.write(stdinLine + '\n');
    writer.closeWriteChannel();
    QElapsedTimer waited;
    waited.start();
    while (!r.out.contains("OK ") && waited.elapsed() < 30000 && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(100);
        r.out += writer.readAllStandardOutput();
    }
    if (!r.out.contains("OK ")) {
        r.error = "nothing reported; stderr: " + writer.readAllStandardError();
        return r;
    }
    QElapsedTimer running;
    running.start();
    while (running.elapsed() < delayMs && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(int(qMax<qint64>(1, delayMs - running.elapsed())));
        r.out += writer.readAllStandardOutput();
    }
    if (writer.state() != QProcess::Running) {
        r.error = "the writer stopped by itself; stderr: " + writer.readAllStandardError();
        return r;
    }
    writer.kill();  // SIGKILL
    if (!writer.waitForFinished(10000) || writer.exitStatus() != QProcess::CrashExit)
        r.error = "the writer did not die of the kill";
    r.out += writer.readAllStandardOutput();
    return r;
}

} // namespace cdtest
