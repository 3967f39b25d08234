#include "EvidenceRunner.h"

#include "core/ledgers/LedgerSeal.h"
#include "core/reporting/EvidenceReport.h"

#include <QDateTime>

EvidenceRunner evidenceRunner(EvidenceSealSource sealSource)
{
    return [sealSource](cd::Session &worker, const cd::evidence::EvidenceOptions &options, const QString &path,
                        const cd::evidence::ExportProgress &progress) -> cd::Result<cd::evidence::EvidenceSummary> {
        auto seal = sealSource(worker);
        if (!seal)
            return seal.error();
        cd::evidence::EvidenceOptions withReport = options;
        // The report covers the package's days: local midnights, the last day included.
        const cd::FigurePeriod period{QDateTime(options.from, QTime(0, 0)).toMSecsSinceEpoch(),
                                      QDateTime(options.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch()};
        withReport.writeReport = [&worker, period, language = options.language](
                                     QIODevice &out, const std::function<bool(int)> &report) {
            return cd::reporting::EvidenceReport::write(worker, {period, language}, out, report);
        };
        return cd::evidence::EvidenceExport::write(worker, withReport, seal.value(), path, progress);
    };
}

EvidenceRunner consoleEvidenceRunner()
{
    return evidenceRunner([](cd::Session &worker) { return cd::sealForEvidence(worker); });
}
