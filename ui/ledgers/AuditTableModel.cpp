#include "AuditTableModel.h"

#include "ui/common/Gui.h"
#include "core/access/Session.h"

#include <QBrush>
#include <QColor>
#include <QFont>

AuditTableModel::AuditTableModel(cd::Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cd::AuditEntry &e = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn: return e.seq;
        case TimeColumn: return cd::gui::formatDateTime(e.at, true);
        case UserColumn: return e.userId == 0 && e.userName.isEmpty() ? tr("(system)") : e.userName;
        case ActionColumn: return e.action;
        case ObjectColumn:
            return e.objectId.isEmpty() ? e.objectType : e.objectType + QLatin1Char(' ') + e.objectId;
        case DetailColumn: return e.detail;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SeqColumn)
            return tr("Row hash: %1").arg(QString::fromLatin1(e.hash.toHex()));
        if (index.column() == DetailColumn || index.column() == ObjectColumn)
            return data(index, Qt::DisplayRole);  // often wider than the column
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(e.at).toUTC().toString(Qt::ISODateWithMs);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (m_brokenSeq != 0 && e.seq >= m_brokenSeq)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (e.action == QLatin1String("access.denied"))
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        break;
    case Qt::FontRole:
        if (m_brokenSeq != 0 && e.seq == m_brokenSeq) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn: return tr("No.", "audit row number");
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case ObjectColumn: return tr("Object");
    case DetailColumn: return tr("Detail");
    }
    return {};
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_atEnd; }

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    // Not while a reset or an insertion is being announced: a listener (QAbstractItemModelTester
    // among them) may ask for more before every other listener has heard of the change.
    if (parent.isValid() || m_atEnd || m_notifying)
        return;
    if (m_session.isLocked()) {
        m_atEnd = true;
        return;
    }
    const qint64 before = m_rows.empty() ? 0 : m_rows.back().seq;
    auto page = cd::AuditLog::page(m_session, before, kPageSize, m_prefix);  // checks ViewAudit
    if (!page.ok()) {
        // Stop paging: asking again would fail the same way on every scroll.
        m_atEnd = true;
        m_lastError = page.error().message;
        emit loadFailed(m_lastError);
        return;
    }
    std::vector<cd::AuditEntry> &more = page.value();
    if (int(more.size()) < kPageSize)
        m_atEnd = true;
    if (more.empty())
        return;
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    endInsertRows();
    m_notifying = false;
}

void AuditTableModel::setActionPrefix(const QString &prefix)
{
    m_prefix = prefix;
    reload();
}

void AuditTableModel::reload()
{
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    endResetModel();
    m_notifying = false;
}

void AuditTableModel::setBrokenSeq(qint64 seq)
{
    m_brokenSeq = seq;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::ForegroundRole, Qt::FontRole});
}

void AuditTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}
