#include "EvidenceReport.h"
#include "PdfCharts.h"
#include "PdfLayout.h"
#include "ReportFont.h"
#include "ReportText.h"

#include "core/access/Session.h"
#include "core/domain/RequestRules.h"
#include "core/domain/WorkingCalendar.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QBuffer>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <limits>
#include <utility>

namespace cd::reporting {

namespace {

constexpr const char *kCtx = "cd::reporting::EvidenceReport";
// The dashboard's own words for its charts and deletion reasons: the report says the same.
constexpr const char *kDash = "DashboardCharts";
constexpr int kRowsPerRead = 200;  // rows read from the database at a time
constexpr qreal kChartMm = 100;    // a chart's height: two to a page

QDate localDay(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(); }
QString dayText(qint64 ms) { return ms ? localDay(ms).toString(Qt::ISODate) : QString(); }
QString timeText(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// Inside this file a cancel or a failed read unwinds to write() by exception, which turns it into
// a Result: the sections stay plain drawing code, and nothing is thrown across write().
struct Cancelled {};

// Everything one pass needs: the figures are read once, the tables on each pass.
struct Context {
    Session &session;
    const EvidenceReportOptions &options;
    const ReportText &say;
    const DashboardFigures &figures;
    const WorkingCalendar &calendar;
    QString storeName;
    QString madeAt;
    int pages = 0;                // known on the second pass
    std::vector<TocEntry> toc;    // known on the second pass
    std::function<bool(int)> tick;  // false: cancel
};

QString stateName(const ReportText &say, const QString &id)
{
    static const std::pair<const char *, const char *> names[] = {
        {"needs-identity", QT_TRANSLATE_NOOP("cd::RequestRules", "needs identity")},
        {"received", QT_TRANSLATE_NOOP("cd::RequestRules", "received")},
        {"identity-verified", QT_TRANSLATE_NOOP("cd::RequestRules", "identity verified")},
        {"in-progress", QT_TRANSLATE_NOOP("cd::RequestRules", "in progress")},
        {"awaiting-vendors", QT_TRANSLATE_NOOP("cd::RequestRules", "awaiting vendors")},
        {"completed", QT_TRANSLATE_NOOP("cd::RequestRules", "completed")},
        {"refused", QT_TRANSLATE_NOOP("cd::RequestRules", "refused")},
        {"cancelled", QT_TRANSLATE_NOOP("cd::RequestRules", "cancelled")}};
    for (const auto &[key, source] : names) {
        if (id == QLatin1String(key))
            return say("cd::RequestRules", source);
    }
    return id;
}

QString typeName(const ReportText &say, RequestType t)
{
    switch (t) {
    case RequestType::Access: return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Access"));
    case RequestType::Copy: return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Copy"));
    case RequestType::Portability: return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Portability"));
    case RequestType::Correction:
        return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Correction or supplement"));
    case RequestType::Deletion: return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Deletion"));
    case RequestType::Withdrawal:
        return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Withdrawal of consent"));
    case RequestType::Restriction:
        return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Restriction or objection"));
    case RequestType::Explanation:
        return say("cd::RequestRules", QT_TRANSLATE_NOOP("cd::RequestRules", "Explanation of the processing rules"));
    }
    return {};
}

QString statusName(const ReportText &say, int status)
{
    switch (ConsentStatus(status)) {
    case ConsentStatus::Granted: return say("cd::Records", QT_TRANSLATE_NOOP3("cd::Records", "Granted", "consent status"));
    case ConsentStatus::Withdrawn: return say("cd::Records", QT_TRANSLATE_NOOP3("cd::Records", "Withdrawn", "consent status"));
    case ConsentStatus::Expired: return say("cd::Records", QT_TRANSLATE_NOOP3("cd::Records", "Expired", "consent status"));
    case ConsentStatus::Superseded:
        return say("cd::Records", QT_TRANSLATE_NOOP3("cd::Records", "Superseded", "consent status"));
    }
    return {};
}

QString daysLeftName(const ReportText &say, int bucket)
{
    switch (bucket) {
    case 0: return say("cd::DashboardQueries", QT_TRANSLATE_NOOP("cd::DashboardQueries", "Overdue"));
    case 1: return say("cd::DashboardQueries", QT_TRANSLATE_NOOP3("cd::DashboardQueries", "0-2 days", "working days left"));
    case 2: return say("cd::DashboardQueries", QT_TRANSLATE_NOOP3("cd::DashboardQueries", "3-5 days", "working days left"));
    case 3: return say("cd::DashboardQueries", QT_TRANSLATE_NOOP3("cd::DashboardQueries", "6-10 days", "working days left"));
    default: return say("cd::DashboardQueries", QT_TRANSLATE_NOOP3("cd::DashboardQueries", "11+ days", "working days left"));
    }
}

QString reasonName(const ReportText &say, const QString &id)
{
    if (id == QLatin1String("withdrawal"))
        return say(kDash, QT_TRANSLATE_NOOP3("DashboardCharts", "Withdrawal", "deletion reason"));
    if (id == QLatin1String("expiry"))
        return say(kDash, QT_TRANSLATE_NOOP3("DashboardCharts", "Expiry", "deletion reason"));
    if (id == QLatin1String("request"))
        return say(kDash, QT_TRANSLATE_NOOP3("DashboardCharts", "Request", "deletion reason"));
    if (id == QLatin1String("retention"))
        return say(kDash, QT_TRANSLATE_NOOP3("DashboardCharts", "Retention", "deletion reason"));
    if (id == QLatin1String("manual"))
        return say(kDash, QT_TRANSLATE_NOOP3("DashboardCharts", "Manual", "deletion reason"));
    return id;
}

QString axisLabel(const TimeAxis &axis, int i)
{
    const QDate d = axis.firsts[std::size_t(i)];
    return axis.unit == TimeAxis::Month ? d.toString(QStringLiteral("yyyy-MM")) : d.toString(QStringLiteral("MM-dd"));
}

QStringList axisLabels(const TimeAxis &axis)
{
    QStringList out;
    for (int i = 0; i < axis.size(); ++i)
        out << axisLabel(axis, i);
    return out;
}

qint64 sum(const std::vector<qint64> &v)
{
    qint64 n = 0;
    for (const qint64 x : v)
        n += x;
    return n;
}

void checkpoint(Context &c, int percent)
{
    if (c.tick && !c.tick(percent))
        throw Cancelled{};
}

// --- the pages -----------------------------------------------------------------------------

void titlePage(PdfLayout &L, Context &c)
{
    const ReportText &say = c.say;
    L.space(50);
    L.paragraph(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Personal information protection evidence report")), 22, true);
    L.space(6);
    L.paragraph(c.storeName, 16);
    L.space(10);
    const QString period = localDay(c.options.period.fromMs).toString(Qt::ISODate) + QStringLiteral(" – ")
                           + localDay(c.options.period.toMs - 1).toString(Qt::ISODate);
    L.paragraph(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Period: %1")).arg(period), 12);
    L.paragraph(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Made: %1")).arg(c.madeAt), 12);
    L.paragraph(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Made by: %1")).arg(c.session.user().name), 12);
    L.space(20);
    L.paragraph(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport",
                                            "This report is part of an evidence package. The package's CSV files hold the "
                                            "records row by row; SHA256SUMS and its signature let anyone check that no file "
                                            "was changed.")),
                10);
}

void contentsPage(PdfLayout &L, Context &c)
{
    L.newPage();
    L.paragraph(c.say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Contents")), 16, true);
    L.space(4);
    if (!L.drawing())
        return;  // the first pass learns the pages
    QPainter *p = L.painter();
    for (const TocEntry &e : c.toc) {
        const QFont f = L.font(e.level == 1 ? 11 : 10, e.level == 1);
        const qreal h = L.textHeight(e.title, f, L.area().width());
        const QRectF r = L.block(h + L.mm(1.5));
        const qreal indent = e.level == 1 ? 0 : L.mm(8);
        p->setFont(f);
        p->setPen(Qt::black);
        p->drawText(QRectF(r.left() + indent, r.top(), r.width() - indent - L.mm(15), h), Qt::AlignLeft | Qt::AlignTop, e.title);
        p->drawText(QRectF(r.right() - L.mm(15), r.top(), L.mm(15), h), Qt::AlignRight | Qt::AlignTop, QString::number(e.page));
    }
}

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

// Rows of `sql` read kRowsPerRead at a time and drawn before the next are read, so that memory
// and the open read stay small however long the period. The SQL binds the period as ?1 and ?2,
// the last key read as ?3 and the count as ?4; its first column is that increasing key.
template <typename Read, typename Draw>
void pagedRows(Context &c, int percent, const char *sql, Read read, Draw draw)
{
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        std::vector<decltype(read(std::declval<const Query &>()))> rows;
        {
            auto q = c.session.db().query(sql);
            q.bind(1, c.options.period.fromMs).bind(2, c.options.period.toMs).bind(3, after).bind(4, kRowsPerRead);
            auto done = q.forEach([&](const Query &row) {
                after = row.int64(0);
                rows.push_back(read(row));
            });
            if (!done)
                throw done.error();
        }
        for (auto &r : rows)
            draw(r);
        checkpoint(c, percent);
        if (int(rows.size()) < kRowsPerRead)
            break;
    }
}

void noRows(PdfLayout &L, const ReportText &say, bool any)
{
    if (!any)
        L.paragraph(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "None in the period.")), 9);
}

struct RequestLine {
    qint64 id = 0;
    QString type, state, pseudonym;
    qint64 receivedAt = 0, closedAt = 0;
    QDate receivedOn;
    int responseDays = 0, extensionDays = 0;
};

void requestTable(PdfLayout &L, Context &c)
{
    const ReportText &say = c.say;
    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Requests of the period")), 1);
    L.paragraph(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport",
                                            "Every request received in the period or open during it, with its deadline and "
                                            "its timeline. Customers are named by pseudonym.")),
                9);
    L.beginTable({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "No.")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Type")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Customer")),
                  say(kDash, QT_TRANSLATE_NOOP("DashboardCharts", "Received")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Deadline")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "State")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "On time")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Timeline"))},
                 {0.05, 0.12, 0.17, 0.09, 0.09, 0.1, 0.09, 0.29});
    const QDate today = c.session.clock().today();
    bool any = false;
    pagedRows(
        c, 60,
        "SELECT r.id, r.type, r.state, coalesce(s.pseudonym, ''), r.received_at, r.received_on, r.response_days, "
        "r.extension_days, coalesce(r.closed_at, 0) FROM requests r LEFT JOIN subjects s ON s.id = r.subject_id "
        "WHERE r.received_at < ?2 AND (r.closed_at IS NULL OR r.closed_at >= ?1) AND r.id > ?3 ORDER BY r.id LIMIT ?4",
        [](const Query &q) {
            return RequestLine{q.int64(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.int64(8),
                               QDate::fromString(q.text(5), Qt::ISODate), int(q.int64(6)), int(q.int64(7))};
        },
        [&](const RequestLine &r) {
            any = true;
            DeadlineInput in{r.receivedOn, r.responseDays, r.extensionDays, {}};
            auto pauses = c.session.db().query("SELECT paused_on, coalesce(resumed_on, '') FROM request_pauses "
                                               "WHERE request_id = ?1 ORDER BY id");
            pauses.bind(1, r.id);
            if (auto done = pauses.forEach([&](const Query &q) {
                    in.pauses.push_back({QDate::fromString(q.text(0), Qt::ISODate), QDate::fromString(q.text(1), Qt::ISODate)});
                });
                !done)
                throw done.error();
            const bool closed = r.closedAt != 0;
            const QDate asOf = closed ? localDay(r.closedAt) : today;
            const Deadline deadline = computeDeadline(c.calendar, in, asOf);
            QString onTime;
            if (r.state == QLatin1String("cancelled"))
                onTime = QStringLiteral("—");
            else if (closed)
                onTime = asOf <= deadline.due ? say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "yes"))
                                              : say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "no, late"));
            else
                onTime = deadline.overdue ? say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "overdue"))
                                          : say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "open"));
            // The timeline: when each state was reached. Notes stay out: they may hold a customer's words.
            QStringList timeline;
            auto events = c.session.db().query("SELECT at, to_state FROM request_events WHERE request_id = ?1 ORDER BY id");
            events.bind(1, r.id);
            if (auto done = events.forEach([&](const Query &q) {
                    timeline << dayText(q.int64(0)) + QLatin1Char(' ') + stateName(say, q.text(1));
                });
                !done)
                throw done.error();
            const auto type = RequestRules::typeFromId(r.type);
            L.row({QString::number(r.id), type ? typeName(say, *type) : r.type,
                   r.pseudonym.isEmpty() ? say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "not matched"))
                                         : r.pseudonym,
                   dayText(r.receivedAt), deadline.due.toString(Qt::ISODate), stateName(say, r.state), onTime,
                   timeline.join(QLatin1Char('\n'))});
        });
    L.endTable();
    noRows(L, say, any);
}

