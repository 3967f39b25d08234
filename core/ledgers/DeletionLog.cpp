#include "DeletionLog.h"
#include "core/store/Database.h"

#include <QMap>
#include <QStringList>
#include <limits>

namespace cd {

namespace {
#define DELETION_COLUMNS                                                                                     \
    "seq, at, actor_id, actor_name, reason, reason_ref, category, subject_ref, location, counts, record_ids, " \
    "receipt_id, digest"
const ChainTable kDeletionTable{"deletion_log", DELETION_COLUMNS, 13};
} // namespace

Result<qint64> DeletionLog::append(Database &db, const DeletionEntry &e)
{
    return hashchain::append(db, kDeletionTable,
                             {e.at, e.actorId, e.actorName, e.reason, e.reasonRef, e.category, e.subjectRef,
                              e.location, e.counts, e.recordIds, e.receiptId, e.digest});
}

Result<LedgerVerification> DeletionLog::verify(Database &db) { return hashchain::verify(db, kDeletionTable); }

Result<std::vector<DeletionEntry>> DeletionLog::page(Database &db, qint64 beforeSeq, int limit)
{
    auto q = db.query("SELECT " DELETION_COLUMNS " FROM deletion_log WHERE seq < ?1 ORDER BY seq DESC LIMIT ?2");
    q.bind(1, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max()).bind(2, limit);
    return q.collect([](const Query &row) {
        return DeletionEntry{row.int64(0), row.int64(1), row.int64(2), row.text(3), row.text(4), row.text(5), row.text(6),
                             row.text(7), row.text(8), row.text(9), row.text(10), row.text(11), row.text(12)};
    });
}

QString DeletionLog::formatCounts(const QMap<QString, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + QString::number(it.value());
    return parts.join(QLatin1Char(';'));
}

} // namespace cd
