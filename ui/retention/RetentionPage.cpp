#include "RetentionPage.h"

#include "RetentionScheduleModel.h"
#include "core/access/Session.h"
#include "core/ledgers/DeletionLog.h"
#include "ui/cameras/VendorJobsModel.h"
#include "ui/common/Gui.h"
#include "ui/common/Retranslate.h"
#include "ui/ledgers/DeletionLogModel.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
QTableView *makeView(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    cd::gui::setUpListView(view);
    return view;
}

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}
} // namespace

RetentionPage::RetentionPage(cd::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_schedule(new RetentionScheduleModel(session, this)),
      m_failures(new VendorJobsModel(session, this)), m_watcher(new QFutureWatcher<SweepOutcome>(this))
{
    setObjectName(QStringLiteral("retentionPage"));
    m_canSweep = cd::roleAllows(session.user().role, cd::Permission::RunJobs);
    m_rulesLabel = heading(this);
    m_rules = new QTableWidget(0, 3, this);
    m_rules->setObjectName(QStringLiteral("rulesTable"));
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->verticalHeader()->hide();
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->setWordWrap(true);
    m_scheduleLabel = heading(this);
    m_scheduleView = makeView(m_schedule, "scheduleView", this);
    m_scheduleView->horizontalHeader()->resizeSection(RetentionScheduleModel::KindColumn, 220);
    m_scheduleView->horizontalHeader()->resizeSection(RetentionScheduleModel::RefColumn, 200);
    m_scheduleView->horizontalHeader()->resizeSection(RetentionScheduleModel::DueColumn, 160);
    m_lastSweepLabel = heading(this);
    m_lastSweep = new QLabel(this);
    m_lastSweep->setObjectName(QStringLiteral("lastSweepLabel"));
    m_lastSweep->setWordWrap(true);
    m_lastSweep->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failuresLabel = heading(this);
    m_failuresView = makeView(m_failures, "failuresView", this);
    m_failuresView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_failuresView->horizontalHeader()->setStretchLastSection(true);
    m_sweepButton = new QPushButton(this);
    m_sweepButton->setObjectName(QStringLiteral("sweepButton"));
    m_sweepButton->setVisible(m_canSweep);  // officers and the jobs role only; the service refuses too
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshRetentionButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sweepProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(200);
    m_progress->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_sweepButton);
    bar->addWidget(m_progress);
    bar->addStretch(1);
    bar->addWidget(m_refreshButton);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_rulesLabel);
    topLayout->addWidget(m_rules);
    topLayout->addStretch(1);
    top->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);  // the rules take what they need
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_scheduleLabel);
    middleLayout->addWidget(m_scheduleView);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_lastSweepLabel);
    bottomLayout->addWidget(m_lastSweep);
    bottomLayout->addWidget(m_failuresLabel);
    bottomLayout->addWidget(m_failuresView);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(middle);
    split->addWidget(bottom);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_sweepButton, &QPushButton::clicked, this, [this] { sweepNow(true); });
    connect(m_refreshButton, &QPushButton::clicked, this, &RetentionPage::refresh);
    connect(m_watcher, &QFutureWatcher<SweepOutcome>::finished, this, [this] { sweepDone(m_watcher->property("dry").toBool()); });
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

RetentionPage::~RetentionPage()
{
    // The worker owns its connection and finishes on its own; nothing here waits for it, so
    // locking the console is not held up by a long sweep.
}

bool RetentionPage::isSweeping() const { return m_sweeping; }

void RetentionPage::refresh()
{
    if (!m_schedule->reload())
        m_lastSweep->setText(m_schedule->lastError());
    m_failures->reload();
    fillRules();
    showLastSweep();
}

void RetentionPage::fillRules()
{
    const auto settings = cd::RetentionService(m_session).settings();
    const auto &kinds = cd::allRetentionKinds();
    m_rules->setRowCount(int(kinds.size()));
    int row = 0;
    for (cd::RetentionKind kind : kinds) {
        QString period = tr("from each purpose's retention period");
        if (settings.ok() && kind == cd::RetentionKind::ClosedRequest)
            period = tr("%n day(s) after closing", nullptr, settings->closedRequestDays);
        else if (settings.ok() && kind == cd::RetentionKind::RenewalLapsed)
            period = tr("%n day(s) of grace", nullptr, settings->renewalGraceDays);
        const QStringList cells{cd::retentionKindName(kind), period, cd::retentionRuleText(kind)};
        for (int c = 0; c < cells.size(); ++c)
            m_rules->setItem(row, c, new QTableWidgetItem(cells[c]));
        ++row;
    }
    m_rules->resizeColumnToContents(0);
    m_rules->resizeColumnToContents(1);
    m_rules->resizeRowsToContents();
    // As tall as its rows: the space below goes to the schedule.
    int height = m_rules->horizontalHeader()->height() + 2 * m_rules->frameWidth();
    for (int r = 0; r < m_rules->rowCount(); ++r)
        height += m_rules->rowHeight(r);
    m_rules->setMaximumHeight(height);
}

