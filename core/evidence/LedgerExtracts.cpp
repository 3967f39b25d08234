// deletions.csv (the deletion log's entries in the period, with the vendors' receipts) and
// audit.csv (the audit log's rows in the period). Both ledgers hold no personal data by design
// (pseudonyms and ids only). Each row carries its chain hash, so that it can be matched with the
// full ledgers and heads.json.
#include "EvidenceTables.h"

#include "core/store/Database.h"

namespace cd::evidence {

Result<void> writeLedgerExtracts(TableContext &ctx)
{
    const auto bindPeriod = [&ctx](Query &q) { q.bind(1, ctx.fromMs).bind(2, ctx.toMs); };
    CD_TRY(writeCsv(ctx, {QStringLiteral("deletions.csv"),
                          {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Entry"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "At"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "By"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Reason"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Reason reference"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Category"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Pseudonym"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Location"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Counts"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Record ids"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Receipt"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Digest"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Row hash")},
                          "SELECT seq, at, actor_name, reason, reason_ref, category, subject_ref, location, counts, "
                          "record_ids, receipt_id, digest, hex(hash) FROM deletion_log WHERE at >= ?1 AND at < ?2 "
                          "ORDER BY seq",
                          bindPeriod, [&ctx](const Query &q) {
                              QStringList cells{QString::number(q.int64(0)), ctx.time(q, 1)};
                              for (int c = 2; c < 12; ++c)
                                  cells << q.text(c);
                              cells << q.text(12).toLower();
                              return cells;
                          }}));
    CD_TRY(writeCsv(ctx, {QStringLiteral("audit.csv"),
                          {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Row"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "At"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "User"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Action"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Object type"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Object"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Detail"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Row hash")},
                          "SELECT seq, at, user_name, action, object_type, object_id, detail, hex(hash) "
                          "FROM audit_log WHERE at >= ?1 AND at < ?2 ORDER BY seq",
                          bindPeriod, [&ctx](const Query &q) {
                              return QStringList{QString::number(q.int64(0)), ctx.time(q, 1), q.text(2), q.text(3),
                                                 q.text(4), q.text(5), q.text(6), q.text(7).toLower()};
                          }}));
    return {};
}

} // namespace cd::evidence
