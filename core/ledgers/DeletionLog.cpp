#include "DeletionLog.h"
#include "core/access/Session.h"
#include "core/store/Database.h"

#include <QMap>
#include <QStringList>
#include <limits>

namespace cd {

namespace {
#define DELETION_COLUMNS                                                                                     \
    "seq, at, actor_id, actor_name, reason, reason_ref, category, subject_ref, location, counts, record_ids, " \
    "receipt_id, digest"
const ChainTable kDeletionTable{"deletion_log", DELETION_COLUMNS, 13, "iiitttttttttt"};

DeletionEntry readEntry(const Query &row)
{
    return DeletionEntry{row.int64(0), row.int64(1), row.int64(2), row.text(3), row.text(4), row.text(5), row.text(6),
                         row.text(7), row.text(8), row.text(9), row.text(10), row.text(11), row.text(12)};
}
} // namespace

Result<qint64> DeletionLog::append(Database &db, const DeletionEntry &e)
{
    return hashchain::append(db, kDeletionTable,
                             {e.at, e.actorId, e.actorName, e.reason, e.reasonRef, e.category, e.subjectRef,
                              e.location, e.counts, e.recordIds, e.receiptId, e.digest});
}

const ChainTable &DeletionLog::table() { return kDeletionTable; }

Result<LedgerVerification> DeletionLog::verify(Database &db) { return hashchain::verify(db, kDeletionTable); }

Result<std::vector<DeletionEntry>> DeletionLog::page(Database &db, qint64 beforeSeq, int limit)
{
    auto q = db.query("SELECT " DELETION_COLUMNS " FROM deletion_log WHERE seq < ?1 ORDER BY seq DESC LIMIT ?2");
    q.bind(1, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max()).bind(2, limit);
    return q.collect(readEntry);
}

Result<std::vector<DeletionEntry>> DeletionLog::page(Session &session, const DeletionFilter &f, qint64 beforeSeq,
                                                    int limit)
{
    CD_TRY(session.require(Permission::ViewAudit, QStringLiteral("deletion-log.view")));
    // Empty (or null) and 0 mean "no filter", so one statement serves every combination.
    auto q = session.db().query("SELECT " DELETION_COLUMNS " FROM deletion_log WHERE seq < ?1 "
                                "AND (coalesce(?3, '') = '' OR reason = ?3) AND (coalesce(?4, '') = '' OR location = ?4) "
                                "AND (?5 = 0 OR at >= ?5) AND (?6 = 0 OR at < ?6) ORDER BY seq DESC LIMIT ?2");
    q.bind(1, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max())
        .bind(2, limit)
        .bind(3, f.reason)
        .bind(4, f.location)
        .bind(5, f.fromMs)
        .bind(6, f.toMs);
    return q.collect(readEntry);
}

Result<QStringList> DeletionLog::locations(Session &session)
{
    CD_TRY(session.require(Permission::ViewAudit, QStringLiteral("deletion-log.view")));
    auto q = session.db().query("SELECT DISTINCT location FROM deletion_log ORDER BY location");
    auto rows = q.collect([](const Query &row) { return row.text(0); });
    if (!rows)
        return rows.error();
    return QStringList(rows.value().begin(), rows.value().end());
}

QString DeletionLog::formatCounts(const QMap<QString, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + QString::number(it.value());
    return parts.join(QLatin1Char(';'));
}

} // namespace cd
