#pragma once
// A bar chart of plain figures: categories along the bottom, one bar set per series, stacked or
// side by side. The dashboard's charts are all this one widget; what they show comes as numbers
// from core (DashboardQueries), so a chart cannot say something the store does not.
#include <QChartView>
#include <QStringList>
#include <vector>

class QAbstractBarSeries;
class QCategoryAxis;
class QChart;
class QValueAxis;

class BarChart : public QChartView {
    Q_OBJECT
public:
    enum Layout { Stacked, Grouped };
    struct Series {
        QString name;
        std::vector<qint64> values;  // one per category
    };

    BarChart(Layout layout, QWidget *parent = nullptr);

    // `labelEvery`: label every n-th category (a year of days cannot label them all), the last one always.
    void setData(const QStringList &categories, const std::vector<Series> &series, int labelEvery = 1);
    void setTitle(const QString &title);
    // Slanted category labels, for long names (request types, purposes).
    void setLabelAngle(int degrees);

    QAbstractBarSeries *bars() const { return m_bars; }
    QStringList categories() const { return m_categories; }
    QValueAxis *valueAxis() const { return m_values; }

private:
    QChart *m_chart;
    QAbstractBarSeries *m_bars;
    QCategoryAxis *m_axis;
    QValueAxis *m_values;
    QStringList m_categories;
};
