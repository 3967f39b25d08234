#include "CameraCounts.h"
#include "core/access/Session.h"
#include "core/compliance/FilingService.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"

namespace cd {

Result<qint64> CameraCounts::faceDataHolders()
{
    CD_TRY(m_session.ensureUnlocked());
    return m_session.db().queryInt(
        "SELECT count(*) FROM (SELECT subject_id FROM enrollments WHERE ended_at IS NULL UNION "
        "SELECT subject_id FROM vendor_jobs WHERE state = 'pending' AND subject_id IS NOT NULL)");
}

Result<QString> CameraCounts::meta(const QString &key)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT value FROM meta WHERE key = ?1");
    q.bind(1, key);
    auto row = q.step();
    if (!row)
        return row.error();
    return row.value() ? q.text(0) : QString();
}

Result<void> CameraCounts::setMeta(const QString &key, const QString &value)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
    q.bind(1, key).bind(2, value);
    return q.run();
}

Result<qint64> CameraCounts::filingThreshold()
{
    auto v = meta(QStringLiteral("filing_threshold"));
    if (!v)
        return v.error();
    return v->isEmpty() ? kDefaultFilingThreshold : v->toLongLong();
}

Result<FilingCount> CameraCounts::filingCount()
{
    auto holders = faceDataHolders();
    if (!holders)
        return holders.error();
    auto threshold = filingThreshold();
    if (!threshold)
        return threshold.error();
    return FilingCount{holders.value(), threshold.value()};
}

Result<void> CameraCounts::setFilingThreshold(qint64 threshold)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("filing.threshold")));
    if (threshold <= 0)
        return makeError(ErrorCode::Invalid, tr("The threshold must be a positive number."));
    // A store may file earlier than the measures ask, never later.
    if (threshold > kDefaultFilingThreshold)
        return makeError(ErrorCode::Invalid, tr("The facial-recognition measures require filing at %1 people; the "
                                                "threshold cannot be higher.").arg(kDefaultFilingThreshold));
    Transaction tx(m_session.db());
    CD_TRY(tx.begin());
    CD_TRY(setMeta(QStringLiteral("filing_threshold"), QString::number(threshold)));
    CD_TRY(AuditLog::append(m_session, QStringLiteral("filing.threshold"), QStringLiteral("setting"),
                            QStringLiteral("filing_threshold"), QString::number(threshold)));
    // A lower threshold may already be reached; a higher one may withdraw an open crossing.
    CD_TRY(FilingService(m_session).thresholdChanged());
    return tx.commit();
}

Result<void> CameraCounts::storeVisitorCounts(qint64 vendorId, const std::vector<VisitorCountRow> &counts)
{
    CD_TRY(m_session.require(Permission::RunJobs, QStringLiteral("visitor-counts.store")));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    for (const VisitorCountRow &c : counts) {
        auto q = db.query("INSERT OR REPLACE INTO visitor_counts(vendor_id, zone_key, hour_start, visitors) "
                          "VALUES (?1, ?2, ?3, ?4)");
        q.bind(1, vendorId).bind(2, c.zoneKey).bind(3, c.hourStart).bind(4, c.visitors);
        CD_TRY(q.run());
    }
    return tx.commit();
}

Result<std::vector<VisitorCountRow>> CameraCounts::visitorCounts(qint64 sinceHour)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT v.code, c.zone_key, c.hour_start, c.visitors FROM visitor_counts c "
                                  "JOIN vendors v ON v.id = c.vendor_id WHERE c.hour_start >= ?1 "
                                  "ORDER BY c.hour_start, v.code, c.zone_key");
    q.bind(1, sinceHour);
    return q.collect([](const Query &row) {
        return VisitorCountRow{row.text(0), row.text(1), row.int64(2), row.int64(3)};
    });
}

Result<QString> CameraCounts::countsCursor(qint64 vendorId)
{
    return meta(QStringLiteral("counts_cursor:%1").arg(vendorId));
}

Result<void> CameraCounts::setCountsCursor(qint64 vendorId, const QString &cursor)
{
    return setMeta(QStringLiteral("counts_cursor:%1").arg(vendorId), cursor);
}

} // namespace cd