void deletionTable(PdfLayout &L, Context &c)
{
    const ReportText &say = c.say;
    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Deletion log of the period")), 1);
    L.beginTable({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Entry")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Time")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "By")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Reason")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Category")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Subject")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Where")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Counts")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Receipt"))},
                 {0.07, 0.12, 0.09, 0.09, 0.12, 0.12, 0.1, 0.15, 0.14});
    bool any = false;
    pagedRows(
        c, 70,
        "SELECT seq, at, actor_name, reason, category, subject_ref, location, counts, receipt_id FROM deletion_log "
        "WHERE at >= ?1 AND at < ?2 AND seq > ?3 ORDER BY seq LIMIT ?4",
        [&](const Query &q) {
            return QStringList{QString::number(q.int64(0)), timeText(q.int64(1)), q.text(2), reasonName(say, q.text(3)),
                               q.text(4), q.text(5), q.text(6), q.text(7), q.text(8)};
        },
        [&](const QStringList &r) {
            any = true;
            L.row(r);
        });
    L.endTable();
    noRows(L, say, any);
}

void cameraTable(PdfLayout &L, Context &c)
{
    const ReportText &say = c.say;
    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Camera mode changes")), 1);
    L.beginTable({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Time")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "By")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Camera")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Change"))},
                 {0.16, 0.14, 0.2, 0.5});
    bool any = false;
    pagedRows(
        c, 75,
        "SELECT seq, at, user_name, object_id, detail FROM audit_log WHERE action = 'camera.mode' "
        "AND at >= ?1 AND at < ?2 AND seq > ?3 ORDER BY seq LIMIT ?4",
        [](const Query &q) { return QStringList{timeText(q.int64(1)), q.text(2), q.text(3), q.text(4)}; },
        [&](const QStringList &r) {
            any = true;
            L.row(r);
        });
    L.endTable();
    noRows(L, say, any);
}

