#include "LookupBench.h"
#include "Stats.h"

#include "core/store/Database.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>

namespace bench {

namespace {

struct Probe {
    qint64 subjectId = 0;
    QString text;       // what the user types: a phone number or a pseudonym
    bool byPhone = false;
};

cd::Result<QString> pseudonymOf(cd::Session &session, qint64 subjectId)
{
    auto q = session.db().query("SELECT pseudonym FROM subjects WHERE id = ?");
    q.bind(1, subjectId);
    CD_TRY(q.single());
    return q.text(0);
}

Measurement lookupLine(const QString &name, const std::vector<double> &ms, const ConsentLoader &loader, int misses)
{
    Measurement m;
    m.name = name;
    m.unit = QStringLiteral("ms");
    m.n = loader.consents();
    m.value = percentile(ms, 99);
    m.target = Target{2.0, Target::On::Value, Target::Cmp::AtMost};
    m.extra.insert(QStringLiteral("p50"), percentile(ms, 50));
    m.extra.insert(QStringLiteral("max"), percentile(ms, 100));
    m.extra.insert(QStringLiteral("lookups"), int(ms.size()));
    m.extra.insert(QStringLiteral("misses"), misses);
    m.extra.insert(QStringLiteral("subjects"), double(loader.subjects()));
    return m;
}

} // namespace

cd::Result<void> measureSubjectLookups(Lane &lane, int lookups, Report &report)
{
    ConsentLoader &loader = *lane.loader;
    cd::Session &session = *lane.store.session;
    progress(QStringLiteral("%1 subject lookups on %2 subjects").arg(lookups).arg(loader.subjects()));

    // Pick the subjects first, so that only the searches are timed.
    QRandomGenerator random(20240601);
    std::vector<Probe> probes;
    probes.reserve(std::size_t(lookups));
    for (int i = 0; i < lookups; ++i) {
        const qint64 index = qint64(random.bounded(quint64(loader.subjects())));
        Probe p;
        p.subjectId = loader.subjectIds()[std::size_t(index)];
        p.byPhone = i % 2 == 0;
        if (p.byPhone) {
            p.text = syntheticPhone(index);
        } else {
            auto pseudonym = pseudonymOf(session, p.subjectId);
            if (!pseudonym)
                return pseudonym.error();
            p.text = pseudonym.value();
        }
        probes.push_back(std::move(p));
    }

    cd::SubjectService subjects(session);
    std::vector<double> all, phone, pseudonym;
    int phoneMisses = 0, pseudonymMisses = 0;
    for (const Probe &p : probes) {
        QElapsedTimer timer;
        timer.start();
        auto found = subjects.search(p.text, 20);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!found)
            return found.error();
        const bool hit = std::any_of(found->begin(), found->end(),
                                     [&](const cd::SubjectMatch &s) { return s.id == p.subjectId; });
        if (!hit)
            ++(p.byPhone ? phoneMisses : pseudonymMisses);
        all.push_back(ms);
        (p.byPhone ? phone : pseudonym).push_back(ms);
    }
    if (phoneMisses + pseudonymMisses > 0)
        progress(QStringLiteral("  warning: %1 lookups did not find their subject").arg(phoneMisses + pseudonymMisses));

    report.add(lookupLine(QStringLiteral("subject_lookup_p99"), all, loader, phoneMisses + pseudonymMisses));
    report.add(lookupLine(QStringLiteral("subject_lookup_phone_p99"), phone, loader, phoneMisses));
    report.add(lookupLine(QStringLiteral("subject_lookup_pseudonym_p99"), pseudonym, loader, pseudonymMisses));
    return {};
}

} // namespace bench
