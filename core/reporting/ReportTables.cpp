// The report's tables of the period's records, read a page of rows at a time. Nothing personal
// beyond pseudonyms: names, phone numbers and free-text notes stay in the database (and in the
// package's CSV files when the officer asks for full records).
#include "ReportSections.h"

#include "core/access/Session.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <limits>
#include <utility>

namespace cd::reporting::report {

namespace {

constexpr int kRowsPerRead = 200;  // rows read from the database at a time

// Rows of `sql` read kRowsPerRead at a time and drawn before the next are read, so that memory
// and the open read stay small however long the period. The SQL binds the period as ?1 and ?2,
// the last key read as ?3 and the count as ?4; its first column is that increasing key.
template <typename Read, typename Draw>
void pagedRows(Context &c, int percent, const char *sql, Read read, Draw draw)
{
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        std::vector<decltype(read(std::declval<const Query &>()))> rows;
        {
            auto q = c.session.db().query(sql);
            q.bind(1, c.options.period.fromMs).bind(2, c.options.period.toMs).bind(3, after).bind(4, kRowsPerRead);
            auto done = q.forEach([&](const Query &row) {
                after = row.int64(0);
                rows.push_back(read(row));
            });
            if (!done)
                throw done.error();
        }
        for (auto &r : rows)
            draw(r);
        checkpoint(c, percent);
        if (int(rows.size()) < kRowsPerRead)
            break;
    }
}


struct Column {
    const char *source;  // marked with QT_TRANSLATE_NOOP in kCtx
    qreal width;         // of the page's width
};

// A section of one table: its heading, an optional note, the columns, then the rows `read`
// gives for `sql` (see pagedRows), drawn by `draw` (by default as they are); "none" when empty.
template <typename Read, typename Draw>
void section(PdfLayout &L, Context &c, const char *heading, const char *note, std::initializer_list<Column> columns,
             int percent, const char *sql, Read read, Draw draw)
{
    L.heading(c.say(kCtx, heading), 1);
    if (note)
        L.paragraph(c.say(kCtx, note), 9);
    QStringList header;
    std::vector<qreal> widths;
    for (const Column &column : columns) {
        header << c.say(kCtx, column.source);
        widths.push_back(column.width);
    }
    L.beginTable(header, widths);
    bool any = false;
    pagedRows(c, percent, sql, read, [&](auto &row) {
        any = true;
        draw(row);
    });
    L.endTable();
    if (!any)
        L.paragraph(c.say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "None in the period.")), 9);
}

template <typename Read>
void section(PdfLayout &L, Context &c, const char *heading, std::initializer_list<Column> columns, int percent,
             const char *sql, Read read)
{
    section(L, c, heading, nullptr, columns, percent, sql, read, [&L](const QStringList &row) { L.row(row); });
}

struct RequestLine {
    qint64 id = 0;
    QString type, state, pseudonym;
    qint64 receivedAt = 0, closedAt = 0;
    QDate receivedOn;
    int responseDays = 0, extensionDays = 0;
};

// A request's deadline as the dashboard counts it (computeDeadline, pauses included), on the
// day it was closed or today.
Deadline deadlineOf(Context &c, const RequestLine &r, const QDate &asOf)
{
    DeadlineInput in{r.receivedOn, r.responseDays, r.extensionDays, {}};
    auto pauses = c.session.db().query("SELECT paused_on, coalesce(resumed_on, '') FROM request_pauses "
                                       "WHERE request_id = ?1 ORDER BY id");
    pauses.bind(1, r.id);
    auto done = pauses.forEach([&](const Query &q) {
        in.pauses.push_back({QDate::fromString(q.text(0), Qt::ISODate), QDate::fromString(q.text(1), Qt::ISODate)});
    });
    if (!done)
        throw done.error();
    return computeDeadline(c.calendar, in, asOf);
}

