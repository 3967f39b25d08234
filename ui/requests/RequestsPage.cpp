#include "RequestsPage.h"

#include "RequestDetailDialog.h"
#include "RequestIntakeDialog.h"
#include "RequestQueueModel.h"
#include "core/access/Session.h"
#include "core/requests/RequestService.h"
#include "ui/common/Gui.h"
#include "ui/common/Retranslate.h"
#include "vendors/VendorWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using cd::RequestRules;

RequestsPage::RequestsPage(cd::Session &session, cd::VendorWorker *vendors, QWidget *parent)
    : QWidget(parent), m_session(session), m_vendors(vendors),
      m_requests(std::make_unique<cd::RequestService>(session))
{
    setObjectName(QStringLiteral("requestsPage"));
    m_model = new RequestQueueModel(session, *m_requests, this);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newRequestButton"));
    m_newButton->setShortcut(QKeySequence::New);
    QFont bold = m_newButton->font();
    bold.setBold(true);
    m_newButton->setFont(bold);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openRequestButton"));
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshRequestsButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);

    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(QString(), -1);
    for (cd::RequestState s : RequestRules::allStates())
        m_stateFilter->addItem(QString(), int(s));
    m_stateFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setBuddy(m_stateFilter);
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(QString(), -1);
    for (cd::RequestType t : RequestRules::allTypes())
        m_typeFilter->addItem(QString(), int(t));
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_typeLabel = new QLabel(this);
    m_typeLabel->setBuddy(m_typeFilter);
    m_closedCheck = new QCheckBox(this);
    m_closedCheck->setObjectName(QStringLiteral("includeClosedCheck"));

    m_overdueNote = new QLabel(this);
    m_overdueNote->setObjectName(QStringLiteral("overdueNote"));
    m_overdueNote->setWordWrap(true);
    m_overdueNote->setStyleSheet(QStringLiteral("color: #9a001a; font-weight: bold;"));
    m_estimateNote = new QLabel(this);
    m_estimateNote->setObjectName(QStringLiteral("estimateNote"));
    m_estimateNote->setWordWrap(true);
    m_estimateNote->setStyleSheet(QStringLiteral("color: #8a5a00;"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("requestsView"));
    m_view->setModel(m_model);
    cd::gui::setUpListView(m_view);
    m_view->setAlternatingRowColors(false);  // the deadline colours are the rows' background
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(RequestQueueModel::IdColumn, 60);
    header->resizeSection(RequestQueueModel::TypeColumn, 230);
    header->resizeSection(RequestQueueModel::StateColumn, 170);
    header->resizeSection(RequestQueueModel::CustomerColumn, 220);
    header->resizeSection(RequestQueueModel::ReceivedColumn, 110);
    header->resizeSection(RequestQueueModel::DueColumn, 120);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("deadlineLegend"));
    m_legend->setWordWrap(true);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("requestCountLabel"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_newButton);
    actions->addWidget(m_openButton);
    actions->addStretch(1);
    actions->addWidget(m_refreshButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_stateFilter);
    filters->addSpacing(8);
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_typeFilter);
    filters->addSpacing(8);
    filters->addWidget(m_closedCheck);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_overdueNote);
    layout->addWidget(m_estimateNote);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_countLabel);

    connect(m_newButton, &QPushButton::clicked, this, &RequestsPage::newRequest);
    connect(m_openButton, &QPushButton::clicked, this, &RequestsPage::openCurrent);
    connect(m_refreshButton, &QPushButton::clicked, this, &RequestsPage::refresh);
    connect(m_stateFilter, &QComboBox::activated, this, &RequestsPage::refresh);
    connect(m_typeFilter, &QComboBox::activated, this, &RequestsPage::refresh);
    connect(m_closedCheck, &QCheckBox::toggled, this, &RequestsPage::refresh);
    connect(m_view, &QTableView::activated, this, &RequestsPage::openCurrent);
    // A request awaiting vendors completes by itself when the scheduler's retry gets the last
    // receipt: the queue must not go on showing it as waiting.
    if (m_vendors)
        connect(m_vendors, &cd::VendorWorker::changed, this, [this] {
            if (isVisible())
                refresh();  // a hidden page refreshes when shown
        });
    connect(m_model, &RequestQueueModel::loadFailed, this,
            [this](const QString &message) { cd::gui::showError(this, tr("Requests"), message); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RequestsPage::updateNotes);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsPage::updateNotes);
    auto *openShortcut = new QShortcut(QKeySequence(Qt::Key_Return), m_view);
    openShortcut->setContext(Qt::WidgetShortcut);
    connect(openShortcut, &QShortcut::activated, this, &RequestsPage::openCurrent);

    setTabOrder(m_newButton, m_openButton);
    setTabOrder(m_openButton, m_refreshButton);
    setTabOrder(m_refreshButton, m_stateFilter);
    setTabOrder(m_stateFilter, m_typeFilter);
    setTabOrder(m_typeFilter, m_closedCheck);
    setTabOrder(m_closedCheck, m_view);

    const cd::Role role = session.user().role;
    m_newButton->setVisible(cd::roleAllows(role, cd::Permission::TakeRequests));
    if (const auto allowed = m_session.require(cd::Permission::ViewRequests, QStringLiteral("request.list"));
        !allowed.ok()) {
        m_allowed = false;
        m_view->setModel(nullptr);
        m_view->setEnabled(false);
        m_openButton->setEnabled(false);
        m_countLabel->setText(allowed.error().message);
    }
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

