#pragma once
// Signs posted at camera zones (PIPL Art. 26) and the gate on camera modes: a camera may be on
// (counting or recognising) only in a zone with a current sign record, and recognise faces only
// while some purpose asks for separate consent to face data (Art. 29). Talking to the vendor is VendorManager's job.
#include "CameraRecords.h"
#include "core/base/Result.h"

#include <QCoreApplication>

namespace cd {

class Session;

class CameraSigns {
    Q_DECLARE_TR_FUNCTIONS(cd::CameraSigns)
public:
    explicit CameraSigns(Session &session) : m_session(session) {}

    Result<SignRecord> addSign(qint64 zoneId, const QString &description, qint64 postedSince,
                               const QByteArray &photo, qint64 noticeVersionId = 0);
    // Cameras of a zone left without a current sign are switched off (recorded here).
    Result<void> retireSign(qint64 signId);

    // What the gate would refuse today is stopped where it already runs: a camera on in a zone
    // without a current sign goes off (e.g. the vendor moved it, or an older store); a camera
    // recognising faces whose zone's assessment or vendor's agreement has lapsed falls back to
    // count-only (off without a sign). Recorded and audited here; VendorManager pushes the
    // recorded modes. For the jobs round (RunJobs) and officers. Returns how many changed.
    Result<int> switchOffWhatLapsed(qint64 vendorId);

    // Invalid with the reason when the change is not allowed.
    Result<void> checkModeAllowed(const DeviceRecord &device, CameraMode mode);
    // After the vendor confirmed the change. Audited with user and reason.
    Result<void> recordModeChange(const DeviceRecord &device, CameraMode mode, const QString &reason);

private:
    Session &m_session;
};

} // namespace cd
