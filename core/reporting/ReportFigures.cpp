// The report's figures: the summary, the dashboard's charts and the consents per purpose, all
// from DashboardQueries (read once, before the first pass).
#include "PdfCharts.h"
#include "ReportSections.h"

#include <QLocale>
#include <QPainter>

namespace cd::reporting::report {

namespace {
constexpr qreal kChartMm = 100;  // a chart's height: two to a page
} // namespace

void summary(PdfLayout &L, Context &c)
{
    const ReportText &say = c.say;
    const DashboardFigures &f = c.figures;
    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Summary")), 1);
    qint64 given = 0, withdrawn = 0;
    for (const PurposeConsentFigures &p : f.consents.purposes) {
        for (const StatusCounts &b : p.givenPerBucket)
            for (const qint64 n : b)
                given += n;
        withdrawn += sum(p.withdrawnPerBucket);
    }
    qint64 received = 0, open = 0, visitors = 0;
    for (const RequestTypeFigures &t : f.requests.byType) {
        received += t.received;
        open += t.open;
    }
    for (const ZoneVisitorFigures &z : f.visitors)
        visitors += z.total;
    const QLocale locale(c.say.chinese() ? QLocale::Chinese : QLocale::English, c.say.chinese() ? QLocale::China : QLocale::UnitedKingdom);
    auto num = [&](qint64 n) { return QString::number(n); };
    L.beginTable({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Figure")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Value"))},
                 {0.7, 0.3});
    L.row({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Consents given in the period")), num(given)});
    L.row({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Consents withdrawn in the period")), num(withdrawn)});
    L.row({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Requests received in the period")), num(received)});
    L.row({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Requests answered in the period")), num(f.requests.answered())});
    L.row({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Requests answered on time")), num(f.requests.answeredOnTime())});
    L.row({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Rate of requests answered on time")),
           locale.toString(f.requests.onTimeRate() * 100.0, 'f', 1) + QLatin1Char('%')});
    L.row({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Requests open now")), num(open)});
    L.row({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Deletion-log entries in the period")), num(f.deletions.total())});
    L.row({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Anonymous visitors counted in the period")), num(visitors)});
    L.row({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "People whose face data vendors hold now")), num(f.filing.faceDataHolders)});
    L.row({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Filing threshold")), num(f.filing.threshold)});
    L.endTable();
    L.paragraph(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport",
                                            "Statuses are the ones at the time the report was made. Requests answered on "
                                            "time were closed on or before their deadline in working days, pauses and "
                                            "extensions counted.")),
                9);
}

void charts(PdfLayout &L, Context &c)
{
    const ReportText &say = c.say;
    const DashboardFigures &f = c.figures;
    const ChartStyle style{[&L](qreal size) { return L.font(size); }, L.mm(1)};
    const qreal h = L.mm(kChartMm);
    auto chart = [&](ChartKind kind, const QString &title, const QStringList &cats, const std::vector<ChartSeries> &series) {
        const QRectF r = L.block(h);
        if (L.drawing())
            drawChart(*L.painter(), r.adjusted(0, 0, 0, -L.mm(6)), style, kind, title, cats, series);
    };
    const bool zh = say.chinese();
    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Charts")), 1);

    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Consents")), 2, kChartMm);
    const QStringList months = axisLabels(f.consents.axis);
    std::vector<ChartSeries> given, withdrawn;
    std::vector<ChartSeries> byStatus(kConsentStatusCount);
    QStringList purposes;
    for (int s = 0; s < kConsentStatusCount; ++s)
        byStatus[std::size_t(s)].name = statusName(say, s);
    for (const PurposeConsentFigures &p : f.consents.purposes) {
        ChartSeries g{p.displayName(zh), {}};
        for (const StatusCounts &b : p.givenPerBucket) {
            qint64 n = 0;
            for (const qint64 x : b)
                n += x;
            g.values.push_back(n);
        }
        given.push_back(std::move(g));
        withdrawn.push_back({p.displayName(zh), p.withdrawnPerBucket});
        purposes << p.displayName(zh);
        for (int s = 0; s < kConsentStatusCount; ++s)
            byStatus[std::size_t(s)].values.push_back(p.now[std::size_t(s)]);
    }
    chart(ChartKind::StackedBars, say(kDash, QT_TRANSLATE_NOOP("DashboardCharts", "Consents given, by purpose")), months, given);
    chart(ChartKind::StackedBars, say(kDash, QT_TRANSLATE_NOOP("DashboardCharts", "Consents by purpose and status now")),
          purposes, byStatus);
    chart(ChartKind::Lines, say(kDash, QT_TRANSLATE_NOOP("DashboardCharts", "Withdrawals, by purpose")), months, withdrawn);
    checkpoint(c, 20);

    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Requests")), 2, kChartMm);
    QStringList types;
    ChartSeries rec{say(kDash, QT_TRANSLATE_NOOP("DashboardCharts", "Received")), {}};
    ChartSeries ans{say(kDash, QT_TRANSLATE_NOOP("DashboardCharts", "Answered")), {}};
    ChartSeries ontime{say(kDash, QT_TRANSLATE_NOOP("DashboardCharts", "Answered on time")), {}};
    for (const RequestTypeFigures &t : f.requests.byType) {
        types << typeName(say, t.type);
        rec.values.push_back(t.received);
        ans.values.push_back(t.answered);
        ontime.values.push_back(t.answeredOnTime);
    }
    const QLocale locale(zh ? QLocale::Chinese : QLocale::English, zh ? QLocale::China : QLocale::UnitedKingdom);
    chart(ChartKind::GroupedBars,
          say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Requests by type (answered on time: %1)"))
              .arg(locale.toString(f.requests.onTimeRate() * 100.0, 'f', 1) + QLatin1Char('%')),
          types, {rec, ans, ontime});
    QStringList left;
    for (int b = 0; b < kDaysLeftBuckets; ++b)
        left << daysLeftName(say, b);
    chart(ChartKind::GroupedBars, say(kDash, QT_TRANSLATE_NOOP("DashboardCharts", "Open requests by working days left")),
          left, {{say(kDash, QT_TRANSLATE_NOOP("DashboardCharts", "Open requests")),
                  std::vector<qint64>(f.requests.daysLeft.begin(), f.requests.daysLeft.end())}});
    checkpoint(c, 20);

    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Deletions and visitors")), 2, kChartMm);
    std::vector<ChartSeries> reasons;
    for (int r = 0; r < int(f.deletions.reasons.size()); ++r)
        reasons.push_back({reasonName(say, f.deletions.reasons[r]), f.deletions.entries[std::size_t(r)]});
    chart(ChartKind::StackedBars, say(kDash, QT_TRANSLATE_NOOP("DashboardCharts", "Deletion-log entries per day, by reason")),
          axisLabels(f.deletions.days), reasons);
    std::vector<ChartSeries> zones;
    for (const ZoneVisitorFigures &z : f.visitors)
        zones.push_back({z.zoneName, z.perBucket});
    chart(ChartKind::Lines, say(kDash, QT_TRANSLATE_NOOP("DashboardCharts", "Anonymous visitors per zone")),
          axisLabels(f.visitorAxis), zones);

    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Filing and ledgers")), 2);
    const QRectF g = L.block(L.mm(28));
    if (L.drawing())
        drawGauge(*L.painter(), g, style, say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Face data held by vendors")),
                  f.filing.faceDataHolders, f.filing.threshold,
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "%1 people of the filing threshold of %2"))
                      .arg(f.filing.faceDataHolders)
                      .arg(f.filing.threshold));
    L.beginTable({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Ledger")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Last verification")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Rows verified")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Rows now"))},
                 {0.3, 0.4, 0.15, 0.15});
    for (const LedgerHealth::Ledger &l : f.ledgers.ledgers) {
        const QString name = l.kind == LedgerKind::Audit ? say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Audit log"))
                                                         : say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Deletion log"));
        QString last = say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "never verified"));
        if (f.ledgers.verifiedAt) {
            last = (l.ok ? say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "intact, %1 by %2"))
                         : say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "broken at row %3, %1 by %2")))
                       .arg(timeText(f.ledgers.verifiedAt), f.ledgers.verifiedBy, QString::number(l.firstBrokenSeq));
        }
        L.row({name, last, QString::number(l.rowsVerified), QString::number(l.rowsNow)});
    }
    L.endTable();
}

void consentTables(PdfLayout &L, Context &c)
{
    const ReportText &say = c.say;
    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Consents by purpose")), 1);
    L.paragraph(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport",
                                            "Consents are summarised per purpose here; every consent and withdrawal of the "
                                            "period, with the hash of the notice shown, is in the package's CSV files.")),
                9);
    QStringList header{say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Purpose")),
                       say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Given in the period")),
                       say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Withdrawn in the period"))};
    for (int s = 0; s < kConsentStatusCount; ++s)
        header << say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "%1 now")).arg(statusName(say, s));
    L.beginTable(header, {0.25, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125});
    for (const PurposeConsentFigures &p : c.figures.consents.purposes) {
        qint64 given = 0;
        for (const StatusCounts &b : p.givenPerBucket)
            for (const qint64 n : b)
                given += n;
        QStringList row{p.displayName(say.chinese()) + QStringLiteral(" (") + p.code + QLatin1Char(')'),
                        QString::number(given), QString::number(sum(p.withdrawnPerBucket))};
        for (const qint64 n : p.now)
            row << QString::number(n);
        L.row(row);
    }
    L.endTable();
}

} // namespace cd::reporting::report
