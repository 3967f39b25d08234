#include "DeletionLogPage.h"

#include "DeletionLogModel.h"
#include "LedgerVerifyBar.h"
#include "core/access/Session.h"
#include "core/ledgers/DeletionLog.h"
#include "ui/common/Gui.h"
#include "ui/common/Retranslate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

DeletionLogPage::DeletionLogPage(cd::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new DeletionLogModel(session, this))
{
    setObjectName(QStringLiteral("deletionLogPage"));
    m_reasonFilter = new QComboBox(this);
    m_reasonFilter->setObjectName(QStringLiteral("reasonFilter"));
    m_reasonFilter->addItem(QString(), QString());
    for (const QString &id : DeletionLogModel::reasonIds())
        m_reasonFilter->addItem(QString(), id);
    m_reasonFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reasonFilter);
    m_locationFilter = new QComboBox(this);
    m_locationFilter->setObjectName(QStringLiteral("locationFilter"));
    m_locationFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_locationLabel = new QLabel(this);
    m_locationLabel->setBuddy(m_locationFilter);
    m_dateCheck = new QCheckBox(this);
    m_dateCheck->setObjectName(QStringLiteral("dateRangeCheck"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(session.clock().nowMs()).toLocalTime().date();
    m_fromEdit = new QDateEdit(today.addMonths(-1), this);
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_toEdit->setCalendarPopup(true);
    m_toLabel = new QLabel(this);
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshDeletionsButton"));
    m_verify = new LedgerVerifyBar(session, this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("deletionView"));
    m_view->setModel(m_model);
    cd::gui::setUpListView(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(DeletionLogModel::SeqColumn, 60);
    header->resizeSection(DeletionLogModel::TimeColumn, 150);
    header->resizeSection(DeletionLogModel::WhyColumn, 210);
    header->resizeSection(DeletionLogModel::WhatColumn, 290);
    header->resizeSection(DeletionLogModel::WhereColumn, 80);
    header->resizeSection(DeletionLogModel::WhoColumn, 80);
    header->resizeSection(DeletionLogModel::ReceiptColumn, 190);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("deletionDetails"));
    m_details->setReadOnly(true);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("deletionCountLabel"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_reasonLabel);
    bar->addWidget(m_reasonFilter);
    bar->addSpacing(8);
    bar->addWidget(m_locationLabel);
    bar->addWidget(m_locationFilter);
    bar->addSpacing(8);
    bar->addWidget(m_dateCheck);
    bar->addWidget(m_fromEdit);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_toEdit);
    bar->addStretch(1);
    bar->addWidget(m_refreshButton);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_verify);
    layout->addWidget(split, 1);
    layout->addWidget(m_countLabel);

    const auto filterChanged = [this] { refresh(); };
    connect(m_reasonFilter, &QComboBox::activated, this, filterChanged);
    connect(m_locationFilter, &QComboBox::activated, this, filterChanged);
    connect(m_dateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
        refresh();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_dateCheck->isChecked())
            refresh();
    });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_dateCheck->isChecked())
            refresh();
    });
    m_fromEdit->setEnabled(false);
    m_toEdit->setEnabled(false);
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        reloadLocations();
        refresh();
    });
    connect(m_verify, &LedgerVerifyBar::verified, this,
            [this] { m_model->setBrokenSeq(m_verify->brokenSeq(cd::LedgerKind::Deletion)); });
    connect(m_model, &DeletionLogModel::loadFailed, this,
            [this](const QString &message) { cd::gui::showError(this, tr("Deletion log"), message); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DeletionLogPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeletionLogPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeletionLogPage::showSelected);

    setTabOrder(m_reasonFilter, m_locationFilter);
    setTabOrder(m_locationFilter, m_dateCheck);
    setTabOrder(m_dateCheck, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_refreshButton);
    setTabOrder(m_refreshButton, m_verify->button());
    setTabOrder(m_verify->button(), m_view);

    // The services refuse too; this leaves a trace when a role without the right gets here.
    if (const auto allowed = m_session.require(cd::Permission::ViewAudit, QStringLiteral("deletion-log.view"));
        !allowed.ok()) {
        m_allowed = false;
        m_view->setModel(nullptr);
        m_view->setEnabled(false);
        m_verify->setUnavailable(allowed.error().message);
    }
    cd::gui::onLanguageChange(this, [this] {
        retranslateUi();
        updateCount();
        showSelected();
    });
    retranslateUi();
    reloadLocations();
}

void DeletionLogPage::reloadLocations()
{
    if (!m_allowed)
        return;
    const QString current = m_locationFilter->currentData().toString();
    m_locationFilter->clear();
    m_locationFilter->addItem(tr("All places"), QString());
    if (const auto places = cd::DeletionLog::locations(m_session); places.ok())
        for (const QString &place : places.value())
            m_locationFilter->addItem(DeletionLogModel::locationName(place), place);
    m_locationFilter->setCurrentIndex(std::max(0, m_locationFilter->findData(current)));
}

void DeletionLogPage::refresh()
{
    if (!m_allowed)
        return;
    cd::DeletionFilter f;
    f.reason = m_reasonFilter->currentData().toString();
    f.location = m_locationFilter->currentData().toString();
    if (m_dateCheck->isChecked()) {  // whole local days, both ends included
        f.fromMs = m_fromEdit->date().startOfDay().toMSecsSinceEpoch();
        f.toMs = m_toEdit->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    m_model->setFilter(f);  // starts over
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    showSelected();
}

void DeletionLogPage::updateCount()
{
    m_countLabel->setText(m_model->atEnd() ? tr("%n entry(s) shown", nullptr, m_model->rowCount())
                                           : tr("%n entry(s) loaded, more as you scroll", nullptr, m_model->rowCount()));
}

void DeletionLogPage::showSelected()
{
    const cd::DeletionEntry *e = m_model->rowAt(m_view->currentIndex().row());
    m_details->setPlainText(e ? DeletionLogModel::describe(*e) : tr("Select an entry to see all of it."));
}

void DeletionLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();  // erasures and sweeps write while this page is hidden
}

void DeletionLogPage::retranslateUi()
{
    m_reasonLabel->setText(tr("&Why:"));
    m_reasonFilter->setItemText(0, tr("All reasons"));
    for (int i = 1; i < m_reasonFilter->count(); ++i)
        m_reasonFilter->setItemText(i, DeletionLogModel::reasonName(m_reasonFilter->itemData(i).toString()));
    m_locationLabel->setText(tr("W&here:"));
    if (m_locationFilter->count() > 0) {
        m_locationFilter->setItemText(0, tr("All places"));
        for (int i = 1; i < m_locationFilter->count(); ++i)
            m_locationFilter->setItemText(i, DeletionLogModel::locationName(m_locationFilter->itemData(i).toString()));
    }
    m_dateCheck->setText(tr("&From"));
    m_toLabel->setText(tr("to"));
    m_refreshButton->setText(tr("&Refresh"));
}
