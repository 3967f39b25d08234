#pragma once
// The register of security incidents (PIPL Art. 57): what happened, what was done, and whether
// and when the authority and the people affected were told. An incident is never deleted; it
// is closed once both notifications are answered (core/domain/Incident.h), and then fixed.
#include "ComplianceRecords.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <functional>
#include <vector>

namespace cd {

class Query;
class Session;

class IncidentService {
    Q_DECLARE_TR_FUNCTIONS(cd::IncidentService)
public:
    explicit IncidentService(Session &session) : m_session(session) {}

    Result<IncidentRecord> add(const IncidentInput &input);
    // Newest found first; open ones only when asked.
    Result<std::vector<IncidentRecord>> list(bool openOnly = false);
    Result<IncidentRecord> get(qint64 id);
    Result<qint64> openCount();

    // While open: the facts may be corrected as more is learnt (audited), and the
    // notifications recorded as they are made.
    Result<IncidentRecord> update(qint64 id, const IncidentInput &input);
    Result<IncidentRecord> recordAuthorityNotified(qint64 id, qint64 at, const QString &authority);
    Result<IncidentRecord> recordPeopleNotified(qint64 id, qint64 at);
    // Art. 57: the people may be left un-notified where the measures effectively avoid harm.
    Result<IncidentRecord> recordPeopleNotNotified(qint64 id, const QString &reason);
    Result<IncidentRecord> close(qint64 id);

private:
    Result<void> checkFacts(const IncidentInput &input);
    Result<IncidentRecord> openIncident(qint64 id);
    Result<IncidentRecord> change(qint64 id, const char *sql, const QString &action, const QString &detail,
                                  const std::function<void(Query &)> &bind);
    Session &m_session;
};

} // namespace cd
