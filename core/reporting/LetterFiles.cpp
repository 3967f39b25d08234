#include "LetterFiles.h"

#include "LetterPdf.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <utility>

namespace cd::reporting {

Result<QStringList> LetterFiles::write(const QString &out, qint64 id, const ResponseLetter &letter,
                                       const SubjectPackage *package)
{
    QStringList written;
    const bool isDir = QFileInfo(out).isDir() || out.endsWith(QLatin1Char('/'));
    if (isDir && !QDir().mkpath(out))
        return makeError(ErrorCode::Failed, tr("Cannot create the folder %1.").arg(out));
    const QString base = isDir ? QDir(out).filePath(QStringLiteral("request-%1-%2").arg(id).arg(
                                     package ? QStringLiteral("package") : QStringLiteral("letter")))
                               : QFileInfo(out).path() + QLatin1Char('/') + QFileInfo(out).completeBaseName();
    const QString pdf = isDir ? base + QStringLiteral(".pdf") : out;
    CD_TRY(LetterPdf::write(letter, pdf));
    written << pdf;
    if (!package)
        return written;
    for (const auto &[suffix, bytes] : {std::make_pair(QStringLiteral(".json"), SubjectPackages::toJson(*package)),
                                        std::make_pair(QStringLiteral(".csv"), SubjectPackages::toCsv(*package))}) {
        QSaveFile f(base + suffix);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return makeError(ErrorCode::Failed, tr("Cannot write %1: %2").arg(base + suffix, f.errorString()));
        written << base + suffix;
    }
    return written;
}

} // namespace cd::reporting
