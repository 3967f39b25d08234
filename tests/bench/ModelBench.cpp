#include "ModelBench.h"
#include "Stats.h"

#include "ui/consents/ConsentTableModel.h"
#include "core/store/Database.h"

#include <QElapsedTimer>

namespace bench {

namespace {

constexpr int kFirstScreenRows = 50;

struct Variant {
    QString name;
    cd::ConsentFilter filter;
    int wantRows = kFirstScreenRows;  // fewer when fewer rows can match
    std::vector<double> ms;
    int rows = 0;
};

// One timed load: a new model, as the consents page makes one, up to its first screen.
cd::Result<double> loadOnce(cd::Session &session, Variant &v)
{
    QElapsedTimer timer;
    timer.start();
    ConsentTableModel model(session, nullptr);
    if (v.filter.search.isEmpty() && !v.filter.status)
        model.reload();
    else
        model.setFilter(v.filter);  // reloads
    const int rows = model.rowCount();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!model.lastError().isEmpty())
        return cd::makeError(cd::ErrorCode::Failed, model.lastError());
    if (rows < v.wantRows)
        return cd::makeError(cd::ErrorCode::Failed,
                             QStringLiteral("%1: the first page has %2 rows, expected at least %3")
                                 .arg(v.name).arg(rows).arg(v.wantRows));
    v.rows = rows;
    return ms;
}

} // namespace

cd::Result<void> measureConsentsFirstPage(Lane &lane, int runs, Report &report)
{
    ConsentLoader &loader = *lane.loader;
    cd::Session &session = *lane.store.session;
    std::vector<Variant> variants(4);
    variants[0].name = QStringLiteral("consents_page_first_rows");
    variants[1].name = QStringLiteral("consents_page_first_rows_status");
    variants[1].filter.status = cd::ConsentStatus::Withdrawn;  // rare: see measureWithdrawals()
    variants[2].name = QStringLiteral("consents_page_first_rows_search");
    variants[2].filter.search = syntheticSurname(7);  // a name prefix: one subject in 20
    variants[3].name = QStringLiteral("consents_page_first_rows_phone");
    const qint64 probe = loader.subjects() / 2 + 7;
    variants[3].filter.search = syntheticPhone(probe);
    variants[3].wantRows = 1;

    progress(QStringLiteral("%1 first-page loads of %2 variants").arg(runs).arg(variants.size()));
    for (int run = 0; run < runs; ++run) {
        for (Variant &v : variants) {
            auto ms = loadOnce(session, v);
            if (!ms)
                return ms.error();
            v.ms.push_back(ms.value());
        }
    }

    for (const Variant &v : variants) {
        Measurement m;
        m.name = v.name;
        m.unit = QStringLiteral("ms");
        m.n = loader.consents();
        m.value = percentile(v.ms, 99);
        m.target = Target{300.0, Target::On::Value, Target::Cmp::AtMost};
        m.extra.insert(QStringLiteral("p50"), percentile(v.ms, 50));
        m.extra.insert(QStringLiteral("p99"), percentile(v.ms, 99));
        m.extra.insert(QStringLiteral("runs"), runs);
        m.extra.insert(QStringLiteral("rows"), v.rows);
        report.add(m);
    }
    return {};
}

} // namespace bench
