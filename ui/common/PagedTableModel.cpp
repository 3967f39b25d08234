#include "PagedTableModel.h"

#include "Retranslate.h"

PagedTableModelBase::PagedTableModelBase(int columnCount, QObject *parent)
    : QAbstractTableModel(parent), m_columnCount(columnCount)
{
    cd::gui::onLanguageChange(this, [this] { retranslate(); });
}

int PagedTableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

bool PagedTableModelBase::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PagedTableModelBase::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, m_columnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void PagedTableModelBase::pageFailed(const cd::Error &error)
{
    m_atEnd = true;
    m_lastError = error.message;
    emit loadFailed(m_lastError);
}
