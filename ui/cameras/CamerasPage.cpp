#include "CamerasPage.h"

#include "ui/common/BusyCall.h"
#include "DeviceModeDialog.h"
#include "DeviceTableModel.h"
#include "FilingCounterWidget.h"
#include "ui/common/Gui.h"
#include "VendorJobsModel.h"
#include "VendorStatusWidget.h"
#include "ui/charts/VisitorChart.h"
#include "VisitorCountsModel.h"
#include "ZoneSignsWidget.h"
#include "vendors/VendorWorker.h"
#include "core/access/Session.h"
#include "ui/common/Retranslate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcCamerasPage, "consentdesk.ui.cameras")

namespace {
QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

CamerasPage::CamerasPage(cd::Session &session, cd::VendorWorker &vendors, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_vendors(&vendors),
      m_canManage(cd::roleAllows(session.user().role, cd::Permission::ManageCameras)),
      m_deviceModel(new DeviceTableModel(session, this)),
      m_jobsModel(new VendorJobsModel(session, this)),
      m_visitorModel(new VisitorCountsModel(session, this))
{
    setObjectName(QStringLiteral("camerasPage"));

    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("camerasReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(!m_canManage);
    m_filing = new FilingCounterWidget(session, this);
    m_filing->setEditable(m_canManage);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("camerasTabs"));
    m_camerasTab = buildCamerasTab();
    m_visitorsTab = buildVisitorsTab();
    m_vendorStatus = new VendorStatusWidget(session, vendors, this);
    m_vendorStatus->setEditable(m_canManage);
    m_jobsTab = buildJobsTab();
    m_tabs->addTab(m_camerasTab, QString());
    m_tabs->addTab(m_visitorsTab, QString());
    m_tabs->addTab(m_vendorStatus, QString());
    m_tabs->addTab(m_jobsTab, QString());

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("camerasStatusLabel"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_filing);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    // changed() comes in bursts (one per enrolled customer): refresh once the burst is over.
    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(100);
    connect(m_refreshSoon, &QTimer::timeout, this, &CamerasPage::refreshAll);
    connect(&vendors, &cd::VendorWorker::changed, m_refreshSoon, qOverload<>(&QTimer::start));
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &CamerasPage::pollNow);

    connect(m_filing, &FilingCounterWidget::thresholdChanged, this, &CamerasPage::refreshAll);
    connect(m_zones, &ZoneSignsWidget::signsChanged, this, &CamerasPage::refreshAll);
    connect(m_zones, &ZoneSignsWidget::retireRequested, this, &CamerasPage::retireSign);
    connect(m_vendorStatus, &VendorStatusWidget::enrollRequested, this, &CamerasPage::enrollAllConsented);

    cd::gui::onLanguageChange(this, [this] {
        retranslateUi();
        m_deviceModel->retranslate();
        m_jobsModel->retranslate();
        m_visitorModel->retranslate();
        updateSummaries();
    });
    retranslateUi();
    refreshAll();
}

CamerasPage::~CamerasPage() = default;

QWidget *CamerasPage::buildCamerasTab()
{
    auto *tab = new QWidget(this);
    auto *devicesBox = new QWidget(tab);
    m_devicesTitle = new QLabel(devicesBox);
    m_devicesTitle->setWordWrap(true);
    m_devicesView = makeTable(devicesBox, QStringLiteral("devicesView"));
    m_devicesView->setModel(m_deviceModel);
    m_devicesView->verticalHeader()->hide();
    QHeaderView *header = m_devicesView->horizontalHeader();
    header->resizeSection(DeviceTableModel::VendorColumn, 170);
    header->resizeSection(DeviceTableModel::DeviceColumn, 170);
    header->resizeSection(DeviceTableModel::ZoneColumn, 110);
    header->resizeSection(DeviceTableModel::ModeColumn, 150);
    header->resizeSection(DeviceTableModel::ChangedColumn, 140);
    m_changeModeButton = new QPushButton(devicesBox);
    m_changeModeButton->setObjectName(QStringLiteral("changeModeButton"));
    auto *deviceButtons = new QHBoxLayout;
    deviceButtons->addWidget(m_changeModeButton);
    deviceButtons->addStretch(1);
    auto *devicesLayout = new QVBoxLayout(devicesBox);
    devicesLayout->setContentsMargins(0, 0, 0, 0);
    devicesLayout->addWidget(m_devicesTitle);
    devicesLayout->addWidget(m_devicesView, 1);
    devicesLayout->addLayout(deviceButtons);

    m_zones = new ZoneSignsWidget(m_session, tab);
    m_zones->setEditable(m_canManage);

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(devicesBox);
    splitter->addWidget(m_zones);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);

