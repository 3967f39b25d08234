#include "Dataset.h"

#include "core/demo/DemoData.h"
#include "core/consent/PurposeService.h"
#include "core/consent/StoreService.h"
#include "core/access/Vault.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"

#include <QElapsedTimer>

namespace bench {

namespace {

const QString kOfficer = QStringLiteral("bench-officer");
const QString kPassphrase = QStringLiteral("bench-passphrase-not-secret");

// Surnames and given-name characters combined by index: synthetic, no real person intended.
const char16_t kSurnames[] = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const char16_t kGiven[] = u"安宁春丹飞刚海华佳健静军兰丽林明娜平强秋荣莎涛伟霞欣新阳莹勇玉云志";

int g_cacheMb = 0;

cd::Result<BenchStore> withCacheSize(BenchStore store)
{
    if (g_cacheMb > 0) {
        const QByteArray sql = "PRAGMA cache_size = -" + QByteArray::number(qint64(g_cacheMb) * 1024);
        CD_TRY(store.session->db().exec(sql.constData()));
    }
    return store;
}

} // namespace

void setCacheSizeMb(int mb) { g_cacheMb = mb; }

QString syntheticSurname(qint64 index)
{
    constexpr qint64 count = sizeof(kSurnames) / sizeof(char16_t) - 1;
    return QString(QChar(kSurnames[index % count]));
}

QString syntheticPhone(qint64 index)
{
    // 11 digits, unique per index up to 10^8; only ever stored in the temporary database.
    return QStringLiteral("139") + QStringLiteral("%1").arg(index, 8, 10, QLatin1Char('0'));
}

cd::SubjectInput syntheticSubject(qint64 index)
{
    constexpr qint64 given = sizeof(kGiven) / sizeof(char16_t) - 1;
    const quint64 mixed = quint64(index) * 2654435761u;  // spread the given names around
    cd::SubjectInput s;
    s.name = syntheticSurname(index) + QChar(kGiven[mixed % given]) + QChar(kGiven[(mixed / given) % given]);
    s.phone = syntheticPhone(index);
    s.ageBand = cd::AgeBand::Adult;
    return s;
}

cd::Result<qint64> insertSyntheticSubject(cd::Session &session, const QString &prefix, qint64 index, qint64 createdAt)
{
    cd::Database &db = session.db();
    auto q = db.query("INSERT INTO subjects(pseudonym, name, phone, age_band, store_id, created_at, updated_at) "
                      "VALUES (?1, ?2, ?3, 'adult', ?4, ?5, ?5)");
    const cd::SubjectInput in = syntheticSubject(index);
    q.bind(1, prefix + QStringLiteral("%1").arg(index, 9, 10, QLatin1Char('0'))).bind(2, in.name).bind(3, in.phone);
    q.bind(4, session.currentStoreId()).bind(5, createdAt);
    CD_TRY(q.run());
    return db.lastInsertRowId();
}

cd::Result<BenchStore> createEncryptedStore(const QString &path) { return createEncryptedStore(path, cd::SystemClock::instance()); }

cd::Result<BenchStore> createEncryptedStore(const QString &path, cd::Clock &clock)
{
    cd::CreateOptions options;
    options.storeName = QStringLiteral("Bench store");
    options.officerName = kOfficer;
    options.officerDisplayName = QStringLiteral("Bench officer");
    options.officerPassphrase = kPassphrase;
    options.kdf = cd::KdfLimits::minimum();
    auto created = cd::Vault::create(path, options, clock);
    if (!created)
        return created.error();
    return withCacheSize(BenchStore{QStringLiteral("encrypted"), path, std::move(created.value().session)});
}

cd::Result<BenchStore> createPlainStore(const QString &path)
{
    auto session = cd::Vault::createUnencryptedForBenchmark(path);
    if (!session)
        return session.error();
    return withCacheSize(BenchStore{QStringLiteral("plain"), path, std::move(session.value())});
}

cd::Result<BenchStore> createStoreWithPageSize(const QString &path, int cipherPageSize)
{
    cd::SecretBytes key = cd::SecretBytes::random(cd::KeyslotFile::kDataKeyBytes);
    cd::OpenOptions open;
    open.create = true;
    open.cipherPageSize = cipherPageSize;
    auto db = cd::Database::open(path, &key, open);
    if (!db)
        return db.error();
    CD_TRY(cd::schema::migrate(*db.value()));

    // The signed-in officer must exist: consents refer to the staff member by id.
    cd::User user;
    user.name = kOfficer;
    user.displayName = QStringLiteral("Bench officer");
    user.role = cd::Role::Officer;
    user.createdAt = cd::SystemClock::instance().nowMs();
    {
        auto insert = db.value()->query(
            "INSERT INTO users(name, display_name, role, created_at) VALUES(?, ?, 'officer', ?)");
        insert.bind(1, user.name).bind(2, user.displayName).bind(3, user.createdAt);
        CD_TRY(insert.run());
        user.id = db.value()->lastInsertRowId();
    }
    auto session = std::make_unique<cd::Session>(std::move(db.value()), std::move(key), user, path,
                                                 cd::SystemClock::instance());
    auto store = cd::StoreService(*session).add(QStringLiteral("S001"), QStringLiteral("Bench store"));
    if (!store)
        return store.error();
    session->setCurrentStoreId(store->id);
    return withCacheSize(BenchStore{QStringLiteral("page%1").arg(cipherPageSize), path, std::move(session)});
}

ConsentLoader::ConsentLoader(cd::Session &session)
    : m_session(session), m_subjectService(session), m_consentService(session)
{
}

cd::Result<std::unique_ptr<ConsentLoader>> ConsentLoader::create(cd::Session &session)
{
    // The demo's impact assessments and vendor agreement: without them the face purpose is added
    // inactive and no camera may recognise (docs/compliance.md).
    CD_TRY(cd::demo::addDemoCompliance(session));
    CD_TRY(cd::demo::addStandardPurposes(session));
    cd::PurposeService purposes(session);
    auto list = purposes.list();
    if (!list)
        return list.error();
    std::unique_ptr<ConsentLoader> loader(new ConsentLoader(session));
    for (const cd::Purpose &p : list.value()) {
        auto notice = purposes.currentNotice(p.id);
        if (!notice)
            return notice.error();
        loader->m_purposes.push_back({p.id, notice->id, p.separateConsentRequired});
        if (loader->m_purposes.size() == 3)
            break;
    }
    if (loader->m_purposes.empty())
        return cd::makeError(cd::ErrorCode::NotFound, QStringLiteral("The standard purposes are missing."));
    return loader;
}

cd::Result<void> ConsentLoader::registerNext(qint64 consentLimit)
{
    QElapsedTimer timer;
    timer.start();
    auto subject = m_subjectService.create(syntheticSubject(subjects()));
    if (!subject)
        return subject.error();
    m_times.createNs += timer.nsecsElapsed();
    m_subjectIds.push_back(subject->id);

    cd::RegistrationInput input;
    input.subjectId = subject->id;
    const qint64 room = consentLimit - m_consents;
    input.purposes.assign(m_purposes.begin(), m_purposes.begin() + std::min<qint64>(room, qint64(m_purposes.size())));
    timer.restart();
    auto ids = m_consentService.registerConsent(input);
    if (!ids)
        return ids.error();
    m_times.registerNs += timer.nsecsElapsed();
    m_consents += qint64(ids->size());
    return {};
}

cd::Result<void> ConsentLoader::load(qint64 registrations, qint64 consentLimit, int batchSize)
{
    qint64 done = 0;
    while (done < registrations && m_consents < consentLimit) {
        if (batchSize <= 0) {
            CD_TRY(registerNext(consentLimit));
            ++done;
            continue;
        }
        cd::Transaction tx(m_session.db());
        CD_TRY(tx.begin());
        for (int i = 0; i < batchSize && done < registrations && m_consents < consentLimit; ++i, ++done)
            CD_TRY(registerNext(consentLimit));
        QElapsedTimer timer;
        timer.start();
        CD_TRY(tx.commit());
        m_times.commitNs += timer.nsecsElapsed();
    }
    return {};
}

} // namespace bench
