#pragma once
// Who is enrolled for face recognition at which vendor, and who may be. Both questions use the
// one face-consent rule of core/domain/FaceConsent.h and the one age rule of Records.h.
#include "core/base/Result.h"

#include <QCoreApplication>
#include <utility>
#include <vector>

namespace cd {

class Session;

class Enrollments {
    Q_DECLARE_TR_FUNCTIONS(cd::Enrollments)
public:
    explicit Enrollments(Session &session) : m_session(session) {}

    // The valid face consent that allows enrolling the subject, or Invalid with the reason.
    Result<qint64> enrollmentConsent(qint64 subjectId);
    Result<void> recordEnrollment(qint64 subjectId, qint64 vendorId, qint64 consentId);
    Result<std::vector<std::pair<qint64, QString>>> activeEnrollments(qint64 vendorId);  // (subject id, pseudonym)
    // Subjects with a valid face consent not yet enrolled at the vendor: (subject id, consent id).
    Result<std::vector<std::pair<qint64, qint64>>> awaitingEnrollment(qint64 vendorId);
    // Enrolled subjects the vendor may no longer recognise: no valid face consent is left (it
    // was withdrawn, expired, or needs renewal). (subject id, pseudonym)
    Result<std::vector<std::pair<qint64, QString>>> withoutValidConsent(qint64 vendorId);
    Result<QString> pseudonymOf(qint64 subjectId);

private:
    Session &m_session;
};

} // namespace cd
