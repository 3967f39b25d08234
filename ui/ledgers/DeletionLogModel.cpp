#include "DeletionLogModel.h"

#include "ui/common/Gui.h"
#include "core/access/Session.h"

#include <QDateTime>

DeletionLogModel::DeletionLogModel(cd::Session &session, QObject *parent)
    : LedgerTableModel(ColumnCount, parent), m_session(session)
{
}

QStringList DeletionLogModel::reasonIds()
{
    return {QStringLiteral("request"), QStringLiteral("withdrawal"), QStringLiteral("expiry"),
            QStringLiteral("retention"), QStringLiteral("manual")};
}

QString DeletionLogModel::reasonName(const QString &reason)
{
    if (reason == QLatin1String("request"))
        return tr("Data-subject request");
    if (reason == QLatin1String("withdrawal"))
        return tr("Consent withdrawn");
    if (reason == QLatin1String("expiry"))
        return tr("Consent expired");
    if (reason == QLatin1String("retention"))
        return tr("Retention rule");
    if (reason == QLatin1String("manual"))
        return tr("By hand");
    return reason;  // a reason written by a later version: shown as stored
}

QString DeletionLogModel::categoryName(const QString &category)
{
    if (category == QLatin1String("personal-fields"))
        return tr("Customer's personal fields");
    if (category == QLatin1String("face-data"))
        return tr("Face data at the vendor");
    if (category == QLatin1String("request-details"))
        return tr("Closed requests' details");
    return category;
}

QString DeletionLogModel::locationName(const QString &location)
{
    return location == QLatin1String("local") ? tr("This store") : location;
}

QString DeletionLogModel::describe(const cd::DeletionEntry &e)
{
    QStringList lines;
    lines << tr("Why: %1 %2").arg(reasonName(e.reason), e.reasonRef).trimmed();
    lines << tr("What: %1 (%2)").arg(categoryName(e.category), e.counts);
    lines << tr("Customer: %1").arg(e.subjectRef == QLatin1String("*") ? tr("several (see the records)") : e.subjectRef);
    lines << tr("Where: %1").arg(locationName(e.location));
    lines << tr("By: %1").arg(e.actorId == 0 ? tr("a console job") : e.actorName);
    if (!e.receiptId.isEmpty())
        lines << tr("Vendor receipt: %1").arg(e.receiptId);
    if (!e.digest.isEmpty())
        lines << tr("Digest of what was erased: %1").arg(e.digest);
    if (!e.recordIds.isEmpty())
        lines << tr("Records: %1").arg(e.recordIds);
    return lines.join(QLatin1Char('\n'));
}

QVariant DeletionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cd::DeletionEntry &e = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn: return e.seq;
        case TimeColumn: return cd::gui::formatDateTime(e.at, true);
        case WhyColumn: return e.reasonRef.isEmpty() ? reasonName(e.reason) : reasonName(e.reason) + QStringLiteral(" · ") + e.reasonRef;
        case WhatColumn: return categoryName(e.category) + QStringLiteral(" (") + e.counts + QLatin1Char(')');
        case WhereColumn: return locationName(e.location);
        case WhoColumn: return e.actorId == 0 ? tr("(job)") : e.actorName;
        case ReceiptColumn:
            if (e.receiptId.isEmpty())
                return e.location == QLatin1String("local") ? tr("(local, no receipt)") : QString();
            return e.digest.isEmpty() ? e.receiptId : e.receiptId + QStringLiteral(" · ") + cd::gui::shortHash(e.digest);
        case RecordsColumn: return e.subjectRef == QLatin1String("*") ? e.recordIds : e.subjectRef;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(e.at).toUTC().toString(Qt::ISODateWithMs);
        return describe(e);
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
    case Qt::FontRole:
        return brokenStyle(e.seq, role);
    default:
        break;
    }
    return {};
}

QVariant DeletionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn: return tr("No.", "deletion-log row number");
    case TimeColumn: return tr("Time");
    case WhyColumn: return tr("Why");
    case WhatColumn: return tr("What");
    case WhereColumn: return tr("Where");
    case WhoColumn: return tr("By");
    case ReceiptColumn: return tr("Vendor receipt");
    case RecordsColumn: return tr("Customer or records");
    }
    return {};
}

cd::Result<std::vector<cd::DeletionEntry>> DeletionLogModel::fetchPage(qint64 before)
{
    if (m_session.isLocked())
        return std::vector<cd::DeletionEntry>{};  // the console is locking: end quietly
    return cd::DeletionLog::page(m_session, m_filter, before, kPageSize);  // checks ViewAudit
}

void DeletionLogModel::setFilter(const cd::DeletionFilter &filter)
{
    m_filter = filter;
    restart(false);
}
