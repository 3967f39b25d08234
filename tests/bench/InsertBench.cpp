#include "InsertBench.h"

#include <QDir>
#include <QElapsedTimer>

namespace bench {

namespace {

// Where the loading time went, in seconds, for one lane: prefix "plain_" etc.
void addBreakdown(QJsonObject &o, const QString &prefix, const Lane &lane)
{
    const LoadTimes &t = lane.loader->times();
    o.insert(prefix + QStringLiteral("seconds"), double(lane.loadNs) / 1e9);
    o.insert(prefix + QStringLiteral("subject_create_s"), double(t.createNs) / 1e9);
    o.insert(prefix + QStringLiteral("register_s"), double(t.registerNs) / 1e9);
    o.insert(prefix + QStringLiteral("commit_s"), double(t.commitNs) / 1e9);
    o.insert(prefix + QStringLiteral("db_mb"), lane.fileMb());
}

Target ratioAtLeast(double limit) { return Target{limit, Target::On::Ratio, Target::Cmp::AtLeast}; }

} // namespace

void reportConsentInsert(const Lane &encrypted, const Lane &plain, Report &report)
{
    Measurement m;
    m.name = QStringLiteral("consent_insert");
    m.unit = QStringLiteral("rows/s");
    m.n = encrypted.loader->consents();
    m.value = encrypted.rowsPerSecond(encrypted.loader->consents());
    m.baseline = plain.rowsPerSecond(plain.loader->consents());
    m.target = ratioAtLeast(0.7);
    m.extra.insert(QStringLiteral("baseline_n"), double(plain.loader->consents()));
    m.extra.insert(QStringLiteral("subjects"), double(encrypted.loader->subjects()));
    m.extra.insert(QStringLiteral("purposes_per_subject"), encrypted.loader->purposesPerSubject());
    m.extra.insert(QStringLiteral("batch_registrations"), kBatchRegistrations);
    addBreakdown(m.extra, QStringLiteral("enc_"), encrypted);
    addBreakdown(m.extra, QStringLiteral("plain_"), plain);
    report.add(m);
}

cd::Result<void> measureSingleRegistrations(Lane &encrypted, Lane &plain, int registrations, Report &report)
{
    progress(QStringLiteral("%1 single-transaction registrations on each store").arg(registrations));
    const qint64 datasetSize = encrypted.loader->consents();
    Lane *lanes[] = {&encrypted, &plain};
    qint64 ns[2] = {0, 0};
    qint64 rows[2] = {0, 0};
    for (int i = 0; i < registrations; ++i) {
        for (int l = 0; l < 2; ++l) {
            ConsentLoader &loader = *lanes[l]->loader;
            const qint64 before = loader.consents();
            QElapsedTimer timer;
            timer.start();
            CD_TRY(loader.load(1, before + loader.purposesPerSubject(), 0));
            ns[l] += timer.nsecsElapsed();
            rows[l] += loader.consents() - before;
        }
    }
    Measurement m;
    m.name = QStringLiteral("consent_register_single");
    m.unit = QStringLiteral("rows/s");
    m.n = datasetSize;
    m.value = double(rows[0]) * 1e9 / double(ns[0]);
    m.baseline = double(rows[1]) * 1e9 / double(ns[1]);
    m.extra.insert(QStringLiteral("registrations"), registrations);
    m.extra.insert(QStringLiteral("rows"), double(rows[0]));
    m.extra.insert(QStringLiteral("baseline_n"), double(plain.loader->consents() - rows[1]));
    m.extra.insert(QStringLiteral("ms_per_registration"), double(ns[0]) / 1e6 / registrations);
    m.extra.insert(QStringLiteral("baseline_ms_per_registration"), double(ns[1]) / 1e6 / registrations);
    report.add(m);
    return {};
}

cd::Result<void> measurePageSizes(const QString &dir, qint64 consents, Report &report)
{
    const int sizes[] = {4096, 8192, 16384};
    std::vector<std::unique_ptr<Lane>> owned;
    std::vector<Lane *> lanes;
    for (int size : sizes) {
        auto lane = makeLane(createStoreWithPageSize(QDir(dir).filePath(QStringLiteral("page%1.db").arg(size)), size));
        if (!lane)
            return lane.error();
        lanes.push_back(lane.value().get());
        owned.push_back(std::move(lane.value()));
    }
    CD_TRY(loadInterleaved(lanes, consents, kBatchRegistrations));

    const double reference = lanes[0]->rowsPerSecond(lanes[0]->loader->consents());
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        Measurement m;
        m.name = QStringLiteral("consent_insert_page%1").arg(sizes[i]);
        m.unit = QStringLiteral("rows/s");
        m.n = lanes[i]->loader->consents();
        m.value = lanes[i]->rowsPerSecond(lanes[i]->loader->consents());
        if (i > 0)
            m.baseline = reference;  // ratio > 1: faster than 4096
        addBreakdown(m.extra, QString(), *lanes[i]);
        report.add(m);
    }
    for (auto &lane : owned)
        lane->store.session.reset();
    return {};
}

} // namespace bench
