#pragma once
// The registration use case: a new or existing customer and their consents, in one call that
// checks the permission, opens its own transaction and audits every step. The counter dialog
// and `consentdesk-cli consent add` both call it; neither opens a transaction of its own.
#include "core/base/Result.h"
#include "core/domain/Records.h"

#include <QCoreApplication>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace cd {

class Session;

// The registration rule: a purpose that needs separate consent (Art. 29) is registered only
// when the customer separately agreed to it; otherwise it is dropped, and the rest still count.
bool isRegisteredPurpose(const Purpose &purpose, const std::set<qint64> &separateConsentGiven);
std::vector<Purpose> purposesToRegister(const std::vector<Purpose> &chosen, const std::set<qint64> &separateConsentGiven);
std::vector<Purpose> droppedPurposes(const std::vector<Purpose> &chosen, const std::set<qint64> &separateConsentGiven);

struct RegistrationRequest {
    std::optional<SubjectInput> newSubject;  // set: create this customer
    qint64 existingSubjectId = 0;            // otherwise: register for this one
    std::vector<qint64> purposeIds;          // chosen, in order
    std::map<qint64, qint64> noticeShown;    // purpose id -> notice version id shown
    std::set<qint64> separateConsentGiven;   // purpose ids the customer separately agreed to
    ConsentMethod method = ConsentMethod::CounterTablet;
    std::optional<Guardian> guardian;        // needed when the customer is under 14 (Art. 31)
};

struct RegistrationOutcome {
    qint64 subjectId = 0;
    QString pseudonym;
    std::vector<qint64> consentIds;
    std::vector<QString> droppedPurposeCodes;  // chosen, but without the separate consent they need
};

class RegistrationService {
    Q_DECLARE_TR_FUNCTIONS(cd::RegistrationService)
public:
    explicit RegistrationService(Session &session) : m_session(session) {}

    // All of it commits or none: a refusal (a rule, a permission, a failure) leaves no customer
    // and no consent behind. A refused permission is audited even so.
    Result<RegistrationOutcome> registerCustomer(const RegistrationRequest &request);

private:
    Session &m_session;
};

} // namespace cd
