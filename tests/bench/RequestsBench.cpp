#include "RequestsBench.h"
#include "Dataset.h"
#include "Stats.h"

#include "core/consent/SubjectService.h"
#include "core/requests/RequestService.h"
#include "core/store/Database.h"

#include <QDir>
#include <QElapsedTimer>

namespace bench {

namespace {

constexpr int kBatch = 1'000;
constexpr int kPageRows = 200;  // what the Requests page shows first
const cd::RequestType kTypes[] = {cd::RequestType::Access,      cd::RequestType::Copy,
                                  cd::RequestType::Portability, cd::RequestType::Correction,
                                  cd::RequestType::Deletion,    cd::RequestType::Withdrawal,
                                  cd::RequestType::Restriction, cd::RequestType::Explanation};

// Open requests received over the last months: one of each type per customer (the rules allow
// one open request per customer and type), a day apart, so that deadlines spread.
cd::Result<void> fill(cd::Session &session, cd::ManualClock &clock, qint64 requests)
{
    cd::SubjectService subjects(session);
    cd::RequestService service(session);
    qint64 made = 0;
    for (qint64 index = 0; made < requests; ++index) {
        cd::Transaction tx(session.db());
        CD_TRY(tx.begin());
        for (int i = 0; i < kBatch / 8 && made < requests; ++i, ++index) {
            auto subject = subjects.create(syntheticSubject(index));
            if (!subject)
                return subject.error();
            for (cd::RequestType type : kTypes) {
                if (made == requests)
                    break;
                cd::RequestIntake in;
                in.type = type;
                in.subjectId = subject->id;
                auto row = service.intake(in);
                if (!row)
                    return row.error();
                ++made;
            }
            if (index % 100 == 0)
                clock.advanceSecs(86400);
        }
        CD_TRY(tx.commit());
    }
    return {};
}

} // namespace

cd::Result<void> measureRequestsQueue(const QString &dir, qint64 requests, int runs, Report &report)
{
    cd::ManualClock clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    auto store = createEncryptedStore(QDir(dir).filePath(QStringLiteral("requests.db")), clock);
    if (!store)
        return store.error();
    cd::Session &session = *store->session;
    progress(QStringLiteral("taking in %1 requests").arg(requests));
    CD_TRY(fill(session, clock, requests));

    cd::RequestService service(session);
    std::vector<double> all, filtered;
    qint64 listed = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto rows = service.listPage({}, 0, kPageRows);
        all.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!rows)
            return rows.error();
        listed = rows->total;

        cd::RequestFilter byType;
        byType.type = cd::RequestType::Deletion;
        timer.restart();
        auto some = service.listPage(byType, 0, kPageRows);
        filtered.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!some)
            return some.error();
    }
    Measurement m;
    m.name = QStringLiteral("requests_page_first_rows");
    m.unit = QStringLiteral("ms");
    m.n = requests;
    m.value = percentile(all, 99);
    m.target = Target{300.0, Target::On::Value, Target::Cmp::AtMost};
    m.extra.insert(QStringLiteral("p50"), percentile(all, 50));
    m.extra.insert(QStringLiteral("type_filter_p99"), percentile(filtered, 99));
    m.extra.insert(QStringLiteral("queue_rows"), double(listed));
    m.extra.insert(QStringLiteral("page_rows"), kPageRows);
    m.extra.insert(QStringLiteral("runs"), runs);
    m.extra.insert(QStringLiteral("what"),
                   QStringLiteral("open requests sorted by working days left (deadlines computed on the 2026 calendar)"));
    report.add(m);
    return {};
}

} // namespace bench
