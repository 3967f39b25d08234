#include "AuditPage.h"

#include "AuditTableModel.h"
#include "LedgerVerifyBar.h"
#include "ui/common/Gui.h"
#include "core/ledgers/AuditLog.h"
#include "core/access/Session.h"
#include "ui/common/Retranslate.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

AuditPage::AuditPage(cd::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AuditTableModel(session, this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("actionFilterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    // Prefixes of the actions the services write; any prefix may be typed.
    auto *completer = new QCompleter(QStringList{QStringLiteral("consent."), QStringLiteral("subject."),
                                                 QStringLiteral("purpose."), QStringLiteral("notice."),
                                                 QStringLiteral("user."), QStringLiteral("session."),
                                                 QStringLiteral("access.denied"), QStringLiteral("store.")},
                                     m_filterEdit);
    m_filterEdit->setCompleter(completer);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setBuddy(m_filterEdit);
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshAuditButton"));
    m_verify = new LedgerVerifyBar(session, this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    cd::gui::setUpListView(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(AuditTableModel::SeqColumn, 70);
    header->resizeSection(AuditTableModel::TimeColumn, 170);
    header->resizeSection(AuditTableModel::UserColumn, 110);
    header->resizeSection(AuditTableModel::ActionColumn, 170);
    header->resizeSection(AuditTableModel::ObjectColumn, 200);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_verify);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterEdit, &QLineEdit::returnPressed, m_filterDelay, [this] {
        m_filterDelay->stop();
        refresh();
    });
    connect(m_filterDelay, &QTimer::timeout, this, &AuditPage::refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_verify, &LedgerVerifyBar::verified, this,
            [this] { m_model->setBrokenSeq(m_verify->brokenSeq(cd::LedgerKind::Audit)); });
    connect(m_model, &AuditTableModel::loadFailed, this,
            [this](const QString &message) { cd::gui::showError(this, tr("Audit log"), message); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateCount);

    setTabOrder(m_filterEdit, m_refreshButton);
    setTabOrder(m_refreshButton, m_verify->button());
    setTabOrder(m_verify->button(), m_view);

    // The services refuse too; this leaves a trace when a role without the right gets here.
    if (const auto allowed = m_session.require(cd::Permission::ViewAudit, QStringLiteral("audit.view"));
        !allowed.ok()) {
        m_allowed = false;
        m_view->setModel(nullptr);  // no paging, so no refusal logged on every scroll
        m_view->setEnabled(false);
        m_verify->setUnavailable(allowed.error().message);
    }
    cd::gui::onLanguageChange(this, [this] {  // the model follows by itself
        retranslateUi();
        updateCount();
    });
    retranslateUi();
}

void AuditPage::refresh()
{
    if (!m_allowed)
        return;
    m_model->setActionPrefix(m_filterEdit->text().trimmed());  // starts over
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void AuditPage::updateCount()
{
    if (!m_allowed)
        return;
    const auto total = cd::AuditLog::count(m_session.db());
    const QString shown = tr("%n row(s) loaded", nullptr, m_model->rowCount());
    m_countLabel->setText(total.ok() ? shown + QStringLiteral(" · ") + tr("%n row(s) in the log", nullptr, int(total.value()))
                                     : shown);
}

void AuditPage::verifyChain()
{
    if (m_allowed)
        m_verify->verify();
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();  // other pages write to the log while this one is hidden
}

void AuditPage::retranslateUi()
{
    m_filterLabel->setText(tr("Filter by &action:"));
    m_filterEdit->setPlaceholderText(tr("beginning of an action, e.g. consent."));
    m_refreshButton->setText(tr("&Refresh"));
}
