#include "PackageBench.h"
#include "Dataset.h"
#include "Stats.h"

#include "core/reporting/LetterPdf.h"
#include "core/requests/SubjectPackage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace bench {

cd::Result<void> measureSubjectPackage(const QString &dir, qint64 customers, int runs, Report &report)
{
    auto store = createEncryptedStore(QDir(dir).filePath(QStringLiteral("package.db")));
    if (!store)
        return store.error();
    cd::Session &session = *store->session;
    progress(QStringLiteral("registering %1 customers for subject_package").arg(customers));
    auto loader = ConsentLoader::create(session);
    if (!loader)
        return loader.error();
    CD_TRY(loader.value()->load(customers, customers * loader.value()->purposesPerSubject(), 1'000));
    const std::vector<qint64> &ids = loader.value()->subjectIds();

    const QString pdf = QDir(dir).filePath(QStringLiteral("package.pdf"));
    std::vector<double> total, pdfMs;
    qint64 bytes = 0;
    for (int run = 0; run < runs; ++run) {
        const qint64 subject = ids[size_t(run * 7919) % ids.size()];
        QElapsedTimer timer;
        timer.start();
        auto package = cd::SubjectPackages(session).build(subject, 0, QStringLiteral("zh_CN"));
        if (!package)
            return package.error();
        const QByteArray json = cd::SubjectPackages::toJson(package.value());
        const QByteArray csv = cd::SubjectPackages::toCsv(package.value());
        QElapsedTimer pdfTimer;
        pdfTimer.start();
        CD_TRY(cd::reporting::LetterPdf::write(cd::SubjectPackages::letter(package.value()), pdf));
        pdfMs.push_back(double(pdfTimer.nsecsElapsed()) / 1e6);
        total.push_back(double(timer.nsecsElapsed()) / 1e6);
        bytes = QFile(pdf).size() + json.size() + csv.size();
    }
    QFile::remove(pdf);
    Measurement m;
    m.name = QStringLiteral("subject_package");
    m.unit = QStringLiteral("ms");
    m.n = customers;
    m.value = percentile(total, 100);
    m.target = Target{1000.0, Target::On::Value, Target::Cmp::AtMost};
    m.extra.insert(QStringLiteral("p50"), percentile(total, 50));
    m.extra.insert(QStringLiteral("pdf_p50"), percentile(pdfMs, 50));
    m.extra.insert(QStringLiteral("bytes"), double(bytes));
    m.extra.insert(QStringLiteral("runs"), runs);
    m.extra.insert(QStringLiteral("what"), QStringLiteral("build (audited view), JSON, CSV and the zh_CN letter as PDF "
                                                          "with the CJK font; worst run"));
    report.add(m);
    return {};
}

} // namespace bench
