#include "IncidentService.h"
#include "core/access/Session.h"
#include "core/domain/Incident.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"

#include <QDateTime>

namespace cd {

namespace {

#define INCIDENT_SELECT                                                                                      \
    "SELECT id, title, description, coalesce(occurred_at, 0), found_at, categories, people_affected, "     \
    "measures, coalesce(authority_notified_at, 0), coalesce(authority_name, ''), "                        \
    "coalesce(people_notified_at, 0), coalesce(people_not_notified_reason, ''), coalesce(closed_at, 0), " \
    "created_at FROM incidents "

IncidentRecord readIncident(const Query &q)
{
    IncidentRecord r;
    r.id = q.int64(0);
    r.facts.title = q.text(1);
    r.facts.description = q.text(2);
    r.facts.occurredAt = q.int64(3);
    r.facts.foundAt = q.int64(4);
    r.facts.categories = q.text(5);
    r.facts.peopleAffected = q.int64(6);
    r.facts.measures = q.text(7);
    r.authorityNotifiedAt = q.int64(8);
    r.authorityName = q.text(9);
    r.peopleNotifiedAt = q.int64(10);
    r.peopleNotNotifiedReason = q.text(11);
    r.closedAt = q.int64(12);
    r.createdAt = q.int64(13);
    return r;
}

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("unknown");
}

} // namespace

