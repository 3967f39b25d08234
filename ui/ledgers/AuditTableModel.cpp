#include "AuditTableModel.h"

#include "ui/common/Gui.h"
#include "core/access/Session.h"

#include <QBrush>
#include <QColor>

AuditTableModel::AuditTableModel(cd::Session &session, QObject *parent)
    : LedgerTableModel(ColumnCount, parent), m_session(session)
{
}

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
        if (QVariant broken = brokenStyle(e.seq, role); broken.isValid())
            return broken;
        if (e.action == QLatin1String("access.denied"))
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        break;
    case Qt::FontRole:
        return brokenStyle(e.seq, role);
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

cd::Result<std::vector<cd::AuditEntry>> AuditTableModel::fetchPage(qint64 before)
{
    if (m_session.isLocked())
        return std::vector<cd::AuditEntry>{};  // the console is locking: end quietly
    return cd::AuditLog::page(m_session, before, kPageSize, m_prefix);  // checks ViewAudit
}

void AuditTableModel::setActionPrefix(const QString &prefix)
{
    m_prefix = prefix;
    reload();
}

void AuditTableModel::reload() { restart(false); }
