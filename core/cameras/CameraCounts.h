#pragma once
// Numbers, not people: aggregate visitor counts per zone and hour, and the de-duplicated count
// of people whose face data a vendor holds against the filing threshold (facial-recognition
// measures: 100,000 people means filing with the authority).
#include "CameraRecords.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Session;

// The filing counter: people whose face data a vendor holds, against the threshold.
struct FilingCount {
    qint64 holders = 0;
    qint64 threshold = 0;
};

class CameraCounts {
    Q_DECLARE_TR_FUNCTIONS(cd::CameraCounts)
public:
    static constexpr qint64 kDefaultFilingThreshold = 100000;

    explicit CameraCounts(Session &session) : m_session(session) {}

    // People whose face data some vendor holds (enrolled, or erasure not yet confirmed).
    Result<qint64> faceDataHolders();
    Result<qint64> filingThreshold();  // a setting, default 100,000
    Result<void> setFilingThreshold(qint64 threshold);
    Result<FilingCount> filingCount();  // both of the above

    Result<void> storeVisitorCounts(qint64 vendorId, const std::vector<VisitorCountRow> &counts);
    Result<std::vector<VisitorCountRow>> visitorCounts(qint64 sinceHour);
    Result<QString> countsCursor(qint64 vendorId);
    Result<void> setCountsCursor(qint64 vendorId, const QString &cursor);

private:
    Result<QString> meta(const QString &key);
    Result<void> setMeta(const QString &key, const QString &value);
    Session &m_session;
};

} // namespace cd
