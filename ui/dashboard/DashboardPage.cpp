#include "DashboardPage.h"
#include "DashboardCharts.h"
#include "OpenItemsList.h"

#include "core/access/Session.h"
#include "ui/common/Gui.h"
#include "ui/common/Retranslate.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int kPeriodDays = 365;
constexpr qint64 kStaleMs = 5 * 60 * 1000;  // shown again after this long: loaded afresh

QLabel *summaryLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DashboardPage::DashboardPage(cd::Session &session, std::function<bool(const QString &)> showPage, QWidget *parent)
    : QWidget(parent), m_session(session), m_showPage(std::move(showPage)), m_watcher(new QFutureWatcher<Outcome>(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_asOf = summaryLabel("dashboardAsOf", this);
    m_refreshButton = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), QString(), this);
    m_refreshButton->setObjectName(QStringLiteral("dashboardRefreshButton"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addWidget(m_asOf, 1);
    bar->addWidget(m_refreshButton);

    m_filingLabel = summaryLabel("filingSummary", this);
    m_filingBar = new QProgressBar(this);
    m_filingBar->setObjectName(QStringLiteral("filingBar"));
    m_filingBar->setTextVisible(false);
    m_filingBar->setMaximumHeight(10);
    m_requestsLabel = summaryLabel("requestsSummary", this);
    m_retentionLabel = summaryLabel("retentionSummary", this);
    m_ledgerLabel = summaryLabel("ledgerSummary", this);
    auto *standing = new QVBoxLayout;
    standing->addWidget(m_filingLabel);
    standing->addWidget(m_filingBar);
    standing->addWidget(m_requestsLabel);
    standing->addWidget(m_retentionLabel);
    standing->addWidget(m_ledgerLabel);
    standing->addStretch();

    m_itemsTitle = new QLabel(this);
    m_itemsTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_items = new OpenItemsList(this);
    m_items->setMaximumHeight(150);
    auto *itemsBox = new QVBoxLayout;
    itemsBox->addWidget(m_itemsTitle);
    itemsBox->addWidget(m_items);
    auto *top = new QHBoxLayout;
    top->addLayout(standing, 2);
    top->addLayout(itemsBox, 3);

    m_charts = new DashboardCharts(this);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_charts, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_charts->setMinimumHeight(5 * 240);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    // Its own shortcut, not the button's: the button's text sets a mnemonic that would replace
    // it, and QKeySequence::Refresh is empty on some platforms. Only while the page is shown.
    m_refreshShortcut = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(m_refreshShortcut, &QShortcut::activated, this, &DashboardPage::refresh);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &DashboardPage::loaded);
    connect(m_items, &OpenItemsList::pageRequested, this, [this](const QString &id) {
        // A page this role does not have (or one not built yet) is simply not shown.
        if (m_showPage && !id.isEmpty())
            m_showPage(id);
    });
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    refresh();
}

DashboardPage::~DashboardPage()
{
    // The worker owns its connection and finishes on its own; nothing here waits for it.
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_have && !m_loading && m_session.clock().nowMs() - m_figures.computedAt > kStaleMs)
        refresh();
}

void DashboardPage::refresh()
{
    if (m_loading)
        return;
    // The worker gets its own connection: a Session and its Database belong to one thread.
    auto worker = m_session.openForWorker();
    if (!worker.ok()) {
        m_error = worker.error().message;
        showSummary();
        emit refreshed(false);
        return;
    }
    std::shared_ptr<cd::Session> session(std::move(worker).value());
    m_loading = true;
    m_refreshButton->setEnabled(false);
    showSummary();
    const cd::FigurePeriod period = cd::FigurePeriod::lastDays(m_session.clock().now(), kPeriodDays);
    m_watcher->setFuture(QtConcurrent::run([session, period]() mutable {
        Outcome out;
        auto figures = cd::DashboardQueries(*session).all(period);
        out.ok = figures.ok();
        if (figures.ok())
            out.figures = std::move(figures.value());
        else
            out.error = figures.error().message;
        session.reset();  // closes the worker's connection on the worker's thread
        return out;
    }));
}

