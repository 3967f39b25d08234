#include "RecordTab.h"

#include "core/access/Session.h"
#include "ui/common/Gui.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

RecordTab::RecordTab(cd::Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_view = new QTableView(this);
    m_view->setModel(&m_model);
    cd::gui::setUpListView(m_view);
    m_actions = new QHBoxLayout;
    m_actions->addStretch(1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loadError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #8a1c12;"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addLayout(m_actions);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordTab::updateButtons);
}

bool RecordTab::allowed(cd::Permission p) const { return cd::roleAllows(m_session.user().role, p); }

QPushButton *RecordTab::addAction(const QString &objectName, cd::Permission needs, bool needsRow)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    m_actions->insertWidget(m_actions->count() - 1, button);
    if (!allowed(needs)) {
        button->setEnabled(false);
        button->setProperty("forbidden", true);
    }
    if (needsRow)
        m_rowButtons.emplace_back(button, true);
    updateButtons();
    return button;
}

void RecordTab::setHeaders(const QStringList &headers)
{
    m_keepSelected = selectedId();
    m_error->hide();
    m_model.clear();
    m_model.setHorizontalHeaderLabels(headers);
}

void RecordTab::addRow(qint64 id, const QStringList &cells, const QString &tooltip)
{
    QList<QStandardItem *> items;
    for (const QString &cell : cells) {
        auto *item = new QStandardItem(cell);
        item->setEditable(false);
        if (!tooltip.isEmpty())
            item->setToolTip(tooltip);
        items << item;
    }
    if (!items.isEmpty())
        items.front()->setData(id, Qt::UserRole);
    m_model.appendRow(items);
}

qint64 RecordTab::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.front().data(Qt::UserRole).toLongLong();
}

void RecordTab::selectId(qint64 id)
{
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (m_model.index(row, 0).data(Qt::UserRole).toLongLong() == id) {
            m_view->selectRow(row);
            return;
        }
    }
}

void RecordTab::showLoadError(const cd::Error &error)
{
    m_error->setText(tr("The records could not be read: %1").arg(error.message));
    m_error->show();
}

void RecordTab::finishReload()
{
    m_view->resizeColumnsToContents();
    if (m_keepSelected)
        selectId(m_keepSelected);
    updateButtons();
}

cd::Result<void> RecordTab::showSaved(qint64 id)
{
    reload();
    selectId(id);
    return {};
}

void RecordTab::updateButtons()
{
    const bool hasRow = selectedId() != 0;
    for (const auto &[button, needsRow] : m_rowButtons)
        button->setEnabled(!button->property("forbidden").toBool() && (!needsRow || hasRow));
}
