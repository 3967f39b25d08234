#include "CameraRegistry.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/DeletionLog.h"
#include "core/access/Session.h"
#include "core/crypto/Crypto.h"
#include "core/domain/Records.h"
#include "core/store/Database.h"

namespace cd {

namespace {

#define DEVICE_SELECT                                                                                        \
    "SELECT d.id, d.vendor_id, v.code, d.device_key, d.name, coalesce(d.zone_id, 0), coalesce(z.zone_key, ''), " \
    "d.mode, coalesce(d.mode_changed_at, 0), coalesce(d.mode_reason, '') FROM camera_devices d "              \
    "JOIN vendors v ON v.id = d.vendor_id LEFT JOIN camera_zones z ON z.id = d.zone_id "

DeviceRecord readDevice(const Query &q)
{
    return DeviceRecord{q.int64(0), q.int64(1), q.text(2), q.text(3), q.text(4), q.int64(5),
                        q.text(6), q.text(7), q.int64(8), q.text(9)};
}

const QString kModeOff = QStringLiteral("off");
const QString kModeCount = QStringLiteral("count-only");
const QString kModeIdentify = QStringLiteral("identify-consented");

} // namespace

Result<VendorRecord> CameraRegistry::upsertVendor(const QString &code, const QString &name, const QString &version,
                                                  const QString &pluginFile)
{
    CD_TRY(m_session.ensureUnlocked());
    Database &db = m_session.db();
    auto existing = vendorByCode(code);
    Transaction tx(db);
    CD_TRY(tx.begin());
    if (existing) {
        if (existing->name != name || existing->version != version || existing->pluginFile != pluginFile) {
            auto q = db.query("UPDATE vendors SET name = ?2, version = ?3, plugin_file = ?4 WHERE id = ?1");
            q.bind(1, existing->id).bind(2, name).bind(3, version).bind(4, pluginFile);
            CD_TRY(q.run());
            CD_TRY(AuditLog::append(m_session, QStringLiteral("vendor.update"), QStringLiteral("vendor"), code,
                                    QStringLiteral("version %1").arg(version)));
        }
    } else {
        auto q = db.query("INSERT INTO vendors(code, name, version, plugin_file, added_at) VALUES (?1, ?2, ?3, ?4, ?5)");
        q.bind(1, code).bind(2, name).bind(3, version).bind(4, pluginFile).bind(5, m_session.clock().nowMs());
        CD_TRY(q.run());
        CD_TRY(AuditLog::append(m_session, QStringLiteral("vendor.add"), QStringLiteral("vendor"), code,
                                QStringLiteral("version %1").arg(version)));
    }
    CD_TRY(tx.commit());
    return vendorByCode(code);
}

Result<std::vector<VendorRecord>> CameraRegistry::vendors()
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT id, code, name, version, plugin_file FROM vendors ORDER BY code");
    return q.collect([](const Query &row) {
        return VendorRecord{row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4)};
    });
}

Result<VendorRecord> CameraRegistry::vendorByCode(const QString &code)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT id, code, name, version, plugin_file FROM vendors WHERE code = ?1");
    q.bind(1, code);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("There is no camera vendor %1.").arg(code))));
    return VendorRecord{q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4)};
}

Result<void> CameraRegistry::syncInventory(qint64 vendorId, const std::vector<std::pair<QString, QString>> &zones,
                                           const std::vector<DeviceRecord> &devices)
{
    CD_TRY(m_session.ensureUnlocked());
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
                            "VALUES (?1, ?2, ?3, 'off')");
        ins.bind(1, vendorId).bind(2, d.key).bind(3, d.name);
        CD_TRY(ins.run());
        auto upd = db.query("UPDATE camera_devices SET name = ?3, zone_id = (SELECT id FROM camera_zones "
                            "WHERE vendor_id = ?1 AND zone_key = ?4) WHERE vendor_id = ?1 AND device_key = ?2");
        upd.bind(1, vendorId).bind(2, d.key).bind(3, d.name).bind(4, d.zoneKey);
        CD_TRY(upd.run());
    }
    return tx.commit();
}

Result<std::vector<ZoneRecord>> CameraRegistry::zones(qint64 vendorId)
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

Result<std::vector<DeviceRecord>> CameraRegistry::devices(qint64 vendorId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query(DEVICE_SELECT "WHERE ?1 = 0 OR d.vendor_id = ?1 ORDER BY v.code, d.device_key");
    q.bind(1, vendorId);
    return q.collect(readDevice);
}

