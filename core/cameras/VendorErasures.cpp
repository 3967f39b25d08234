#include "VendorErasures.h"
#include "core/access/Session.h"
#include "core/domain/FaceConsent.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/DeletionLog.h"
#include "core/store/Database.h"

namespace cd {

Result<int> VendorErasures::enqueueErase(qint64 subjectId, qint64 vendorId, const QString &reason,
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

Result<int> VendorErasures::enqueueEraseIfNoFaceConsentLeft(Database &db, qint64 subjectId, const QString &reason,
                                                            const QString &reasonRef, qint64 now)
{
    auto left = db.query("SELECT count(*) FROM consents c JOIN purposes p ON p.id = c.purpose_id WHERE "
                         "c.subject_id = ?1 AND " CD_VALID_FACE_CONSENT_SQL);
    left.bind(1, subjectId).bind(kFaceConsentNowParameter, now);
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

Result<std::vector<VendorJob>> VendorErasures::pendingJobs(bool dueOnly, int limit)
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

Result<void> VendorErasures::completeJob(const VendorJob &job, const ErasureProof &proof)
{
    // A system job: the auditor and staff never write through it (their consoles do not run jobs).
    CD_TRY(m_session.require(Permission::RunJobs, QStringLiteral("vendor.job-complete")));
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
    if (job.op == QLatin1String("purge-before"))  // what the purge covered: the receipt counts the items
        e.recordIds = QStringLiteral("captures-before:%1").arg(job.purgeBefore);
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

Result<void> VendorErasures::failJob(const VendorJob &job, const QString &error)
{
    CD_TRY(m_session.require(Permission::RunJobs, QStringLiteral("vendor.job-fail")));
    const qint64 backoff = qMin<qint64>(30000LL << qMin(job.attempts, 7), 3600000);
    auto q = m_session.db().query("UPDATE vendor_jobs SET attempts = attempts + 1, next_attempt_at = ?2, "
                                  "last_error = ?3 WHERE id = ?1 AND state = 'pending'");
    q.bind(1, job.id).bind(2, m_session.clock().nowMs() + backoff).bind(3, error.left(300));
    return q.run();
}

} // namespace cd