Result<void> IncidentService::checkFacts(const IncidentInput &in)
{
    if (in.title.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the incident a short title."));
    if (in.description.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Describe what happened."));
    if (in.categories.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the categories of personal information involved."));
    if (in.peopleAffected < 0)
        return makeError(ErrorCode::Invalid, tr("The number of people affected cannot be negative."));
    if (in.measures.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Describe the remedial measures taken (PIPL Art. 57)."));
    const qint64 now = m_session.clock().nowMs();
    if (in.foundAt > now || in.occurredAt > now)
        return makeError(ErrorCode::Invalid, tr("An incident cannot be found or happen in the future."));
    if (in.occurredAt > 0 && in.foundAt > 0 && in.occurredAt > in.foundAt)
        return makeError(ErrorCode::Invalid, tr("An incident cannot be found before it happened."));
    return {};
}

Result<IncidentRecord> IncidentService::add(const IncidentInput &in)
{
    CD_TRY(m_session.require(Permission::ManageCompliance, QStringLiteral("incident.add")));
    CD_TRY(checkFacts(in));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    const qint64 now = m_session.clock().nowMs();
    auto q = db.query("INSERT INTO incidents(title, description, occurred_at, found_at, categories, people_affected, "
                      "measures, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    q.bind(1, in.title.trimmed()).bind(2, in.description.trimmed()).bindOptional(3, in.occurredAt, in.occurredAt > 0);
    q.bind(4, in.foundAt > 0 ? in.foundAt : now).bind(5, in.categories.trimmed()).bind(6, in.peopleAffected);
    q.bind(7, in.measures.trimmed()).bindOptional(8, m_session.user().id, m_session.user().id != 0).bind(9, now);
    CD_TRY(q.run());
    const qint64 id = db.lastInsertRowId();
    // The audit row says that an incident was recorded and how big it is, not what it says.
    CD_TRY(AuditLog::append(m_session, QStringLiteral("incident.add"), QStringLiteral("incident"), QString::number(id),
                            QStringLiteral("%1 people affected").arg(in.peopleAffected)));
    CD_TRY(tx.commit());
    return get(id);
}

Result<std::vector<IncidentRecord>> IncidentService::list(bool openOnly)
{
    CD_TRY(m_session.require(Permission::ViewCompliance, QStringLiteral("incident.view")));
    auto q = m_session.db().query(INCIDENT_SELECT "WHERE NOT ?1 OR closed_at IS NULL ORDER BY found_at DESC, id DESC");
    q.bind(1, openOnly);
    return q.collect(readIncident);
}

Result<IncidentRecord> IncidentService::get(qint64 id)
{
    CD_TRY(m_session.require(Permission::ViewCompliance, QStringLiteral("incident.view")));
    auto q = m_session.db().query(INCIDENT_SELECT "WHERE id = ?1");
    q.bind(1, id);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("Incident %1 was not found.").arg(id))));
    return readIncident(q);
}

Result<qint64> IncidentService::openCount()
{
    CD_TRY(m_session.require(Permission::ViewCompliance, QStringLiteral("incident.view")));
    return m_session.db().queryInt("SELECT count(*) FROM incidents WHERE closed_at IS NULL");
}

Result<IncidentRecord> IncidentService::openIncident(qint64 id)
{
    auto r = get(id);
    if (!r)
        return r.error();
    if (!r->open())
        return makeError(ErrorCode::Invalid, tr("Incident %1 is closed; a closed incident is not changed.").arg(id));
    return r;
}

Result<IncidentRecord> IncidentService::change(qint64 id, const char *sql, const QString &action,
                                               const QString &detail, const std::function<void(Query &)> &bind)
{
    CD_TRY(m_session.require(Permission::ManageCompliance, action));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    CD_TRY(openIncident(id));
    auto q = db.query(sql);
    q.bind(1, id);
    bind(q);
    CD_TRY(q.run());
    CD_TRY(AuditLog::append(m_session, action, QStringLiteral("incident"), QString::number(id), detail));
    CD_TRY(tx.commit());
    return get(id);
}

Result<IncidentRecord> IncidentService::update(qint64 id, const IncidentInput &in)
{
    CD_TRY(m_session.require(Permission::ManageCompliance, QStringLiteral("incident.update")));
    CD_TRY(checkFacts(in));
    auto before = get(id);
    if (!before)
        return before.error();
    // The times are what Art. 57's "promptly" is judged on: a correction keeps the old ones.
    const QString detail = QStringLiteral("%1 people affected; occurred %2 -> %3; found %4 -> %5")
                               .arg(in.peopleAffected)
                               .arg(isoTime(before->facts.occurredAt), isoTime(in.occurredAt),
                                    isoTime(before->facts.foundAt), isoTime(in.foundAt));
    return change(id,
                  "UPDATE incidents SET title = ?2, description = ?3, occurred_at = ?4, found_at = ?5, "
                  "categories = ?6, people_affected = ?7, measures = ?8 WHERE id = ?1",
                  QStringLiteral("incident.update"), detail,
                  [&](Query &q) {
                      q.bind(2, in.title.trimmed()).bind(3, in.description.trimmed());
                      q.bindOptional(4, in.occurredAt, in.occurredAt > 0);
                      q.bind(5, in.foundAt > 0 ? in.foundAt : m_session.clock().nowMs());
                      q.bind(6, in.categories.trimmed()).bind(7, in.peopleAffected).bind(8, in.measures.trimmed());
                  });
}

Result<IncidentRecord> IncidentService::recordAuthorityNotified(qint64 id, qint64 at, const QString &authority)
{
    if (authority.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the authority that was notified."));
    if (at <= 0 || at > m_session.clock().nowMs())
        return makeError(ErrorCode::Invalid, tr("Give when the notification was made; it cannot be in the future."));
    return change(id, "UPDATE incidents SET authority_notified_at = ?2, authority_name = ?3 WHERE id = ?1",
                  QStringLiteral("incident.notify-authority"),
                  QStringLiteral("at %1; %2").arg(isoTime(at), authority.trimmed().left(100)), [&](Query &q) {
                      q.bind(2, at).bind(3, authority.trimmed());
                  });
}

Result<IncidentRecord> IncidentService::recordPeopleNotified(qint64 id, qint64 at)
{
    if (at <= 0 || at > m_session.clock().nowMs())
        return makeError(ErrorCode::Invalid, tr("Give when the notification was made; it cannot be in the future."));
    // A reason recorded earlier stays: the authority may still have asked for the notification.
    return change(id, "UPDATE incidents SET people_notified_at = ?2 WHERE id = ?1",
                  QStringLiteral("incident.notify-people"), QStringLiteral("at %1").arg(isoTime(at)),
                  [&](Query &q) { q.bind(2, at); });
}

Result<IncidentRecord> IncidentService::recordPeopleNotNotified(qint64 id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Say why the people affected are not notified: which measures effectively avoid "
                            "harm to them (PIPL Art. 57)."));
    auto r = get(id);
    if (!r)
        return r.error();
    if (r->peopleNotifiedAt > 0)
        return makeError(ErrorCode::Invalid, tr("The people affected by incident %1 were already notified.").arg(id));
    return change(id, "UPDATE incidents SET people_not_notified_reason = ?2 WHERE id = ?1",
                  QStringLiteral("incident.people-not-notified"), QString(),
                  [&](Query &q) { q.bind(2, reason.trimmed()); });
}

Result<IncidentRecord> IncidentService::close(qint64 id)
{
    auto r = get(id);
    if (!r)
        return r.error();
    switch (incidentCloseBlock({r->authorityNotifiedAt > 0, r->peopleNotifiedAt > 0,
                                !r->peopleNotNotifiedReason.isEmpty()})) {
    case IncidentCloseBlock::AuthorityNotNotified:
        return makeError(ErrorCode::Invalid, tr("Incident %1 cannot be closed: record when the authority was "
                                                "notified (PIPL Art. 57).").arg(id));
    case IncidentCloseBlock::PeopleNotAnswered:
        return makeError(ErrorCode::Invalid,
                         tr("Incident %1 cannot be closed: record when the people affected were notified, or "
                            "why they need not be (PIPL Art. 57).").arg(id));
    case IncidentCloseBlock::None:
        break;
    }
    return change(id, "UPDATE incidents SET closed_at = ?2 WHERE id = ?1", QStringLiteral("incident.close"), QString(),
                  [&](Query &q) { q.bind(2, m_session.clock().nowMs()); });
}

} // namespace cd
