#include "RequestService.h"
#include "core/access/Session.h"
#include "core/domain/Records.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"

#include <QRegularExpression>
#include <algorithm>

namespace cd {

namespace {

// Columns read by readRow(), in order.
#define REQUEST_COLUMNS                                                                                            \
    "r.id, r.type, r.state, r.channel, coalesce(s.pseudonym, ''), r.contact_name, r.contact_phone, r.received_at, " \
    "r.received_on, r.response_days, r.extension_days, coalesce(u.name, ''), coalesce(r.closed_at, 0) "            \
    "FROM requests r LEFT JOIN subjects s ON s.id = r.subject_id LEFT JOIN users u ON u.id = r.assigned_to "

RequestRow readRow(const Query &q)
{
    RequestRow r;
    r.id = q.int64(0);
    r.type = RequestRules::typeFromId(q.text(1)).value_or(RequestType::Access);
    r.state = RequestRules::stateFromId(q.text(2)).value_or(RequestState::Received);
    r.channel = RequestRules::channelFromId(q.text(3)).value_or(RequestChannel::Counter);
    r.subjectPseudonym = q.text(4);
    if (r.subjectPseudonym.isEmpty())
        r.maskedContact = (maskName(q.text(5)) + QLatin1Char(' ') + maskPhone(q.text(6))).trimmed();
    r.receivedAt = q.int64(7);
    r.receivedOn = QDate::fromString(q.text(8), Qt::ISODate);
    r.responseDays = int(q.int64(9));
    r.extensionDays = int(q.int64(10));
    r.assignedTo = q.text(11);
    r.closedAt = q.int64(12);
    return r;
}

QDate localDate(qint64 utcMs) { return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime().date(); }

// The permission an action needs: the same in every row of the table for that action.
Permission permissionFor(RequestAction action)
{
    for (const RequestTransition &t : RequestRules::transitions())
        if (t.action == action)
            return t.permission;
    return Permission::ProcessRequests;
}

// A null QString binds NULL; text columns here are NOT NULL.
QString nonNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

RequestActionInput noteInput(const QString &note)
{
    RequestActionInput in;
    in.note = note;
    return in;
}

constexpr int kMaxDetails = 2000;
constexpr int kMaxNote = 2000;

} // namespace

RequestService::RequestService(Session &session)
    : RequestService(session, WorkingCalendar::load(WorkingCalendar::directoryFor(session.databasePath())))
{
}

RequestService::RequestService(Session &session, WorkingCalendar calendar)
    : m_session(session), m_calendar(std::move(calendar))
{
}

Result<RequestRow> RequestService::load(qint64 id)
{
    auto q = m_session.db().query("SELECT " REQUEST_COLUMNS "WHERE r.id = ?1");
    q.bind(1, id);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("There is no request %1.").arg(id))));
    RequestRow row = readRow(q);

    DeadlineInput in{row.receivedOn, row.responseDays, row.extensionDays, {}};
    auto p = m_session.db().query("SELECT paused_on, coalesce(resumed_on, '') FROM request_pauses WHERE request_id = ?1 ORDER BY id");
    p.bind(1, id);
    auto pauses = p.collect([](const Query &r) {
        return DeadlineInput::Pause{QDate::fromString(r.text(0), Qt::ISODate), QDate::fromString(r.text(1), Qt::ISODate)};
    });
    if (!pauses)
        return pauses.error();
    in.pauses = std::move(pauses.value());
    // A closed request's deadline is judged on the day it closed: "overdue" then means "late".
    const QDate asOf = row.closedAt ? localDate(row.closedAt) : m_session.clock().today();
    row.deadline = computeDeadline(m_calendar, in, asOf);
    return row;
}

Result<qint64> RequestService::findOpenDuplicate(qint64 subjectId, RequestType type, qint64 exceptId)
{
    auto q = m_session.db().query("SELECT id FROM requests WHERE subject_id = ?1 AND type = ?2 AND id <> ?3 AND state NOT IN "
                                  "('completed','refused','cancelled')");
    q.bind(1, subjectId).bind(2, RequestRules::typeId(type)).bind(3, exceptId);
    auto row = q.step();
    if (!row)
        return row.error();
    return row.value() ? q.int64(0) : qint64(0);
}

