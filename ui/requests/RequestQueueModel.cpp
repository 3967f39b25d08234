#include "RequestQueueModel.h"

#include "core/access/Session.h"
#include "ui/common/Gui.h"
#include "ui/common/Retranslate.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

RequestQueueModel::RequestQueueModel(cd::Session &session, cd::RequestService &requests, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_requests(requests)
{
    cd::gui::onLanguageChange(this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

int RequestQueueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int RequestQueueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

const cd::RequestRow *RequestQueueModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

QColor RequestQueueModel::background(const cd::RequestRow &r)
{
    if (!cd::RequestRules::isOpen(r.state))
        return {};
    if (r.deadline.overdue)
        return QColor(0xf8, 0xd0, 0xd4);  // red: late
    if (r.deadline.daysLeft <= 3)
        return QColor(0xff, 0xdf, 0xb0);  // orange: this week
    if (r.deadline.daysLeft <= 7)
        return QColor(0xff, 0xf4, 0xc2);  // yellow: next week
    return {};
}

QList<int> RequestQueueModel::estimatedYears() const
{
    QList<int> years;
    for (const cd::RequestRow &r : m_rows)
        if (cd::RequestRules::isOpen(r.state) && r.deadline.estimated)
            for (int y : r.deadline.uncoveredYears)
                if (!years.contains(y))
                    years << y;
    std::sort(years.begin(), years.end());
    return years;
}

QVariant RequestQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cd::RequestRow &r = m_rows[std::size_t(index.row())];
    const bool open = cd::RequestRules::isOpen(r.state);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return r.id;
        case TypeColumn: return cd::RequestRules::typeName(r.type);
        case StateColumn:
            return r.deadline.paused && open ? tr("%1 (paused)").arg(cd::RequestRules::stateName(r.state))
                                             : cd::RequestRules::stateName(r.state);
        case CustomerColumn:
            return r.subjectPseudonym.isEmpty() ? tr("%1 (not matched)").arg(r.maskedContact) : r.subjectPseudonym;
        case ReceivedColumn: return QLocale().toString(r.receivedOn, QLocale::ShortFormat);
        case DueColumn: {
            const QString due = QLocale().toString(r.deadline.due, QLocale::ShortFormat);
            return r.deadline.estimated ? due + QStringLiteral(" *") : due;  // * : the legend under the table
        }
        case DaysLeftColumn:
            if (!open)
                return r.deadline.overdue ? tr("closed late") : tr("closed");
            if (r.deadline.overdue)
                return tr("%n day(s) overdue", nullptr, std::max(1, -r.deadline.daysLeft));
            return tr("%n working day(s)", nullptr, r.deadline.daysLeft);
        }
        break;
    case Qt::ToolTipRole: {
        QStringList tips;
        if (r.shownBecauseOverdue)
            tips << tr("Shown because it is overdue: overdue requests are listed whatever the filter.");
        if (open && r.deadline.estimated)
            tips << cd::WorkingCalendar::fallbackNote(r.deadline.uncoveredYears);
        if (!r.assignedTo.isEmpty())
            tips << tr("Assigned to %1").arg(r.assignedTo);
        return tips.isEmpty() ? QVariant() : tips.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole:
        if (const QColor c = background(r); c.isValid())
            return QBrush(c);
        break;
    case Qt::ForegroundRole:
        if (open && r.deadline.overdue)
            return QBrush(QColor(0x9a, 0x00, 0x1a));
        if (!open)
            return QBrush(QColor(0x60, 0x60, 0x60));
        break;
    case Qt::FontRole:
        if (open && r.deadline.overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == DaysLeftColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case DaysLeftRole: return r.deadline.daysLeft;
    case OverdueRole: return open && r.deadline.overdue;
    case ShownBecauseOverdueRole: return r.shownBecauseOverdue;
    case RequestIdRole: return r.id;
    default:
        break;
    }
    return {};
}

QVariant RequestQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("No.", "request number");
    case TypeColumn: return tr("Type");
    case StateColumn: return tr("State");
    case CustomerColumn: return tr("Customer");
    case ReceivedColumn: return tr("Received");
    case DueColumn: return tr("Due");
    case DaysLeftColumn: return tr("Days left");
    }
    return {};
}

bool RequestQueueModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_atEnd; }

void RequestQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    readPage();
}

bool RequestQueueModel::readPage()
{
    if (m_session.isLocked()) {
        m_atEnd = true;
        return false;
    }
    auto page = m_requests.listPage(m_filter, int(m_rows.size()), kPageSize);
    if (!page.ok()) {
        m_atEnd = true;  // asking again would fail the same way on every scroll
        m_lastError = page.error().message;
        emit loadFailed(m_lastError);
        return false;
    }
    m_total = page->total;
    m_overdue = page->overdue;
    std::vector<cd::RequestRow> &more = page->rows;
    if (!more.empty()) {
        m_busy = true;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(more.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        endInsertRows();
        m_busy = false;
    }
    m_atEnd = more.size() < std::size_t(kPageSize) || qint64(m_rows.size()) >= m_total;
    return true;
}

void RequestQueueModel::setFilter(const cd::RequestFilter &filter)
{
    m_filter = filter;
    reload();
}

void RequestQueueModel::reload()
{
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    endResetModel();
    m_busy = false;
    readPage();
}