void recordTables(PdfLayout &L, Context &c)
{
    const ReportText &say = c.say;
    bool any = false;
    auto rowOut = [&](const QStringList &r) {
        any = true;
        L.row(r);
    };
    // Records in force at some time of the period: made before its end.
    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Impact assessments (PIIA)")), 1);
    L.beginTable({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Scope")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Version")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Title")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Approved on")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Review on")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Kept until"))},
                 {0.22, 0.08, 0.34, 0.12, 0.12, 0.12});
    pagedRows(
        c, 80,
        "SELECT id, scope, subject, version, title, coalesce(approved_on, ''), review_on, keep_until FROM piias "
        "WHERE created_at < ?2 AND ?1 = ?1 AND id > ?3 ORDER BY id LIMIT ?4",
        [](const Query &q) {
            return QStringList{q.text(1) + QStringLiteral(": ") + q.text(2), QString::number(q.int64(3)), q.text(4),
                               q.text(5), q.text(6), q.text(7)};
        },
        rowOut);
    L.endTable();
    noRows(L, say, any);

    any = false;
    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Vendor agreements")), 1);
    L.beginTable({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Vendor")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Version")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Reference")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Processing location")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Valid from")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Valid until")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Document SHA-256"))},
                 {0.12, 0.08, 0.14, 0.13, 0.11, 0.11, 0.31});
    pagedRows(
        c, 85,
        "SELECT id, vendor_code, version, reference, location, coalesce(valid_from, ''), coalesce(valid_until, ''), "
        "coalesce(document_sha256, '') FROM vendor_agreements WHERE created_at < ?2 AND ?1 = ?1 AND id > ?3 "
        "ORDER BY id LIMIT ?4",
        [](const Query &q) {
            return QStringList{q.text(1), QString::number(q.int64(2)), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7)};
        },
        rowOut);
    L.endTable();
    noRows(L, say, any);

    any = false;
    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Filing record")), 1);
    L.beginTable({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Threshold reached on")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "People")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Threshold")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Deadline")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Filed on")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Authority and reference")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Withdrawn"))},
                 {0.14, 0.1, 0.1, 0.12, 0.12, 0.24, 0.18});
    pagedRows(
        c, 90,
        "SELECT id, crossed_on, holders, threshold, deadline_on, coalesce(filed_on, ''), "
        "coalesce(authority || ' ' || reference, ''), coalesce(withdrawn_at, 0), coalesce(withdrawn_reason, '') "
        "FROM filing_records WHERE created_at < ?2 AND ?1 = ?1 AND id > ?3 ORDER BY id LIMIT ?4",
        [](const Query &q) {
            return QStringList{q.text(1), QString::number(q.int64(2)), QString::number(q.int64(3)), q.text(4), q.text(5),
                               q.text(6), q.int64(7) ? dayText(q.int64(7)) + QLatin1Char(' ') + q.text(8) : QString()};
        },
        rowOut);
    L.endTable();
    noRows(L, say, any);

    any = false;
    L.heading(say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Incidents")), 1);
    L.beginTable({say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "No.")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Title")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Found")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "People affected")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Authority notified")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "People notified")),
                  say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Closed"))},
                 {0.06, 0.3, 0.12, 0.1, 0.16, 0.14, 0.12});
    // Open during the period: found before its end, not closed before its start.
    pagedRows(
        c, 95,
        "SELECT id, title, found_at, people_affected, coalesce(authority_notified_at, 0), coalesce(authority_name, ''), "
        "coalesce(people_notified_at, 0), coalesce(closed_at, 0) FROM incidents "
        "WHERE found_at < ?2 AND (closed_at IS NULL OR closed_at >= ?1) AND id > ?3 ORDER BY id LIMIT ?4",
        [](const Query &q) {
            return QStringList{QString::number(q.int64(0)), q.text(1), dayText(q.int64(2)), QString::number(q.int64(3)),
                               q.int64(4) ? dayText(q.int64(4)) + QLatin1Char(' ') + q.text(5) : QString(),
                               dayText(q.int64(6)), dayText(q.int64(7))};
        },
        rowOut);
    L.endTable();
    noRows(L, say, any);
}

