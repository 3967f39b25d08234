#pragma once
// The report's charts, drawn as vectors with QPainter (axes, bars, lines and legends), so that
// they stay sharp when printed and the PDF holds no raster image. Values are counts.
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QPainter;

namespace cd::reporting {

struct ChartSeries {
    QString name;
    std::vector<qint64> values;  // one per category
};

struct ChartStyle {
    std::function<QFont(qreal pointSize)> font;
    qreal unit = 1;  // device pixels per millimetre
};

enum class ChartKind { GroupedBars, StackedBars, Lines };

// A title above, the value axis on the left with round ticks, at most `maxLabels` category
// labels below, and the legend under them.
void drawChart(QPainter &painter, const QRectF &rect, const ChartStyle &style, ChartKind kind, const QString &title,
               const QStringList &categories, const std::vector<ChartSeries> &series, int maxLabels = 8);

// A bar from 0 to `max` filled up to `value` (the filing counter against its threshold), red
// once full, with `caption` under it.
void drawGauge(QPainter &painter, const QRectF &rect, const ChartStyle &style, const QString &title, qint64 value,
               qint64 max, const QString &caption);

} // namespace cd::reporting
