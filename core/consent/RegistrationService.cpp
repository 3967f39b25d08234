#include "RegistrationService.h"
#include "ConsentService.h"
#include "PurposeService.h"
#include "SubjectService.h"
#include "core/access/Session.h"
#include "core/store/Database.h"

namespace cd {

bool isRegisteredPurpose(const Purpose &purpose, const std::set<qint64> &separateConsentGiven)
{
    return !purpose.separateConsentRequired || separateConsentGiven.count(purpose.id) > 0;
}

namespace {

std::vector<Purpose> splitPurposes(const std::vector<Purpose> &chosen, const std::set<qint64> &given, bool registered)
{
    std::vector<Purpose> out;
    for (const Purpose &p : chosen) {
        if (isRegisteredPurpose(p, given) == registered)
            out.push_back(p);
    }
    return out;
}

} // namespace

std::vector<Purpose> purposesToRegister(const std::vector<Purpose> &chosen, const std::set<qint64> &given)
{
    return splitPurposes(chosen, given, true);
}

std::vector<Purpose> droppedPurposes(const std::vector<Purpose> &chosen, const std::set<qint64> &given)
{
    return splitPurposes(chosen, given, false);
}

Result<RegistrationOutcome> RegistrationService::registerCustomer(const RegistrationRequest &request)
{
    CD_TRY(m_session.require(Permission::RegisterConsent, QStringLiteral("consent.register")));
    // The rule is applied to the purposes as stored, not as the caller last saw them.
    PurposeService purposes(m_session);
    std::vector<Purpose> chosen;
    for (qint64 id : request.purposeIds) {
        auto p = purposes.get(id);
        if (!p)
            return p.error();
        chosen.push_back(p.value());
    }
    RegistrationOutcome outcome;
    for (const Purpose &p : droppedPurposes(chosen, request.separateConsentGiven))
        outcome.droppedPurposeCodes.push_back(p.code);
    const std::vector<Purpose> registered = purposesToRegister(chosen, request.separateConsentGiven);
    if (registered.empty())
        return makeError(ErrorCode::Invalid,
                         chosen.empty() ? tr("Choose at least one purpose.")
                                        : tr("Every purpose chosen processes face data and the customer did not give "
                                             "separate consent to it (PIPL Art. 29): there is nothing to register."));

    RegistrationInput input;
    input.method = request.method;
    input.guardian = request.guardian;
    for (const Purpose &p : registered) {
        const auto shown = request.noticeShown.find(p.id);
        input.purposes.push_back(PurposeConsent{p.id, shown != request.noticeShown.end() ? shown->second : 0,
                                                p.separateConsentRequired});
    }

    // A new customer and the consents commit together, or neither does: a refusal leaves no
    // orphan customer behind, and the registration can simply be tried again.
    Transaction tx(m_session.db());
    CD_TRY(tx.begin());
    SubjectService subjects(m_session);
    if (request.newSubject) {
        auto created = subjects.create(*request.newSubject);
        if (!created)
            return created.error();
        outcome.subjectId = created->id;
        outcome.pseudonym = created->pseudonym;
    } else {
        auto q = m_session.db().query("SELECT pseudonym FROM subjects WHERE id = ?1");
        q.bind(1, request.existingSubjectId);
        CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("The customer was not found."))));
        outcome.subjectId = request.existingSubjectId;
        outcome.pseudonym = q.text(0);
    }
    input.subjectId = outcome.subjectId;
    auto ids = ConsentService(m_session).registerConsent(input);
    if (!ids)
        return ids.error();
    CD_TRY(tx.commit());
    outcome.consentIds = std::move(ids).value();
    return outcome;
}

} // namespace cd
