#include "CameraSigns.h"
#include "CameraInventory.h"
#include "core/access/Session.h"
#include "core/compliance/ComplianceGate.h"
#include "core/crypto/Crypto.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"

namespace cd {

Result<SignRecord> CameraSigns::addSign(qint64 zoneId, const QString &description, qint64 postedSince,
                                           const QByteArray &photo, qint64 noticeVersionId)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("sign.add")));
    if (description.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Describe what the sign says and where it is posted."));
    if (photo.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Attach a photo of the posted sign."));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    const qint64 now = m_session.clock().nowMs();
    const QString hash = crypto::sha256Hex(photo);
    auto q = db.query("INSERT INTO sign_records(zone_id, notice_version_id, description, posted_since, photo, "
                      "photo_sha256, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    q.bind(1, zoneId).bindOptional(2, noticeVersionId, noticeVersionId != 0).bind(3, description.trimmed());
    q.bind(4, postedSince > 0 ? postedSince : now).bindBlob(5, photo).bind(6, hash);
    q.bindOptional(7, m_session.user().id, m_session.user().id != 0).bind(8, now);
    auto r = q.run();
    if (!r)
        return r.error().code == ErrorCode::Conflict ? makeError(ErrorCode::NotFound, tr("The zone was not found."))
                                                     : r.error();
    const qint64 id = db.lastInsertRowId();
    CD_TRY(AuditLog::append(m_session, QStringLiteral("sign.add"), QStringLiteral("zone"), QString::number(zoneId),
                            QStringLiteral("sign %1 photo sha256 %2").arg(id).arg(hash)));
    CD_TRY(tx.commit());
    return SignRecord{id, zoneId, noticeVersionId, description.trimmed(), postedSince > 0 ? postedSince : now, hash, now};
}

Result<void> CameraSigns::retireSign(qint64 signId)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("sign.retire")));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("UPDATE sign_records SET retired_at = ?2 WHERE id = ?1 AND retired_at IS NULL");
    q.bind(1, signId).bind(2, m_session.clock().nowMs());
    CD_TRY(q.run());
    if (db.changes() == 0)
        return makeError(ErrorCode::NotFound, tr("The sign record was not found or is already retired."));
    CD_TRY(AuditLog::append(m_session, QStringLiteral("sign.retire"), QStringLiteral("sign"), QString::number(signId)));
    // Without a current sign no camera of the zone may see anyone (Art. 26), counting included:
    // they are switched off. VendorManager pushes the recorded mode to the vendor.
    auto devices = db.query(
        "SELECT d.id, v.code, d.device_key, d.mode FROM camera_devices d JOIN vendors v ON v.id = d.vendor_id "
        "WHERE d.mode <> ?3 AND d.zone_id = (SELECT zone_id FROM sign_records WHERE id = ?1) "
        "AND NOT EXISTS (SELECT 1 FROM sign_records s WHERE s.zone_id = d.zone_id AND s.retired_at IS NULL "
        "AND s.posted_since <= ?2)");
    devices.bind(1, signId).bind(2, m_session.clock().nowMs()).bind(3, cameraModeId(CameraMode::Off));
    struct Switched { qint64 id; QString name, mode; };
    std::vector<Switched> switched;
    for (;;) {
        auto row = devices.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        switched.push_back({devices.int64(0), devices.text(1) + QLatin1Char('/') + devices.text(2), devices.text(3)});
    }
    for (const Switched &d : switched) {
        auto q2 = db.query("UPDATE camera_devices SET mode = ?5, mode_changed_at = ?2, mode_changed_by = ?3, "
                           "mode_reason = ?4 WHERE id = ?1");
        q2.bind(1, d.id).bind(2, m_session.clock().nowMs()).bindOptional(3, m_session.user().id, m_session.user().id != 0);
        q2.bind(4, QStringLiteral("sign %1 retired").arg(signId)).bind(5, cameraModeId(CameraMode::Off));
        CD_TRY(q2.run());
        CD_TRY(AuditLog::append(m_session, QStringLiteral("camera.mode"), QStringLiteral("camera"), d.name,
                                QStringLiteral("%1 -> %2; reason: sign %3 retired")
                                    .arg(d.mode, cameraModeId(CameraMode::Off))
                                    .arg(signId)));
    }
    return tx.commit();
}

