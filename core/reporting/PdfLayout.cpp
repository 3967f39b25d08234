#include "PdfLayout.h"
#include "ReportFont.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace cd::reporting {

namespace {
constexpr int kTextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
constexpr qreal kCellPadMm = 1.0;
} // namespace

PdfLayout::PdfLayout(QPdfWriter &writer, QPainter *painter, std::function<QString(int)> footer)
    : m_writer(writer), m_painter(painter), m_footer(std::move(footer)), m_cellFont(font(8)),
      m_headerFont(font(8, true)), m_cellMetrics(m_cellFont, &writer), m_headerMetrics(m_headerFont, &writer)
{
    const QRectF page = m_writer.pageLayout().paintRectPixels(m_writer.resolution());
    const QRectF full(0, 0, page.width(), page.height());  // the painter's origin is the paint rect's
    m_footerArea = QRectF(full.left(), full.bottom() - mm(8), full.width(), mm(8));
    m_area = QRectF(full.left(), full.top(), full.width(), full.height() - mm(10));
    m_y = m_area.top();
}

qreal PdfLayout::mm(qreal millimetres) const { return millimetres * m_writer.resolution() / 25.4; }

QFont PdfLayout::font(qreal pointSize, bool bold) const
{
    QFont f = pdfFont(pointSize);
    f.setBold(bold);
    return f;
}

void PdfLayout::newPage()
{
    drawFooter();
    if (m_painter)
        m_writer.newPage();
    ++m_page;
    m_y = m_area.top();
    if (m_inTable)
        drawHeader();
}

void PdfLayout::finish() { drawFooter(); }

void PdfLayout::drawFooter()
{
    if (!m_painter || !m_footer)
        return;
    const QString text = m_footer(m_page);
    if (text.isEmpty())
        return;
    m_painter->save();
    m_painter->setFont(font(8));
    m_painter->setPen(QColor(90, 90, 90));
    m_painter->drawLine(QPointF(m_footerArea.left(), m_footerArea.top()), QPointF(m_footerArea.right(), m_footerArea.top()));
    m_painter->drawText(m_footerArea, Qt::AlignRight | Qt::AlignVCenter, text);
    m_painter->restore();
}

void PdfLayout::space(qreal millimetres) { m_y += mm(millimetres); }

void PdfLayout::keep(qreal height)
{
    if (m_y + height > m_area.bottom() && m_y > m_area.top())
        newPage();
}

qreal PdfLayout::textHeight(const QString &text, const QFont &f, qreal width) const
{
    const QFontMetricsF fm(f, &m_writer);
    return fm.boundingRect(QRectF(0, 0, width, 1e7), kTextFlags, text).height();
}

void PdfLayout::heading(const QString &text, int level, qreal keepWithNext)
{
    const QFont f = font(level == 1 ? 16 : level == 2 ? 13 : 11, true);
    const qreal h = textHeight(text, f, m_area.width());
    if (level == 1 && m_y > m_area.top())
        newPage();
    else
        keep(h + mm(keepWithNext));  // not alone at the foot of a page
    if (level <= 2)
        m_toc.push_back({text, level, m_page});
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(m_area.left(), m_y, m_area.width(), h), kTextFlags, text);
    }
    m_y += h + mm(level == 1 ? 4 : 2);
}

void PdfLayout::paragraph(const QString &text, qreal pointSize, bool bold)
{
    const QFont f = font(pointSize, bold);
    const qreal h = textHeight(text, f, m_area.width());
    keep(h);
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(m_area.left(), m_y, m_area.width(), h), kTextFlags, text);
    }
    m_y += h + mm(2);
}

QRectF PdfLayout::block(qreal height)
{
    keep(height);
    const QRectF r(m_area.left(), m_y, m_area.width(), height);
    m_y += height;
    return r;
}

void PdfLayout::beginTable(const QStringList &header, const std::vector<qreal> &widths)
{
    m_header = header;
    m_widths = widths;
    m_rowIndex = 0;
    keep(rowHeight(header, m_headerFont, m_headerMetrics) * 3);
    m_inTable = true;
    drawHeader();
}

void PdfLayout::drawHeader() { drawRow(m_header, m_headerFont, rowHeight(m_header, m_headerFont, m_headerMetrics), true); }

void PdfLayout::row(const QStringList &cells)
{
    const qreal h = rowHeight(cells, m_cellFont, m_cellMetrics);
    if (m_y + h > m_area.bottom())
        newPage();
    drawRow(cells, m_cellFont, h, false);
    ++m_rowIndex;
}

void PdfLayout::endTable()
{
    m_inTable = false;
    m_y += mm(4);
}

qreal PdfLayout::rowHeight(const QStringList &cells, const QFont &f, const QFontMetricsF &fm) const
{
    qreal h = fm.height();
    for (int i = 0; i < cells.size() && i < int(m_widths.size()); ++i) {
        const qreal width = m_widths[std::size_t(i)] * m_area.width() - 2 * mm(kCellPadMm);
        // Most cells are one short line: measured without laying out a paragraph.
        if (!cells[i].contains(QLatin1Char('\n')) && fm.horizontalAdvance(cells[i]) <= width)
            continue;
        h = std::max(h, textHeight(cells[i], f, width));
    }
    // A row taller than half a page is cut rather than never drawn.
    return std::min(h + 2 * mm(kCellPadMm), m_area.height() / 2);
}

void PdfLayout::drawRow(const QStringList &cells, const QFont &f, qreal h, bool header)
{
    if (m_painter) {
        m_painter->save();
        const QRectF band(m_area.left(), m_y, m_area.width(), h);
        if (header)
            m_painter->fillRect(band, QColor(225, 230, 238));
        else if (m_rowIndex % 2 == 1)
            m_painter->fillRect(band, QColor(245, 246, 248));
        m_painter->setFont(f);
        m_painter->setPen(Qt::black);
        const QFontMetricsF &fm = header ? m_headerMetrics : m_cellMetrics;
        qreal x = m_area.left();
        for (int i = 0; i < int(m_widths.size()) && i < cells.size(); ++i) {
            const qreal w = m_widths[std::size_t(i)] * m_area.width();
            const QRectF cell(x + mm(kCellPadMm), m_y + mm(kCellPadMm), w - 2 * mm(kCellPadMm), h - 2 * mm(kCellPadMm));
            if (!cells[i].contains(QLatin1Char('\n')) && fm.horizontalAdvance(cells[i]) <= cell.width()) {
                // One line that fits: drawn at its baseline, without a paragraph layout or a clip.
                m_painter->drawText(QPointF(cell.left(), cell.top() + fm.ascent()), cells[i]);
            } else {
                m_painter->setClipRect(QRectF(x, m_y, w, h));
                m_painter->drawText(cell, kTextFlags, cells[i]);
                m_painter->setClipping(false);
            }
            x += w;
        }
        m_painter->setPen(QPen(QColor(200, 200, 200), mm(0.1)));
        m_painter->drawLine(QPointF(band.left(), band.bottom()), QPointF(band.right(), band.bottom()));
        m_painter->restore();
    }
    m_y += h;
}

} // namespace cd::reporting
