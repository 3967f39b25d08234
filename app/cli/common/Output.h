#pragma once
// What consentdesk-cli writes: text for people on stdout, one JSON document for scripts
// (--json), and errors on stderr. Nothing here ever receives a passphrase or personal data
// other than the masked forms a list may show.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd::cli {

namespace out {

void print(const QString &text);       // stdout, a newline appended
void printError(const QString &text);  // stderr, a newline appended
void printJson(const QJsonObject &document);

// Columns padded to the widest cell; Chinese characters count as two columns.
QString table(const QStringList &headers, const QList<QStringList> &rows);

QString localTime(qint64 utcMs);  // "2025-06-01 14:03" in local time; "" for 0
QString isoUtc(qint64 utcMs);     // "2025-06-01T06:03:00.000Z"; "" for 0
QString yesNo(bool value);        // translated

} // namespace out
} // namespace cd::cli
