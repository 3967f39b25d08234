#include "RetentionService.h"
#include "core/ledgers/Checkpoints.h"
#include "core/access/Session.h"
#include "core/consent/ConsentService.h"
#include "core/cameras/VendorErasures.h"
#include "core/consent/SubjectErasure.h"
#include "core/domain/FaceConsent.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/DeletionLog.h"
#include "core/store/Database.h"
#include "core/store/IndexRebuild.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace cd {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max() / 2;

void addRef(SweepAction &a, const QString &ref)
{
    if (a.refs.size() < RetentionService::kMaxRefs)
        a.refs << ref;
}

Result<int> metaDays(Database &db, const char *key, int fallback)
{
    auto q = db.query("SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?1");
    q.bind(1, QString::fromLatin1(key));
    auto row = q.step();
    if (!row)
        return row.error();
    return row.value() && q.int64(0) > 0 ? int(q.int64(0)) : fallback;
}

} // namespace

qint64 SweepResult::total() const
{
    qint64 n = 0;
    for (const SweepAction &a : actions)
        n += a.count;
    return n;
}

Result<RetentionSettings> RetentionService::settings()
{
    CD_TRY(m_session.ensureUnlocked());
    RetentionSettings s;
    auto closed = metaDays(m_session.db(), kClosedRequestDaysKey, kDefaultClosedRequestDays);
    if (!closed)
        return closed.error();
    auto grace = metaDays(m_session.db(), kRenewalGraceDaysKey, kDefaultRenewalGraceDays);
    if (!grace)
        return grace.error();
    s.closedRequestDays = closed.value();
    s.renewalGraceDays = grace.value();
    return s;
}

Result<void> RetentionService::setSettings(const RetentionSettings &s)
{
    CD_TRY(m_session.require(Permission::ManagePurposes, QStringLiteral("retention.settings")));
    if (s.closedRequestDays < 1 || s.closedRequestDays > 3650 || s.renewalGraceDays < 0 || s.renewalGraceDays > 365)
        return makeError(ErrorCode::Invalid, tr("Keep closed requests 1 to 3650 days and allow 0 to 365 days for "
                                                "renewing a consent."));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
    q.bind(1, QString::fromLatin1(kClosedRequestDaysKey)).bind(2, qint64(s.closedRequestDays));
    CD_TRY(q.run());
    q.bind(1, QString::fromLatin1(kRenewalGraceDaysKey)).bind(2, qint64(s.renewalGraceDays));
    CD_TRY(q.run());
    CD_TRY(AuditLog::append(m_session, QStringLiteral("retention.settings"), QStringLiteral("setting"),
                            QStringLiteral("retention"),
                            QStringLiteral("closed requests %1 days; renewal grace %2 days")
                                .arg(s.closedRequestDays)
                                .arg(s.renewalGraceDays)));
    return tx.commit();
}

Result<int> RetentionService::faceRetentionDays()
{
    // Captures are taken under the face purposes (those asking for separate consent): the
    // longest of their periods, so that no purpose loses what it may still keep.
    auto q = m_session.db().query("SELECT coalesce(max(retention_days), 0) FROM purposes "
                                  "WHERE separate_consent_required = 1");
    CD_TRY(q.single());
    return int(q.int64(0));
}