RequestsPage::~RequestsPage() = default;

void RequestsPage::refresh()
{
    if (!m_allowed)
        return;
    cd::RequestFilter f;
    if (const int s = m_stateFilter->currentData().toInt(); s >= 0)
        f.state = cd::RequestState(s);
    if (const int t = m_typeFilter->currentData().toInt(); t >= 0)
        f.type = cd::RequestType(t);
    f.includeClosed = m_closedCheck->isChecked();
    m_model->setFilter(f);  // reads the first page
}

void RequestsPage::updateNotes()
{
    if (!m_allowed)
        return;
    // Overdue requests ignore the filter; say so, so that nobody wonders why they are there.
    const qint64 overdue = m_model->overdue();
    m_overdueNote->setVisible(overdue > 0);
    m_overdueNote->setText(tr("%n request(s) overdue, listed first and always shown, whatever the filter.", nullptr,
                              int(overdue)));
    const QList<int> years = m_model->estimatedYears();
    m_estimateNote->setVisible(!years.isEmpty());
    if (!years.isEmpty())
        m_estimateNote->setText(tr("* Estimated deadline: %1").arg(cd::WorkingCalendar::fallbackNote(years)));
    m_countLabel->setText(tr("%n request(s) shown", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
                          + tr("%n in the queue for this filter", nullptr, int(m_model->total())));
}

void RequestsPage::openCurrent()
{
    const cd::RequestRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (row)
        openRequest(row->id);
}

RequestDetailDialog *RequestsPage::openRequest(qint64 id)
{
    auto *dialog = new RequestDetailDialog(m_session, *m_requests, m_vendors, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RequestDetailDialog::changed, this, &RequestsPage::refresh);
    dialog->open();
    return dialog;
}

void RequestsPage::newRequest()
{
    if (!cd::roleAllows(m_session.user().role, cd::Permission::TakeRequests))
        return;
    auto *dialog = new RequestIntakeDialog(m_session, *m_requests, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->created().id;
        refresh();
        cd::gui::showInfo(this, tr("Requests"), tr("Request %1 was taken in.").arg(id));
    });
    dialog->open();
}

void RequestsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();  // deadlines move with the day, and others change requests meanwhile
}

void RequestsPage::retranslateUi()
{
    m_newButton->setText(tr("&New request…"));
    m_newButton->setToolTip(tr("Take in a data-subject request (%1)").arg(QKeySequence(QKeySequence::New).toString(
        QKeySequence::NativeText)));
    m_openButton->setText(tr("&Open…"));
    m_refreshButton->setText(tr("&Refresh"));
    m_stateLabel->setText(tr("&State:"));
    m_stateFilter->setItemText(0, tr("All open"));
    for (int i = 1; i < m_stateFilter->count(); ++i)
        m_stateFilter->setItemText(i, RequestRules::stateName(cd::RequestState(m_stateFilter->itemData(i).toInt())));
    m_typeLabel->setText(tr("&Type:"));
    m_typeFilter->setItemText(0, tr("All types"));
    for (int i = 1; i < m_typeFilter->count(); ++i)
        m_typeFilter->setItemText(i, RequestRules::typeName(cd::RequestType(m_typeFilter->itemData(i).toInt())));
    m_closedCheck->setText(tr("Show &closed too"));
    m_legend->setText(tr("Days left are working days (China's holiday calendar). Red: overdue · orange: 3 days or "
                         "fewer · yellow: 7 days or fewer."));
    updateNotes();
}