Result<DeviceRecord> CameraRegistry::device(qint64 vendorId, const QString &deviceKey)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query(DEVICE_SELECT "WHERE d.vendor_id = ?1 AND d.device_key = ?2");
    q.bind(1, vendorId).bind(2, deviceKey);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("There is no camera %1.").arg(deviceKey))));
    return readDevice(q);
}

Result<SignRecord> CameraRegistry::addSign(qint64 zoneId, const QString &description, qint64 postedSince,
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

Result<void> CameraRegistry::retireSign(qint64 signId)
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
    // Without a current sign the zone may not recognise faces (Art. 26): its cameras fall back to
    // counting. VendorManager pushes the recorded mode to the vendor.
    auto devices = db.query(
        "SELECT d.id, v.code, d.device_key FROM camera_devices d JOIN vendors v ON v.id = d.vendor_id "
        "WHERE d.mode = 'identify-consented' AND d.zone_id = (SELECT zone_id FROM sign_records WHERE id = ?1) "
        "AND NOT EXISTS (SELECT 1 FROM sign_records s WHERE s.zone_id = d.zone_id AND s.retired_at IS NULL "
        "AND s.posted_since <= ?2)");
    devices.bind(1, signId).bind(2, m_session.clock().nowMs());
    std::vector<std::pair<qint64, QString>> downgraded;
    for (;;) {
        auto row = devices.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        downgraded.emplace_back(devices.int64(0), devices.text(1) + QLatin1Char('/') + devices.text(2));
    }
    for (const auto &[id, name] : downgraded) {
        auto q2 = db.query("UPDATE camera_devices SET mode = 'count-only', mode_changed_at = ?2, mode_changed_by = ?3, "
                           "mode_reason = ?4 WHERE id = ?1");
        q2.bind(1, id).bind(2, m_session.clock().nowMs()).bindOptional(3, m_session.user().id, m_session.user().id != 0);
        q2.bind(4, QStringLiteral("sign %1 retired").arg(signId));
        CD_TRY(q2.run());
        CD_TRY(AuditLog::append(m_session, QStringLiteral("camera.mode"), QStringLiteral("camera"), name,
                                QStringLiteral("identify-consented -> count-only; reason: sign %1 retired").arg(signId)));
    }
    return tx.commit();
}

Result<void> CameraRegistry::checkModeAllowed(const DeviceRecord &device, const QString &mode)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("camera.mode")));
    if (mode != kModeOff && mode != kModeCount && mode != kModeIdentify)
        return makeError(ErrorCode::Usage, tr("Unknown camera mode %1.").arg(mode));
    if (mode != kModeIdentify)
        return {};
    auto zoneList = zones(device.vendorId);
    if (!zoneList)
        return zoneList.error();
    bool signed_ = false;
    for (const ZoneRecord &z : zoneList.value())
        signed_ = signed_ || (z.id == device.zoneId && z.currentSign);
    if (!signed_)
        return makeError(ErrorCode::Invalid,
                         tr("Camera %1 cannot recognise faces: its zone has no current sign record telling "
                            "customers about it (PIPL Art. 26). Record the posted sign with a photo first.")
                             .arg(device.name));
    auto purposes = m_session.db().queryInt(
        "SELECT count(*) FROM purposes WHERE active = 1 AND separate_consent_required = 1");
    if (!purposes)
        return purposes.error();
    if (purposes.value() == 0)
        return makeError(ErrorCode::Invalid,
                         tr("Camera %1 cannot recognise faces: no purpose asks for separate consent to face data "
                            "(PIPL Art. 29).").arg(device.name));
    return {};
}

Result<void> CameraRegistry::recordModeChange(const DeviceRecord &device, const QString &mode, const QString &reason)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("camera.mode")));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("UPDATE camera_devices SET mode = ?2, mode_changed_at = ?3, mode_changed_by = ?4, "
                      "mode_reason = ?5 WHERE id = ?1");
    q.bind(1, device.id).bind(2, mode).bind(3, m_session.clock().nowMs());
    q.bindOptional(4, m_session.user().id, m_session.user().id != 0).bind(5, reason);
    CD_TRY(q.run());
    CD_TRY(AuditLog::append(m_session, QStringLiteral("camera.mode"), QStringLiteral("camera"),
                            device.vendorCode + QLatin1Char('/') + device.key,
                            QStringLiteral("%1 -> %2; reason: %3").arg(device.mode, mode, reason.left(200))));
    return tx.commit();
}

