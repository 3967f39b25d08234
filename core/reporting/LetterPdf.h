#pragma once
// Writes a ResponseLetter as a PDF: A4, the CJK font embedded (WenQuanYi Micro Hei when present),
// so that Chinese text is extracted by pdftotext and printed as shown. Needs a QGuiApplication
// (the offscreen platform is enough).
#include "core/base/Result.h"
#include "core/requests/ResponseLetter.h"

#include <QCoreApplication>

namespace cd::reporting {

class LetterPdf {
    Q_DECLARE_TR_FUNCTIONS(cd::reporting::LetterPdf)
public:
    // Writes to `path` through a temporary file beside it, renamed at the end: an interrupted
    // write never leaves half a letter under the chosen name.
    static Result<void> write(const ResponseLetter &letter, const QString &path);
    static QString html(const ResponseLetter &letter);
};

} // namespace cd::reporting
