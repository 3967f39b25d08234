#pragma once
// Building the benchmark's datasets through the real services: stores (encrypted, plain, or
// encrypted with a chosen cipher page size) and a loader that registers synthetic customers.
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/domain/Records.h"
#include "core/consent/ConsentService.h"
#include "core/access/Session.h"
#include "core/consent/SubjectService.h"

#include <QString>
#include <memory>
#include <vector>

namespace bench {

// One database under test, signed in as an officer.
struct BenchStore {
    QString label;  // "encrypted", "plain", "page8192", ...
    QString path;
    std::unique_ptr<cd::Session> session;
};

// Diagnosis only: every store made after this call gets PRAGMA cache_size = -mb MiB.
void setCacheSizeMb(int mb);

// A new encrypted store through cd::Vault::create (weak KDF: unlocking is measured elsewhere).
cd::Result<BenchStore> createEncryptedStore(const QString &path);
// The same on a given clock (measurements that move time: deadlines, retention).
cd::Result<BenchStore> createEncryptedStore(const QString &path, cd::Clock &clock);
// The same schema and services on a plain SQLite file (the baseline).
cd::Result<BenchStore> createPlainStore(const QString &path);
// An encrypted store with the given cipher_page_size, opened with cd::Database::open and
// migrated here, because cd::Vault::create always uses the default page size.
cd::Result<BenchStore> createStoreWithPageSize(const QString &path, int cipherPageSize);

// Synthetic customers, the same for every store: index i always gives the same subject.
// All adults, so that no registration needs a guardian. Made-up names and numbers.
cd::SubjectInput syntheticSubject(qint64 index);
QString syntheticPhone(qint64 index);
QString syntheticSurname(qint64 index);
// The same customer written by a plain INSERT, as an adult of the session's store, for fills that
// measure something other than registration; the pseudonym is `prefix` and the index in nine
// digits. Returns the new row id.
cd::Result<qint64> insertSyntheticSubject(cd::Session &session, const QString &prefix, qint64 index, qint64 createdAt);

// Time spent in each part of registration, to explain a slow figure.
struct LoadTimes {
    qint64 createNs = 0;    // SubjectService::create
    qint64 registerNs = 0;  // ConsentService::registerConsent
    qint64 commitNs = 0;    // the outer Transaction's commit (fsync)
};

// Registers subject after subject, each with up to purposesPerSubject() consents.
class ConsentLoader {
public:
    // Adds the standard purposes and picks up to three of them with their current notices.
    static cd::Result<std::unique_ptr<ConsentLoader>> create(cd::Session &session);

    // Registers up to `registrations` subjects, stopping at `consentLimit` consents in total
    // (the last subject may get fewer purposes). batchSize > 0: one outer cd::Transaction per
    // that many registrations; 0: each service call commits on its own.
    cd::Result<void> load(qint64 registrations, qint64 consentLimit, int batchSize);

    qint64 subjects() const { return qint64(m_subjectIds.size()); }
    qint64 consents() const { return m_consents; }
    int purposesPerSubject() const { return int(m_purposes.size()); }
    const std::vector<qint64> &subjectIds() const { return m_subjectIds; }
    const LoadTimes &times() const { return m_times; }
    cd::Session &session() { return m_session; }

private:
    explicit ConsentLoader(cd::Session &session);
    cd::Result<void> registerNext(qint64 consentLimit);

    cd::Session &m_session;
    cd::SubjectService m_subjectService;
    cd::ConsentService m_consentService;
    std::vector<cd::PurposeConsent> m_purposes;
    std::vector<qint64> m_subjectIds;
    qint64 m_consents = 0;
    LoadTimes m_times;
};

} // namespace bench
