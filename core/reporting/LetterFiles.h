#pragma once
// Where a fulfilled request's files go: the letter as PDF and, for access, copy and portability,
// the customer's package as JSON and CSV beside it. Shared by `request fulfil` and the Requests
// page so that both name and write the files the same way.
#include "core/base/Result.h"
#include "core/requests/ResponseLetter.h"
#include "core/requests/SubjectPackage.h"

#include <QCoreApplication>
#include <QStringList>

namespace cd::reporting {

class LetterFiles {
    Q_DECLARE_TR_FUNCTIONS(cd::reporting::LetterFiles)
public:
    // `out` is a directory (files named request-ID-letter|package.*) or a PDF file name (the
    // copies beside it, same base name). Returns the files written. Each file is written whole or
    // not at all.
    static Result<QStringList> write(const QString &out, qint64 requestId, const ResponseLetter &letter,
                                     const SubjectPackage *package);
};

} // namespace cd::reporting