Result<qint64> CameraRegistry::enrollmentConsent(qint64 subjectId)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("camera.enroll")));
    auto q = m_session.db().query(
        "SELECT c.id, c.separate_consent, s.birth_date, s.age_band, c.guardian_consent, c.needs_renewal FROM consents c "
        "JOIN purposes p ON p.id = c.purpose_id JOIN subjects s ON s.id = c.subject_id "
        "WHERE c.subject_id = ?1 AND +c.status = 'granted' AND p.separate_consent_required = 1 AND p.active = 1 "
        "ORDER BY c.id DESC");
    q.bind(1, subjectId);
    const QDate today = m_session.clock().today();
    QString reason = tr("The customer has not given separate consent to face recognition (PIPL Art. 29).");
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        if (q.int64(1) == 0)
            continue;
        if (isUnder14(q.text(2), q.text(3), today) && q.int64(4) == 0) {
            reason = tr("The customer is under 14 and no guardian has consented (PIPL Art. 31).");
            continue;
        }
        if (q.int64(5) != 0) {
            reason = tr("The customer's consent to face recognition must be renewed under the current notice first.");
            continue;
        }
        return q.int64(0);
    }
    return makeError(ErrorCode::Invalid, reason);
}

Result<void> CameraRegistry::recordEnrollment(qint64 subjectId, qint64 vendorId, qint64 consentId)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("camera.enroll")));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("INSERT INTO enrollments(subject_id, vendor_id, consent_id, enrolled_at) VALUES (?1, ?2, ?3, ?4)");
    q.bind(1, subjectId).bind(2, vendorId).bind(3, consentId).bind(4, m_session.clock().nowMs());
    CD_TRY(q.run());
    auto pseudonym = db.query("SELECT s.pseudonym, v.code FROM subjects s, vendors v WHERE s.id = ?1 AND v.id = ?2");
    pseudonym.bind(1, subjectId).bind(2, vendorId);
    CD_TRY(pseudonym.single());
    CD_TRY(AuditLog::append(m_session, QStringLiteral("camera.enroll"), QStringLiteral("subject"), pseudonym.text(0),
                            QStringLiteral("vendor %1 consent %2").arg(pseudonym.text(1)).arg(consentId)));
    return tx.commit();
}

Result<std::vector<std::pair<qint64, QString>>> CameraRegistry::activeEnrollments(qint64 vendorId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT DISTINCT e.subject_id, s.pseudonym FROM enrollments e "
                                  "JOIN subjects s ON s.id = e.subject_id WHERE e.vendor_id = ?1 AND e.ended_at IS NULL");
    q.bind(1, vendorId);
    return q.collect([](const Query &row) { return std::make_pair(row.int64(0), row.text(1)); });
}

Result<std::vector<std::pair<qint64, qint64>>> CameraRegistry::awaitingEnrollment(qint64 vendorId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query(
        "SELECT c.subject_id, c.id, s.birth_date, s.age_band, c.guardian_consent FROM consents c "
        "JOIN purposes p ON p.id = c.purpose_id JOIN subjects s ON s.id = c.subject_id WHERE c.status = 'granted' "
        "AND c.separate_consent = 1 AND c.needs_renewal = 0 AND p.separate_consent_required = 1 AND p.active = 1 "
        "AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.subject_id = c.subject_id AND e.vendor_id = ?1 "
        "AND e.ended_at IS NULL) AND NOT EXISTS (SELECT 1 FROM vendor_jobs j WHERE j.subject_id = c.subject_id "
        "AND j.vendor_id = ?1 AND j.state = 'pending') ORDER BY c.subject_id, c.id DESC");
    q.bind(1, vendorId);
    const QDate today = m_session.clock().today();
    std::vector<std::pair<qint64, qint64>> out;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        if (!out.empty() && out.back().first == q.int64(0))
            continue;  // the newest valid consent per subject is enough
        if (isUnder14(q.text(2), q.text(3), today) && q.int64(4) == 0)
            continue;
        out.emplace_back(q.int64(0), q.int64(1));
    }
    return out;
}

Result<QString> CameraRegistry::pseudonymOf(qint64 subjectId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT pseudonym FROM subjects WHERE id = ?1");
    q.bind(1, subjectId);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("The customer was not found."))));
    return q.text(0);
}

