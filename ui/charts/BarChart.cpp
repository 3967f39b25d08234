#include "BarChart.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

// The view owns its chart from construction (see VisitorChart: a default chart replaced later leaks).
BarChart::BarChart(Layout layout, QWidget *parent) : QChartView(new QChart, parent), m_chart(chart())
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setShowToolTips(true);  // a long purpose name may be elided in the legend
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_chart->legend()->setFont(small);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    if (layout == Stacked)
        m_bars = new QStackedBarSeries(m_chart);
    else
        m_bars = new QBarSeries(m_chart);
    m_bars->setBarWidth(0.8);
    m_chart->addSeries(m_bars);
    // Bar i stands at x = i; labels sit on the bars they name.
    m_axis = new QCategoryAxis(m_chart);
    m_axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axis->setGridLineVisible(false);
    m_values = new QValueAxis(m_chart);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setMinorTickCount(0);
    m_axis->setLabelsFont(small);
    m_values->setLabelsFont(small);
    m_chart->addAxis(m_axis, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_bars->attachAxis(m_axis);
    m_bars->attachAxis(m_values);
}

// No title on the value axis: the chart's title says what is counted, and a rotated CJK title
// was drawn as a column of dots.
void BarChart::setTitle(const QString &title) { m_chart->setTitle(title); }

void BarChart::setLabelAngle(int degrees) { m_axis->setLabelsAngle(degrees); }

void BarChart::setData(const QStringList &categories, const std::vector<Series> &series, int labelEvery)
{
    m_categories = categories;
    m_bars->clear();
    qint64 top = 0;
    std::vector<qint64> stackTotals(std::size_t(categories.size()), 0);
    for (const Series &s : series) {
        auto *set = new QBarSet(s.name);
        for (int i = 0; i < categories.size(); ++i) {
            const qint64 v = std::size_t(i) < s.values.size() ? s.values[std::size_t(i)] : 0;
            set->append(double(v));
            stackTotals[std::size_t(i)] += v;
            top = std::max(top, v);
        }
        m_bars->append(set);
    }
    if (m_bars->type() == QAbstractSeries::SeriesTypeStackedBar)
        for (qint64 t : stackTotals)
            top = std::max(top, t);

    for (const QString &old : m_axis->categoriesLabels())
        m_axis->remove(old);
    const int n = int(categories.size());
    m_axis->setRange(-0.5, std::max(n, 1) - 0.5);
    const int every = std::max(labelEvery, 1);
    for (int i = (n - 1) % every; i >= 0 && i < n; i += every)
        m_axis->append(categories[i], i);
    m_values->setRange(0, double(std::max<qint64>(top, 4)));
    m_values->applyNiceNumbers();
}
