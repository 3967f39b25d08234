#include "DeviceTableModel.h"
#include "core/cameras/CameraInventory.h"

#include "ui/common/Gui.h"

#include <QFont>

DeviceTableModel::DeviceTableModel(cd::Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

QString DeviceTableModel::modeDisplayName(cd::CameraMode mode)
{
    switch (mode) {
    case cd::CameraMode::Off: return tr("Off", "camera mode");
    case cd::CameraMode::CountOnly: return tr("Count only", "camera mode: counts visitors, keeps no face data");
    case cd::CameraMode::IdentifyConsented:
        return tr("Identify consented", "camera mode: recognises only customers who gave separate consent");
    }
    return {};
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cd::DeviceRecord &d = m_rows[std::size_t(index.row())];
    if (role == ModeIdRole)
        return cd::cameraModeId(d.mode);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case VendorColumn: return m_vendorNames.value(d.vendorId, d.vendorCode);
        case DeviceColumn: return d.name.isEmpty() ? d.key : d.name;
        case ZoneColumn: return m_zoneNames.value(d.zoneId, d.zoneKey);
        case ModeColumn: return modeDisplayName(d.mode);
        case ChangedColumn: return cd::gui::formatDateTime(d.modeChangedAt);
        case ReasonColumn: return d.modeReason;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case VendorColumn: return d.vendorCode;
        case DeviceColumn: return d.key;
        case ReasonColumn: return d.modeReason;
        default: break;
        }
    }
    if (role == Qt::FontRole && index.column() == ModeColumn && cd::recognisesFaces(d.mode)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VendorColumn: return tr("Vendor");
    case DeviceColumn: return tr("Camera");
    case ZoneColumn: return tr("Zone", "camera zone");
    case ModeColumn: return tr("Mode", "camera mode");
    case ChangedColumn: return tr("Mode changed");
    case ReasonColumn: return tr("Reason given");
    }
    return {};
}

bool DeviceTableModel::reload()
{
    cd::CameraInventory inventory(m_session);
    auto devices = inventory.devices();
    auto zones = inventory.zones();
    auto vendors = inventory.vendors();
    if (!devices || !zones || !vendors) {
        m_lastError = !devices ? devices.error().message : !zones ? zones.error().message : vendors.error().message;
        return false;
    }
    m_lastError.clear();
    // The same cameras as before (the usual case): update in place, so the selection stays.
    bool sameRows = devices->size() == m_rows.size();
    for (std::size_t i = 0; sameRows && i < m_rows.size(); ++i)
        sameRows = devices.value()[i].id == m_rows[i].id;
    if (!sameRows)
        beginResetModel();
    m_rows = std::move(devices.value());
    m_zoneNames.clear();
    for (const cd::ZoneRecord &z : zones.value())
        m_zoneNames.insert(z.id, z.name.isEmpty() ? z.key : z.name);
    m_vendorNames.clear();
    for (const cd::VendorRecord &v : vendors.value())
        m_vendorNames.insert(v.id, v.name.isEmpty() ? v.code : v.name);
    if (!sameRows)
        endResetModel();
    else if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return true;
}

void DeviceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeviceTableModel::rowOf(const QString &vendorCode, const QString &deviceKey) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].vendorCode == vendorCode && m_rows[i].key == deviceKey)
            return int(i);
    }
    return -1;
}