Result<int> CameraRegistry::enqueueErase(qint64 subjectId, qint64 vendorId, const QString &reason,
                                         const QString &reasonRef)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("vendor.erase")));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("INSERT INTO vendor_jobs(vendor_id, subject_id, op, reason, reason_ref, next_attempt_at, "
                      "created_at) SELECT id, ?1, 'erase-subject', ?3, ?4, ?5, ?5 FROM vendors "
                      "WHERE (?2 = 0 OR id = ?2) AND NOT EXISTS (SELECT 1 FROM vendor_jobs j WHERE j.vendor_id = "
                      "vendors.id AND j.subject_id = ?1 AND j.state = 'pending')");
    q.bind(1, subjectId).bind(2, vendorId).bind(3, reason).bind(4, reasonRef).bind(5, m_session.clock().nowMs());
    CD_TRY(q.run());
    const int added = db.changes();
    CD_TRY(AuditLog::append(m_session, QStringLiteral("vendor.erase-requested"), QStringLiteral("subject"),
                            QString::number(subjectId), QStringLiteral("%1 jobs; reason %2").arg(added).arg(reason)));
    CD_TRY(tx.commit());
    return added;
}

Result<int> CameraRegistry::enqueueEraseIfNoFaceConsentLeft(Database &db, qint64 subjectId, const QString &reason,
                                                            const QString &reasonRef, qint64 now)
{
    auto left = db.query("SELECT count(*) FROM consents c JOIN purposes p ON p.id = c.purpose_id WHERE "
                         "c.subject_id = ?1 AND +c.status = 'granted' AND c.separate_consent = 1 "
                         "AND p.separate_consent_required = 1");
    left.bind(1, subjectId);
    CD_TRY(left.single());
    if (left.int64(0) > 0)
        return 0;
    auto q = db.query("INSERT INTO vendor_jobs(vendor_id, subject_id, op, reason, reason_ref, next_attempt_at, "
                      "created_at) SELECT DISTINCT e.vendor_id, ?1, 'erase-subject', ?2, ?3, ?4, ?4 FROM enrollments e "
                      "WHERE e.subject_id = ?1 AND e.ended_at IS NULL AND NOT EXISTS (SELECT 1 FROM vendor_jobs j "
                      "WHERE j.vendor_id = e.vendor_id AND j.subject_id = ?1 AND j.state = 'pending')");
    q.bind(1, subjectId).bind(2, reason).bind(3, reasonRef).bind(4, now);
    CD_TRY(q.run());
    return db.changes();
}

Result<std::vector<VendorJob>> CameraRegistry::pendingJobs(bool dueOnly, int limit)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query(
        "SELECT j.id, j.vendor_id, v.code, coalesce(j.subject_id, 0), coalesce(s.pseudonym, ''), j.op, "
        "coalesce(j.purge_before, 0), j.reason, j.reason_ref, j.attempts, j.next_attempt_at, "
        "coalesce(j.last_error, ''), j.created_at FROM vendor_jobs j JOIN vendors v ON v.id = j.vendor_id "
        "LEFT JOIN subjects s ON s.id = j.subject_id WHERE j.state = 'pending' AND (?1 = 0 OR j.next_attempt_at <= ?2) "
        "ORDER BY j.next_attempt_at, j.id LIMIT ?3");
    q.bind(1, dueOnly).bind(2, m_session.clock().nowMs()).bind(3, limit);
    return q.collect([](const Query &row) {
        return VendorJob{row.int64(0), row.int64(1), row.text(2), row.int64(3), row.text(4), row.text(5), row.int64(6),
                         row.text(7), row.text(8), int(row.int64(9)), row.int64(10), row.text(11), row.int64(12)};
    });
}

Result<void> CameraRegistry::completeJob(const VendorJob &job, const ErasureProof &proof)
{
    CD_TRY(m_session.ensureUnlocked());
    Database &db = m_session.db();
    const qint64 now = m_session.clock().nowMs();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto done = db.query("UPDATE vendor_jobs SET state = 'done', done_at = ?2, receipt_id = ?3, last_error = NULL "
                         "WHERE id = ?1 AND state = 'pending'");
    done.bind(1, job.id).bind(2, now).bind(3, proof.receiptId);
    CD_TRY(done.run());
    if (db.changes() != 1)
        return makeError(ErrorCode::Conflict, tr("The vendor erasure was already recorded."));
    if (job.subjectId) {
        auto end = db.query("UPDATE enrollments SET ended_at = ?3 WHERE subject_id = ?1 AND vendor_id = ?2 "
                            "AND ended_at IS NULL");
        end.bind(1, job.subjectId).bind(2, job.vendorId).bind(3, now);
        CD_TRY(end.run());
    }
    DeletionEntry e;
    e.at = now;
    e.actorId = m_session.user().id;
    e.actorName = m_session.user().name;
    e.reason = job.reason;
    e.reasonRef = job.reasonRef;
    e.category = QStringLiteral("face-data");
    e.subjectRef = job.subjectId ? job.pseudonym : QStringLiteral("*");
    e.location = job.vendorCode;
    e.counts = DeletionLog::formatCounts(proof.counts);
    e.receiptId = proof.receiptId;
    e.digest = proof.digestHex;
    auto seq = DeletionLog::append(db, e);
    if (!seq)
        return seq.error();
    CD_TRY(AuditLog::append(m_session, QStringLiteral("vendor.erase"), QStringLiteral("subject"), e.subjectRef,
                            QStringLiteral("vendor %1 receipt %2 %3; deletion log %4")
                                .arg(job.vendorCode, proof.receiptId, e.counts).arg(seq.value())));
    return tx.commit();
}

