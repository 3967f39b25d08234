#include "Enrollments.h"
#include "core/access/Session.h"
#include "core/compliance/FilingService.h"
#include "core/domain/FaceConsent.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEnrollments, "consentdesk.enrollments")

namespace cd {

Result<qint64> Enrollments::enrollmentConsent(qint64 subjectId)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("camera.enroll")));
    auto q = m_session.db().query(
        "SELECT c.id, c.status, c.separate_consent, c.needs_renewal, coalesce(c.expires_at, 0), p.active, "
        "p.separate_consent_required, c.guardian_consent, s.birth_date, s.age_band, s.minor FROM consents c "
        "JOIN purposes p ON p.id = c.purpose_id JOIN subjects s ON s.id = c.subject_id "
        "WHERE c.subject_id = ?1 AND +c.status = 'granted' ORDER BY c.id DESC");
    q.bind(1, subjectId);
    const QDate today = m_session.clock().today();
    const qint64 now = m_session.clock().nowMs();
    FaceConsentVerdict closest = FaceConsentVerdict::NoSeparateConsent;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const FaceConsentFacts facts{statusFromId(q.text(1)).value_or(ConsentStatus::Withdrawn), q.int64(2) != 0,
                                     q.int64(3) != 0, q.int64(4), q.int64(5) != 0, q.int64(6) != 0};
        const bool under14 = isUnder14(q.text(8), q.text(9), q.int64(10) != 0, today);
        const FaceConsentVerdict v = judgeFaceConsent(facts, under14, q.int64(7) != 0, now);
        if (v == FaceConsentVerdict::Valid)
            return q.int64(0);
        // Name the reason closest to a valid consent: a missing guardian before a renewal.
        if (v == FaceConsentVerdict::GuardianMissing || closest == FaceConsentVerdict::NoSeparateConsent)
            closest = v;
    }
    switch (closest) {
    case FaceConsentVerdict::GuardianMissing:
        return makeError(ErrorCode::Invalid, tr("The customer is under 14 and no guardian has consented (PIPL Art. 31)."));
    case FaceConsentVerdict::NeedsRenewal:
        return makeError(ErrorCode::Invalid,
                         tr("The customer's consent to face recognition must be renewed under the current notice first."));
    case FaceConsentVerdict::NoSeparateConsent:
    case FaceConsentVerdict::Valid:
        break;
    }
    return makeError(ErrorCode::Invalid,
                     tr("The customer has not given separate consent to face recognition (PIPL Art. 29)."));
}

Result<void> Enrollments::recordEnrollment(qint64 subjectId, qint64 vendorId, qint64 consentId)
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
    // The count of people whose faces a vendor holds grows only here: the day it reaches the
    // filing threshold is recorded with this enrolment.
    // A failure here must not undo the enrolment the vendor has already made: the next
    // enrolment, a threshold change or the officer's console records the crossing.
    if (auto filing = FilingService(m_session).note(); !filing)
        qCWarning(lcEnrollments) << "the filing threshold could not be checked, code" << int(filing.error().code);
    return tx.commit();
}

Result<std::vector<std::pair<qint64, QString>>> Enrollments::activeEnrollments(qint64 vendorId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT DISTINCT e.subject_id, s.pseudonym FROM enrollments e "
                                  "JOIN subjects s ON s.id = e.subject_id WHERE e.vendor_id = ?1 AND e.ended_at IS NULL");
    q.bind(1, vendorId);
    return q.collect([](const Query &row) { return std::make_pair(row.int64(0), row.text(1)); });
}

Result<std::vector<std::pair<qint64, qint64>>> Enrollments::awaitingEnrollment(qint64 vendorId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query(
        "SELECT c.subject_id, c.id, s.birth_date, s.age_band, s.minor, c.guardian_consent FROM consents c "
        "JOIN purposes p ON p.id = c.purpose_id JOIN subjects s ON s.id = c.subject_id WHERE "
        CD_VALID_FACE_CONSENT_SQL
        " AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.subject_id = c.subject_id AND e.vendor_id = ?1 "
        "AND e.ended_at IS NULL) AND NOT EXISTS (SELECT 1 FROM vendor_jobs j WHERE j.subject_id = c.subject_id "
        "AND j.vendor_id = ?1 AND j.state = 'pending') ORDER BY c.subject_id, c.id DESC");
    q.bind(1, vendorId).bind(kFaceConsentNowParameter, m_session.clock().nowMs());
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
        if (isUnder14(q.text(2), q.text(3), q.int64(4) != 0, today) && q.int64(5) == 0)
            continue;
        out.emplace_back(q.int64(0), q.int64(1));
    }
    return out;
}

Result<std::vector<std::pair<qint64, QString>>> Enrollments::withoutValidConsent(qint64 vendorId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query(
        "SELECT DISTINCT e.subject_id, s.pseudonym FROM enrollments e JOIN subjects s ON s.id = e.subject_id "
        "WHERE e.vendor_id = ?1 AND e.ended_at IS NULL AND NOT EXISTS (SELECT 1 FROM consents c "
        "JOIN purposes p ON p.id = c.purpose_id WHERE c.subject_id = e.subject_id AND "
        CD_VALID_FACE_CONSENT_SQL ") ORDER BY e.subject_id");
    q.bind(1, vendorId).bind(kFaceConsentNowParameter, m_session.clock().nowMs());
    return q.collect([](const Query &row) { return std::make_pair(row.int64(0), row.text(1)); });
}

Result<QString> Enrollments::pseudonymOf(qint64 subjectId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT pseudonym FROM subjects WHERE id = ?1");
    q.bind(1, subjectId);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("The customer was not found."))));
    return q.text(0);
}

} // namespace cd
