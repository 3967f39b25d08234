#include "DashboardCharts.h"

#include "core/i18n/Language.h"
#include "ui/charts/BarChart.h"
#include "ui/common/Retranslate.h"

#include <QGridLayout>
#include <QLocale>

namespace {

BarChart *makeChart(BarChart::Layout layout, const char *name, QWidget *parent)
{
    auto *chart = new BarChart(layout, parent);
    chart->setObjectName(QLatin1String(name));
    return chart;
}

// Local deletion reasons are ids in the log ("withdrawal", …): shown translated where known.
QString reasonName(const QString &id)
{
    if (id == QLatin1String("withdrawal"))
        return DashboardCharts::tr("Withdrawal", "deletion reason");
    if (id == QLatin1String("expiry"))
        return DashboardCharts::tr("Expiry", "deletion reason");
    if (id == QLatin1String("request"))
        return DashboardCharts::tr("Request", "deletion reason");
    if (id == QLatin1String("retention"))
        return DashboardCharts::tr("Retention", "deletion reason");
    if (id == QLatin1String("manual"))
        return DashboardCharts::tr("Manual", "deletion reason");
    return id;
}

QStringList labels(const cd::TimeAxis &axis)
{
    QStringList out;
    for (int i = 0; i < axis.size(); ++i)
        out << DashboardCharts::bucketLabel(axis, i);
    return out;
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardCharts"));
    m_given = makeChart(BarChart::Stacked, "consentsGivenChart", this);
    m_status = makeChart(BarChart::Stacked, "consentsByStatusChart", this);
    m_withdrawals = makeChart(BarChart::Stacked, "withdrawalsChart", this);
    m_requests = makeChart(BarChart::Grouped, "requestsChart", this);
    m_daysLeft = makeChart(BarChart::Grouped, "daysLeftChart", this);
    m_deletions = makeChart(BarChart::Stacked, "deletionsChart", this);
    m_visitors = makeChart(BarChart::Stacked, "visitorsChart", this);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    // Charts with many or long categories (eight request types, zones, a year of days) take the
    // whole width, so that their labels are not elided.
    grid->addWidget(m_given, 0, 0);
    grid->addWidget(m_withdrawals, 0, 1);
    grid->addWidget(m_status, 1, 0);
    grid->addWidget(m_daysLeft, 1, 1);
    grid->addWidget(m_requests, 2, 0, 1, 2);
    grid->addWidget(m_visitors, 3, 0, 1, 2);
    grid->addWidget(m_deletions, 4, 0, 1, 2);
    cd::gui::onLanguageChange(this, [this] { redraw(); });
    redraw();
}

QString DashboardCharts::bucketLabel(const cd::TimeAxis &axis, int bucket)
{
    const QDate day = axis.firsts.at(std::size_t(bucket));
    const QLocale locale(cd::i18n::currentLanguage());
    if (axis.unit == cd::TimeAxis::Month)
        return locale.toString(day, tr("MMM yyyy", "date format of a month on a chart (Qt)"));
    return locale.toString(day, tr("MMM d", "date format of a day on a chart (Qt)"));
}

void DashboardCharts::show(const cd::DashboardFigures &figures)
{
    m_figures = figures;
    m_have = true;
    redraw();
}

void DashboardCharts::redraw()
{
    const bool zh = cd::i18n::isChinese();
    m_given->setTitle(tr("Consents given, by purpose"));
    m_status->setTitle(tr("Consents by purpose and status now"));
    m_withdrawals->setTitle(tr("Withdrawals, by purpose"));
    m_requests->setTitle(tr("Requests by type"));
    m_daysLeft->setTitle(tr("Open requests by working days left"));
    m_deletions->setTitle(tr("Deletion-log entries per day, by reason"));
    m_visitors->setTitle(tr("Anonymous visitors per zone"));
    if (!m_have)
        return;
    const cd::DashboardFigures &f = m_figures;
    const cd::ConsentFigures &c = f.consents;
    const QStringList buckets = labels(c.axis);
    const int every = std::max(1, (c.axis.size() + 4) / 5);  // about five labels: a whole one fits under each

    std::vector<BarChart::Series> given, withdrawn, byStatus;
    QStringList purposes;
    for (const cd::PurposeConsentFigures &p : c.purposes) {
        BarChart::Series g{p.displayName(zh), {}};
        for (const cd::StatusCounts &s : p.givenPerBucket) {
            qint64 n = 0;
            for (qint64 v : s)
                n += v;
            g.values.push_back(n);
        }
        given.push_back(std::move(g));
        withdrawn.push_back({p.displayName(zh), p.withdrawnPerBucket});
        purposes << p.displayName(zh);
    }
    for (int st = 0; st < cd::kConsentStatusCount; ++st) {
        BarChart::Series s{cd::statusDisplayName(cd::ConsentStatus(st)), {}};
        for (const cd::PurposeConsentFigures &p : c.purposes)
            s.values.push_back(p.now[std::size_t(st)]);
        byStatus.push_back(std::move(s));
    }
    m_given->setData(buckets, given, every);
    m_withdrawals->setData(buckets, withdrawn, every);
    m_status->setData(purposes, byStatus);

    QStringList types;
    BarChart::Series received{tr("Received"), {}}, answered{tr("Answered"), {}}, onTime{tr("Answered on time"), {}};
    for (const cd::RequestTypeFigures &t : f.requests.byType) {
        types << cd::RequestRules::typeName(t.type);
        received.values.push_back(t.received);
        answered.values.push_back(t.answered);
        onTime.values.push_back(t.answeredOnTime);
    }
    m_requests->setData(types, {received, answered, onTime});
    QStringList left;
    for (int b = 0; b < cd::kDaysLeftBuckets; ++b)
        left << cd::daysLeftBucketName(b);
    m_daysLeft->setData(left, {{tr("Open requests"), std::vector<qint64>(f.requests.daysLeft.begin(), f.requests.daysLeft.end())}});

    std::vector<BarChart::Series> reasons;
    for (int r = 0; r < f.deletions.reasons.size(); ++r)
        reasons.push_back({reasonName(f.deletions.reasons[r]), f.deletions.entries[std::size_t(r)]});
    m_deletions->setData(labels(f.deletions.days), reasons, 30);

    std::vector<BarChart::Series> zones;
    for (const cd::ZoneVisitorFigures &z : f.visitors)
        zones.push_back({z.zoneName, z.perBucket});
    m_visitors->setData(labels(f.visitorAxis), zones, every);
}
