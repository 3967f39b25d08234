#pragma once
// The cameras the console knows, one row each: vendor, camera, zone, mode, and when and why the
// mode last changed. Read from CameraInventory; reload() after anything changed.
#include "core/cameras/CameraRecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace cd { class Session; }

class DeviceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { VendorColumn, DeviceColumn, ZoneColumn, ModeColumn, ChangedColumn, ReasonColumn, ColumnCount };
    enum { ModeIdRole = Qt::UserRole + 1 };  // cd::cameraModeId() of the mode

    explicit DeviceTableModel(cd::Session &session, QObject *parent = nullptr);

    // The translated name of a camera mode id.
    static QString modeDisplayName(cd::CameraMode mode);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the devices, zones and vendors. Returns false (and keeps the rows) on a read error.
    bool reload();
    void retranslate();
    QString lastError() const { return m_lastError; }

    const cd::DeviceRecord &device(int row) const { return m_rows[std::size_t(row)]; }
    int rowOf(const QString &vendorCode, const QString &deviceKey) const;
    QString zoneName(qint64 zoneId) const { return m_zoneNames.value(zoneId); }

private:
    cd::Session &m_session;
    std::vector<cd::DeviceRecord> m_rows;
    QHash<qint64, QString> m_zoneNames;
    QHash<qint64, QString> m_vendorNames;
    QString m_lastError;
};
