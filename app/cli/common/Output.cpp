#include "Output.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <cstdio>

namespace cd::cli::out {

namespace {

class OutputText {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::OutputText)
};

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// East Asian wide characters take two terminal columns.
int displayWidth(const QString &s)
{
    int width = 0;
    for (const char32_t c : s.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace

void print(const QString &text) { write(stdout, text); }
void printError(const QString &text) { write(stderr, text); }

void printJson(const QJsonObject &document)
{
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths << displayWidth(h);
    for (const QStringList &row : rows)
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(row.at(c)));

    auto line = [&](const QStringList &cells) {
        QString text;
        for (int c = 0; c < widths.size(); ++c) {
            const QString cell = cells.value(c);
            text += cell;
            if (c + 1 < widths.size())
                text += QString(widths[c] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text;
    };
    QString text = line(headers);
    for (const QStringList &row : rows)
        text += QLatin1Char('\n') + line(row);
    return text;
}

QString localTime(qint64 utcMs)
{
    if (utcMs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString isoUtc(qint64 utcMs)
{
    if (utcMs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString yesNo(bool value) { return value ? OutputText::tr("yes") : OutputText::tr("no"); }

} // namespace cd::cli::out