void DashboardPage::loaded()
{
    Outcome out = m_watcher->result();
    m_loading = false;
    m_refreshButton->setEnabled(true);
    m_error = out.error;
    if (out.ok) {
        m_figures = std::move(out.figures);
        m_have = true;
        m_items->setItems(m_figures.openItems);
        m_charts->show(m_figures);
    }
    showSummary();
    emit refreshed(out.ok);
}

void DashboardPage::showSummary()
{
    const QLocale locale;
    if (m_loading)
        m_asOf->setText(tr("Loading the figures…"));
    else if (!m_error.isEmpty())
        m_asOf->setText(tr("The figures could not be loaded: %1").arg(m_error));
    else if (m_have)
        m_asOf->setText(tr("The last 12 months; figures as of %1.")
                            .arg(cd::gui::formatDateTime(m_figures.computedAt)));
    if (!m_have)
        return;
    const cd::DashboardFigures &f = m_figures;
    m_filingLabel->setText(tr("Face data held by vendors: %1 people of the filing threshold of %2.")
                               .arg(locale.toString(f.filing.faceDataHolders), locale.toString(f.filing.threshold)));
    m_filingBar->setRange(0, 1000);
    m_filingBar->setValue(f.filing.threshold > 0
                              ? int(std::min<qint64>(1000, f.filing.faceDataHolders * 1000 / f.filing.threshold))
                              : 0);
    const qint64 answered = f.requests.answered();
    m_requestsLabel->setText(
        answered == 0 ? tr("No request was answered in the period.")
                      : tr("Requests answered on time: %1 % (%2 of %3).")
                            .arg(locale.toString(f.requests.onTimeRate() * 100.0, 'f', 0),
                                 locale.toString(f.requests.answeredOnTime()), locale.toString(answered)));
    QStringList due;
    for (std::size_t k = 0; k < cd::allRetentionKinds().size() && k < f.retention.overdue.size(); ++k) {
        if (f.retention.overdue[k] == 0 && f.retention.thisWeek[k] == 0)
            continue;
        due << tr("%1: %2 due now, %3 more this week")
                   .arg(cd::retentionKindName(cd::allRetentionKinds()[k]), locale.toString(f.retention.overdue[k]),
                        locale.toString(f.retention.thisWeek[k]));
    }
    m_retentionLabel->setText(due.isEmpty() ? tr("Retention: nothing falls due this week.")
                                            : tr("Retention — %1.").arg(due.join(tr("; ", "list separator"))));
    if (f.ledgers.verifiedAt == 0) {
        m_ledgerLabel->setText(tr("Ledgers: never verified. Verify them on the Audit log page."));
        m_ledgerLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    } else {
        qint64 since = 0;
        for (const auto &l : f.ledgers.ledgers)
            since += l.rowsNow - l.rowsVerified;
        m_ledgerLabel->setText(
            (f.ledgers.ok() ? tr("Ledgers intact at the last verification (%1 by %2); %3 entries written since.")
                            : tr("Ledgers BROKEN at the last verification (%1 by %2); see the Audit log page. %3 "
                                 "entries written since."))
                .arg(cd::gui::formatDateTime(f.ledgers.verifiedAt), f.ledgers.verifiedBy, locale.toString(since)));
        m_ledgerLabel->setStyleSheet(f.ledgers.ok() ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
    }
    m_itemsTitle->setText(tr("Open compliance items (%1)").arg(locale.toString(qint64(f.openItems.size()))));
}

void DashboardPage::retranslateUi()
{
    m_title->setText(tr("Dashboard"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Load the figures again (%1)").arg(m_refreshShortcut->key().toString(QKeySequence::NativeText)));
    m_itemsTitle->setText(tr("Open compliance items"));
    showSummary();
}
