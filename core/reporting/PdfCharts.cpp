#include "PdfCharts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace cd::reporting {

namespace {

QColor seriesColour(std::size_t i)
{
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                     QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                     QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
                                     QColor(0x17, 0xbe, 0xcf)};
    return palette[i % (sizeof(palette) / sizeof(palette[0]))];
}

// A round step (1, 2 or 5 times a power of ten) giving about five ticks up to `max`.
qint64 tickStep(qint64 max)
{
    if (max <= 5)
        return 1;
    const double raw = double(max) / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return std::max<qint64>(1, qint64(m * power));
    }
    return qint64(10 * power);
}

// Draws the legend in rows under `top`; returns its height.
qreal drawLegend(QPainter *p, const QRectF &area, const ChartStyle &style, const std::vector<ChartSeries> &series,
                 bool lines)
{
    const QFont f = style.font(7);
    const QFontMetricsF fm(f, p->device());
    const qreal swatch = 3 * style.unit, gap = 2 * style.unit, lineH = fm.height() + style.unit;
    qreal x = area.left(), y = area.top();
    p->setFont(f);
    for (std::size_t i = 0; i < series.size(); ++i) {
        const qreal w = swatch + style.unit + fm.horizontalAdvance(series[i].name) + gap * 2;
        if (x + w > area.right() && x > area.left()) {
            x = area.left();
            y += lineH;
        }
        const QRectF sw(x, y + (lineH - swatch) / 2, swatch, swatch);
        if (lines) {
            p->setPen(QPen(seriesColour(i), 0.6 * style.unit));
            p->drawLine(QPointF(sw.left(), sw.center().y()), QPointF(sw.right(), sw.center().y()));
        } else {
            p->fillRect(sw, seriesColour(i));
        }
        p->setPen(Qt::black);
        p->drawText(QRectF(sw.right() + style.unit, y, w, lineH), Qt::AlignLeft | Qt::AlignVCenter, series[i].name);
        x += w;
    }
    return y + lineH - area.top();
}

qreal legendHeight(QPainter *p, const QRectF &area, const ChartStyle &style, const std::vector<ChartSeries> &series)
{
    const QFontMetricsF fm(style.font(7), p->device());
    const qreal swatch = 3 * style.unit, gap = 2 * style.unit, lineH = fm.height() + style.unit;
    qreal x = area.left(), h = lineH;
    for (const ChartSeries &s : series) {
        const qreal w = swatch + style.unit + fm.horizontalAdvance(s.name) + gap * 2;
        if (x + w > area.right() && x > area.left()) {
            x = area.left();
            h += lineH;
        }
        x += w;
    }
    return h;
}

} // namespace

