#include "FilingService.h"
#include "core/access/Session.h"
#include "core/cameras/CameraCounts.h"
#include "core/crypto/Crypto.h"
#include "core/domain/Filing.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"

#include <QLocale>

namespace cd {

namespace {

#define FILING_SELECT                                                                                 \
    "SELECT id, crossed_on, holders, threshold, deadline_on, deadline_estimated, coalesce(filed_on, ''), " \
    "coalesce(authority, ''), coalesce(reference, ''), coalesce(document_sha256, ''), withdrawn_at IS NOT NULL " \
    "FROM filing_records "

FilingRecord readFiling(const Query &q)
{
    FilingRecord r;
    r.id = q.int64(0);
    r.crossedOn = QDate::fromString(q.text(1), Qt::ISODate);
    r.holders = q.int64(2);
    r.threshold = q.int64(3);
    r.deadline = QDate::fromString(q.text(4), Qt::ISODate);
    r.deadlineEstimated = q.int64(5) != 0;
    r.filedOn = QDate::fromString(q.text(6), Qt::ISODate);
    r.authority = q.text(7);
    r.reference = q.text(8);
    r.documentSha256 = q.text(9);
    r.withdrawn = q.int64(10) != 0;
    return r;
}

} // namespace

FilingService::FilingService(Session &session) : m_session(session) {}

FilingService::FilingService(Session &session, WorkingCalendar calendar)
    : m_session(session), m_calendar(std::move(calendar))
{
}

Result<std::optional<FilingRecord>> FilingService::current()
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query(FILING_SELECT "ORDER BY id DESC LIMIT 1");
    auto row = q.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<FilingRecord>();
    return std::optional<FilingRecord>(readFiling(q));
}

Result<std::optional<FilingRecord>> FilingService::note()
{
    auto existing = current();
    if (!existing)
        return existing.error();
    // One crossing is one filing: a count that falls and rises again does not start a second.
    if (existing.value() && !existing.value()->withdrawn)
        return existing.value()->filed() ? std::optional<FilingRecord>() : existing.value();
    // Staff and auditors only read: the officer's console and the jobs record the crossing.
    const Role role = m_session.user().role;
    if (!roleAllows(role, Permission::RunJobs) && !roleAllows(role, Permission::ManageCompliance))
        return std::optional<FilingRecord>();
    auto count = CameraCounts(m_session).filingCount();
    if (!count)
        return count.error();
    if (!filingThresholdReached(count->holders, count->threshold))
        return std::optional<FilingRecord>();

    const QDate today = m_session.clock().today();
    const WorkingDate deadline = filingDeadline(calendar(), today);
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    // Another console may have recorded it since current() was read: at most one open crossing.
    auto q = db.query("INSERT INTO filing_records(crossed_on, holders, threshold, deadline_on, deadline_estimated, "
                      "created_at) SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE NOT EXISTS (SELECT 1 FROM filing_records "
                      "WHERE withdrawn_at IS NULL)");
    q.bind(1, today.toString(Qt::ISODate)).bind(2, count->holders).bind(3, count->threshold);
    q.bind(4, deadline.date.toString(Qt::ISODate)).bind(5, deadline.estimated).bind(6, m_session.clock().nowMs());
    CD_TRY(q.run());
    if (db.changes() == 0) {
        CD_TRY(tx.commit());  // not a rollback: it may be joined to the enrolment's transaction
        return current();
    }
    CD_TRY(AuditLog::append(m_session, QStringLiteral("filing.threshold-reached"), QStringLiteral("filing"),
                            QString::number(db.lastInsertRowId()),
                            QStringLiteral("%1 people, threshold %2; file by %3")
                                .arg(count->holders)
                                .arg(count->threshold)
                                .arg(deadline.date.toString(Qt::ISODate))));
    CD_TRY(tx.commit());
    return current();
}

Result<void> FilingService::thresholdChanged()
{
    auto latest = current();
    if (!latest)
        return latest.error();
    // Only a crossing below the legal threshold (a store's own lower setting) can be undone by
    // raising it again; one reached at the legal threshold stands whatever the setting says.
    if (latest.value() && latest.value()->open() && latest.value()->threshold < CameraCounts::kDefaultFilingThreshold) {
        auto count = CameraCounts(m_session).filingCount();
        if (!count)
            return count.error();
        // Still reached: the obligation stands. Otherwise it was only the lowered threshold.
        if (!filingThresholdReached(count->holders, count->threshold)) {
            auto q = m_session.db().query("UPDATE filing_records SET withdrawn_at = ?2, withdrawn_reason = ?3 WHERE id = ?1");
            const QString reason = QStringLiteral("threshold raised to %1 above %2 people").arg(count->threshold).arg(count->holders);
            q.bind(1, latest.value()->id).bind(2, m_session.clock().nowMs()).bind(3, reason);
            CD_TRY(q.run());
            CD_TRY(AuditLog::append(m_session, QStringLiteral("filing.withdrawn"), QStringLiteral("filing"),
                                    QString::number(latest.value()->id), reason));
        }
    }
    auto noted = note();
    if (!noted)
        return noted.error();
    return {};
}