Result<std::vector<RetentionItem>> RetentionService::due(RetentionKind kind, qint64 bound, int limit,
                                                         const RetentionSettings &s, std::vector<qint64> *ids)
{
    Database &db = m_session.db();
    std::vector<RetentionItem> out;
    auto keep = [&](qint64 id, const QString &ref, qint64 dueAt, bool queued) {
        if (ids)
            ids->push_back(id);
        if (int(out.size()) < limit)
            out.push_back(RetentionItem{kind, ref, dueAt, queued});
    };
    switch (kind) {
    case RetentionKind::CustomerFields: {
        // Customers with no consent left and no open request (a request still needs its contact).
        // The due date is kept on the customer (subjects.fields_due_at: set by the schema's
        // triggers when the last granted consent ends, cleared by ConsentService on a grant): one
        // walk of its index up to the bound, however large the store. SubjectErasure checks again
        // for a granted consent in its own transaction.
        auto q = db.query("SELECT s.id, s.pseudonym, s.fields_due_at FROM subjects s WHERE s.fields_due_at <= ?1 "
                          "AND s.erased_at IS NULL AND s.id NOT IN (SELECT subject_id FROM requests WHERE subject_id "
                          "IS NOT NULL AND state NOT IN ('completed','refused','cancelled')) ORDER BY s.fields_due_at, s.id");
        q.bind(1, bound);
        CD_TRY(q.forEach([&](const Query &r) {
            keep(r.int64(0), r.text(1), r.int64(2), false);
        }));
        break;
    }
    case RetentionKind::ClosedRequest: {
        const qint64 period = qint64(s.closedRequestDays) * kDayMs;
        auto q = db.query("SELECT id, closed_at + ?2 FROM requests WHERE closed_at IS NOT NULL AND erased_at IS NULL "
                          "AND closed_at <= ?1 - ?2 ORDER BY closed_at, id");
        q.bind(1, bound).bind(2, period);
        CD_TRY(q.forEach([&](const Query &r) {
            keep(r.int64(0), QStringLiteral("request:%1").arg(r.int64(0)), r.int64(1), false);
        }));
        break;
    }
    case RetentionKind::RenewalLapsed: {
        // Still enrolled, no valid face consent left, and a face consent waiting for renewal:
        // the grace period counts from the latest request to renew.
        auto q = db.query(
            "SELECT e.subject_id, s.pseudonym, max(coalesce(c.renewal_asked_at, c.granted_at)) + ?2 AS due "
            "FROM enrollments e JOIN subjects s ON s.id = e.subject_id JOIN consents c ON c.subject_id = e.subject_id "
            "AND +c.status = 'granted' AND c.needs_renewal = 1 AND c.separate_consent = 1 "
            "WHERE e.ended_at IS NULL AND NOT EXISTS (SELECT 1 FROM consents c JOIN purposes p ON p.id = c.purpose_id "
            "WHERE c.subject_id = e.subject_id AND " CD_VALID_FACE_CONSENT_SQL ") "
            "GROUP BY e.subject_id HAVING due <= ?1 ORDER BY due, e.subject_id");
        q.bind(1, bound).bind(2, qint64(s.renewalGraceDays) * kDayMs).bind(kFaceConsentNowParameter,
                                                                            m_session.clock().nowMs());
        CD_TRY(q.forEach([&](const Query &r) {
            keep(r.int64(0), r.text(1), r.int64(2), false);
        }));
        break;
    }
    case RetentionKind::VendorCaptures: {
        auto days = faceRetentionDays();
        if (!days)
            return days.error();
        if (days.value() <= 0)
            break;  // no face purpose: no capture is allowed to exist, nor any rule to purge by
        // First purge when the oldest capture could reach the period; then once a day.
        auto q = db.query("SELECT v.id, v.code, v.added_at, (SELECT max(created_at) FROM vendor_jobs j "
                          "WHERE j.vendor_id = v.id AND j.op = 'purge-before'), EXISTS (SELECT 1 FROM vendor_jobs j "
                          "WHERE j.vendor_id = v.id AND j.op = 'purge-before' AND j.state = 'pending') "
                          "FROM vendors v ORDER BY v.id");
        CD_TRY(q.forEach([&](const Query &r) {
            const bool queued = r.int64(4) != 0;
            const qint64 dueAt = r.isNull(3) ? r.int64(2) + qint64(days.value()) * kDayMs : r.int64(3) + kDayMs;
            if (dueAt <= bound && !(queued && ids))
                keep(r.int64(0), r.text(1), dueAt, queued);
        }));
        break;
    }
    }
    return out;
}

// What is due may be read by a role that sweeps, or one that sees the consents.
Result<RetentionSettings> RetentionService::settingsToRead()
{
    CD_TRY(m_session.ensureUnlocked());
    if (!roleAllows(m_session.user().role, Permission::RunJobs))
        CD_TRY(m_session.require(Permission::ViewConsents, QStringLiteral("retention.schedule")));
    return settings();
}

