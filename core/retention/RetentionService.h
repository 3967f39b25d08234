#pragma once
// Retention timers (PIPL Art. 19, 47): what is due when, and the sweep that deletes it. Each kind
// of data has one rule (RetentionRules.h); the due dates come from the store: computed on every
// read, except a customer's personal fields, whose date the schema's triggers keep on the customer
// (subjects.fields_due_at) as consents change. The sweep is idempotent: a second sweep over the
// same state writes nothing.
#include "RetentionRules.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace cd {

class Session;

struct RetentionItem {
    RetentionKind kind = RetentionKind::CustomerFields;
    QString ref;      // pseudonym, vendor code or "request:<id>": never personal data
    qint64 dueAt = 0;  // UTC ms; the item is due from this instant on
    bool queued = false;  // a vendor job for it is already waiting for its receipt
};

struct RetentionSettings {
    int closedRequestDays = kDefaultClosedRequestDays;
    int renewalGraceDays = kDefaultRenewalGraceDays;
};

struct SweepAction {
    RetentionKind kind = RetentionKind::CustomerFields;
    qint64 count = 0;             // items deleted (or, dry, that would be)
    QStringList refs;             // the first kMaxRefs of them; the deletion log lists all
    std::vector<qint64> deletionSeqs;  // deletion-log entries written (vendor entries follow receipts)
    qint64 vendorJobs = 0;        // vendor jobs queued (purges, erasures after a lapsed renewal)
};

struct SweepResult {
    bool dryRun = false;
    qint64 expiredConsents = 0;
    std::vector<SweepAction> actions;  // one per kind with something due
    qint64 total() const;
};

class RetentionService {
    Q_DECLARE_TR_FUNCTIONS(cd::RetentionService)
public:
    static constexpr int kMaxRefs = 1000;
    static constexpr int kBatch = 10000;          // customers per deletion-log entry
    static constexpr int kBatchesPerCommit = 10;  // entries per transaction
    static constexpr int kRebuildShare = 8;       // erasing 1 customer in 8 or more: indexes rebuilt
    // Page cache during a sweep: at 1,000,000 customers the customer table (~70 MiB) and the
    // rebuilt indexes stay decrypted through the whole transaction (64 MiB: the table was read and
    // decrypted again for each index, and dirty pages spilled early; 6.9 s, with 256 MiB 5.5 s).
    // SQLite takes the memory only as pages are read, so a small store costs nothing more.
    static constexpr int kSweepCacheMib = 256;

    explicit RetentionService(Session &session) : m_session(session) {}

    Result<RetentionSettings> settings();
    Result<void> setSettings(const RetentionSettings &settings);  // officer (ManagePurposes)

    // What is due when, soonest first, up to `limit` items per kind. Items already due have
    // dueAt <= now. Needs ViewConsents or RunJobs.
    Result<std::vector<RetentionItem>> schedule(int limit = 200);
    // How many items of each kind (in allRetentionKinds() order) the sweep would act on by `bound`
    // (UTC ms), those already due included; the same rules and permission as schedule().
    Result<std::vector<qint64>> dueCounts(qint64 bound);

    // Deletes (or, dry, counts) everything due now: consent expiry first, then each kind. Needs
    // RunJobs, checked once; a refusal is audited. One deletion-log entry per action (customers:
    // per batch of kBatch) and one audit entry per action. A dry run writes nothing at all.
    Result<SweepResult> sweep(bool dryRun);

private:
    Result<RetentionSettings> settingsToRead();
    Result<std::vector<RetentionItem>> due(RetentionKind kind, qint64 bound, int limit,
                                           const RetentionSettings &s, std::vector<qint64> *ids);
    Result<void> sweepCustomers(const std::vector<qint64> &ids, SweepAction &action);
    Result<void> sweepRequests(const std::vector<qint64> &ids, const RetentionSettings &s, SweepAction &action);
    Result<void> sweepRenewals(const std::vector<qint64> &subjectIds, SweepAction &action);
    Result<void> sweepVendors(const std::vector<qint64> &vendorIds, SweepAction &action);
    Result<int> faceRetentionDays();

    Session &m_session;
};

} // namespace cd
