#include "CameraInventory.h"
#include "core/access/Session.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"

namespace cd {

namespace {

#define DEVICE_SELECT                                                                                        \
    "SELECT d.id, d.vendor_id, v.code, d.device_key, d.name, coalesce(d.zone_id, 0), coalesce(z.zone_key, ''), " \
    "d.mode, coalesce(d.mode_changed_at, 0), coalesce(d.mode_reason, '') FROM camera_devices d "              \
    "JOIN vendors v ON v.id = d.vendor_id LEFT JOIN camera_zones z ON z.id = d.zone_id "

DeviceRecord readDevice(const Query &q)
{
    // The schema's CHECK admits only the three ids; off is the safe reading of anything else.
    return DeviceRecord{q.int64(0), q.int64(1), q.text(2), q.text(3), q.text(4), q.int64(5), q.text(6),
                        cameraModeFromId(q.text(7)).value_or(CameraMode::Off), q.int64(8), q.text(9)};
}

VendorRecord readVendor(const Query &q)
{
    // The schema's CHECK admits only the known ids; undeclared is the safe reading of anything else.
    return VendorRecord{q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4),
                        processingLocationFromId(q.text(5)).value_or(ProcessingLocation::Undeclared)};
}

} // namespace

Result<VendorRecord> CameraInventory::upsertVendor(const QString &code, const QString &name, const QString &version,
                                                  const QString &pluginFile, ProcessingLocation faceProcessing)
{
    // Bookkeeping by the console's jobs: roles without RunJobs never write here (VendorManager asks first).
    CD_TRY(m_session.require(Permission::RunJobs, QStringLiteral("vendor.sync")));
    Database &db = m_session.db();
    auto existing = vendorByCode(code);
    Transaction tx(db);
    CD_TRY(tx.begin());
    if (existing) {
        if (existing->name != name || existing->version != version || existing->pluginFile != pluginFile
            || existing->faceProcessing != faceProcessing) {
            auto q = db.query("UPDATE vendors SET name = ?2, version = ?3, plugin_file = ?4, face_processing = ?5 "
                              "WHERE id = ?1");
            q.bind(1, existing->id).bind(2, name).bind(3, version).bind(4, pluginFile);
            q.bind(5, processingLocationId(faceProcessing));
            CD_TRY(q.run());
            CD_TRY(AuditLog::append(m_session, QStringLiteral("vendor.update"), QStringLiteral("vendor"), code,
                                    QStringLiteral("version %1; face processing %2")
                                        .arg(version, processingLocationId(faceProcessing))));
        }
    } else {
        auto q = db.query("INSERT INTO vendors(code, name, version, plugin_file, added_at, face_processing) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        q.bind(1, code).bind(2, name).bind(3, version).bind(4, pluginFile).bind(5, m_session.clock().nowMs());
        q.bind(6, processingLocationId(faceProcessing));
        CD_TRY(q.run());
        CD_TRY(AuditLog::append(m_session, QStringLiteral("vendor.add"), QStringLiteral("vendor"), code,
                                QStringLiteral("version %1; face processing %2")
                                    .arg(version, processingLocationId(faceProcessing))));
    }
    CD_TRY(tx.commit());
    return vendorByCode(code);
}

Result<std::vector<VendorRecord>> CameraInventory::vendors()
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT id, code, name, version, plugin_file, face_processing FROM vendors ORDER BY code");
    return q.collect(readVendor);
}

Result<VendorRecord> CameraInventory::vendorByCode(const QString &code)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT id, code, name, version, plugin_file, face_processing FROM vendors WHERE code = ?1");
    q.bind(1, code);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("There is no camera vendor %1.").arg(code))));
    return readVendor(q);
}

Result<void> CameraInventory::syncInventory(qint64 vendorId, const std::vector<std::pair<QString, QString>> &zones,
                                           const std::vector<DeviceRecord> &devices)
{
    CD_TRY(m_session.require(Permission::RunJobs, QStringLiteral("vendor.sync")));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    for (const auto &[key, name] : zones) {
        // SQLite 3.15 has no UPSERT: insert if new, then refresh the name.
        auto ins = db.query("INSERT OR IGNORE INTO camera_zones(vendor_id, zone_key, name) VALUES (?1, ?2, ?3)");
        ins.bind(1, vendorId).bind(2, key).bind(3, name);
        CD_TRY(ins.run());
        auto upd = db.query("UPDATE camera_zones SET name = ?3 WHERE vendor_id = ?1 AND zone_key = ?2");
        upd.bind(1, vendorId).bind(2, key).bind(3, name);
        CD_TRY(upd.run());
    }
    for (const DeviceRecord &d : devices) {
        auto ins = db.query("INSERT OR IGNORE INTO camera_devices(vendor_id, device_key, name, mode) "
                            "VALUES (?1, ?2, ?3, ?4)");
        ins.bind(1, vendorId).bind(2, d.key).bind(3, d.name).bind(4, cameraModeId(CameraMode::Off));
        CD_TRY(ins.run());
        auto upd = db.query("UPDATE camera_devices SET name = ?3, zone_id = (SELECT id FROM camera_zones "
                            "WHERE vendor_id = ?1 AND zone_key = ?4) WHERE vendor_id = ?1 AND device_key = ?2");
        upd.bind(1, vendorId).bind(2, d.key).bind(3, d.name).bind(4, d.zoneKey);
        CD_TRY(upd.run());
    }
    return tx.commit();
}

Result<std::vector<ZoneRecord>> CameraInventory::zones(qint64 vendorId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query(
        "SELECT z.id, z.vendor_id, z.zone_key, z.name, s.id, coalesce(s.notice_version_id, 0), s.description, "
        "s.posted_since, coalesce(s.photo_sha256, ''), s.created_at FROM camera_zones z "
        "LEFT JOIN sign_records s ON s.id = (SELECT id FROM sign_records WHERE zone_id = z.id AND retired_at IS NULL "
        "AND posted_since <= ?2 ORDER BY posted_since DESC LIMIT 1) "
        "WHERE ?1 = 0 OR z.vendor_id = ?1 ORDER BY z.vendor_id, z.zone_key");
    q.bind(1, vendorId).bind(2, m_session.clock().nowMs());
    return q.collect([](const Query &row) {
        ZoneRecord z{row.int64(0), row.int64(1), row.text(2), row.text(3), std::nullopt};
        if (!row.isNull(4))
            z.currentSign = SignRecord{row.int64(4), z.id, row.int64(5), row.text(6), row.int64(7), row.text(8), row.int64(9)};
        return z;
    });
}

Result<std::vector<DeviceRecord>> CameraInventory::devices(qint64 vendorId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query(DEVICE_SELECT "WHERE ?1 = 0 OR d.vendor_id = ?1 ORDER BY v.code, d.device_key");
    q.bind(1, vendorId);
    return q.collect(readDevice);
}

Result<DeviceRecord> CameraInventory::device(qint64 vendorId, const QString &deviceKey)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query(DEVICE_SELECT "WHERE d.vendor_id = ?1 AND d.device_key = ?2");
    q.bind(1, vendorId).bind(2, deviceKey);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("There is no camera %1.").arg(deviceKey))));
    return readDevice(q);
}

} // namespace cd