// When each state was reached. Notes stay out: they may hold a customer's words.
QString timelineOf(Context &c, qint64 requestId)
{
    QStringList timeline;
    auto events = c.session.db().query("SELECT at, to_state FROM request_events WHERE request_id = ?1 ORDER BY id");
    events.bind(1, requestId);
    auto done = events.forEach([&](const Query &q) {
        timeline << dayText(q.int64(0)) + QLatin1Char(' ') + stateName(c.say, q.text(1));
    });
    if (!done)
        throw done.error();
    return timeline.join(QLatin1Char('\n'));
}

} // namespace

void requestTable(PdfLayout &L, Context &c)
{
    const ReportText &say = c.say;
    const QDate today = c.session.clock().today();
    section(
        L, c, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Requests of the period"),
        QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport",
                          "Every request received in the period or open during it, with its deadline and its "
                          "timeline. Customers are named by pseudonym."),
        {{QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "No."), 0.05},
         {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Type"), 0.12},
         {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Customer"), 0.17},
         {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Received on"), 0.09},
         {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Deadline"), 0.09},
         {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "State"), 0.1},
         {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "On time"), 0.09},
         {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Timeline"), 0.29}},
        60,
        "SELECT r.id, r.type, r.state, coalesce(s.pseudonym, ''), r.received_at, r.received_on, r.response_days, "
        "r.extension_days, coalesce(r.closed_at, 0) FROM requests r LEFT JOIN subjects s ON s.id = r.subject_id "
        "WHERE r.received_at < ?2 AND (r.closed_at IS NULL OR r.closed_at >= ?1) AND r.id > ?3 ORDER BY r.id LIMIT ?4",
        [](const Query &q) {
            return RequestLine{q.int64(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.int64(8),
                               QDate::fromString(q.text(5), Qt::ISODate), int(q.int64(6)), int(q.int64(7))};
        },
        [&](const RequestLine &r) {
            const bool closed = r.closedAt != 0;
            const QDate asOf = closed ? localDay(r.closedAt) : today;
            const Deadline deadline = deadlineOf(c, r, asOf);
            QString onTime;
            if (r.state == QLatin1String("cancelled"))
                onTime = QStringLiteral("—");
            else if (closed)
                onTime = asOf <= deadline.due ? say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "yes"))
                                              : say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "no, late"));
            else
                onTime = deadline.overdue ? say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "overdue"))
                                          : say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "open"));
            const auto type = RequestRules::typeFromId(r.type);
            L.row({QString::number(r.id), type ? typeName(say, *type) : r.type,
                   r.pseudonym.isEmpty() ? say(kCtx, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "not matched"))
                                         : r.pseudonym,
                   dayText(r.receivedAt), deadline.due.toString(Qt::ISODate), stateName(say, r.state), onTime,
                   timelineOf(c, r.id)});
        });
}

