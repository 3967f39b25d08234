#include "SubjectErasure.h"
#include "core/access/Session.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/DeletionLog.h"
#include "core/store/Database.h"

#include <QMap>
#include <QStringList>

namespace cd {

namespace {

// Many ids per INSERT: a sweep's 431,623 one-row inserts took a third of a second in statement
// overhead alone.
constexpr int kIdsPerInsert = 250;

Result<void> addToBatch(Database &db, const std::vector<qint64> &ids)
{
    static const QByteArray manySql = [] {
        QByteArray sql = "INSERT OR IGNORE INTO temp.erase_batch(id) VALUES (?1)";
        for (int i = 2; i <= kIdsPerInsert; ++i)
            sql += ",(?" + QByteArray::number(i) + ')';
        return sql;
    }();
    std::size_t i = 0;
    if (ids.size() >= std::size_t(kIdsPerInsert)) {
        auto many = db.query(manySql.constData());
        for (; i + kIdsPerInsert <= ids.size(); i += kIdsPerInsert) {
            for (int k = 0; k < kIdsPerInsert; ++k)
                many.bind(k + 1, ids[i + std::size_t(k)]);
            CD_TRY(many.run());
        }
    }
    auto one = db.query("INSERT OR IGNORE INTO temp.erase_batch(id) VALUES (?1)");
    for (; i < ids.size(); ++i) {
        one.bind(1, ids[i]);
        CD_TRY(one.run());
    }
    return {};
}

} // namespace

Result<SubjectErasureResult> SubjectErasure::erase(const SubjectErasureRequest &request)
{
    // Checked before the transaction: a refusal is audited and must not be rolled back with it.
    CD_TRY(m_session.require(Permission::EraseData, QStringLiteral("subject.erase")));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());

    auto subject = db.query("SELECT pseudonym, erased_at IS NOT NULL, name <> '', phone <> '', birth_date IS NOT NULL "
                            "FROM subjects WHERE id = ?1");
    subject.bind(1, request.subjectId);
    CD_TRY(subject.single(makeError(ErrorCode::NotFound, tr("The customer was not found."))));
    SubjectErasureResult result;
    result.pseudonym = subject.text(0);
    if (subject.int64(1) != 0) {
        result.alreadyErased = true;
        return result;
    }
    QMap<QString, qint64> counts{{QStringLiteral("name"), subject.int64(2)},
                                 {QStringLiteral("phone"), subject.int64(3)},
                                 {QStringLiteral("birth-date"), subject.int64(4)}};

    auto granted = db.query("SELECT count(*) FROM consents WHERE subject_id = ?1 AND status = 'granted'");
    granted.bind(1, request.subjectId);
    CD_TRY(granted.single());
    if (granted.int64(0) > 0)
        return makeError(ErrorCode::Conflict,
                         tr("Customer %1 still has %n granted consent(s): withdraw them before erasing the personal data.",
                            nullptr, int(granted.int64(0)))
                             .arg(result.pseudonym));

    const qint64 now = m_session.clock().nowMs();
    auto fields = db.query("UPDATE subjects SET name = '', phone = '', birth_date = NULL, age_band = '', "
                           "fields_due_at = NULL, updated_at = ?2, erased_at = ?2 WHERE id = ?1");
    fields.bind(1, request.subjectId).bind(2, now);
    CD_TRY(fields.run());

    auto guardians = db.query("UPDATE consents SET guardian_name = NULL, guardian_relation = NULL "
                              "WHERE subject_id = ?1 AND (guardian_name IS NOT NULL OR guardian_relation IS NOT NULL)");
    guardians.bind(1, request.subjectId);
    CD_TRY(guardians.run());
    counts.insert(QStringLiteral("guardian"), db.changes());

    // An imported request's unknown members (OpenDSR) may hold what the sender added about the
    // customer: they go with the contact details.
    auto contacts = db.query("UPDATE requests SET contact_name = '', contact_phone = '', external_json = NULL "
                             "WHERE subject_id = ?1 AND (contact_name <> '' OR contact_phone <> '' "
                             "OR external_json IS NOT NULL)");
    contacts.bind(1, request.subjectId);
    CD_TRY(contacts.run());
    counts.insert(QStringLiteral("request-contact"), db.changes());

    // A correction's before/after values are personal fields too (SubjectService::correct).
    auto corrections = db.query("UPDATE subject_corrections SET before_value = '', after_value = '' "
                                "WHERE subject_id = ?1 AND (before_value <> '' OR after_value <> '')");
    corrections.bind(1, request.subjectId);
    CD_TRY(corrections.run());
    if (db.changes() > 0)
        counts.insert(QStringLiteral("correction"), db.changes());

    auto kept = db.query("SELECT count(*) FROM consents WHERE subject_id = ?1");
    kept.bind(1, request.subjectId);
    CD_TRY(kept.single());
    result.consentsKept = kept.int64(0);

    DeletionEntry entry;
    entry.at = now;
    entry.actorId = m_session.user().id;
    entry.actorName = m_session.user().name;
    entry.reason = request.reason;
    entry.reasonRef = request.reasonRef;
    entry.category = QStringLiteral("personal-fields");
    entry.subjectRef = result.pseudonym;
    entry.location = QStringLiteral("local");
    entry.counts = DeletionLog::formatCounts(counts);
    entry.recordIds = QStringLiteral("subject:%1").arg(request.subjectId);
    auto seq = DeletionLog::append(db, entry);
    if (!seq)
        return seq.error();
    result.deletionSeq = seq.value();
    CD_TRY(AuditLog::append(m_session, QStringLiteral("subject.erase"), QStringLiteral("subject"), result.pseudonym,
                            QStringLiteral("reason %1 %2; deletion seq %3")
                                .arg(request.reason, request.reasonRef).arg(result.deletionSeq)));
    CD_TRY(tx.commit());
    return result;
}