Result<std::vector<qint64>> RetentionService::dueCounts(qint64 bound)
{
    auto s = settingsToRead();
    if (!s)
        return s.error();
    std::vector<qint64> counts;
    for (RetentionKind kind : allRetentionKinds()) {
        std::vector<qint64> ids;  // what the sweep would act on; no item is kept
        auto items = due(kind, bound, 0, s.value(), &ids);
        if (!items)
            return items.error();
        counts.push_back(qint64(ids.size()));
    }
    return counts;
}

Result<std::vector<RetentionItem>> RetentionService::schedule(int limit)
{
    auto s = settingsToRead();
    if (!s)
        return s.error();
    std::vector<RetentionItem> all;
    for (RetentionKind kind : allRetentionKinds()) {
        auto items = due(kind, kNever, limit, s.value(), nullptr);
        if (!items)
            return items.error();
        all.insert(all.end(), items->begin(), items->end());
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const RetentionItem &a, const RetentionItem &b) { return a.dueAt < b.dueAt; });
    return all;
}

Result<SweepResult> RetentionService::sweep(bool dryRun)
{
    // Once, before anything: a refused sweep writes its one access.denied row and nothing else.
    CD_TRY(m_session.require(Permission::RunJobs, dryRun ? QStringLiteral("retention.sweep-dry-run")
                                                          : QStringLiteral("retention.sweep")));
    SweepResult result;
    result.dryRun = dryRun;
    Database &db = m_session.db();
    const BulkCache cache(db, kSweepCacheMib);
    if (dryRun) {
        auto q = db.query("SELECT count(*) FROM consents WHERE expires_at IS NOT NULL AND expires_at <= ?1 "
                          "AND +status = 'granted'");
        q.bind(1, m_session.clock().nowMs());
        CD_TRY(q.single());
        result.expiredConsents = q.int64(0);
    } else {
        auto expired = ConsentService(m_session).expireDue();  // ends consents first: they count below
        if (!expired)
            return expired.error();
        result.expiredConsents = expired.value();
    }
    auto s = settings();
    if (!s)
        return s.error();
    const qint64 now = m_session.clock().nowMs();
    bool erasedLocally = false;
    for (RetentionKind kind : allRetentionKinds()) {
        std::vector<qint64> ids;
        auto items = due(kind, now, kMaxRefs, s.value(), &ids);
        if (!items)
            return items.error();
        if (ids.empty())
            continue;
        SweepAction action;
        action.kind = kind;
        for (const RetentionItem &item : items.value())
            addRef(action, item.ref);
        if (dryRun) {
            action.count = qint64(ids.size());
        } else {
            switch (kind) {
            case RetentionKind::CustomerFields: CD_TRY(sweepCustomers(ids, action)); break;
            case RetentionKind::ClosedRequest: CD_TRY(sweepRequests(ids, s.value(), action)); break;
            case RetentionKind::RenewalLapsed: CD_TRY(sweepRenewals(ids, action)); break;
            case RetentionKind::VendorCaptures: CD_TRY(sweepVendors(ids, action)); break;
            }
            erasedLocally = erasedLocally || kind == RetentionKind::CustomerFields || kind == RetentionKind::ClosedRequest;
        }
        result.actions.push_back(action);
    }
    // No older image of an erased page may stay in the -wal file. A reader holding it back is
    // not a failure of the sweep: the next checkpoint finishes the job.
    if (erasedLocally)
        (void)SubjectErasure(m_session).flushWriteAheadLog();
    // What the sweep deleted is anchored outside the database (Part 6): a later cut of the
    // deletion log shows against this line. A failure to write it does not undo the sweep.
    if (!dryRun && !m_session.isReadOnly() && !m_session.signingKey().isNull()) {
        if (auto point = Checkpoints::append(m_session); !point)
            qCWarning(lcStore) << "no checkpoint was written after the sweep:" << point.error().message;
    }
    return result;
}

