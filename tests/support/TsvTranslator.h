#pragma once
// Translations handed in by engineers as tab-separated lines (context, English source, Chinese;
// "\\n" in a field is a newline) before they are merged into translations/*.ts, for screenshot
// tests that must show the words in Chinese already.
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTranslator>

namespace cdtest {

// Translations from a tab-separated file, over the compiled ones.
class TsvTranslator : public QTranslator {
public:
    bool load(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return false;
        while (!f.atEnd()) {
            QString line = QString::fromUtf8(f.readLine());
            if (line.endsWith(QLatin1Char('\n')))
                line.chop(1);
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() == 3)
                m_texts.insert(unescape(parts[0]) + QLatin1Char('\x1f') + unescape(parts[1]), unescape(parts[2]));
        }
        return !m_texts.isEmpty();
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return m_texts.value(QString::fromUtf8(context) + QLatin1Char('\x1f') + QString::fromUtf8(source));
    }

private:
    static QString unescape(QString s) { return s.replace(QStringLiteral("\\n"), QStringLiteral("\n")); }
    QHash<QString, QString> m_texts;
};

} // namespace cdtest
