#include "LetterPdf.h"
#include "ReportFont.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace cd::reporting {

QString LetterPdf::html(const ResponseLetter &letter)
{
    QString h = QStringLiteral("<html><body><h2>") + letter.title.toHtmlEscaped() + QStringLiteral("</h2>");
    for (const LetterSection &s : letter.sections) {
        if (!s.heading.isEmpty())
            h += QStringLiteral("<h3>") + s.heading.toHtmlEscaped() + QStringLiteral("</h3>");
        for (const QString &p : s.paragraphs)
            h += QStringLiteral("<p>") + p.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"))
                + QStringLiteral("</p>");
        if (s.header.isEmpty())
            continue;
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        for (const QString &c : s.header)
            h += QStringLiteral("<th align=\"left\">") + c.toHtmlEscaped() + QStringLiteral("</th>");
        h += QStringLiteral("</tr>");
        for (const QStringList &row : s.rows) {
            h += QStringLiteral("<tr>");
            for (const QString &c : row)
                h += QStringLiteral("<td>") + c.toHtmlEscaped() + QStringLiteral("</td>");
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    return h + QStringLiteral("</body></html>");
}

Result<void> LetterPdf::write(const ResponseLetter &letter, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Failed, tr("Writing a PDF needs the graphical application object."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Failed, tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(letter.title);
        pdf.setCreator(QStringLiteral("ConsentDesk"));
        QTextDocument doc;
        doc.setDefaultFont(pdfFont(10));
        doc.setHtml(html(letter));
        // print() lays the document out again at the writer's resolution and breaks pages.
        doc.print(&pdf);
    }
    if (!file.commit())
        return makeError(ErrorCode::Failed, tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}

} // namespace cd::reporting
