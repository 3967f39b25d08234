#include "ReportText.h"

#include "core/i18n/Language.h"

#include <QCoreApplication>

namespace cd::reporting {

ReportText::ReportText(const QString &language)
    : m_letter(language), m_useInstalled(LetterText::normalise(i18n::currentLanguage()) == m_letter.language())
{
}

QString ReportText::operator()(const char *context, const char *source, const char *disambiguation) const
{
    if (m_useInstalled)
        return QCoreApplication::translate(context, source, disambiguation);
    return m_letter.translate(context, source, disambiguation);
}

} // namespace cd::reporting