Result<int> CameraSigns::switchOffWhatLapsed(qint64 vendorId)
{
    if (!roleAllows(m_session.user().role, Permission::RunJobs))
        CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("camera.mode")));
    auto devices = CameraInventory(m_session).devices(vendorId);
    if (!devices)
        return devices.error();
    auto zones = CameraInventory(m_session).zones(vendorId);
    if (!zones)
        return zones.error();
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    int dropped = 0;
    for (const DeviceRecord &d : devices.value()) {
        if (!needsSign(d.mode))
            continue;
        QStringList why;
        bool signed_ = false;
        for (const ZoneRecord &z : zones.value())
            signed_ = signed_ || (z.id == d.zoneId && z.currentSign);
        if (!signed_)
            why << QStringLiteral("sign-missing");  // e.g. the vendor moved it to another zone
        if (recognisesFaces(d.mode)) {
            auto gaps = ComplianceGate(m_session).recognitionGaps(d);
            if (!gaps)
                return gaps.error();
            for (const ComplianceGap &g : gaps.value())
                why << gapKindId(g.kind);
        }
        if (why.isEmpty())
            continue;
        const QString reason = QStringLiteral("records lapsed: %1").arg(why.join(QLatin1Char(',')));
        // Counting still needs the sign; without one the camera goes off.
        const CameraMode fallback = signed_ ? CameraMode::CountOnly : CameraMode::Off;
        auto q = db.query("UPDATE camera_devices SET mode = ?2, mode_changed_at = ?3, mode_changed_by = ?4, "
                          "mode_reason = ?5 WHERE id = ?1");
        q.bind(1, d.id).bind(2, cameraModeId(fallback)).bind(3, m_session.clock().nowMs());
        q.bindOptional(4, m_session.user().id, m_session.user().id != 0).bind(5, reason);
        CD_TRY(q.run());
        CD_TRY(AuditLog::append(m_session, QStringLiteral("camera.mode"), QStringLiteral("camera"),
                                d.vendorCode + QLatin1Char('/') + d.key,
                                QStringLiteral("%1 -> %2; reason: %3")
                                    .arg(cameraModeId(d.mode), cameraModeId(fallback), reason)));
        ++dropped;
    }
    CD_TRY(tx.commit());
    return dropped;
}

Result<void> CameraSigns::checkModeAllowed(const DeviceRecord &device, CameraMode mode)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("camera.mode")));
    if (!needsSign(mode))
        return {};
    auto zoneList = CameraInventory(m_session).zones(device.vendorId);
    if (!zoneList)
        return zoneList.error();
    bool signed_ = false;
    for (const ZoneRecord &z : zoneList.value())
        signed_ = signed_ || (z.id == device.zoneId && z.currentSign);
    if (!signed_ && recognisesFaces(mode))
        return makeError(ErrorCode::Invalid,
                         tr("Camera %1 cannot recognise faces: its zone has no current sign record telling "
                            "customers about it (PIPL Art. 26). Record the posted sign with a photo first.")
                             .arg(device.name));
    if (!signed_)
        return makeError(ErrorCode::Invalid,
                         tr("Camera %1 cannot count people: its zone has no current sign record telling "
                            "customers that a camera is there (PIPL Art. 26). Record the posted sign with a "
                            "photo first.").arg(device.name));
    if (!recognisesFaces(mode))
        return {};
    auto purposes = m_session.db().queryInt(
        "SELECT count(*) FROM purposes WHERE active = 1 AND separate_consent_required = 1");
    if (!purposes)
        return purposes.error();
    if (purposes.value() == 0)
        return makeError(ErrorCode::Invalid,
                         tr("Camera %1 cannot recognise faces: no purpose asks for separate consent to face data "
                            "(PIPL Art. 29).").arg(device.name));
    // The zone's impact assessment and the vendor's agreement (Art. 21, 55).
    return ComplianceGate(m_session).checkRecognition(device);
}

Result<void> CameraSigns::recordModeChange(const DeviceRecord &device, CameraMode mode, const QString &reason)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("camera.mode")));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("UPDATE camera_devices SET mode = ?2, mode_changed_at = ?3, mode_changed_by = ?4, "
                      "mode_reason = ?5 WHERE id = ?1");
    q.bind(1, device.id).bind(2, cameraModeId(mode)).bind(3, m_session.clock().nowMs());
    q.bindOptional(4, m_session.user().id, m_session.user().id != 0).bind(5, reason);
    CD_TRY(q.run());
    CD_TRY(AuditLog::append(m_session, QStringLiteral("camera.mode"), QStringLiteral("camera"),
                            device.vendorCode + QLatin1Char('/') + device.key,
                            QStringLiteral("%1 -> %2; reason: %3").arg(cameraModeId(device.mode), cameraModeId(mode), reason.left(200))));
    return tx.commit();
}

} // namespace cd