void recordTables(PdfLayout &L, Context &c)
{
    const ReportText &say = c.say;
    section(L, c, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Deletion log of the period"),
            {{QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Entry"), 0.07},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Time"), 0.12},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "By"), 0.09},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Reason"), 0.09},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Category"), 0.12},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Subject"), 0.12},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Where"), 0.1},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Counts"), 0.15},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Receipt"), 0.14}},
            70,
            "SELECT seq, at, actor_name, reason, category, subject_ref, location, counts, receipt_id FROM deletion_log "
            "WHERE at >= ?1 AND at < ?2 AND seq > ?3 ORDER BY seq LIMIT ?4",
            [&](const Query &q) {
                return QStringList{QString::number(q.int64(0)), timeText(q.int64(1)), q.text(2), reasonName(say, q.text(3)),
                                   q.text(4), q.text(5), q.text(6), q.text(7), q.text(8)};
            });

    section(L, c, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Camera mode changes"),
            {{QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Time"), 0.16},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "By"), 0.14},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Camera"), 0.2},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Change"), 0.5}},
            75,
            "SELECT seq, at, user_name, object_id, detail FROM audit_log WHERE action = 'camera.mode' "
            "AND at >= ?1 AND at < ?2 AND seq > ?3 ORDER BY seq LIMIT ?4",
            [](const Query &q) { return QStringList{timeText(q.int64(1)), q.text(2), q.text(3), q.text(4)}; });

    // Records in force at some time of the period: made before its end (?1 = ?1 uses the bind).
    section(L, c, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Impact assessments (PIIA)"),
            {{QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Scope"), 0.22},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Version"), 0.08},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Title"), 0.34},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Approved on"), 0.12},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Review on"), 0.12},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Kept until"), 0.12}},
            80,
            "SELECT id, scope, subject, version, title, coalesce(approved_on, ''), review_on, keep_until FROM piias "
            "WHERE created_at < ?2 AND ?1 = ?1 AND id > ?3 ORDER BY id LIMIT ?4",
            [](const Query &q) {
                return QStringList{q.text(1) + QStringLiteral(": ") + q.text(2), QString::number(q.int64(3)), q.text(4),
                                   q.text(5), q.text(6), q.text(7)};
            });

    section(L, c, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Vendor agreements"),
            {{QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Vendor"), 0.12},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Version"), 0.08},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Reference"), 0.14},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Processing location"), 0.13},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Valid from"), 0.11},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Valid until"), 0.11},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Document SHA-256"), 0.31}},
            85,
            "SELECT id, vendor_code, version, reference, location, coalesce(valid_from, ''), coalesce(valid_until, ''), "
            "coalesce(document_sha256, '') FROM vendor_agreements WHERE created_at < ?2 AND ?1 = ?1 AND id > ?3 "
            "ORDER BY id LIMIT ?4",
            [](const Query &q) {
                return QStringList{q.text(1), QString::number(q.int64(2)), q.text(3), q.text(4),
                                   q.text(5), q.text(6), q.text(7)};
            });

    section(L, c, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Filing record"),
            {{QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Threshold reached on"), 0.14},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "People"), 0.1},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Threshold"), 0.1},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Deadline"), 0.12},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Filed on"), 0.12},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Authority and reference"), 0.24},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Withdrawn"), 0.18}},
            90,
            "SELECT id, crossed_on, holders, threshold, deadline_on, coalesce(filed_on, ''), "
            "coalesce(authority || ' ' || reference, ''), coalesce(withdrawn_at, 0), coalesce(withdrawn_reason, '') "
            "FROM filing_records WHERE created_at < ?2 AND ?1 = ?1 AND id > ?3 ORDER BY id LIMIT ?4",
            [](const Query &q) {
                return QStringList{q.text(1), QString::number(q.int64(2)), QString::number(q.int64(3)), q.text(4),
                                   q.text(5), q.text(6),
                                   q.int64(7) ? dayText(q.int64(7)) + QLatin1Char(' ') + q.text(8) : QString()};
            });

    // Open during the period: found before its end, not closed before its start.
    section(L, c, QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Incidents"),
            {{QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "No."), 0.06},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Title"), 0.3},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Found"), 0.12},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "People affected"), 0.1},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Authority notified"), 0.16},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "People notified"), 0.14},
             {QT_TRANSLATE_NOOP("cd::reporting::EvidenceReport", "Closed"), 0.12}},
            95,
            "SELECT id, title, found_at, people_affected, coalesce(authority_notified_at, 0), coalesce(authority_name, ''), "
            "coalesce(people_notified_at, 0), coalesce(closed_at, 0) FROM incidents "
            "WHERE found_at < ?2 AND (closed_at IS NULL OR closed_at >= ?1) AND id > ?3 ORDER BY id LIMIT ?4",
            [](const Query &q) {
                return QStringList{QString::number(q.int64(0)), q.text(1), dayText(q.int64(2)), QString::number(q.int64(3)),
                                   q.int64(4) ? dayText(q.int64(4)) + QLatin1Char(' ') + q.text(5) : QString(),
                                   dayText(q.int64(6)), dayText(q.int64(7))};
            });
}

} // namespace cd::reporting::report
