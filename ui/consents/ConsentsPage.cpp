#include "ConsentsPage.h"

#include "ConsentTableModel.h"
#include "ui/consents/registration/RegisterConsentDialog.h"
#include "SubjectDetailsDialog.h"
#include "WithdrawDialog.h"
#include "core/i18n/Language.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/access/Session.h"
#include "ui/common/Retranslate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kSearchDebounceMs = 250;
}

ConsentsPage::ConsentsPage(cd::Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("consentsPage"));
    auto *layout = new QVBoxLayout(this);

    auto *actions = new QHBoxLayout;
    m_registerButton = new QPushButton;
    m_registerButton->setObjectName(QStringLiteral("registerButton"));
    QFont primary = m_registerButton->font();
    primary.setBold(true);
    m_registerButton->setFont(primary);
    m_registerButton->setMinimumHeight(m_registerButton->sizeHint().height() * 5 / 4);
    m_withdrawButton = new QPushButton;
    m_withdrawButton->setObjectName(QStringLiteral("withdrawButton"));
    m_detailsButton = new QPushButton;
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_refreshButton = new QPushButton;
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    actions->addWidget(m_registerButton);
    actions->addWidget(m_withdrawButton);
    actions->addWidget(m_detailsButton);
    actions->addStretch(1);
    actions->addWidget(m_refreshButton);
    layout->addLayout(actions);

    auto *filters = new QHBoxLayout;
    m_searchLabel = new QLabel;
    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(260);
    m_searchLabel->setBuddy(m_searchEdit);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(QString(), QString());
    for (cd::ConsentStatus s : {cd::ConsentStatus::Granted, cd::ConsentStatus::Withdrawn, cd::ConsentStatus::Expired,
                                cd::ConsentStatus::Superseded})
        m_statusFilter->addItem(QString(), cd::statusId(s));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_purposeFilter = new QComboBox;
    m_purposeFilter->setObjectName(QStringLiteral("purposeFilter"));
    m_purposeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_renewalCheck = new QCheckBox;
    m_renewalCheck->setObjectName(QStringLiteral("renewalFilter"));
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_searchEdit, 2);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_purposeFilter);
    filters->addWidget(m_renewalCheck);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_model = new ConsentTableModel(session, this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("consentsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);  // keyset paging fixes the order: newest first
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);  // uniform rows: cheap scrolling
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    layout->addWidget(m_view, 1);

    m_statusLine = new QLabel;
    m_statusLine->setObjectName(QStringLiteral("consentsStatusLine"));
    layout->addWidget(m_statusLine);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ConsentsPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &ConsentsPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ConsentsPage::applyFilter);
    connect(m_purposeFilter, &QComboBox::currentIndexChanged, this, &ConsentsPage::applyFilter);
    connect(m_renewalCheck, &QCheckBox::toggled, this, &ConsentsPage::applyFilter);

    connect(m_registerButton, &QPushButton::clicked, this, &ConsentsPage::openRegisterDialog);
    connect(m_withdrawButton, &QPushButton::clicked, this, &ConsentsPage::openWithdrawDialog);
    connect(m_detailsButton, &QPushButton::clicked, this, &ConsentsPage::openDetailsDialog);
    connect(m_refreshButton, &QPushButton::clicked, this, &ConsentsPage::reloadList);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_detailsButton->isEnabled())
            openDetailsDialog();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConsentsPage::updateActions);
    connect(m_model, &ConsentTableModel::loadedChanged, this, &ConsentsPage::updateStatusLine);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConsentsPage::updateActions);

    // Button texts carry mnemonics (which replace a button's shortcut), so shortcuts live here.
    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] {
        if (m_registerButton->isEnabled())
            openRegisterDialog();
    });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    addShortcut(QKeySequence(Qt::Key_F5), [this] { reloadList(); });

    setTabOrder(m_registerButton, m_withdrawButton);
    setTabOrder(m_withdrawButton, m_detailsButton);
    setTabOrder(m_detailsButton, m_refreshButton);
    setTabOrder(m_refreshButton, m_searchEdit);
    setTabOrder(m_searchEdit, m_statusFilter);
    setTabOrder(m_statusFilter, m_purposeFilter);
    setTabOrder(m_purposeFilter, m_renewalCheck);
    setTabOrder(m_renewalCheck, m_view);

    loadPurposeFilter();
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    applyFilter();
}

void ConsentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        loadPurposeFilter();  // an officer may have added a purpose meanwhile
}

