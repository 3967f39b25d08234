#pragma once
// The dashboard's six charts, drawn from one DashboardFigures: consents given per period by
// purpose, consents of each purpose by status now, withdrawals, requests by type, open requests
// by working days left, deletions per day by reason, and anonymous visitors per zone. Titles,
// series names and date labels follow the UI language.
#include "core/analytics/DashboardFigures.h"

#include <QCoreApplication>
#include <QWidget>

class BarChart;

class DashboardCharts : public QWidget {
    Q_OBJECT
public:
    explicit DashboardCharts(QWidget *parent = nullptr);

    void show(const cd::DashboardFigures &figures);

    BarChart *consentsGiven() const { return m_given; }
    BarChart *consentsByStatus() const { return m_status; }
    BarChart *withdrawals() const { return m_withdrawals; }
    BarChart *requests() const { return m_requests; }
    BarChart *daysLeft() const { return m_daysLeft; }
    BarChart *deletions() const { return m_deletions; }
    BarChart *visitors() const { return m_visitors; }

    // A bucket's label in the UI language: "Mar 2026", "Mar 9" (a week from that Monday), "Mar 9".
    static QString bucketLabel(const cd::TimeAxis &axis, int bucket);

private:
    void redraw();

    cd::DashboardFigures m_figures;
    bool m_have = false;
    BarChart *m_given, *m_status, *m_withdrawals, *m_requests, *m_daysLeft, *m_deletions, *m_visitors;
};
