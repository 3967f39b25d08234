#pragma once
// The vendors, zones and devices the console knows. Recording what a vendor reports is
// bookkeeping (not a user's decision), so it is not refused for any role.
#include "CameraRecords.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Session;

class CameraInventory {
    Q_DECLARE_TR_FUNCTIONS(cd::CameraInventory)
public:
    explicit CameraInventory(Session &session) : m_session(session) {}

    // Called when a plugin host says hello; records (or refreshes) the vendor, with where its
    // plugin's checked metadata says it processes face data.
    Result<VendorRecord> upsertVendor(const QString &code, const QString &name, const QString &version,
                                      const QString &pluginFile,
                                      ProcessingLocation faceProcessing = ProcessingLocation::Undeclared);
    Result<std::vector<VendorRecord>> vendors();
    Result<VendorRecord> vendorByCode(const QString &code);
    // Records the vendor's zones (key, name) and devices. A device new to the console starts off.
    Result<void> syncInventory(qint64 vendorId, const std::vector<std::pair<QString, QString>> &zones,
                               const std::vector<DeviceRecord> &devices);
    // Zones with their current sign record, if any (vendorId 0: every vendor).
    Result<std::vector<ZoneRecord>> zones(qint64 vendorId = 0);
    Result<std::vector<DeviceRecord>> devices(qint64 vendorId = 0);
    Result<DeviceRecord> device(qint64 vendorId, const QString &deviceKey);

private:
    Session &m_session;
};

} // namespace cd
