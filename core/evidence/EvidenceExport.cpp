#include "EvidenceExport.h"
#include "EvidenceTables.h"
#include "ZipWriter.h"

#include "core/access/Session.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"

#include <QFileInfo>
#include <QIODevice>

namespace cd::evidence {

namespace {

// SHA256SUMS as `sha256sum -c` reads it: "<64 hex>  <name>\n" (two spaces: a text-mode line).
QByteArray sumsOf(const std::vector<ZipWriter::Entry> &entries)
{
    QByteArray sums;
    for (const ZipWriter::Entry &e : entries)
        sums += e.sha256.toHex() + "  " + e.name.toUtf8() + '\n';
    return sums;
}

} // namespace

Result<EvidenceSummary> EvidenceExport::write(Session &session, const EvidenceOptions &options,
                                              const PackageSeal &seal, const QString &outPath,
                                              const ExportProgress &progress)
{
    CD_TRY(session.require(Permission::ExportEvidence, QStringLiteral("evidence.export")));
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from)
        return makeError(ErrorCode::Usage, tr("The period is not valid: it needs a first and a last day, in that order."));
    if (outPath.isEmpty())
        return makeError(ErrorCode::Usage, tr("Say where to write the evidence package."));
    if (!seal.sign || seal.publicKeyPem.isEmpty())
        return makeError(ErrorCode::Failed, tr("The package cannot be signed: the store identity is not available."));

    const Error cancelled = makeError(ErrorCode::Failed, tr("The export was cancelled; no file was written."));
    const auto isCancelled = [&] { return progress.cancel && progress.cancel->load(); };
    int percent = 0;
    // Announces a step that runs up to `upTo` percent; refuses once cancelled.
    const auto step = [&](int upTo, const QString &name) -> Result<void> {
        if (isCancelled())
            return cancelled;
        if (progress.report)
            progress.report(percent, name);
        percent = upTo;
        return {};
    };

    // A write that failed because of the cancel reports the cancel.
    const auto orCancelled = [&](Result<void> r) -> Result<void> {
        if (!r.ok() && isCancelled())
            return cancelled;
        return r;
    };

    // Destroyed unfinished (an error, a cancel), the writer removes the partial file.
    ZipWriter zip(outPath, session.clock().now());
    CD_TRY(zip.open());
    if (progress.cancel)
        zip.stopWhen(progress.cancel, cancelled);
    TableContext ctx{session,
                     zip,
                     QDateTime(options.from, QTime(0, 0)).toMSecsSinceEpoch(),
                     QDateTime(options.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch(),
                     options.fullRecords,
                     LetterText(options.language),
                     [&]() -> Result<void> {
                         if (isCancelled())
                             return cancelled;
                         return {};
                     },
                     {}};

    if (options.writeReport) {
        CD_TRY(step(40, tr("Writing the report")));
        auto device = zip.begin(QStringLiteral("report.pdf"));
        if (!device)
            return device.error();
        auto written = options.writeReport(*device.value(), [&](int p) {
            if (progress.report)
                progress.report(qBound(0, p, 100) * 40 / 100, tr("Writing the report"));
            return !isCancelled();
        });
        if (isCancelled())
            return cancelled;
        CD_TRY(written);
        CD_TRY(zip.end());
    }
    CD_TRY(step(55, tr("Writing consents and notices")));
    CD_TRY(orCancelled(writeConsentTables(ctx)));
    CD_TRY(step(65, tr("Writing requests")));
    CD_TRY(orCancelled(writeRequestTables(ctx)));
    CD_TRY(step(70, tr("Writing cameras and signs")));
    CD_TRY(orCancelled(writeCameraTables(ctx)));
    CD_TRY(step(75, tr("Writing compliance records")));
    CD_TRY(orCancelled(writeComplianceTables(ctx)));
    CD_TRY(step(85, tr("Writing the deletion log and the audit extract")));
    CD_TRY(orCancelled(writeLedgerExtracts(ctx)));
    if (seal.writeLedgers) {
        CD_TRY(step(95, tr("Writing the ledgers")));
        CD_TRY(orCancelled(seal.writeLedgers(zip)));
    }
    CD_TRY(step(100, tr("Signing the package")));
    if (!seal.headsJson.isEmpty())
        CD_TRY(zip.add(QStringLiteral("heads.json"), seal.headsJson));
    const QByteArray sums = sumsOf(zip.entries());
    auto signature = seal.sign(sums);
    if (!signature)
        return signature.error();
    if (signature->size() != 64)
        return makeError(ErrorCode::Failed, tr("The package's signature is not an Ed25519 signature."));
    CD_TRY(zip.add(QStringLiteral("SHA256SUMS"), sums));
    CD_TRY(zip.add(QStringLiteral("SHA256SUMS.sig"), signature.value()));
    CD_TRY(zip.add(QStringLiteral("public_key.pem"), seal.publicKeyPem));
    if (isCancelled())
        return cancelled;

    const int files = int(zip.entries().size());
    CD_TRY(zip.finish());
    // The export is a disclosure: audited with the period and the size, never a record's content.
    const QString period = options.from.toString(Qt::ISODate) + QStringLiteral("..") + options.to.toString(Qt::ISODate);
    auto audited = [&]() -> Result<void> {
        Transaction tx(session.db());
        CD_TRY(tx.begin());
        CD_TRY(AuditLog::append(session, QStringLiteral("evidence.export"), QStringLiteral("evidence"), period,
                                QStringLiteral("files=%1; language=%2; full-records=%3")
                                    .arg(files)
                                    .arg(LetterText::normalise(options.language))
                                    .arg(options.fullRecords ? 1 : 0)));
        return tx.commit();
    }();
    if (!audited) {
        // A package nobody can see was exported is not handed out.
        QFile::remove(outPath);
        return audited.error();
    }
    if (progress.report)
        progress.report(100, tr("Done"));
    return EvidenceSummary{outPath, QFileInfo(outPath).size(), files};
}

} // namespace cd::evidence
