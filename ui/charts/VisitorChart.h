#pragma once
// Visitors per hour as stacked bars (one colour per zone), fed by a QVBarModelMapper from the
// same VisitorCountsModel the table shows: the chart cannot say something the table does not.
#include <QChartView>

class QCategoryAxis;
class QChart;
class QStackedBarSeries;
class QVBarModelMapper;
class QValueAxis;
class VisitorCountsModel;

class VisitorChart : public QChartView {
    Q_OBJECT
public:
    explicit VisitorChart(VisitorCountsModel *model, QWidget *parent = nullptr);

    QStackedBarSeries *series() const { return m_series; }
    QCategoryAxis *hourAxis() const { return m_hours; }
    QValueAxis *countAxis() const { return m_counts; }

private:
    void remap();
    void updateAxes();
    void retranslateUi();

    VisitorCountsModel *m_model;
    QChart *m_chart;
    QStackedBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QCategoryAxis *m_hours;
    QStringList m_hourLabels;
    QValueAxis *m_counts;
};
