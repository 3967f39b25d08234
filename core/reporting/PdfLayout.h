#pragma once
// Pages that fill from the top: headings, paragraphs, blocks of a fixed height (charts) and
// tables whose header is repeated on each page, with a footer carrying the page number. Without
// a painter it only measures, so that a first pass finds the page of each heading for the table
// of contents and the page count for "page n of m".
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QPainter;
class QPdfWriter;

namespace cd::reporting {

struct TocEntry {
    QString title;
    int level = 1;
    int page = 0;
};

class PdfLayout {
public:
    // `painter` null: measure only. `footer(page)` gives the footer's text.
    PdfLayout(QPdfWriter &writer, QPainter *painter, std::function<QString(int page)> footer);

    bool drawing() const { return m_painter != nullptr; }
    QPainter *painter() const { return m_painter; }
    int page() const { return m_page; }
    qreal mm(qreal millimetres) const;
    QFont font(qreal pointSize, bool bold = false) const;
    QRectF area() const { return m_area; }  // the page without its footer
    qreal y() const { return m_y; }

    void newPage();
    void finish();  // the last page's footer
    void space(qreal millimetres);
    // Starts a new page unless `height` fits below the cursor.
    void keep(qreal height);
    // Level 1 starts a page; levels 1 and 2 are listed in the contents. A heading is kept on the
    // page of the next `keepWithNext` millimetres.
    void heading(const QString &text, int level, qreal keepWithNext = 30);
    void paragraph(const QString &text, qreal pointSize = 10, bool bold = false);
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    // Reserves `height` below the cursor (on a new page if needed) and returns it.
    QRectF block(qreal height);
    const std::vector<TocEntry> &toc() const { return m_toc; }

    // A table: widths are fractions of the area's width. Rows are drawn as they come, so a
    // caller streams them from the database a page at a time.
    void beginTable(const QStringList &header, const std::vector<qreal> &widths);
    void row(const QStringList &cells);
    void endTable();

private:
    void drawFooter();
    void drawHeader();
    qreal rowHeight(const QStringList &cells, const QFont &font, const QFontMetricsF &metrics) const;
    void drawRow(const QStringList &cells, const QFont &font, qreal height, bool header);

    QPdfWriter &m_writer;
    QPainter *m_painter;
    std::function<QString(int)> m_footer;
    QFont m_cellFont, m_headerFont;
    QFontMetricsF m_cellMetrics, m_headerMetrics;
    QRectF m_area;
    QRectF m_footerArea;
    qreal m_y = 0;
    int m_page = 1;
    std::vector<TocEntry> m_toc;
    QStringList m_header;
    std::vector<qreal> m_widths;
    bool m_inTable = false;
    int m_rowIndex = 0;
};

} // namespace cd::reporting
