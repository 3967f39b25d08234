#pragma once
// The evidence report's words in the report's own language, whatever the console shows: the
// console's installed translators when it already speaks that language (so a translation added
// at run time counts), else the compiled-in zh_CN translation (LetterText's), else the English
// source. The application's language is never switched, since a worker thread writes the report
// while the console stays open.
#include "core/requests/ResponseLetter.h"

#include <QString>

namespace cd::reporting {

class ReportText {
public:
    explicit ReportText(const QString &language);
    bool chinese() const { return m_letter.language() == QLatin1String("zh_CN"); }
    QString language() const { return m_letter.language(); }
    // A source marked with QT_TRANSLATE_NOOP / QT_TRANSLATE_NOOP3 in `context`.
    QString operator()(const char *context, const char *source, const char *disambiguation = nullptr) const;
    struct WithComment {  // what QT_TRANSLATE_NOOP3 gives: the source and its disambiguation
        const char *source;
        const char *comment;
    };
    QString operator()(const char *context, WithComment s) const { return (*this)(context, s.source, s.comment); }

private:
    LetterText m_letter;
    bool m_useInstalled = false;
};

} // namespace cd::reporting
