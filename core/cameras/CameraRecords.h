#pragma once
// What the console records about camera vendors: plain values shared by the camera services.
#include "core/domain/CameraMode.h"
#include "core/domain/Compliance.h"

#include <QMap>
#include <QString>
#include <optional>

namespace cd {

struct VendorRecord {
    qint64 id = 0;
    QString code, name, version, pluginFile;
    ProcessingLocation faceProcessing = ProcessingLocation::Undeclared;  // as its plugin's metadata declares
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
    CameraMode mode = CameraMode::Off;
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

} // namespace cd