void ConsentsPage::loadPurposeFilter()
{
    const qint64 selected = m_purposeFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_purposeFilter);
    m_purposeFilter->clear();
    m_purposeFilter->addItem(tr("All purposes"), qint64(0));
    cd::PurposeService purposes(m_session);
    if (auto list = purposes.list(true)) {
        const bool chinese = cd::i18n::isChinese();
        for (const cd::Purpose &p : *list)
            m_purposeFilter->addItem(p.displayName(chinese), p.id);
    }
    const int index = m_purposeFilter->findData(selected);
    m_purposeFilter->setCurrentIndex(index >= 0 ? index : 0);
}

void ConsentsPage::applyFilter()
{
    m_searchTimer->stop();
    cd::ConsentFilter filter;
    filter.search = m_searchEdit->text().trimmed();
    filter.status = cd::statusFromId(m_statusFilter->currentData().toString());
    filter.purposeId = m_purposeFilter->currentData().toLongLong();
    filter.needsRenewalOnly = m_renewalCheck->isChecked();
    m_model->setFilter(filter);
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();  // once: later pages keep the widths stable
        m_columnsSized = true;
    }
    updateActions();
}

void ConsentsPage::reloadList()
{
    const qint64 selectedId = m_model->consentId(m_view->currentIndex().row());
    m_model->reload();
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_columnsSized = true;
    }
    for (int row = 0; selectedId != 0 && row < m_model->rowCount(); ++row) {
        if (m_model->consentId(row) == selectedId) {
            m_view->selectRow(row);
            break;
        }
    }
    updateActions();
}

void ConsentsPage::updateActions()
{
    const cd::Role role = m_session.user().role;
    const cd::ConsentRow *row = m_model->rowAt(m_view->currentIndex().row());
    m_registerButton->setEnabled(cd::roleAllows(role, cd::Permission::RegisterConsent));
    m_withdrawButton->setEnabled(row && row->status == cd::ConsentStatus::Granted
                                 && cd::roleAllows(role, cd::Permission::WithdrawConsent));
    m_detailsButton->setEnabled(row && cd::roleAllows(role, cd::Permission::ViewPersonalData));
}

void ConsentsPage::updateStatusLine()
{
    if (!m_model->lastError().isEmpty()) {
        m_statusLine->setText(m_model->lastError());
        return;
    }
    const int loaded = m_model->loadedCount();
    if (loaded == 0)
        m_statusLine->setText(tr("No consents match."));
    else if (m_model->atEnd())
        m_statusLine->setText(tr("%n consent(s) loaded, all shown.", nullptr, loaded));
    else
        m_statusLine->setText(tr("%n consent(s) loaded; scroll down for more.", nullptr, loaded));
}

void ConsentsPage::openRegisterDialog()
{
    auto *dialog = new RegisterConsentDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reloadList();
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);  // the new consents are the newest
    });
    dialog->open();
}

void ConsentsPage::openWithdrawDialog()
{
    const cd::ConsentRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row)
        return;
    auto *dialog = new WithdrawDialog(m_session, *row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ConsentsPage::reloadList);
    dialog->open();
}

void ConsentsPage::openDetailsDialog()
{
    const qint64 consentId = m_model->consentId(m_view->currentIndex().row());
    if (consentId == 0)
        return;
    cd::ConsentService consents(m_session);
    auto consent = consents.get(consentId);
    if (!consent) {
        m_statusLine->setText(consent.error().message);
        return;
    }
    auto *dialog = new SubjectDetailsDialog(m_session, consent->subjectId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConsentsPage::retranslateUi()
{
    m_registerButton->setText(tr("&Register consent…"));
    m_registerButton->setToolTip(tr("Register a customer's consent (Ctrl+N)"));
    m_withdrawButton->setText(tr("&Withdraw…"));
    m_withdrawButton->setToolTip(tr("Record that the customer withdraws the selected consent"));
    m_detailsButton->setText(tr("Customer &details…"));
    m_detailsButton->setToolTip(tr("Show the customer's full record (the view is logged)"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Load the list again (F5)"));
    m_searchLabel->setText(tr("&Search:"));
    m_searchEdit->setPlaceholderText(tr("Customer ID, exact phone number, or start of the name"));
    m_statusFilter->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_statusFilter->count(); ++i)
        m_statusFilter->setItemText(i, cd::statusDisplayName(*cd::statusFromId(m_statusFilter->itemData(i).toString())));
    m_renewalCheck->setText(tr("Needs renewal only"));
    loadPurposeFilter();
    updateStatusLine();
}