Result<FilingRecord> FilingService::recordFiling(const FilingInput &in)
{
    CD_TRY(m_session.require(Permission::ManageCompliance, QStringLiteral("filing.record")));
    if (in.authority.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the authority the filing was made with."));
    if (in.reference.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the filing's reference number from the authority's receipt."));
    if (!in.filedOn.isValid() || in.filedOn > m_session.clock().today())
        return makeError(ErrorCode::Invalid, tr("Give the day the filing was made; it cannot be in the future."));
    if (!in.document.content.isEmpty() && in.document.fileName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("An attachment needs a name and content."));
    auto open = current();
    if (!open)
        return open.error();
    if (!open.value() || !open.value()->open())
        return makeError(ErrorCode::NotFound, tr("No crossing of the filing threshold is waiting for a filing."));
    if (in.filedOn < open.value()->crossedOn.addYears(-1))
        return makeError(ErrorCode::Invalid, tr("The filing day is long before the threshold was reached on %1.")
                                                 .arg(open.value()->crossedOn.toString(Qt::ISODate)));

    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    const QString hash = in.document.content.isEmpty() ? QString() : crypto::sha256Hex(in.document.content);
    auto q = db.query("UPDATE filing_records SET filed_on = ?2, authority = ?3, reference = ?4, document_name = ?5, "
                      "document = ?6, document_sha256 = ?7, filed_by = ?8, filed_at = ?9 WHERE id = ?1");
    q.bind(1, open.value()->id).bind(2, in.filedOn.toString(Qt::ISODate)).bind(3, in.authority.trimmed());
    q.bind(4, in.reference.trimmed());
    if (in.document.content.isEmpty())
        q.bindNull(5).bindNull(6).bindNull(7);
    else
        q.bind(5, in.document.fileName.trimmed()).bindBlob(6, in.document.content).bind(7, hash);
    q.bindOptional(8, m_session.user().id, m_session.user().id != 0).bind(9, m_session.clock().nowMs());
    CD_TRY(q.run());
    CD_TRY(AuditLog::append(m_session, QStringLiteral("filing.record"), QStringLiteral("filing"),
                            QString::number(open.value()->id),
                            QStringLiteral("filed %1 with %2, reference %3; document sha256 %4")
                                .arg(in.filedOn.toString(Qt::ISODate), in.authority.trimmed().left(100),
                                     in.reference.trimmed().left(100), hash)));
    CD_TRY(tx.commit());
    auto filed = current();
    if (!filed)
        return filed.error();
    return *filed.value();
}

Result<Attachment> FilingService::document(qint64 filingId)
{
    CD_TRY(m_session.require(Permission::ViewCompliance, QStringLiteral("filing.view")));
    auto q = m_session.db().query("SELECT document_name, document FROM filing_records WHERE id = ?1 "
                                  "AND document IS NOT NULL");
    q.bind(1, filingId);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("The filing has no document attached."))));
    return Attachment{q.text(0), q.blob(1)};
}

WorkingCount FilingService::workingDaysLeft(const FilingRecord &record) const
{
    return calendar().workingDaysBetween(m_session.clock().today(), record.deadline);
}

QString FilingService::openFilingText(const FilingRecord &record) const
{
    const WorkingCount left = workingDaysLeft(record);
    QString text = left.days >= 0
        ? tr("%n working day(s) left to file with the authority", nullptr, left.days)
        : tr("The filing is %n working day(s) overdue", nullptr, -left.days);
    text = tr("The face-data filing threshold (%1 people) was reached on %2. %3: the deadline is %4. Record the "
              "filing on the Compliance page once it is made.")
               .arg(QLocale().toString(record.threshold), QLocale().toString(record.crossedOn, QLocale::ShortFormat),
                    text, QLocale().toString(record.deadline, QLocale::ShortFormat));
    if (left.estimated || record.deadlineEstimated)
        text += QLatin1Char(' ') + tr("(Counted Monday to Friday for a year the holiday calendar does not cover.)");
    return text;
}

const WorkingCalendar &FilingService::calendar() const
{
    if (!m_calendar)
        m_calendar = WorkingCalendar::load(WorkingCalendar::directoryFor(m_session.databasePath()));
    return *m_calendar;
}

} // namespace cd
