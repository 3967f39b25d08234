#include "RetentionScheduleModel.h"

#include "core/access/Session.h"
#include "ui/common/Gui.h"
#include "ui/common/Retranslate.h"

#include <QBrush>
#include <QColor>

RetentionScheduleModel::RetentionScheduleModel(cd::Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    cd::gui::onLanguageChange(this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

int RetentionScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RetentionScheduleModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

int RetentionScheduleModel::dueNow() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [this](const cd::RetentionItem &i) { return i.dueAt <= m_now; }));
}

bool RetentionScheduleModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    m_now = m_session.isLocked() ? 0 : m_session.clock().nowMs();
    if (!m_session.isLocked()) {
        auto items = cd::RetentionService(m_session).schedule();
        if (items.ok())
            m_rows = std::move(items.value());
        else
            m_lastError = items.error().message;
    }
    endResetModel();
    return m_lastError.isEmpty();
}

QVariant RetentionScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cd::RetentionItem &item = m_rows[std::size_t(index.row())];
    const bool due = item.dueAt <= m_now;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return cd::retentionKindName(item.kind);
        case RefColumn: return item.ref;
        case DueColumn: return cd::gui::formatDateTime(item.dueAt);
        case StatusColumn:
            if (item.queued)
                return tr("waiting for the vendor's receipt");
            if (due)
                return tr("due now: the next sweep deletes it");
            return tr("in %n day(s)", nullptr, int((item.dueAt - m_now + cd::kDayMs - 1) / cd::kDayMs));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == KindColumn)
            return cd::retentionRuleText(item.kind);
        break;
    case Qt::BackgroundRole:
        if (due && !item.queued)
            return QBrush(QColor(0xff, 0xdf, 0xb0));
        break;
    case DueNowRole: return due;
    default:
        break;
    }
    return {};
}

QVariant RetentionScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind of data");
    case RefColumn: return tr("Which");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    }
    return {};
}