Result<void> RequestService::record(qint64 id, RequestAction action, RequestState from, RequestState to,
                                    const QString &note, const QString &auditDetail)
{
    const QString actionText = RequestRules::actionId(action);
    auto q = m_session.db().query("INSERT INTO request_events(request_id, at, actor_id, action, from_state, to_state, note) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    q.bind(1, id).bind(2, m_session.clock().nowMs()).bind(3, m_session.user().id).bind(4, actionText);
    q.bind(5, RequestRules::stateId(from)).bind(6, RequestRules::stateId(to)).bind(7, nonNull(note.trimmed()));
    CD_TRY(q.run());
    // The audit row names states and ids only; the customer's words stay in the timeline.
    QString detail = RequestRules::stateId(from) + QStringLiteral(" -> ") + RequestRules::stateId(to);
    if (!auditDetail.isEmpty())
        detail += QStringLiteral("; ") + auditDetail;
    return AuditLog::append(m_session, QStringLiteral("request.") + actionText, QStringLiteral("request"),
                            QString::number(id), detail);
}

Result<void> RequestService::refuseRule(qint64 id, RequestAction action)
{
    // Outside the rolled-back transaction, so that the refusal stays on the record.
    return AuditLog::append(m_session, QStringLiteral("request.refused"), QStringLiteral("request"),
                            id ? QString::number(id) : QString(),
                            RequestRules::actionId(action) + QStringLiteral(" refused"));
}

Result<RequestRow> RequestService::intake(const RequestIntake &in)
{
    CD_TRY(m_session.require(Permission::TakeRequests, QStringLiteral("request.intake")));
    const QString name = in.contactName.simplified();
    const QString phone = in.contactPhone.trimmed().remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    static const QRegularExpression phoneRule(QStringLiteral("^\\+?[0-9]{5,20}$"));
    if (in.subjectId == 0 && (name.isEmpty() || phone.isEmpty()))
        return makeError(ErrorCode::Invalid, tr("A request that is not matched to a customer needs the requester's "
                                                "name and a phone number to reach them."));
    if (!phone.isEmpty() && !phoneRule.match(phone).hasMatch())
        return makeError(ErrorCode::Invalid, tr("The phone number may hold only digits (5 to 20) and a leading +."));
    if (name.size() > 100 || in.details.size() > kMaxDetails)
        return makeError(ErrorCode::Invalid, tr("The name (100 characters) or the details (%1 characters) are too long.")
                                                 .arg(kMaxDetails));
    auto days = responseDays();
    if (!days)
        return days.error();

    Database &db = m_session.db();
    qint64 id = 0;
    Error refusal;
    auto done = [&]() -> Result<void> {
        Transaction tx(db);
        CD_TRY(tx.begin());
        if (in.subjectId != 0) {
            auto s = db.query("SELECT 1 FROM subjects WHERE id = ?1");
            s.bind(1, in.subjectId);
            CD_TRY(s.single(makeError(ErrorCode::NotFound, tr("The customer was not found."))));
            auto dup = findOpenDuplicate(in.subjectId, in.type, 0);
            if (!dup)
                return dup.error();
            if (dup.value()) {
                refusal = makeError(ErrorCode::Conflict, tr("This customer already has an open %1 request (no. %2): "
                                                            "continue that one instead of taking a duplicate.")
                                                             .arg(RequestRules::typeName(in.type))
                                                             .arg(dup.value()));
                return refusal;
            }
        }
        const RequestState state = in.subjectId ? RequestState::Received : RequestState::NeedsIdentity;
        const qint64 now = m_session.clock().nowMs();
        auto q = db.query("INSERT INTO requests(type, state, subject_id, contact_name, contact_phone, channel, details, "
                          "store_id, received_at, received_on, received_by, response_days, updated_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?9)");
        q.bind(1, RequestRules::typeId(in.type)).bind(2, RequestRules::stateId(state));
        q.bindOptional(3, in.subjectId, in.subjectId != 0).bind(4, in.subjectId ? QStringLiteral("") : name);
        q.bind(5, in.subjectId ? QStringLiteral("") : nonNull(phone)).bind(6, RequestRules::channelId(in.channel));
        q.bind(7, nonNull(in.details.trimmed()));
        q.bindOptional(8, m_session.currentStoreId(), m_session.currentStoreId() != 0);
        q.bind(9, now).bind(10, m_session.clock().today().toString(Qt::ISODate)).bind(11, m_session.user().id);
        q.bind(12, days.value());
        CD_TRY(q.run());
        id = db.lastInsertRowId();
        auto ev = db.query("INSERT INTO request_events(request_id, at, actor_id, action, from_state, to_state, note) "
                           "VALUES (?1, ?2, ?3, 'intake', '', ?4, '')");
        ev.bind(1, id).bind(2, now).bind(3, m_session.user().id).bind(4, RequestRules::stateId(state));
        CD_TRY(ev.run());
        CD_TRY(AuditLog::append(m_session, QStringLiteral("request.intake"), QStringLiteral("request"),
                                QString::number(id),
                                RequestRules::typeId(in.type) + QStringLiteral(" -> ") + RequestRules::stateId(state)));
        return tx.commit();
    }();
    if (!done) {
        if (!refusal.message.isEmpty())
            CD_TRY(AuditLog::append(m_session, QStringLiteral("request.refused"), QStringLiteral("request"), QString(),
                                    QStringLiteral("intake refused: duplicate")));
        return done.error();
    }
    return load(id);
}

Result<void> RequestService::validateAction(const RequestRow &r, RequestAction action, const RequestActionInput &in)
{
    const QString note = in.note.trimmed();
    if (note.size() > kMaxNote)
        return makeError(ErrorCode::Invalid, tr("The text is too long (at most %1 characters).").arg(kMaxNote));
    switch (action) {
    case RequestAction::VerifyIdentity: {
        CD_TRY(RequestRules::checkIdentityMethod(in.method));
        if (r.subjectPseudonym.isEmpty() && in.subjectId == 0)
            return makeError(ErrorCode::Invalid, tr("Name the customer this request turned out to be from: it is not "
                                                    "matched to a customer yet."));
        if (!r.subjectPseudonym.isEmpty() && in.subjectId != 0)
            return makeError(ErrorCode::Invalid, tr("The request is already matched to a customer."));
        if (in.subjectId != 0) {
            auto s = m_session.db().query("SELECT 1 FROM subjects WHERE id = ?1");
            s.bind(1, in.subjectId);
            CD_TRY(s.single(makeError(ErrorCode::NotFound, tr("The customer was not found."))));
            auto dup = findOpenDuplicate(in.subjectId, r.type, r.id);
            if (!dup)
                return dup.error();
            if (dup.value())
                return makeError(ErrorCode::Conflict, tr("This customer already has an open %1 request (no. %2): cancel "
                                                         "this one as a duplicate.")
                                                          .arg(RequestRules::typeName(r.type))
                                                          .arg(dup.value()));
        }
        return {};
    }
    case RequestAction::Refuse:
        if (note.isEmpty())
            return makeError(ErrorCode::Invalid, tr("A refusal needs a written reason (PIPL Art. 50)."));
        return {};
    case RequestAction::Cancel:
        if (note.isEmpty())
            return makeError(ErrorCode::Invalid, tr("Say why the request is cancelled (for example, the customer "
                                                    "withdrew it, or it duplicates another)."));
        return {};
    case RequestAction::Extend: {
        if (r.extensionDays > 0)
            return makeError(ErrorCode::Invalid, tr("The deadline was already extended once; it cannot be extended again."));
        if (note.isEmpty())
            return makeError(ErrorCode::Invalid, tr("An extension needs a reason."));
        auto max = maxExtensionDays();
        if (!max)
            return max.error();
        if (in.extensionDays < 1 || in.extensionDays > max.value())
            return makeError(ErrorCode::Invalid, tr("An extension is from 1 to %1 working days.").arg(max.value()));
        return {};
    }
    case RequestAction::Assign: {
        auto q = m_session.db().query("SELECT role, active FROM users WHERE id = ?1");
        q.bind(1, in.assigneeId);
        CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("The user was not found."))));
        if (q.text(0) != roleId(Role::Officer) || q.int64(1) == 0)
            return makeError(ErrorCode::Invalid, tr("Requests are assigned to an active privacy officer."));
        return {};
    }
    case RequestAction::Start:
    case RequestAction::AwaitVendors:
    case RequestAction::Complete:
    case RequestAction::Pause:
    case RequestAction::Resume:
        return {};
    }
    return {};
}