Result<SubjectBatchErasure> SubjectErasure::eraseBatch(const std::vector<qint64> &subjectIds, const QString &reason,
                                                      const QString &reasonRef)
{
    CD_TRY(m_session.require(Permission::EraseData, QStringLiteral("subject.erase")));
    Database &db = m_session.db();
    SubjectBatchErasure result;
    if (subjectIds.empty())
        return result;
    Transaction tx(db);
    CD_TRY(tx.begin());
    // The ids go into an in-memory temporary table (temp_store=MEMORY; ids only, no personal
    // data) so that each statement below runs once for the batch, not once per customer.
    CD_TRY(db.exec("CREATE TEMP TABLE IF NOT EXISTS erase_batch(id INTEGER PRIMARY KEY)"));
    CD_TRY(db.exec("DELETE FROM temp.erase_batch"));
    CD_TRY(addToBatch(db, subjectIds));
    // +status: the subject index, not a walk of every granted consent per batch.
    auto granted = db.query("SELECT count(*) FROM consents WHERE subject_id IN temp.erase_batch "
                            "AND +status = 'granted'");
    CD_TRY(granted.single());
    if (granted.int64(0) > 0)
        return makeError(ErrorCode::Conflict,
                         tr("%n consent(s) of these customers are still granted: withdraw them before erasing.", nullptr,
                            int(granted.int64(0))));

    // Counted and listed in SQL: one string for the batch, no row-by-row copying into Qt.
    auto which = db.query("SELECT count(*), total(named), total(phoned), total(born), group_concat(ref, ',') FROM "
                          "(SELECT name <> '' AS named, phone <> '' AS phoned, birth_date IS NOT NULL AS born, "
                          "id || '/' || pseudonym AS ref FROM subjects WHERE id IN temp.erase_batch "
                          "AND erased_at IS NULL ORDER BY id)");
    CD_TRY(which.single());
    const QString ids = which.int64(0) > 0 ? which.text(4) : QString();
    QMap<QString, qint64> counts{{QStringLiteral("name"), which.int64(1)},
                                 {QStringLiteral("phone"), which.int64(2)},
                                 {QStringLiteral("birth-date"), which.int64(3)}};
    if (ids.isEmpty())
        return result;  // all erased before: nothing is written

    const qint64 now = m_session.clock().nowMs();
    auto fields = db.query("UPDATE subjects SET name = '', phone = '', birth_date = NULL, age_band = '', "
                           "fields_due_at = NULL, updated_at = ?1, erased_at = ?1 WHERE id IN temp.erase_batch "
                           "AND erased_at IS NULL");
    fields.bind(1, now);
    CD_TRY(fields.run());
    result.erased = db.changes();
    auto guardians = db.query("UPDATE consents SET guardian_name = NULL, guardian_relation = NULL WHERE subject_id IN "
                              "temp.erase_batch AND (guardian_name IS NOT NULL OR guardian_relation IS NOT NULL)");
    CD_TRY(guardians.run());
    counts.insert(QStringLiteral("guardian"), db.changes());
    auto contacts = db.query("UPDATE requests SET contact_name = '', contact_phone = '', external_json = NULL WHERE "
                             "subject_id IN temp.erase_batch AND (contact_name <> '' OR contact_phone <> '' "
                             "OR external_json IS NOT NULL)");
    CD_TRY(contacts.run());
    counts.insert(QStringLiteral("request-contact"), db.changes());
    auto corrections = db.query("UPDATE subject_corrections SET before_value = '', after_value = '' WHERE subject_id "
                                "IN temp.erase_batch AND (before_value <> '' OR after_value <> '')");
    CD_TRY(corrections.run());
    counts.insert(QStringLiteral("correction"), db.changes());
    counts.insert(QStringLiteral("subjects"), result.erased);
    CD_TRY(db.exec("DELETE FROM temp.erase_batch"));

    DeletionEntry entry;
    entry.at = now;
    entry.actorId = m_session.user().id;
    entry.actorName = m_session.user().name;
    entry.reason = reason;
    entry.reasonRef = reasonRef;
    entry.category = QStringLiteral("personal-fields");
    entry.subjectRef = QStringLiteral("*");  // many: each is named in recordIds
    entry.location = QStringLiteral("local");
    entry.counts = DeletionLog::formatCounts(counts);
    entry.recordIds = QStringLiteral("subject:") + ids;
    auto seq = DeletionLog::append(db, entry);
    if (!seq)
        return seq.error();
    result.deletionSeq = seq.value();
    CD_TRY(AuditLog::append(m_session, QStringLiteral("subject.erase"), QStringLiteral("subjects"),
                            QString::number(result.erased),
                            QStringLiteral("reason %1 %2; deletion seq %3").arg(reason, reasonRef).arg(result.deletionSeq)));
    CD_TRY(tx.commit());
    return result;
}

Result<void> SubjectErasure::flushWriteAheadLog()
{
    CD_TRY(m_session.ensureUnlocked());
    // The first column is 1 when a reader kept the checkpoint from finishing.
    auto busy = m_session.db().queryInt("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!busy)
        return busy.error();
    if (busy.value() != 0)
        return makeError(ErrorCode::Busy, tr("Another program is reading the database; the erased data leaves the "
                                             "write-ahead log at the next checkpoint."));
    return {};
}

} // namespace cd
