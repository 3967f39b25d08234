#include "ReportFont.h"

#include <QFontDatabase>

namespace cd::reporting {

namespace {
// Looked up once: a report measures and draws hundreds of thousands of cells.
QString cjkFamily()
{
    for (const char *family : {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Droid Sans Fallback"}) {
        if (QFontDatabase::hasFamily(QString::fromLatin1(family)))
            return QString::fromLatin1(family);
    }
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}
} // namespace

QFont pdfFont(qreal pointSize)
{
    static const QString family = cjkFamily();
    QFont f(family);
    f.setPointSizeF(pointSize);
    return f;
}

} // namespace cd::reporting