Result<RequestRow> RequestService::apply(qint64 id, RequestAction action, const RequestActionInput &in)
{
    return applyAs(id, action, in, true);
}

Result<RequestRow> RequestService::applyAs(qint64 id, RequestAction action, const RequestActionInput &in, bool checkRole)
{
    const QString actionText = QStringLiteral("request.") + RequestRules::actionId(action);
    if (checkRole)
        CD_TRY(m_session.require(permissionFor(action), actionText));
    Database &db = m_session.db();
    bool ruleRefused = false;
    auto done = [&]() -> Result<void> {
        Transaction tx(db);
        CD_TRY(tx.begin());
        auto row = load(id);
        if (!row)
            return row.error();
        const RequestRow &r = row.value();
        auto allowed = RequestRules::check(action, r.state, r.deadline.paused);
        const Result<void> valid = allowed ? validateAction(r, action, in) : Result<void>(allowed.error());
        if (!valid) {
            ruleRefused = valid.error().code == ErrorCode::Invalid || valid.error().code == ErrorCode::Conflict;
            return valid.error();
        }
        const RequestState to = allowed.value()->to;
        const qint64 now = m_session.clock().nowMs();
        const QString today = m_session.clock().today().toString(Qt::ISODate);
        const QString note = in.note.trimmed();
        QString detail;

        if (r.deadline.paused && RequestRules::endsPause(action)) {
            auto q = db.query("UPDATE request_pauses SET resumed_on = ?2 WHERE request_id = ?1 AND resumed_on IS NULL");
            q.bind(1, id).bind(2, today);
            CD_TRY(q.run());
        }
        switch (action) {
        case RequestAction::VerifyIdentity: {
            auto q = db.query("UPDATE requests SET subject_id = coalesce(subject_id, ?2), identity_method = ?3, "
                              "identity_by = ?4, identity_at = ?5 WHERE id = ?1");
            q.bind(1, id).bindOptional(2, in.subjectId, in.subjectId != 0).bind(3, RequestRules::methodId(in.method));
            q.bind(4, m_session.user().id).bind(5, now);
            CD_TRY(q.run());
            detail = QStringLiteral("method=") + RequestRules::methodId(in.method);
            break;
        }
        case RequestAction::Refuse: {
            auto q = db.query("UPDATE requests SET refusal_reason = ?2, refusal_letter = ?3 WHERE id = ?1");
            q.bind(1, id).bind(2, note).bind(3, RequestRules::refusalLetter(id, r.type, note));
            CD_TRY(q.run());
            break;
        }
        case RequestAction::Pause: {
            auto q = db.query("INSERT INTO request_pauses(request_id, paused_on) VALUES (?1, ?2)");
            q.bind(1, id).bind(2, today);
            CD_TRY(q.run());
            break;
        }
        case RequestAction::Extend: {
            auto q = db.query("UPDATE requests SET extension_days = ?2, extension_reason = ?3 WHERE id = ?1");
            q.bind(1, id).bind(2, in.extensionDays).bind(3, note);
            CD_TRY(q.run());
            detail = QStringLiteral("days=%1").arg(in.extensionDays);
            break;
        }
        case RequestAction::Assign: {
            auto q = db.query("UPDATE requests SET assigned_to = ?2 WHERE id = ?1");
            q.bind(1, id).bind(2, in.assigneeId);
            CD_TRY(q.run());
            detail = QStringLiteral("user=%1").arg(in.assigneeId);
            break;
        }
        case RequestAction::Start:
        case RequestAction::AwaitVendors:
        case RequestAction::Complete:
        case RequestAction::Cancel:
        case RequestAction::Resume:
            break;
        }
        // The state last: the table's checks (a subject once verified, a refusal's reason) hold.
        auto u = db.query("UPDATE requests SET state = ?2, updated_at = ?3, "
                          "closed_at = CASE WHEN ?4 THEN ?3 ELSE closed_at END WHERE id = ?1");
        u.bind(1, id).bind(2, RequestRules::stateId(to)).bind(3, now).bind(4, !RequestRules::isOpen(to));
        CD_TRY(u.run());
        CD_TRY(record(id, action, r.state, to, note, detail));
        return tx.commit();
    }();
    if (!done) {
        if (ruleRefused)
            CD_TRY(refuseRule(id, action));
        return done.error();
    }
    return load(id);
}

