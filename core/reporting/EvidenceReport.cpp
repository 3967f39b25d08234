#include "EvidenceReport.h"
#include "ReportSections.h"

#include "core/access/Session.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace cd::reporting {

using namespace report;

namespace {

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