Result<void> RetentionService::sweepCustomers(const std::vector<qint64> &ids, SweepAction &action)
{
    // Each erased customer leaves a name and a phone index entry somewhere in indexes of the whole
    // store. For a few, deleting them row by row is cheapest; from one customer in kRebuildShare
    // on, one transaction drops those indexes and builds them again at its end (IndexRebuild.h:
    // 431,623 of 1,000,000 took 13 s row by row, under 5 s this way). Otherwise several batches
    // per commit, so that each commit writes (and encrypts) the scattered index pages only once.
    // A deletion-log entry names at most kBatch customers either way.
    Database &db = m_session.db();
    auto stored = db.queryInt("SELECT coalesce(max(id), 0) FROM subjects");
    if (!stored)
        return stored.error();
    const bool rebuild = qint64(ids.size()) * kRebuildShare >= stored.value();
    SubjectErasure erasure(m_session);
    const std::size_t perCommit = rebuild ? ids.size() : std::size_t(kBatch) * kBatchesPerCommit;
    for (std::size_t commitFrom = 0; commitFrom < ids.size(); commitFrom += perCommit) {
        Transaction tx(db);
        CD_TRY(tx.begin());
        std::optional<IndexRebuild> indexes;
        if (rebuild) {
            auto dropped = IndexRebuild::drop(db, {QByteArrayLiteral("subjects_name"), QByteArrayLiteral("subjects_phone")});
            if (!dropped)
                return dropped.error();
            indexes = std::move(dropped.value());
        }
        qint64 erased = 0;  // counted into the action only once the commit holds
        std::vector<qint64> seqs;
        const std::size_t commitTo = std::min(ids.size(), commitFrom + perCommit);
        for (std::size_t from = commitFrom; from < commitTo; from += kBatch) {
            const std::vector<qint64> batch(ids.begin() + qint64(from),
                                            ids.begin() + qint64(std::min(commitTo, from + kBatch)));
            auto done = erasure.eraseBatch(batch, QStringLiteral("retention"), retentionKindId(action.kind));
            if (!done)
                return done.error();
            erased += done->erased;
            if (done->deletionSeq)
                seqs.push_back(done->deletionSeq);
        }
        if (indexes)
            CD_TRY(indexes->restore());
        CD_TRY(tx.commit());
        action.count += erased;
        action.deletionSeqs.insert(action.deletionSeqs.end(), seqs.begin(), seqs.end());
    }
    return {};
}

Result<void> RetentionService::sweepRequests(const std::vector<qint64> &ids, const RetentionSettings &s,
                                             SweepAction &action)
{
    Database &db = m_session.db();
    const qint64 now = m_session.clock().nowMs();
    Transaction tx(db);
    CD_TRY(tx.begin());
    QMap<QString, qint64> counts{{QStringLiteral("request"), 0}, {QStringLiteral("letter"), 0},
                                 {QStringLiteral("note"), 0}, {QStringLiteral("correction"), 0}};
    QStringList recordIds;
    // The row stays (type, dates, states: what was asked and when it was answered); what the
    // customer said, who to contact and the letters go. A refusal keeps a placeholder reason
    // because the table requires one.
    auto erase = db.query("UPDATE requests SET details = '', contact_name = '', contact_phone = '', "
                          "refusal_reason = CASE WHEN state = 'refused' THEN '-' END, refusal_letter = NULL, "
                          "response_letter = '', extension_reason = NULL, erased_at = ?2, updated_at = ?2 "
                          "WHERE id = ?1 AND erased_at IS NULL");
    auto notes = db.query("UPDATE request_events SET note = '' WHERE request_id = ?1 AND note <> ''");
    auto corrections = db.query("DELETE FROM subject_corrections WHERE request_id = ?1");
    for (qint64 id : ids) {
        qint64 letter = 0;
        {
            auto letters = db.query("SELECT (coalesce(refusal_letter, '') <> '') + (response_letter <> '') "
                                    "FROM requests WHERE id = ?1 AND erased_at IS NULL");
            letters.bind(1, id);
            auto row = letters.step();
            if (!row)
                return row.error();
            if (!row.value())
                continue;
            letter = letters.int64(0);
        }
        erase.bind(1, id).bind(2, now);
        CD_TRY(erase.run());
        notes.bind(1, id);
        CD_TRY(notes.run());
        counts[QStringLiteral("note")] += db.changes();
        corrections.bind(1, id);
        CD_TRY(corrections.run());
        counts[QStringLiteral("correction")] += db.changes();
        counts[QStringLiteral("letter")] += letter;
        counts[QStringLiteral("request")] += 1;
        recordIds << QString::number(id);
    }
    if (recordIds.isEmpty())
        return tx.commit();
    DeletionEntry e;
    e.at = now;
    e.actorId = m_session.user().id;
    e.actorName = m_session.user().name;
    e.reason = QStringLiteral("retention");
    e.reasonRef = QStringLiteral("%1:%2d").arg(retentionKindId(action.kind)).arg(s.closedRequestDays);
    e.category = QStringLiteral("request-details");
    e.subjectRef = QStringLiteral("*");
    e.location = QStringLiteral("local");
    e.counts = DeletionLog::formatCounts(counts);
    e.recordIds = QStringLiteral("request:") + recordIds.join(QLatin1Char(','));
    auto seq = DeletionLog::append(db, e);
    if (!seq)
        return seq.error();
    CD_TRY(AuditLog::append(m_session, QStringLiteral("retention.erase"), QStringLiteral("requests"),
                            QString::number(recordIds.size()),
                            QStringLiteral("%1; deletion seq %2").arg(e.reasonRef).arg(seq.value())));
    CD_TRY(tx.commit());
    action.count += recordIds.size();
    action.deletionSeqs.push_back(seq.value());
    return {};
}