    connect(m_changeModeButton, &QPushButton::clicked, this, &CamerasPage::openModeDialog);
    connect(m_devicesView, &QTableView::activated, this, [this] {
        if (m_changeModeButton->isEnabled())
            openModeDialog();
    });
    connect(m_devicesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CamerasPage::updateActions);
    connect(m_deviceModel, &QAbstractItemModel::modelReset, this, &CamerasPage::updateActions);
    return tab;
}

QWidget *CamerasPage::buildVisitorsTab()
{
    auto *tab = new QWidget(this);
    m_visitorTable = makeTable(tab, QStringLiteral("visitorTable"));
    m_visitorTable->setModel(m_visitorModel);
    m_visitorTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_visitorTable->horizontalHeader()->setStretchLastSection(false);
    m_visitorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_visitorTable->horizontalHeader()->setMinimumSectionSize(70);
    m_chart = new VisitorChart(m_visitorModel, tab);
    m_chart->setMinimumSize(360, 260);
    m_visitorTotal = new QLabel(tab);
    m_visitorTotal->setObjectName(QStringLiteral("visitorTotalLabel"));
    m_visitorTotal->setWordWrap(true);

    auto *left = new QWidget(tab);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_visitorTable, 1);
    leftLayout->addWidget(m_visitorTotal);
    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    // The newest hour is at the bottom: keep it in view.
    connect(m_visitorModel, &QAbstractItemModel::modelReset, m_visitorTable, &QTableView::scrollToBottom);
    return tab;
}

