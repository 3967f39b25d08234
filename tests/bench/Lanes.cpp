#include "Lanes.h"
#include "Report.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>

namespace bench {

double Lane::fileMb() const
{
    const qint64 bytes = QFileInfo(store.path).size() + QFileInfo(store.path + QStringLiteral("-wal")).size();
    return double(bytes) / (1024.0 * 1024.0);
}

cd::Result<std::unique_ptr<Lane>> makeLane(cd::Result<BenchStore> store)
{
    if (!store)
        return store.error();
    auto lane = std::make_unique<Lane>();
    lane->store = std::move(store.value());
    auto loader = ConsentLoader::create(*lane->store.session);
    if (!loader)
        return loader.error();
    lane->loader = std::move(loader.value());
    return lane;
}

cd::Result<void> loadInterleaved(const std::vector<Lane *> &lanes, qint64 consents, int batch)
{
    QStringList labels;
    for (const Lane *lane : lanes)
        labels << lane->store.label;
    progress(QStringLiteral("loading %1 consents into %2").arg(consents).arg(labels.join(QStringLiteral(", "))));

    qint64 nextReport = consents / 20;
    bool pending = true;
    while (pending) {
        pending = false;
        for (Lane *lane : lanes) {
            if (lane->loader->consents() >= consents)
                continue;
            QElapsedTimer timer;
            timer.start();
            CD_TRY(lane->loader->load(batch, consents, batch));
            lane->loadNs += timer.nsecsElapsed();
            pending = pending || lane->loader->consents() < consents;
        }
        const qint64 done = lanes.front()->loader->consents();
        if (done >= nextReport && pending) {
            QStringList rates;
            for (const Lane *lane : lanes)
                rates << QStringLiteral("%1 %2 rows/s")
                             .arg(lane->store.label)
                             .arg(qRound64(lane->rowsPerSecond(lane->loader->consents())));
            progress(QStringLiteral("  %1 / %2 consents (%3)").arg(done).arg(consents).arg(rates.join(QStringLiteral(", "))));
            nextReport += consents / 20;
        }
    }
    return {};
}

} // namespace bench