Result<void> CameraRegistry::failJob(const VendorJob &job, const QString &error)
{
    CD_TRY(m_session.ensureUnlocked());
    const qint64 backoff = qMin<qint64>(30000LL << qMin(job.attempts, 7), 3600000);
    auto q = m_session.db().query("UPDATE vendor_jobs SET attempts = attempts + 1, next_attempt_at = ?2, "
                                  "last_error = ?3 WHERE id = ?1 AND state = 'pending'");
    q.bind(1, job.id).bind(2, m_session.clock().nowMs() + backoff).bind(3, error.left(300));
    return q.run();
}

Result<qint64> CameraRegistry::faceDataHolders()
{
    CD_TRY(m_session.ensureUnlocked());
    return m_session.db().queryInt(
        "SELECT count(*) FROM (SELECT subject_id FROM enrollments WHERE ended_at IS NULL UNION "
        "SELECT subject_id FROM vendor_jobs WHERE state = 'pending' AND subject_id IS NOT NULL)");
}

Result<QString> CameraRegistry::meta(const QString &key)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT value FROM meta WHERE key = ?1");
    q.bind(1, key);
    auto row = q.step();
    if (!row)
        return row.error();
    return row.value() ? q.text(0) : QString();
}

Result<void> CameraRegistry::setMeta(const QString &key, const QString &value)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
    q.bind(1, key).bind(2, value);
    return q.run();
}

Result<qint64> CameraRegistry::filingThreshold()
{
    auto v = meta(QStringLiteral("filing_threshold"));
    if (!v)
        return v.error();
    return v->isEmpty() ? kDefaultFilingThreshold : v->toLongLong();
}

Result<void> CameraRegistry::setFilingThreshold(qint64 threshold)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("filing.threshold")));
    if (threshold <= 0)
        return makeError(ErrorCode::Invalid, tr("The threshold must be a positive number."));
    CD_TRY(setMeta(QStringLiteral("filing_threshold"), QString::number(threshold)));
    return AuditLog::append(m_session, QStringLiteral("filing.threshold"), QStringLiteral("setting"),
                            QStringLiteral("filing_threshold"), QString::number(threshold));
}

Result<void> CameraRegistry::storeVisitorCounts(qint64 vendorId, const std::vector<VisitorCountRow> &counts)
{
    CD_TRY(m_session.ensureUnlocked());
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    for (const VisitorCountRow &c : counts) {
        auto q = db.query("INSERT OR REPLACE INTO visitor_counts(vendor_id, zone_key, hour_start, visitors) "
                          "VALUES (?1, ?2, ?3, ?4)");
        q.bind(1, vendorId).bind(2, c.zoneKey).bind(3, c.hourStart).bind(4, c.visitors);
        CD_TRY(q.run());
    }
    return tx.commit();
}

Result<std::vector<VisitorCountRow>> CameraRegistry::visitorCounts(qint64 sinceHour)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT v.code, c.zone_key, c.hour_start, c.visitors FROM visitor_counts c "
                                  "JOIN vendors v ON v.id = c.vendor_id WHERE c.hour_start >= ?1 "
                                  "ORDER BY c.hour_start, v.code, c.zone_key");
    q.bind(1, sinceHour);
    return q.collect([](const Query &row) {
        return VisitorCountRow{row.text(0), row.text(1), row.int64(2), row.int64(3)};
    });
}

Result<QString> CameraRegistry::countsCursor(qint64 vendorId)
{
    return meta(QStringLiteral("counts_cursor:%1").arg(vendorId));
}

Result<void> CameraRegistry::setCountsCursor(qint64 vendorId, const QString &cursor)
{
    return setMeta(QStringLiteral("counts_cursor:%1").arg(vendorId), cursor);
}

} // namespace cd
