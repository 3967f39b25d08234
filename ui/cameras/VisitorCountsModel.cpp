#include "VisitorCountsModel.h"

#include "core/cameras/CameraCounts.h"
#include "core/cameras/CameraInventory.h"
#include "core/access/Session.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
}

VisitorCountsModel::VisitorCountsModel(cd::Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

int VisitorCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kHours;
}

int VisitorCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_zones.size());
}

qint64 VisitorCountsModel::visitors(int row, int column) const
{
    if (row < 0 || row >= kHours || column < 0 || column >= int(m_zones.size()))
        return 0;
    return m_counts[std::size_t(row) * m_zones.size() + std::size_t(column)];
}

qint64 VisitorCountsModel::total() const
{
    qint64 sum = 0;
    for (qint64 v : m_counts)
        sum += v;
    return sum;
}

qint64 VisitorCountsModel::maxHourTotal() const
{
    qint64 best = 0;
    for (int r = 0; r < kHours; ++r) {
        qint64 sum = 0;
        for (int c = 0; c < int(m_zones.size()); ++c)
            sum += visitors(r, c);
        best = qMax(best, sum);
    }
    return best;
}

QVariant VisitorCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 v = visitors(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return v;  // a number: the chart's mapper reads it
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant VisitorCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= int(m_zones.size()))
            return QAbstractTableModel::headerData(section, orientation, role);
        const ZoneColumn &z = m_zones[std::size_t(section)];
        if (role == Qt::DisplayRole)
            return z.title;
        if (role == Qt::ToolTipRole)
            return tr("Zone %1 of vendor %2", "camera zone").arg(z.zoneKey, z.vendorCode);
        return {};
    }
    if (section < 0 || section >= kHours)
        return QAbstractTableModel::headerData(section, orientation, role);
    const qint64 start = m_firstHour + section * kHourMs;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(start).toLocalTime();
    switch (role) {
    case Qt::DisplayRole:
        return local.toString(QStringLiteral("HH:mm"));
    case Qt::ToolTipRole:
        return tr("%1 to %2", "an hour's time range")
            .arg(QLocale().toString(local, QLocale::ShortFormat),
                 local.addSecs(3600).time().toString(QStringLiteral("HH:mm")));
    case HourStartRole:
        return start;
    default:
        return {};
    }
}

bool VisitorCountsModel::reload()
{
    cd::CameraInventory inventory(m_session);
    const qint64 now = m_session.clock().nowMs();
    const qint64 firstHour = now - now % kHourMs - (kHours - 1) * kHourMs;
    auto rows = cd::CameraCounts(m_session).visitorCounts(firstHour);
    auto zones = inventory.zones();
    auto vendors = inventory.vendors();
    if (!rows || !zones || !vendors) {
        m_lastError = !rows ? rows.error().message : !zones ? zones.error().message : vendors.error().message;
        return false;
    }
    m_lastError.clear();

    // Columns: every known zone (stable, even at zero), then any zone only the counts name.
    QHash<qint64, QString> vendorCode;
    for (const cd::VendorRecord &v : vendors.value())
        vendorCode.insert(v.id, v.code);
    std::vector<ZoneColumn> columns;
    QSet<QString> seen;
    QHash<QString, int> titleUses;
    for (const cd::ZoneRecord &z : zones.value()) {
        const QString code = vendorCode.value(z.vendorId);
        columns.push_back({code, z.key, z.name.isEmpty() ? z.key : z.name});
        seen.insert(code + QLatin1Char('/') + z.key);
    }
    for (const cd::VisitorCountRow &r : rows.value()) {
        if (!seen.contains(r.vendorCode + QLatin1Char('/') + r.zoneKey)) {
            columns.push_back({r.vendorCode, r.zoneKey, r.zoneKey});
            seen.insert(r.vendorCode + QLatin1Char('/') + r.zoneKey);
        }
    }
    // Two vendors may both have an "Entrance": name the vendor then.
    for (const ZoneColumn &c : columns)
        ++titleUses[c.title];
    for (ZoneColumn &c : columns) {
        if (titleUses.value(c.title) > 1)
            c.title = QStringLiteral("%1 (%2)").arg(c.title, c.vendorCode);
    }
    QHash<QString, int> columnOf;
    for (int i = 0; i < int(columns.size()); ++i)
        columnOf.insert(columns[std::size_t(i)].vendorCode + QLatin1Char('/') + columns[std::size_t(i)].zoneKey, i);

    std::vector<qint64> counts(std::size_t(kHours) * columns.size(), 0);
    for (const cd::VisitorCountRow &r : rows.value()) {
        const qint64 row = (r.hourStart - firstHour) / kHourMs;
        if (row < 0 || row >= kHours)
            continue;
        const int column = columnOf.value(r.vendorCode + QLatin1Char('/') + r.zoneKey);
        counts[std::size_t(row) * columns.size() + std::size_t(column)] += r.visitors;
    }

    bool sameColumns = columns.size() == m_zones.size();
    for (std::size_t i = 0; sameColumns && i < columns.size(); ++i)
        sameColumns = columns[i].vendorCode == m_zones[i].vendorCode && columns[i].zoneKey == m_zones[i].zoneKey
            && columns[i].title == m_zones[i].title;
    if (!sameColumns) {
        beginResetModel();
        m_zones = std::move(columns);
        m_counts = std::move(counts);
        m_firstHour = firstHour;
        endResetModel();
        return true;
    }
    // Same shape: update in place, so views keep their scroll position and selection.
    const bool hoursMoved = firstHour != m_firstHour;
    const bool countsChanged = counts != m_counts;
    m_counts = std::move(counts);
    m_firstHour = firstHour;
    if (hoursMoved)
        emit headerDataChanged(Qt::Vertical, 0, kHours - 1);
    if ((hoursMoved || countsChanged) && !m_zones.empty())
        emit dataChanged(index(0, 0), index(kHours - 1, int(m_zones.size()) - 1));
    return true;
}

void VisitorCountsModel::retranslate()
{
    emit headerDataChanged(Qt::Vertical, 0, kHours - 1);
    if (!m_zones.empty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_zones.size()) - 1);
}
