#include "VendorJobsModel.h"

#include "ui/common/Gui.h"
#include "core/access/Session.h"

#include <QBrush>
#include <QLocale>

VendorJobsModel::VendorJobsModel(cd::Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

QString VendorJobsModel::reasonDisplayName(const QString &reason)
{
    if (reason == QLatin1String("withdrawal"))
        return tr("Consent withdrawn");
    if (reason == QLatin1String("expiry"))
        return tr("Consent expired");
    if (reason == QLatin1String("request"))
        return tr("Deletion request");
    if (reason == QLatin1String("retention"))
        return tr("Retention period ended");
    return reason;
}

bool VendorJobsModel::isOverdue(const cd::VendorJob &job) const
{
    return job.attempts > 0 || m_session.clock().nowMs() - job.createdAt > kOverdueAfterMs;
}

int VendorJobsModel::overdueCount() const
{
    int n = 0;
    for (const cd::VendorJob &j : m_rows)
        n += isOverdue(j);
    return n;
}

int VendorJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VendorJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VendorJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cd::VendorJob &j = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VendorColumn: return j.vendorCode;
        case SubjectColumn: return j.subjectId ? j.pseudonym : tr("everything before %1").arg(cd::gui::formatDate(j.purgeBefore));
        case ReasonColumn: return reasonDisplayName(j.reason);
        case OwedSinceColumn: return cd::gui::formatDateTime(j.createdAt);
        case AttemptsColumn: return QLocale().toString(j.attempts);
        case NextAttemptColumn: return cd::gui::formatDateTime(j.nextAttemptAt, true);
        case ErrorColumn: return j.lastError;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !j.lastError.isEmpty())
            return j.lastError;
        if (index.column() == ReasonColumn && !j.reasonRef.isEmpty())
            return j.reasonRef;
        if (isOverdue(j))
            return tr("Overdue: the vendor still holds this data");
        break;
    case Qt::BackgroundRole:
        if (isOverdue(j))
            return QBrush(QColor(0xfd, 0xec, 0xea));
        break;
    case Qt::ForegroundRole:
        if (isOverdue(j))
            return QBrush(QColor(0x8a, 0x1c, 0x12));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OverdueRole:
        return isOverdue(j);
    default:
        break;
    }
    return {};
}

QVariant VendorJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VendorColumn: return tr("Vendor");
    case SubjectColumn: return tr("Customer (pseudonym)");
    case ReasonColumn: return tr("Why", "why the erasure is owed");
    case OwedSinceColumn: return tr("Owed since");
    case AttemptsColumn: return tr("Failed attempts");
    case NextAttemptColumn: return tr("Next attempt");
    case ErrorColumn: return tr("Last error");
    }
    return {};
}

bool VendorJobsModel::reload()
{
    auto jobs = cd::VendorErasures(m_session).pendingJobs(false, 1000);
    if (!jobs) {
        m_lastError = jobs.error().message;
        return false;
    }
    m_lastError.clear();
    beginResetModel();
    m_rows = std::move(jobs.value());
    endResetModel();
    return true;
}

void VendorJobsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
