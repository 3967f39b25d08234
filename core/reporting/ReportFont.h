#pragma once
// The font every PDF of the console is written in: one that holds Chinese glyphs (WenQuanYi
// Micro Hei when present), so that Qt embeds the glyphs used with their Unicode map and
// pdftotext extracts the Chinese.
#include <QFont>

namespace cd::reporting {

QFont pdfFont(qreal pointSize = 10);

} // namespace cd::reporting
