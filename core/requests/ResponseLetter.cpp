#include "ResponseLetter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

namespace cd {

namespace {

QJsonArray strings(const QStringList &list) { return QJsonArray::fromStringList(list); }

QStringList stringsFrom(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

QString letterDate(qint64 utcMs)
{
    return utcMs ? QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime().date().toString(Qt::ISODate) : QString();
}

QString ResponseLetter::toPlainText() const
{
    QStringList lines{title, QString()};
    for (const LetterSection &s : sections) {
        if (!s.heading.isEmpty())
            lines << s.heading;
        lines << s.paragraphs;
        if (!s.header.isEmpty())
            lines << s.header.join(QStringLiteral(" | "));
        for (const QStringList &r : s.rows)
            lines << r.join(QStringLiteral(" | "));
        lines << QString();
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

QByteArray ResponseLetter::toJson() const
{
    QJsonArray array;
    for (const LetterSection &s : sections) {
        QJsonArray rows;
        for (const QStringList &r : s.rows)
            rows.append(strings(r));
        array.append(QJsonObject{{QStringLiteral("heading"), s.heading},
                                 {QStringLiteral("paragraphs"), strings(s.paragraphs)},
                                 {QStringLiteral("header"), strings(s.header)},
                                 {QStringLiteral("rows"), rows}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("language"), language},
                                     {QStringLiteral("title"), title},
                                     {QStringLiteral("sections"), array}})
        .toJson(QJsonDocument::Compact);
}

ResponseLetter ResponseLetter::fromJson(const QByteArray &json)
{
    ResponseLetter letter;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    letter.language = o.value(QStringLiteral("language")).toString();
    letter.title = o.value(QStringLiteral("title")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject s = v.toObject();
        LetterSection section;
        section.heading = s.value(QStringLiteral("heading")).toString();
        section.paragraphs = stringsFrom(s.value(QStringLiteral("paragraphs")));
        section.header = stringsFrom(s.value(QStringLiteral("header")));
        for (const QJsonValue &r : s.value(QStringLiteral("rows")).toArray())
            section.rows << stringsFrom(r);
        letter.sections.push_back(section);
    }
    return letter;
}

LetterText::LetterText(const QString &language) : m_language(normalise(language))
{
    if (m_language == QLatin1String("en"))
        return;
    // One translator per language for the life of the program; the console's own language and
    // its installed translators are left alone.
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    auto &t = cache[m_language];
    if (!t) {
        t = std::make_shared<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/consentdesk_") + m_language + QStringLiteral(".qm")))
            t.reset();
    }
    m_translator = t;
}

QString LetterText::normalise(const QString &language)
{
    return language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString LetterText::operator()(const char *source) const
{
    return translate("cd::ResponseLetter", source);
}

QString LetterText::translate(const char *context, const char *source, const char *disambiguation) const
{
    if (m_translator) {
        const QString t = m_translator->translate(context, source, disambiguation);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(source);
}

} // namespace cd
