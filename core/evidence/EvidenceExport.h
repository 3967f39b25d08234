#pragma once
// The regulator's evidence package for a period (Part 6): one zip holding report.pdf, the
// period's records as CSV files, the notices in force, the ledgers and their signed heads,
// SHA256SUMS signed by the store identity, and its public key. Rows stream from the database
// into the zip: memory stays bounded however long the period. docs/evidence.md lists the files.
#include "PackageSeal.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <atomic>
#include <functional>

class QIODevice;

namespace cd {
class Session;
}

namespace cd::evidence {

struct EvidenceOptions {
    QDate from, to;                          // local days, both included
    QString language = QStringLiteral("zh_CN");  // of report.pdf and the CSV headers: "zh_CN" or "en"
    bool fullRecords = false;                // names and phone numbers in full; default pseudonyms and masks
    // Writes report.pdf (the package's first file). core does not link the PDF library
    // (core/reporting needs Qt Gui), so the caller passes reporting::EvidenceReport::write here;
    // `progress` gets 0-100 and returns false to stop. Empty: the package has no report.pdf.
    std::function<Result<void>(QIODevice &out, const std::function<bool(int percent)> &progress)> writeReport;
};

struct ExportProgress {
    std::function<void(int percent, const QString &step)> report;  // step: translated, for a progress bar
    const std::atomic_bool *cancel = nullptr;                      // set from another thread to stop
};

struct EvidenceSummary {
    QString path;
    qint64 bytes = 0;
    int files = 0;
};

class EvidenceExport {
    Q_DECLARE_TR_FUNCTIONS(cd::evidence::EvidenceExport)
public:
    // Needs the ExportEvidence permission (the officer); audited. Writes to a temporary file
    // beside `outPath`, renamed at the end: a cancelled or failed export leaves nothing behind.
    static Result<EvidenceSummary> write(Session &session, const EvidenceOptions &options, const PackageSeal &seal,
                                         const QString &outPath, const ExportProgress &progress = {});
};

} // namespace cd::evidence