Result<RequestRow> RequestService::verifyIdentity(qint64 id, IdentityMethod method, qint64 subjectId)
{
    RequestActionInput in;
    in.method = method;
    in.subjectId = subjectId;
    return apply(id, RequestAction::VerifyIdentity, in);
}

Result<RequestRow> RequestService::assign(qint64 id, qint64 officerUserId)
{
    RequestActionInput in;
    in.assigneeId = officerUserId;
    return apply(id, RequestAction::Assign, in);
}

Result<RequestRow> RequestService::refuse(qint64 id, const QString &reason)
{
    return apply(id, RequestAction::Refuse, noteInput(reason));
}

Result<RequestRow> RequestService::cancel(qint64 id, const QString &reason)
{
    return apply(id, RequestAction::Cancel, noteInput(reason));
}

Result<RequestRow> RequestService::pause(qint64 id, const QString &note)
{
    return apply(id, RequestAction::Pause, noteInput(note));
}

Result<RequestRow> RequestService::resume(qint64 id) { return apply(id, RequestAction::Resume); }

Result<RequestRow> RequestService::extend(qint64 id, int workingDays, const QString &reason)
{
    RequestActionInput in = noteInput(reason);
    in.extensionDays = workingDays;
    return apply(id, RequestAction::Extend, in);
}

