#pragma once
// What an outsider finds in a store's files with common tools: the sqlcipher shell with the raw
// data key (.dump, and a decrypted copy made by sqlcipher_export), `strings` over any file, and
// a letter's text as pdftotext reads it. For the erasure tests: personal data must be in none.
#include "CliFixture.h"

#include "core/access/Session.h"

#include <QStandardPaths>

namespace cdtest {

// The session's data key as the sqlcipher shell takes it (x'<hex>').
inline QByteArray rawKey(cd::Session &session)
{
    auto key = session.dataKey().read();
    return QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
}

inline QByteArray sqlcipherShell(const QString &dbPath, const QByteArray &key, const QByteArray &script)
{
    return clitest::runProgram(QStringLiteral("sqlcipher"), {dbPath},
                               "PRAGMA key = \"x'" + key.toHex() + "'\";\nPRAGMA cipher_page_size = 4096;\n" + script,
                               60000)
        .out;
}

// Every table as SQL text.
inline QByteArray dumpWithKey(const QString &dbPath, const QByteArray &key)
{
    return sqlcipherShell(dbPath, key, ".dump\n");
}

// A decrypted copy of the live rows at `plainPath` (sqlcipher_export into an unencrypted
// database); empty output on success, else the shell's complaint.
inline QByteArray exportPlain(const QString &dbPath, const QByteArray &key, const QString &plainPath)
{
    return sqlcipherShell(dbPath, key,
                          "ATTACH DATABASE '" + plainPath.toUtf8() + "' AS plain KEY '';\n"
                          "SELECT sqlcipher_export('plain');\nDETACH DATABASE plain;\n");
}

// A file's bytes as another process reads them. For a database this process has open: closing a
// descriptor of it here would drop every POSIX lock SQLite holds on it in this process (fcntl
// locks are per process), and the next connection elsewhere could then take the WAL away.
inline QByteArray readElsewhere(const QString &path)
{
    return clitest::runProgram(QStringLiteral("cat"), {path}, {}, 60000).out;
}

// The printable runs `strings -a` finds in a file.
inline QByteArray stringsOf(const QString &path)
{
    return clitest::runProgram(QStringLiteral("strings"), {QStringLiteral("-a"), path}, {}, 60000).out;
}

inline QString pdfToText(const QString &pdf)
{
    return QString::fromUtf8(clitest::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, {}, 60000).out);
}

// The PDF's text with its line breaks taken out: a long id may be wrapped at a hyphen.
inline QString pdfText(const QString &pdf) { return pdfToText(pdf).remove(QLatin1Char('\n')); }

// The PDF's text as prose: a line break is a space, runs of spaces are one.
inline QString pdfProse(const QString &pdf) { return pdfToText(pdf).simplified(); }

inline bool haveTools(const QStringList &tools, QString *missing)
{
    for (const QString &t : tools) {
        if (QStandardPaths::findExecutable(t).isEmpty()) {
            *missing = t;
            return false;
        }
    }
    return true;
}

} // namespace cdtest
