#include "ReportFont.h"

#include <QFontDatabase>

namespace cd::reporting {

QFont pdfFont(qreal pointSize)
{
    for (const char *family : {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Droid Sans Fallback"}) {
        if (QFontDatabase::hasFamily(QString::fromLatin1(family))) {
            QFont f(QString::fromLatin1(family));
            f.setPointSizeF(pointSize);
            return f;
        }
    }
    QFont f(QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
    f.setPointSizeF(pointSize);
    return f;
}

} // namespace cd::reporting
