#pragma once
// What the console knows and decides about cameras: vendors, zones, devices and their modes, the
// signs posted at each zone, who is enrolled where, and the vendor erasures still owed. The rules
// that gate face recognition live here (not in the UI): a zone needs a current sign record and a
// separate-consent purpose before identify-consented; only subjects with a valid separate consent
// (and a guardian's, under 14) are enrolled. Talking to vendors is analytics/VendorManager's job.
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <optional>
#include <vector>

namespace cd {

class Database;
class Session;

struct VendorRecord {
    qint64 id = 0;
    QString code, name, version, pluginFile;
};

struct SignRecord {
    qint64 id = 0;
    qint64 zoneId = 0;
    qint64 noticeVersionId = 0;
    QString description;  // what is posted, in words
    qint64 postedSince = 0;
    QString photoSha256;  // of the photo attachment
    qint64 createdAt = 0;
};

struct ZoneRecord {
    qint64 id = 0;
    qint64 vendorId = 0;
    QString key, name;
    std::optional<SignRecord> currentSign;
};

struct DeviceRecord {
    qint64 id = 0;
    qint64 vendorId = 0;
    QString vendorCode;
    QString key, name;
    qint64 zoneId = 0;
    QString zoneKey;
    QString mode;  // "off", "count-only", "identify-consented"
    qint64 modeChangedAt = 0;
    QString modeReason;
};

struct VendorJob {
    qint64 id = 0;
    qint64 vendorId = 0;
    QString vendorCode;
    qint64 subjectId = 0;
    QString pseudonym;
    QString op;  // "erase-subject" or "purge-before"
    qint64 purgeBefore = 0;
    QString reason, reasonRef;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    QString lastError;
    qint64 createdAt = 0;
};

struct VisitorCountRow {
    QString vendorCode;
    QString zoneKey;
    qint64 hourStart = 0;
    qint64 visitors = 0;
};

struct ErasureProof {  // a vendor's receipt, checked by the caller
    QString receiptId;
    QMap<QString, qint64> counts;
    QString digestHex;
};

class CameraRegistry {
    Q_DECLARE_TR_FUNCTIONS(cd::CameraRegistry)
public:
    static constexpr qint64 kDefaultFilingThreshold = 100000;

    explicit CameraRegistry(Session &session) : m_session(session) {}

    // Called when a plugin host says hello; records (or refreshes) the vendor.
    Result<VendorRecord> upsertVendor(const QString &code, const QString &name, const QString &version,
                                      const QString &pluginFile);
    Result<std::vector<VendorRecord>> vendors();
    Result<VendorRecord> vendorByCode(const QString &code);
    // Records the vendor's zones and devices. A device new to the console starts 'off'.
    Result<void> syncInventory(qint64 vendorId, const std::vector<std::pair<QString, QString>> &zones,
                               const std::vector<DeviceRecord> &devices);
    Result<std::vector<ZoneRecord>> zones(qint64 vendorId = 0);
    Result<std::vector<DeviceRecord>> devices(qint64 vendorId = 0);
    Result<DeviceRecord> device(qint64 vendorId, const QString &deviceKey);

    Result<SignRecord> addSign(qint64 zoneId, const QString &description, qint64 postedSince,
                               const QByteArray &photo, qint64 noticeVersionId = 0);
    Result<void> retireSign(qint64 signId);

    // Gating: Invalid with the reason when the change is not allowed.
    Result<void> checkModeAllowed(const DeviceRecord &device, const QString &mode);
    // After the vendor confirmed the change. Audited with user and reason.
    Result<void> recordModeChange(const DeviceRecord &device, const QString &mode, const QString &reason);

    // The granted separate consent that allows enrolling the subject, or Invalid with the reason.
    Result<qint64> enrollmentConsent(qint64 subjectId);
    Result<void> recordEnrollment(qint64 subjectId, qint64 vendorId, qint64 consentId);
    Result<std::vector<std::pair<qint64, QString>>> activeEnrollments(qint64 vendorId);  // (subject id, pseudonym)
    // Subjects with a valid separate consent not yet enrolled at the vendor: (subject id, consent id).
    Result<std::vector<std::pair<qint64, qint64>>> awaitingEnrollment(qint64 vendorId);
    Result<QString> pseudonymOf(qint64 subjectId);

    // Vendor erasures owed: one job per vendor holding the subject (all vendors when vendorId is 0).
    Result<int> enqueueErase(qint64 subjectId, qint64 vendorId, const QString &reason, const QString &reasonRef);
    Result<std::vector<VendorJob>> pendingJobs(bool dueOnly, int limit = 100);
    // One transaction: job done, enrolment ended, deletion-log entry, audit entry.
    Result<void> completeJob(const VendorJob &job, const ErasureProof &proof);
    // Attempts+1, next attempt after a back-off (30 s doubling, at most 1 h).
    Result<void> failJob(const VendorJob &job, const QString &error);

    // De-duplicated number of people whose face data some vendor holds (enrolled, or erasure not
    // yet confirmed), and the filing threshold (a setting, default 100,000).
    Result<qint64> faceDataHolders();
    Result<qint64> filingThreshold();
    Result<void> setFilingThreshold(qint64 threshold);

    Result<void> storeVisitorCounts(qint64 vendorId, const std::vector<VisitorCountRow> &counts);
    Result<std::vector<VisitorCountRow>> visitorCounts(qint64 sinceHour);
    Result<QString> countsCursor(qint64 vendorId);
    Result<void> setCountsCursor(qint64 vendorId, const QString &cursor);

    // Used by ConsentService when a face consent ends: erasures for every vendor holding the
    // subject, unless another granted separate consent still covers them.
    static Result<int> enqueueEraseIfNoFaceConsentLeft(Database &db, qint64 subjectId, const QString &reason,
                                                       const QString &reasonRef, qint64 now);

private:
    Result<QString> meta(const QString &key);
    Result<void> setMeta(const QString &key, const QString &value);
    Session &m_session;
};

} // namespace cd