Result<RequestRow> RequestService::complete(qint64 id, const QString &note)
{
    return apply(id, RequestAction::Complete, noteInput(note));
}

Result<RequestRow> RequestService::completeAwaited(qint64 id, const QString &note)
{
    CD_TRY(m_session.ensureUnlocked());
    auto row = load(id);
    if (!row)
        return row.error();
    if (row->state != RequestState::AwaitingVendors)
        return makeError(ErrorCode::Invalid, tr("Request %1 is not awaiting vendors.").arg(id));
    return applyAs(id, RequestAction::Complete, noteInput(note), false);
}

Result<RequestDetail> RequestService::show(qint64 id)
{
    CD_TRY(m_session.require(Permission::ViewRequests, QStringLiteral("request.view")));
    RequestDetail d;
    auto row = load(id);
    if (!row)
        return row.error();
    d.row = std::move(row.value());
    Database &db = m_session.db();
    {
        // Scoped: a statement left on its row keeps a read snapshot, and the audit row below could
        // not be written (SQLITE_BUSY) once another connection (the vendor thread, a headless
        // sweep) has written since.
        auto q = db.query("SELECT r.details, coalesce(r.identity_method, ''), coalesce(u.name, ''), "
                          "coalesce(r.identity_at, 0), coalesce(r.extension_reason, ''), "
                          "coalesce(r.refusal_reason, ''), coalesce(r.refusal_letter, '') "
                          "FROM requests r LEFT JOIN users u ON u.id = r.identity_by WHERE r.id = ?1");
        q.bind(1, id);
        CD_TRY(q.single());
        d.details = q.text(0);
        d.identityMethod = q.text(1);
        d.identityBy = q.text(2);
        d.identityAt = q.int64(3);
        d.extensionReason = q.text(4);
        d.refusalReason = q.text(5);
        d.refusalLetter = q.text(6);
    }
    auto e = db.query("SELECT e.at, coalesce(u.name, ''), e.action, e.from_state, e.to_state, e.note FROM request_events e "
                      "LEFT JOIN users u ON u.id = e.actor_id WHERE e.request_id = ?1 ORDER BY e.id");
    e.bind(1, id);
    auto events = e.collect([](const Query &r) {
        return RequestEvent{r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)};
    });
    if (!events)
        return events.error();
    d.events = std::move(events.value());
    CD_TRY(AuditLog::append(m_session, QStringLiteral("request.view"), QStringLiteral("request"), QString::number(id)));
    return d;
}

Result<int> RequestService::setting(const char *key, int fallback)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT value FROM meta WHERE key = ?1");
    q.bind(1, QString::fromLatin1(key));
    auto row = q.step();
    if (!row)
        return row.error();
    bool ok = false;
    const int v = row.value() ? q.text(0).toInt(&ok) : 0;
    return ok && v > 0 ? v : fallback;
}

Result<void> RequestService::setSetting(const char *key, int value, int min, int max)
{
    CD_TRY(m_session.require(Permission::ProcessRequests, QStringLiteral("request.settings")));
    if (value < min || value > max)
        return makeError(ErrorCode::Invalid, tr("The number of working days must be from %1 to %2.").arg(min).arg(max));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
    q.bind(1, QString::fromLatin1(key)).bind(2, QString::number(value));
    CD_TRY(q.run());
    CD_TRY(AuditLog::append(m_session, QStringLiteral("request.settings"), QStringLiteral("setting"), QString::fromLatin1(key),
                            QString::number(value)));
    return tx.commit();
}

Result<int> RequestService::responseDays() { return setting("requests.response_days", kDefaultResponseDays); }
Result<void> RequestService::setResponseDays(int days) { return setSetting("requests.response_days", days, 1, 60); }
Result<int> RequestService::maxExtensionDays() { return setting("requests.max_extension_days", kDefaultMaxExtensionDays); }
Result<void> RequestService::setMaxExtensionDays(int days) { return setSetting("requests.max_extension_days", days, 1, 60); }

} // namespace cd
