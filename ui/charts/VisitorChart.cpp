#include "VisitorChart.h"

#include "ui/cameras/VisitorCountsModel.h"
#include "ui/common/Retranslate.h"

#include <QCategoryAxis>
#include <QChart>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QValueAxis>

// The view owns the chart from its construction: QChartView(QWidget *) would make a default chart
// that a later setChart() releases without deleting (it leaked once per console unlock).
VisitorChart::VisitorChart(VisitorCountsModel *model, QWidget *parent)
    : QChartView(new QChart, parent), m_model(model), m_chart(chart())
{
    setObjectName(QStringLiteral("visitorChart"));
    setRenderHint(QPainter::Antialiasing);
    m_chart->setAnimationOptions(QChart::NoAnimation);  // refreshed every few seconds
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_series = new QStackedBarSeries(m_chart);
    m_series->setBarWidth(0.8);
    m_chart->addSeries(m_series);
    // Bar i stands at x = i. A category axis labels every third hour there: a bar-category axis
    // would label all 24 and elide them all on a chart of ordinary width.
    m_hours = new QCategoryAxis(m_chart);
    m_hours->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_hours->setRange(-0.5, VisitorCountsModel::kHours - 0.5);
    m_hours->setGridLineVisible(false);
    m_counts = new QValueAxis(m_chart);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    m_counts->setMinorTickCount(0);
    m_chart->addAxis(m_hours, Qt::AlignBottom);
    m_chart->addAxis(m_counts, Qt::AlignLeft);
    m_series->attachAxis(m_hours);
    m_series->attachAxis(m_counts);

    m_mapper = new QVBarModelMapper(this);
    m_mapper->setFirstRow(0);
    m_mapper->setRowCount(VisitorCountsModel::kHours);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    remap();

    connect(m_model, &QAbstractItemModel::modelReset, this, &VisitorChart::remap);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &VisitorChart::updateAxes);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation o) {
        if (o == Qt::Horizontal)
            remap();  // bar set labels come from the column headers
        else
            updateAxes();
    });
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

void VisitorChart::remap()
{
    // One bar set per zone column; the mapper re-reads the model when the range changes.
    const int columns = m_model->columnCount();
    m_mapper->setFirstBarSetColumn(columns > 0 ? 0 : -1);
    m_mapper->setLastBarSetColumn(columns - 1);
    updateAxes();
}

void VisitorChart::updateAxes()
{
    // "07:00" under every third bar, the newest hour always labelled.
    QStringList labels;
    const int rows = m_model->rowCount();
    for (int r = (rows - 1) % 3; r < rows; r += 3)
        labels << m_model->headerData(r, Qt::Vertical).toString();
    if (labels != m_hourLabels) {
        for (const QString &old : m_hours->categoriesLabels())
            m_hours->remove(old);
        int r = (rows - 1) % 3;
        for (const QString &label : labels) {
            m_hours->append(label, r);
            r += 3;
        }
        m_hourLabels = labels;
    }
    const qint64 top = m_model->maxHourTotal();
    m_counts->setRange(0, double(qMax<qint64>(top, 4)));
    m_counts->applyNiceNumbers();
}

void VisitorChart::retranslateUi()
{
    m_chart->setTitle(tr("Visitors per hour, last 24 hours"));
    m_hours->setTitleText(tr("Hour", "axis title: hour of the day"));
    m_counts->setTitleText(tr("Visitors"));
}