void render(PdfLayout &L, Context &c)
{
    titlePage(L, c);
    contentsPage(L, c);
    checkpoint(c, 5);
    summary(L, c);
    checkpoint(c, 10);
    charts(L, c);
    checkpoint(c, 30);
    consentTables(L, c);
    checkpoint(c, 35);
    requestTable(L, c);
    deletionTable(L, c);
    cameraTable(L, c);
    recordTables(L, c);
    L.finish();
}

Result<QString> storeName(Session &session)
{
    auto q = session.db().query("SELECT name FROM stores ORDER BY id = ?1 DESC, id LIMIT 1");
    q.bind(1, session.currentStoreId());
    QString name;
    CD_TRY(q.forEach([&](const Query &row) { name = row.text(0); }));
    return name;
}

} // namespace

Result<void> EvidenceReport::write(Session &session, const EvidenceReportOptions &options, QIODevice &out,
                                   const std::function<bool(int percent)> &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Failed, tr("Writing a PDF needs the graphical application object."));
    if (options.period.toMs <= options.period.fromMs)
        return makeError(ErrorCode::Usage, tr("The report's period ends before it begins."));
    const ReportText say(options.language);
    const WorkingCalendar calendar = WorkingCalendar::load(WorkingCalendar::directoryFor(session.databasePath()));
    auto figures = DashboardQueries(session, calendar).all(options.period);
    if (!figures)
        return figures.error();
    auto store = storeName(session);
    if (!store)
        return store.error();
    Context c{session, options, say, figures.value(), calendar, store.value(), timeText(session.clock().nowMs()), 0, {}, {}};
    const QString title = say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Personal information protection evidence report"));
    auto setUp = [&](QPdfWriter &pdf) {
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 14), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("ConsentDesk"));
    };
    try {
        // First pass: measures only, to learn the page of each heading and the page count.
        {
            QBuffer nothing;
            nothing.open(QIODevice::WriteOnly);
            QPdfWriter measure(&nothing);
            setUp(measure);
            c.tick = [&](int percent) { return !progress || progress(percent * 40 / 100); };
            PdfLayout dry(measure, nullptr, {});
            render(dry, c);
            c.toc = dry.toc();
            c.pages = dry.page();
        }
        QPdfWriter pdf(&out);
        setUp(pdf);
        QPainter painter;
        if (!painter.begin(&pdf))
            return makeError(ErrorCode::Failed, tr("Cannot write the report: %1").arg(out.errorString()));
        c.tick = [&](int percent) { return !progress || progress(40 + percent * 60 / 100); };
        const int pages = c.pages;
        PdfLayout layout(pdf, &painter, [&say, pages](int page) {
            return say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Page %1 of %2")).arg(page).arg(pages);
        });
        render(layout, c);
        painter.end();
    } catch (const Cancelled &) {
        return makeError(ErrorCode::Failed, tr("The report was cancelled."));
    } catch (const Error &e) {
        return e;
    }
    if (progress)
        progress(100);
    return {};
}

} // namespace cd::reporting
