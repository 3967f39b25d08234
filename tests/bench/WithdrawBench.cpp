#include "WithdrawBench.h"
#include "Stats.h"

#include <QElapsedTimer>

namespace bench {

cd::Result<void> measureWithdrawals(Lane &lane, int subjects, Report &report)
{
    ConsentLoader &loader = *lane.loader;
    cd::ConsentService consents(*lane.store.session);
    const std::vector<qint64> &ids = loader.subjectIds();
    const int count = int(std::min<qint64>(subjects, qint64(ids.size())));
    progress(QStringLiteral("withdrawing all consents of %1 subjects").arg(count));

    std::vector<double> ms;
    qint64 withdrawn = 0;
    for (int i = 0; i < count; ++i) {
        // Spread over the whole dataset; +1 keeps clear of the first subject.
        const std::size_t index = std::size_t((qint64(i) * qint64(ids.size())) / count + 1) % ids.size();
        QElapsedTimer timer;
        timer.start();
        auto n = consents.withdrawAllForSubject(ids[index], QStringLiteral("counter"));
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!n)
            return n.error();
        withdrawn += n.value();
    }

    Measurement m;
    m.name = QStringLiteral("consent_withdraw");
    m.unit = QStringLiteral("ms");
    m.n = loader.consents();
    m.value = percentile(ms, 50);
    m.extra.insert(QStringLiteral("what"), QStringLiteral("withdrawAllForSubject, one commit each; value is p50"));
    m.extra.insert(QStringLiteral("p99"), percentile(ms, 99));
    m.extra.insert(QStringLiteral("max"), percentile(ms, 100));
    m.extra.insert(QStringLiteral("subjects"), count);
    m.extra.insert(QStringLiteral("withdrawn_consents"), double(withdrawn));
    report.add(m);
    return {};
}

} // namespace bench