QString RetentionPage::describe(const cd::SweepResult &r)
{
    QStringList parts;
    if (r.expiredConsents > 0)
        parts << tr("%n consent(s) expired", nullptr, int(r.expiredConsents));
    for (const cd::SweepAction &a : r.actions) {
        QString part = tr("%1: %n item(s)", nullptr, int(a.count)).arg(cd::retentionKindName(a.kind));
        if (a.vendorJobs > 0)
            part += QStringLiteral(" ") + tr("(%n vendor job(s) queued)", nullptr, int(a.vendorJobs));
        parts << part;
    }
    return parts.isEmpty() ? tr("nothing was due") : parts.join(QStringLiteral("; "));
}

void RetentionPage::showLastSweep()
{
    QStringList lines;
    if (m_last) {
        lines << (m_last->ok ? tr("Swept from this console: %1.").arg(describe(m_last->result))
                             : tr("The last sweep from this console failed: %1").arg(m_last->error));
    }
    // The ledger keeps every sweep's deletions, whoever ran them (the timer, the CLI, a console).
    cd::DeletionFilter f;
    f.reason = QStringLiteral("retention");
    if (cd::roleAllows(m_session.user().role, cd::Permission::ViewAudit)) {
        const auto latest = cd::DeletionLog::page(m_session, f, 0, 1);
        if (latest.ok() && !latest->empty()) {
            const cd::DeletionEntry &e = latest->front();
            lines << tr("Last deletion by a retention sweep: %1 — %2 (%3), entry %4 of the deletion log.")
                         .arg(cd::gui::formatDateTime(e.at), DeletionLogModel::categoryName(e.category), e.counts)
                         .arg(e.seq);
        } else if (latest.ok()) {
            lines << tr("No retention sweep has deleted anything yet.");
        }
    }
    const int due = m_schedule->dueNow();
    lines << tr("%n item(s) due now.", nullptr, due);
    if (!m_canSweep)
        lines << tr("Sweeps are run by an officer or the timed jobs.");
    m_lastSweep->setText(lines.join(QLatin1Char('\n')));
}

void RetentionPage::sweepNow(bool askFirst)
{
    if (!m_canSweep || isSweeping())
        return;
    m_askFirst = askFirst;
    startSweep(true);  // a dry run first: the officer sees what would go
}

void RetentionPage::startSweep(bool dryRun)
{
    // The worker gets its own connection: a Session and its Database belong to one thread.
    auto worker = m_session.openForWorker();
    if (!worker.ok()) {
        m_sweeping = false;
        cd::gui::showError(this, tr("Retention"), worker.error());
        return;
    }
    std::shared_ptr<cd::Session> session(std::move(worker).value());
    m_sweeping = true;
    m_watcher->setProperty("dry", dryRun);
    m_sweepButton->setEnabled(false);
    m_progress->show();
    m_lastSweep->setText(dryRun ? tr("Counting what is due…") : tr("Sweeping: deleting what is due…"));
    m_watcher->setFuture(QtConcurrent::run([session, dryRun]() mutable {
        SweepOutcome out;
        auto result = cd::RetentionService(*session).sweep(dryRun);
        out.ok = result.ok();
        if (result.ok())
            out.result = std::move(result.value());
        else
            out.error = result.error().message;
        session.reset();  // closes the worker's connection on the worker's thread
        return out;
    }));
}

void RetentionPage::sweepDone(bool dryRun)
{
    const SweepOutcome out = m_watcher->result();
    m_sweeping = false;
    m_progress->hide();
    m_sweepButton->setEnabled(true);
    if (!dryRun)
        m_last = out;
    refresh();
    emit sweepFinished(dryRun, out.ok);
    if (!out.ok) {
        cd::gui::showError(this, tr("Retention"), out.error);
        return;
    }
    if (!dryRun)
        return;
    if (out.result.total() == 0 && out.result.expiredConsents == 0) {
        m_lastSweep->setText(m_lastSweep->text() + QLatin1Char('\n') + tr("Dry run: nothing is due, nothing to sweep."));
        return;
    }
    const QString question = tr("The dry run found: %1.\n\nSweep now? Everything listed is deleted and written to the "
                                "deletion log; vendors are asked to purge.")
                                 .arg(describe(out.result));
    if (!m_askFirst) {
        startSweep(false);
        return;
    }
    cd::gui::confirm(this, tr("Sweep now"), question, [this] { startSweep(false); });
}

void RetentionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void RetentionPage::retranslateUi()
{
    m_rulesLabel->setText(tr("Rules: how long each kind of personal data is kept"));
    m_rules->setHorizontalHeaderLabels({tr("Kind of data"), tr("Period"), tr("Rule")});
    m_scheduleLabel->setText(tr("What is due when (soonest first)"));
    m_lastSweepLabel->setText(tr("Last sweep"));
    m_failuresLabel->setText(tr("Vendor purges and erasures still without a receipt"));
    m_sweepButton->setText(tr("&Sweep now…"));
    m_sweepButton->setToolTip(tr("A dry run first shows what would be deleted; then you confirm."));
    m_refreshButton->setText(tr("&Refresh"));
    fillRules();
    showLastSweep();
}