Result<void> RetentionService::sweepRenewals(const std::vector<qint64> &subjectIds, SweepAction &action)
{
    // The console stops counting the customer as enrolled now; each vendor holding them gets an
    // erasure job, and the face data is recorded as deleted only with that vendor's receipt.
    Database &db = m_session.db();
    const qint64 now = m_session.clock().nowMs();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto end = db.query("UPDATE enrollments SET ended_at = ?2 WHERE subject_id = ?1 AND ended_at IS NULL");
    qint64 jobs = 0;
    for (qint64 id : subjectIds) {
        auto queued = VendorErasures::enqueueEraseIfNoFaceConsentLeft(db, id, QStringLiteral("retention"),
                                                                      retentionKindId(action.kind), now);
        if (!queued)
            return queued.error();
        jobs += queued.value();
        end.bind(1, id).bind(2, now);
        CD_TRY(end.run());
    }
    CD_TRY(AuditLog::append(m_session, QStringLiteral("retention.renewal-lapsed"), QStringLiteral("subjects"),
                            QString::number(subjectIds.size()),
                            QStringLiteral("enrolments ended; %1 vendor erasures queued: %2")
                                .arg(jobs)
                                .arg(action.refs.join(QLatin1Char(',')))));
    CD_TRY(tx.commit());
    action.count += qint64(subjectIds.size());
    action.vendorJobs += jobs;
    return {};
}

Result<void> RetentionService::sweepVendors(const std::vector<qint64> &vendorIds, SweepAction &action)
{
    auto days = faceRetentionDays();
    if (!days)
        return days.error();
    Database &db = m_session.db();
    const qint64 now = m_session.clock().nowMs();
    const qint64 before = now - qint64(days.value()) * kDayMs;
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("INSERT INTO vendor_jobs(vendor_id, op, purge_before, reason, reason_ref, next_attempt_at, "
                      "created_at) VALUES (?1, 'purge-before', ?2, 'retention', ?3, ?4, ?4)");
    for (qint64 id : vendorIds) {
        q.bind(1, id).bind(2, before).bind(3, QStringLiteral("%1:%2d").arg(retentionKindId(action.kind)).arg(days.value()));
        q.bind(4, now);
        CD_TRY(q.run());
    }
    CD_TRY(AuditLog::append(m_session, QStringLiteral("retention.purge-queued"), QStringLiteral("vendors"),
                            action.refs.join(QLatin1Char(',')),
                            QStringLiteral("captures before %1 (%2 days)")
                                .arg(QDateTime::fromMSecsSinceEpoch(before, Qt::UTC).toString(Qt::ISODate))
                                .arg(days.value())));
    CD_TRY(tx.commit());
    action.count += qint64(vendorIds.size());
    action.vendorJobs += qint64(vendorIds.size());
    return {};
}

} // namespace cd