QWidget *CamerasPage::buildJobsTab()
{
    auto *tab = new QWidget(this);
    m_jobsSummary = new QLabel(tab);
    m_jobsSummary->setObjectName(QStringLiteral("jobsSummaryLabel"));
    m_jobsSummary->setWordWrap(true);
    m_jobsView = makeTable(tab, QStringLiteral("jobsView"));
    m_jobsView->setModel(m_jobsModel);
    m_jobsView->verticalHeader()->hide();
    QHeaderView *header = m_jobsView->horizontalHeader();
    header->resizeSection(VendorJobsModel::VendorColumn, 110);
    header->resizeSection(VendorJobsModel::SubjectColumn, 170);
    header->resizeSection(VendorJobsModel::ReasonColumn, 150);
    header->resizeSection(VendorJobsModel::OwedSinceColumn, 130);
    header->resizeSection(VendorJobsModel::AttemptsColumn,
                          qMax(90, header->fontMetrics().horizontalAdvance(
                                       m_jobsModel->headerData(VendorJobsModel::AttemptsColumn, Qt::Horizontal).toString()) + 24));
    header->resizeSection(VendorJobsModel::NextAttemptColumn, 150);
    m_retryButton = new QPushButton(tab);
    m_retryButton->setObjectName(QStringLiteral("retryJobsButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_jobsSummary);
    layout->addWidget(m_jobsView, 1);
    layout->addLayout(buttons);
    connect(m_retryButton, &QPushButton::clicked, this, &CamerasPage::retryJobs);
    return tab;
}

void CamerasPage::refreshAll()
{
    m_refreshSoon->stop();  // this refresh serves any change signalled so far
    if (m_session.isLocked())
        return;
    QStringList problems;
    m_filing->refresh();
    if (!m_deviceModel->reload())
        problems << m_deviceModel->lastError();
    m_zones->refresh();
    m_vendorStatus->refresh();
    if (!m_jobsModel->reload())
        problems << m_jobsModel->lastError();
    if (!m_visitorModel->reload())
        problems << m_visitorModel->lastError();
    problems.removeDuplicates();
    if (problems.isEmpty())
        setStatus(tr("Updated at %1.").arg(QLocale().toString(m_session.clock().now().toLocalTime().time(),
                                                              QLocale::ShortFormat)));
    else
        setStatus(problems.join(QLatin1Char(' ')), true);
    updateSummaries();
    updateActions();
}

void CamerasPage::updateSummaries()
{
    const int jobs = m_jobsModel->rowCount();
    const int overdue = m_jobsModel->overdueCount();
    const int jobsIndex = m_tabs->indexOf(m_jobsTab);
    m_tabs->setTabText(jobsIndex, tr("Vendor erasures (%1)", "tab title; %1 is the number owed").arg(jobs));
    m_tabs->setTabIcon(jobsIndex, overdue > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    if (jobs == 0)
        m_jobsSummary->setText(tr("No vendor erasure is owed: every vendor confirmed each erasure with a receipt."));
    else
        m_jobsSummary->setText(
            tr("%n erasure(s) owed by the vendors", nullptr, jobs) + QStringLiteral(" · ")
            + tr("%n overdue (a failed attempt, or waiting more than an hour)", nullptr, overdue)
            + QLatin1Char('\n')
            + tr("Each is retried automatically with back-off; nothing counts as erased without the vendor's receipt."));
    m_jobsSummary->setStyleSheet(overdue > 0 ? QStringLiteral("color: #8a1c12;") : QString());
    m_visitorTotal->setText(tr("Visitors counted in the last 24 hours: %1. Counts only: no face data.")
                                .arg(QLocale().toString(m_visitorModel->total())));
}

void CamerasPage::updateActions()
{
    const bool selected = m_devicesView->selectionModel() && m_devicesView->selectionModel()->hasSelection();
    m_changeModeButton->setEnabled(m_canManage && selected);
    m_retryButton->setEnabled(m_canManage && m_jobsModel->rowCount() > 0);
}

void CamerasPage::setStatus(const QString &text, bool problem)
{
    m_statusText = text;
    m_statusProblem = problem;
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #8a1c12;") : QString());
}

void CamerasPage::openModeDialog()
{
    if (!m_canManage || BusyCall::isRunning())
        return;
    const QModelIndexList rows = m_devicesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const cd::DeviceRecord device = m_deviceModel->device(rows.front().row());
    bool zoneHasSign = false;
    for (const cd::ZoneRecord &z : m_zones->zones())
        zoneHasSign = zoneHasSign || (z.id == device.zoneId && z.currentSign);
    // What the vendor's plugin file declares (read without running it); unknown counts as offered,
    // and the vendor manager refuses anyway.
    bool canIdentify = true;
    if (m_vendors) {
        for (const cd::PluginCheck &c : m_vendors->checks()) {
            if (c.ok && c.info.id == device.vendorCode)
                canIdentify = cd::vendorOffersMode(c.info.capabilities, cd::CameraMode::IdentifyConsented);
        }
    }
    auto *dialog = new DeviceModeDialog(device, m_deviceModel->zoneName(device.zoneId), zoneHasSign, this, canIdentify);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &DeviceModeDialog::submitted, this,
            [this, dialog](cd::CameraMode mode, const QString &reason) { applyMode(dialog, mode, reason); });
    dialog->open();
}

void CamerasPage::applyMode(DeviceModeDialog *dialog, cd::CameraMode mode, const QString &reason)
{
    if (BusyCall::isRunning() || !m_vendors)
        return;
    QPointer<DeviceModeDialog> guard(dialog);
    const cd::DeviceRecord device = dialog->device();
    auto busy = BusyCall::start(dialog, tr("Asking the vendor to change the camera's mode…"));
    m_vendors->run(
        this, [device, mode, reason](cd::VendorManager &vendors) {
            return vendors.setMode(device.vendorCode, device.key, mode, reason);
        },
        [this, busy, guard, device](const cd::Result<void> &result) {
            if (!result) {
                qCInfo(lcCamerasPage) << "mode change refused for" << device.vendorCode << device.key;
                if (guard)
                    guard->showRefusal(result.error().message);
                else
                    cd::gui::showError(this, tr("Change camera mode"), result.error());
                return;
            }
            if (guard)
                guard->accept();
            refreshAll();
            const int row = m_deviceModel->rowOf(device.vendorCode, device.key);
            if (row >= 0)
                m_devicesView->selectRow(row);
        });
}

void CamerasPage::enrollAllConsented()
{
    if (!m_canManage || BusyCall::isRunning() || !m_vendors)
        return;
    auto busy = BusyCall::start(this, tr("Enrolling consented customers at the vendors…"));
    m_vendors->run(
        this, [](cd::VendorManager &vendors) { return vendors.enrollAllConsented(); },
        [this, busy](const cd::Result<int> &result) {
            refreshAll();
            if (!result) {
                cd::gui::showError(this, tr("Enroll consented customers"), result.error());
                return;
            }
            cd::gui::showInfo(this, tr("Enroll consented customers"),
                              result.value() == 0
                                  ? tr("Every customer with a valid separate consent is already enrolled.")
                                  : tr("%n customer(s) enrolled.", nullptr, result.value()));
        });
}

void CamerasPage::retryJobs()
{
    if (!m_canManage || BusyCall::isRunning() || !m_vendors)
        return;
    const int owed = m_jobsModel->rowCount();
    auto busy = BusyCall::start(this, tr("Asking the vendors to erase and checking their receipts…"));
    m_vendors->run(
        this, [](cd::VendorManager &vendors) { return vendors.runDueJobs(true); },
        [this, busy, owed](const cd::Result<int> &result) {
            refreshAll();
            if (!result) {
                cd::gui::showError(this, tr("Vendor erasures"), result.error());
                return;
            }
            const int left = m_jobsModel->rowCount();
            setStatus(tr("%1 of %2 erasure(s) confirmed with a receipt; %3 still owed.")
                          .arg(result.value())
                          .arg(owed)
                          .arg(left),
                      left > 0);
        });
}

void CamerasPage::retireSign(qint64 signId)
{
    if (!m_canManage || BusyCall::isRunning() || !m_vendors)
        return;
    auto busy = BusyCall::start(this, tr("Retiring the sign and telling the vendors…"));
    m_vendors->run(
        this, [signId](cd::VendorManager &vendors) { return vendors.retireSign(signId); },
        [this, busy](const cd::Result<void> &result) {
            refreshAll();
            if (!result)
                cd::gui::showError(this, tr("Retire sign"), result.error());
        });
}

void CamerasPage::pollNow()
{
    if (BusyCall::isRunning() || !m_vendors || m_session.isLocked())
        return;
    // A longer grace than for a click: a routine poll should not flash a dialog.
    refreshOccupancy();  // cheap and live: on the same beat as the counts
    auto busy = BusyCall::start(this, tr("Reading visitor counts from the vendors…"), 1500);
    m_vendors->run(
        this, [](cd::VendorManager &vendors) { return vendors.pollVisitorCounts(); },
        [this, busy](const cd::Result<int> &result) {
            refreshAll();
            if (!result)
                setStatus(tr("Visitor counts could not be read: %1").arg(result.error().message), true);
        });
}

void CamerasPage::refreshOccupancy()
{
    if (!m_vendors || m_session.isLocked() || m_askingOccupancy)
        return;
    m_askingOccupancy = true;  // one question at a time: a slow vendor must not pile them up
    m_vendors->run(
        this, [](cd::VendorManager &vendors) { return cd::Result<std::vector<cd::VendorOccupancy>>(vendors.currentOccupancy()); },
        [this](const cd::Result<std::vector<cd::VendorOccupancy>> &result) {
            m_askingOccupancy = false;
            if (result)
                m_zones->setOccupancy(result.value());
        });
}

void CamerasPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshAll();
    refreshOccupancy();
    m_pollTimer->start();
}

void CamerasPage::hideEvent(QHideEvent *event)
{
    // Only while someone looks: a poll may show a progress dialog over another page.
    m_pollTimer->stop();
    QWidget::hideEvent(event);
}

void CamerasPage::retranslateUi()
{
    m_readOnlyNote->setText(tr("You can look but not change: camera modes, signs, enrolment and erasures are managed "
                               "by the privacy officer."));
    m_tabs->setTabText(m_tabs->indexOf(m_camerasTab), tr("&Cameras and signs"));
    m_tabs->setTabText(m_tabs->indexOf(m_visitorsTab), tr("V&isitors"));
    m_tabs->setTabText(m_tabs->indexOf(m_vendorStatus), tr("Ve&ndors"));
    m_devicesTitle->setText(tr("What each camera may do. A camera may be on, even only counting, only where a sign is "
                               "posted, and recognise only customers who gave separate consent."));
    m_changeModeButton->setText(tr("Change &mode…"));
    m_changeModeButton->setToolTip(m_canManage ? QString() : tr("Only a privacy officer can change camera modes."));
    m_retryButton->setText(tr("&Retry now"));
    m_retryButton->setToolTip(m_canManage ? tr("Ask the vendors again now, without waiting for the back-off.")
                                          : tr("Only a privacy officer can retry erasures."));
}
