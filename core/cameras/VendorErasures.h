#pragma once
// The erasures owed by camera vendors (Art. 47): one job per vendor holding a subject, retried
// with back-off until the vendor returns a receipt, then closed with a deletion-log entry.
#include "CameraRecords.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Database;
class Session;

class VendorErasures {
    Q_DECLARE_TR_FUNCTIONS(cd::VendorErasures)
public:
    explicit VendorErasures(Session &session) : m_session(session) {}

    // One job per vendor holding the subject (all vendors when vendorId is 0).
    Result<int> enqueueErase(qint64 subjectId, qint64 vendorId, const QString &reason, const QString &reasonRef);
    Result<std::vector<VendorJob>> pendingJobs(bool dueOnly, int limit = 100);
    // One transaction: job done, enrolment ended, deletion-log entry, audit entry.
    Result<void> completeJob(const VendorJob &job, const ErasureProof &proof);
    // Attempts+1, next attempt after a back-off (30 s doubling, at most 1 h).
    Result<void> failJob(const VendorJob &job, const QString &error);

    // Used by ConsentService inside its transaction when a face consent ends: erasures for every
    // vendor holding the subject, unless a valid face consent (the domain rule) is still left.
    static Result<int> enqueueEraseIfNoFaceConsentLeft(Database &db, qint64 subjectId, const QString &reason,
                                                       const QString &reasonRef, qint64 now);

private:
    Session &m_session;
};

} // namespace cd
