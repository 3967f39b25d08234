#pragma once
// A letter to the customer: a title and sections of paragraphs and tables, in the customer's
// language (zh_CN or en) whatever the console shows. Core builds the words; core/reporting
// renders them as a PDF. Stored as JSON with the request (requests.response_letter).
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

class QTranslator;

namespace cd {

struct LetterSection {
    QString heading;
    QStringList paragraphs;
    QStringList header;       // table columns (empty: no table)
    QList<QStringList> rows;
};

struct ResponseLetter {
    QString language;  // "zh_CN" or "en"
    QString title;
    std::vector<LetterSection> sections;

    bool isEmpty() const { return title.isEmpty(); }
    QString toPlainText() const;
    QByteArray toJson() const;
    static ResponseLetter fromJson(const QByteArray &json);
};

// A day in a letter: the local date, ISO (the same in both languages). Empty for 0.
QString letterDate(qint64 utcMs);

// The letter's words in its own language: the zh_CN translation of a source marked with
// QT_TRANSLATE_NOOP("cd::ResponseLetter", ...), or the English source.
class LetterText {
public:
    explicit LetterText(const QString &language);
    static QString normalise(const QString &language);  // "zh_CN" for any Chinese, else "en"
    QString language() const { return m_language; }
    QString operator()(const char *source) const;
    // The same for a source marked in another context (the evidence report's words).
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr) const;

private:
    QString m_language;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace cd