void drawChart(QPainter &painter, const QRectF &rect, const ChartStyle &style, ChartKind kind, const QString &title,
               const QStringList &categories, const std::vector<ChartSeries> &series, int maxLabels)
{
    QPainter *p = &painter;
    p->save();
    const qreal u = style.unit;
    const QFont titleFont = style.font(10);
    const QFont labelFont = style.font(7);
    const QFontMetricsF tfm(titleFont, p->device()), lfm(labelFont, p->device());
    p->setFont(titleFont);
    p->setPen(Qt::black);
    p->drawText(QRectF(rect.left(), rect.top(), rect.width(), tfm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);

    const qreal legendH = legendHeight(p, rect, style, series);
    const qreal labelH = lfm.height() + u;
    qint64 max = 0;
    const int n = int(categories.size());
    for (int c = 0; c < n; ++c) {
        qint64 sum = 0;
        for (const ChartSeries &s : series) {
            const qint64 v = c < int(s.values.size()) ? s.values[std::size_t(c)] : 0;
            sum += v;
            max = std::max(max, v);
        }
        if (kind == ChartKind::StackedBars)
            max = std::max(max, sum);
    }
    const qint64 step = tickStep(max);
    const qint64 top = std::max<qint64>(step, ((max + step - 1) / step) * step);
    const qreal axisW = lfm.horizontalAdvance(QString::number(top)) + 2 * u;
    const QRectF plot(rect.left() + axisW, rect.top() + tfm.height() + 2 * u, rect.width() - axisW,
                      rect.height() - tfm.height() - 2 * u - labelH - legendH - 2 * u);

    // Grid and value axis.
    p->setFont(labelFont);
    for (qint64 v = 0; v <= top; v += step) {
        const qreal y = plot.bottom() - plot.height() * double(v) / double(top);
        p->setPen(QPen(QColor(220, 220, 220), 0.15 * u));
        p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p->setPen(Qt::black);
        p->drawText(QRectF(rect.left(), y - lfm.height() / 2, axisW - u, lfm.height()), Qt::AlignRight | Qt::AlignVCenter,
                    QString::number(v));
    }
    p->setPen(QPen(Qt::black, 0.2 * u));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    p->drawLine(plot.bottomLeft(), plot.topLeft());

    if (n > 0) {
        const qreal slot = plot.width() / n;
        auto yOf = [&](qint64 v) { return plot.bottom() - plot.height() * double(v) / double(top); };
        if (kind == ChartKind::Lines) {
            for (std::size_t s = 0; s < series.size(); ++s) {
                QPainterPath path;
                for (int c = 0; c < n; ++c) {
                    const qint64 v = c < int(series[s].values.size()) ? series[s].values[std::size_t(c)] : 0;
                    const QPointF pt(plot.left() + slot * (c + 0.5), yOf(v));
                    if (c == 0)
                        path.moveTo(pt);
                    else
                        path.lineTo(pt);
                }
                p->setPen(QPen(seriesColour(s), 0.5 * u));
                p->setBrush(Qt::NoBrush);
                p->drawPath(path);
            }
        } else {
            const qreal inner = slot * 0.8;
            for (int c = 0; c < n; ++c) {
                const qreal x0 = plot.left() + slot * c + (slot - inner) / 2;
                qint64 below = 0;
                for (std::size_t s = 0; s < series.size(); ++s) {
                    const qint64 v = c < int(series[s].values.size()) ? series[s].values[std::size_t(c)] : 0;
                    if (v == 0)
                        continue;
                    QRectF bar;
                    if (kind == ChartKind::StackedBars) {
                        bar = QRectF(QPointF(x0, yOf(below + v)), QPointF(x0 + inner, yOf(below)));
                        below += v;
                    } else {
                        const qreal w = inner / qreal(series.size());
                        bar = QRectF(QPointF(x0 + w * qreal(s), yOf(v)), QPointF(x0 + w * qreal(s + 1), plot.bottom()));
                    }
                    p->fillRect(bar, seriesColour(s));
                }
            }
        }
        // Category labels: every k-th, so that at most maxLabels are written.
        const int every = std::max(1, (n + maxLabels - 1) / maxLabels);
        p->setPen(Qt::black);
        for (int c = 0; c < n; c += every) {
            const qreal cx = plot.left() + slot * (c + 0.5);
            const qreal w = slot * every;
            p->drawText(QRectF(cx - w / 2, plot.bottom() + u / 2, w, labelH), Qt::AlignHCenter | Qt::AlignTop,
                        lfm.elidedText(categories[c], Qt::ElideRight, w));
        }
    }
    drawLegend(p, QRectF(rect.left(), plot.bottom() + labelH + u, rect.width(), legendH), style, series,
               kind == ChartKind::Lines);
    p->restore();
}

void drawGauge(QPainter &painter, const QRectF &rect, const ChartStyle &style, const QString &title, qint64 value,
               qint64 max, const QString &caption)
{
    QPainter *p = &painter;
    p->save();
    const qreal u = style.unit;
    const QFont titleFont = style.font(10), labelFont = style.font(8);
    const QFontMetricsF tfm(titleFont, p->device()), lfm(labelFont, p->device());
    p->setFont(titleFont);
    p->setPen(Qt::black);
    p->drawText(QRectF(rect.left(), rect.top(), rect.width(), tfm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    const QRectF bar(rect.left(), rect.top() + tfm.height() + 2 * u, rect.width(), 6 * u);
    p->fillRect(bar, QColor(230, 230, 230));
    const double share = max > 0 ? std::clamp(double(value) / double(max), 0.0, 1.0) : 0.0;
    p->fillRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()),
                share >= 1.0 ? QColor(0xd6, 0x27, 0x28) : QColor(0x1f, 0x77, 0xb4));
    p->setPen(QPen(Qt::black, 0.2 * u));
    p->setBrush(Qt::NoBrush);
    p->drawRect(bar);
    p->setFont(labelFont);
    p->drawText(QRectF(bar.left(), bar.bottom() + u, bar.width(), lfm.height() * 2), Qt::AlignLeft | Qt::AlignTop, caption);
    p->restore();
}

} // namespace cd::reporting
