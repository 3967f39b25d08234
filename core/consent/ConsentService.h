#pragma once
// Registering and withdrawing consent. One registration covers one subject and one or more
// purposes, each tied to the notice version shown; all of it commits or none.
#include "core/base/Result.h"
#include "core/domain/Records.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace cd {

class Session;

struct PurposeConsent {
    qint64 purposeId = 0;
    qint64 noticeVersionId = 0;     // the version shown to the customer
    bool separateConsent = false;   // the explicit extra step for sensitive (face) data
};

struct RegistrationInput {
    qint64 subjectId = 0;
    std::vector<PurposeConsent> purposes;
    ConsentMethod method = ConsentMethod::CounterTablet;
    std::optional<Guardian> guardian;  // required when the subject is under 14
};

struct ConsentFilter {
    QString search;                               // pseudonym, exact phone, or name prefix
    std::optional<ConsentStatus> status;
    qint64 purposeId = 0;                         // 0: any
    bool needsRenewalOnly = false;
};

class ConsentService {
    Q_DECLARE_TR_FUNCTIONS(cd::ConsentService)
public:
    explicit ConsentService(Session &session) : m_session(session) {}

    // Refuses with a reason (Invalid) when a rule is not met: notice not current for the purpose,
    // separate consent missing for a purpose that requires it, guardian missing for a minor.
    // A granted consent for the same subject and purpose becomes `superseded`.
    Result<std::vector<qint64>> registerConsent(const RegistrationInput &input);
    // Withdrawal is one action; channel e.g. "counter", "phone", "online".
    Result<void> withdraw(qint64 consentId, const QString &channel);
    Result<int> withdrawAllForSubject(qint64 subjectId, const QString &channel);
    // Marks granted consents whose expires_at has passed as expired; returns how many.
    Result<int> expireDue();

    Result<Consent> get(qint64 consentId);
    // Keyset paging, newest first: rows with id < beforeId (0: from the newest).
    Result<std::vector<ConsentRow>> page(const ConsentFilter &filter, qint64 beforeId, int limit,
                                         bool chineseNames);
    Result<qint64> count(const ConsentFilter &filter);

private:
    Session &m_session;
};

} // namespace cd
