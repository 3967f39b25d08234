// requests.csv (every request open at some time in the period, with its deadline and whether it
// was met) and request_events.csv (their timelines). The deadline is the one rule
// (computeDeadline) with the calendar the requests code uses.
#include "EvidenceTables.h"

#include "core/domain/RequestRules.h"
#include "core/requests/RequestService.h"
#include "core/access/Session.h"
#include "core/store/Database.h"

#include <QDateTime>

namespace cd::evidence {

namespace {


// Received before the period ends and not closed before it starts.
#define REQUESTS_IN_PERIOD "r.received_at < ?2 AND (r.closed_at IS NULL OR r.closed_at >= ?1) "

QDate dayOf(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(); }

} // namespace

Result<void> writeRequestTables(TableContext &ctx)
{
    const RequestService requests(ctx.session);
    const WorkingCalendar &calendar = requests.calendar();
    const QDate today = ctx.session.clock().today();
    const auto bindPeriod = [&ctx](Query &q) { q.bind(1, ctx.fromMs).bind(2, ctx.toMs); };

    CD_TRY(writeCsv(
        ctx,
        {QStringLiteral("requests.csv"),
         {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Request"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Type"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "State"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Channel"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Pseudonym"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Contact name"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Contact phone"),
          QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Received at"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Received on"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Response days"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Extension days"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Extension reason"),
          QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Identity method"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Identity verified at"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Refusal reason"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Closed at"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Due on"),
          QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Working days paused"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Deadline met"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Deadline estimated")},
         "SELECT r.id, r.type, r.state, r.channel, coalesce(s.pseudonym, ''), r.contact_name, r.contact_phone, "
         "r.received_at, r.received_on, r.response_days, r.extension_days, coalesce(r.extension_reason, ''), "
         "coalesce(r.identity_method, ''), r.identity_at, coalesce(r.refusal_reason, ''), r.closed_at, "
         "(SELECT group_concat(p.paused_on || '/' || coalesce(p.resumed_on, ''), ';') FROM request_pauses p "
         "WHERE p.request_id = r.id) "
         "FROM requests r LEFT JOIN subjects s ON s.id = r.subject_id WHERE " REQUESTS_IN_PERIOD "ORDER BY r.id",
         bindPeriod,
         [&](const Query &q) {
             DeadlineInput in{QDate::fromString(q.text(8), Qt::ISODate), int(q.int64(9)), int(q.int64(10)), {}};
             if (!q.isNull(16)) {
                 for (const QString &pause : q.text(16).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                     const QStringList days = pause.split(QLatin1Char('/'));
                     in.pauses.push_back({QDate::fromString(days.value(0), Qt::ISODate),
                                          QDate::fromString(days.value(1), Qt::ISODate)});
                 }
             }
             const auto state = RequestRules::stateFromId(q.text(2));
             const bool closed = !q.isNull(15);
             // A closed request is judged on the day it closed, as the request queue does.
             const Deadline d = computeDeadline(calendar, in, closed ? dayOf(q.int64(15)) : today);
             QString met;
             if (state == RequestState::Cancelled)
                 met = ctx.header(QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "not answered (cancelled)"));
             else if (!closed)
                 met = ctx.header(d.overdue ? QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "open, overdue") : QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "open"));
             else
                 met = ctx.header(d.overdue ? QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "no") : QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "yes"));
             return QStringList{QString::number(q.int64(0)), q.text(1), q.text(2), q.text(3), q.text(4),
                                ctx.name(q.text(5)), ctx.phone(q.text(6)), ctx.time(q, 7), q.text(8),
                                QString::number(q.int64(9)), QString::number(q.int64(10)), q.text(11), q.text(12),
                                ctx.time(q, 13), q.text(14), ctx.time(q, 15), d.due.toString(Qt::ISODate),
                                QString::number(d.pausedDays), met,
                                d.estimated ? QStringLiteral("1") : QStringLiteral("0")};
         }}));

    // A note is free text that may name the customer: only in a full-records package.
    CD_TRY(writeCsv(ctx, {QStringLiteral("request_events.csv"),
                          {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Request"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "At"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Actor"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Action"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "From state"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "To state"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Note")},
                          "SELECT e.request_id, e.at, u.name, e.action, e.from_state, e.to_state, e.note "
                          "FROM request_events e JOIN requests r ON r.id = e.request_id "
                          "JOIN users u ON u.id = e.actor_id WHERE " REQUESTS_IN_PERIOD "ORDER BY e.request_id, e.id",
                          bindPeriod, [&ctx](const Query &q) {
                              return QStringList{QString::number(q.int64(0)), ctx.time(q, 1), q.text(2), q.text(3),
                                                 q.text(4), q.text(5), ctx.fullRecords ? q.text(6) : QString()};
                          }}));
    return {};
}

} // namespace cd::evidence
