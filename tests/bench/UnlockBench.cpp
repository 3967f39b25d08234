#include "UnlockBench.h"
#include "Stats.h"

#include "core/access/Vault.h"

#include <QDir>
#include <QElapsedTimer>

namespace bench {

cd::Result<void> measureUnlock(const QString &dir, const QString &name, const cd::KdfLimits &kdf, int runs,
                               std::optional<double> targetMs, Report &report)
{
    progress(QStringLiteral("%1: %2 unlocks").arg(name).arg(runs));
    const QString path = QDir(dir).filePath(name + QStringLiteral(".db"));
    const QString officer = QStringLiteral("unlock-officer");
    const QString passphrase = QStringLiteral("unlock-passphrase-not-secret");
    {
        cd::CreateOptions options;
        options.storeName = QStringLiteral("Unlock bench");
        options.officerName = officer;
        options.officerDisplayName = QStringLiteral("Unlock officer");
        options.officerPassphrase = passphrase;
        options.kdf = kdf;
        auto created = cd::Vault::create(path, options);
        if (!created)
            return created.error();
    }  // closed before the first unlock

    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto session = cd::Vault::unlock(path, officer, passphrase);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!session)
            return session.error();
    }

    Measurement m;
    m.name = name;
    m.unit = QStringLiteral("ms");
    m.value = median(ms);
    if (targetMs)
        m.target = Target{*targetMs, Target::On::Value, Target::Cmp::AtMost};
    m.extra.insert(QStringLiteral("runs"), runs);
    m.extra.insert(QStringLiteral("min"), percentile(ms, 0));
    m.extra.insert(QStringLiteral("max"), percentile(ms, 100));
    m.extra.insert(QStringLiteral("kdf_ops"), double(kdf.opsLimit));
    m.extra.insert(QStringLiteral("kdf_mem_mb"), double(kdf.memLimit) / (1024.0 * 1024.0));
    report.add(m);
    return {};
}

} // namespace bench
