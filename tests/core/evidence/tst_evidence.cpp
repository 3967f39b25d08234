// The evidence package (Part 6 item 3) from a seeded store, checked with tools nobody here wrote:
// Debian's unzip, Python's zipfile and csv, sha256sum -c and openssl pkeyutl -verify; each of
// them must fail after one byte of the package, a file in it or the signature changes. Masked by
// default; staff are refused; a cancel leaves no file. The seal is a test seal (a fresh key).
#include "tests/support/DashboardSeed.h"
#include "tests/support/StoreFixture.h"

#include "core/crypto/Crypto.h"
#include "core/crypto/Signing.h"
#include "core/evidence/EvidenceExport.h"
#include "core/evidence/CsvWriter.h"
#include "core/evidence/ZipWriter.h"
#include "core/ledgers/AuditLog.h"

#include <QDirIterator>
#include <QIODevice>
#include <QProcess>
#include <QtTest>

using namespace cd;
using namespace cd::evidence;

namespace {

struct Ran {
    int exitCode = -1;
    QByteArray out;
};

Ran run(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(30000))
        return {-2, program.toUtf8() + " did not start"};
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, p.readAll()};
}

void flipByte(const QString &path, qint64 at)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(at));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(at));
    QVERIFY(f.putChar(char(c ^ 0x01)));
}

} // namespace

class TestEvidence : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void packageVerifiesWithCommonTools();
    void oneChangedByteIsCaught();
    void csvFilesParse();
    void maskedUnlessFullRecords();
    void staffIsRefused();
    void cancelLeavesNoFile();
    void cancelWhileTheLedgersStream();
    void reportComesFirstAndCancels();
    void zipLimitsAndNames();

private:
    PackageSeal seal();
    Result<EvidenceSummary> exportTo(Session &s, const QString &path, bool fullRecords = false,
                                     const ExportProgress &progress = {}, const QString &language = QStringLiteral("zh_CN"));
    QString extract(const QString &zip);  // into a fresh directory; empty on failure
    QByteArray allText(const QString &dir);

    std::unique_ptr<cdtest::TestStore> m_store;
    crypto::SigningKey m_key;
    QTemporaryDir m_out;
    QString m_package;  // the default package, made once
    int m_extracts = 0;
};

void TestEvidence::initTestCase()
{
    m_store = std::make_unique<cdtest::TestStore>();
    const QString error = m_store->create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    cdtest::DashboardSeed seed;
    const QString seeded = cdtest::seedDashboard(*m_store, seed);
    QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    const QString users = m_store->addTestUsers();
    QVERIFY2(users.isEmpty(), qPrintable(users));
    m_key = crypto::SigningKey::generate();
    QVERIFY(m_out.isValid());
    m_out.setAutoRemove(!qEnvironmentVariableIsSet("CD_KEEP_EVIDENCE"));  // to look at the packages

    m_package = m_out.filePath(QStringLiteral("evidence.zip"));
    std::vector<int> percents;
    QStringList steps;
    ExportProgress progress;
    progress.report = [&](int percent, const QString &step) {
        percents.push_back(percent);
        steps << step;
    };
    auto written = exportTo(*m_store->officer, m_package, false, progress);
    CDT_OK(written);
    QCOMPARE(written->path, m_package);
    QCOMPARE(written->bytes, QFileInfo(m_package).size());
    QVERIFY(!QFile::exists(m_package + QStringLiteral(".part")));
    QVERIFY(std::is_sorted(percents.begin(), percents.end()));
    QCOMPARE(percents.back(), 100);
    QVERIFY(!steps.contains(QString()));

    // Audited with the period and the file count, nothing else.
    auto rows = AuditLog::page(m_store->officer->db(), 0, 1, QStringLiteral("evidence.export"));
    CDT_OK(rows);
    QCOMPARE(rows->size(), std::size_t(1));
    QCOMPARE(rows->front().objectId, QStringLiteral("2025-10-01..2026-11-20"));
    QCOMPARE(rows->front().detail, QStringLiteral("files=%1; language=zh_CN; full-records=0").arg(written->files));
}

PackageSeal TestEvidence::seal()
{
    PackageSeal s;
    s.writeLedgers = [](EntrySink &sink) -> Result<void> {
        auto device = sink.begin(QStringLiteral("ledgers/audit_log.csv"));
        if (!device)
            return device.error();
        device.value()->write("seq,hash\r\n1,00\r\n");
        return sink.end();
    };
    s.headsJson = "{}\n";
    s.publicKeyPem = crypto::publicKeyPem(m_key.publicKey);
    s.sign = [this](const QByteArray &sums) -> Result<QByteArray> { return crypto::sign(m_key, sums); };
    return s;
}

Result<EvidenceSummary> TestEvidence::exportTo(Session &s, const QString &path, bool fullRecords,
                                               const ExportProgress &progress, const QString &language)
{
    EvidenceOptions o;
    o.from = QDate(2025, 10, 1);
    o.to = cdtest::dashboardNow().date();
    o.fullRecords = fullRecords;
    o.language = language;
    return EvidenceExport::write(s, o, seal(), path, progress);
}

QString TestEvidence::extract(const QString &zip)
{
    const QString dir = m_out.filePath(QStringLiteral("x%1").arg(++m_extracts));
    const Ran unzip = run(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), dir});
    if (unzip.exitCode != 0) {
        qWarning() << "unzip:" << unzip.out;
        return {};
    }
    return dir;
}

QByteArray TestEvidence::allText(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        all += cdtest::readFile(it.next());
    return all;
}

void TestEvidence::packageVerifiesWithCommonTools()
{
    const Ran test = run(QStringLiteral("unzip"), {QStringLiteral("-t"), m_package});
    QVERIFY2(test.exitCode == 0, test.out.constData());
    QVERIFY(test.out.contains("No errors detected"));

    const Ran python = run(QStringLiteral("python3"),
                           {QStringLiteral("-c"),
                            QStringLiteral("import sys, zipfile\n"
                                           "z = zipfile.ZipFile(sys.argv[1])\n"
                                           "bad = z.testzip()\n"
                                           "assert bad is None, bad\n"
                                           "print('\\n'.join(z.namelist()))\n"),
                            m_package});
    QVERIFY2(python.exitCode == 0, python.out.constData());
    const QList<QByteArray> names = python.out.trimmed().split('\n');
    // The order of the package: records, notices, ledgers, heads, then the sums and their seal.
    for (const char *name : {"consents.csv", "notices.csv", "requests.csv", "request_events.csv", "cameras.csv",
                             "camera_mode_changes.csv", "signs.csv", "vendor_agreements.csv", "piias.csv",
                             "filing.csv", "incidents.csv", "deletions.csv", "audit.csv", "ledgers/audit_log.csv",
                             "heads.json", "SHA256SUMS", "SHA256SUMS.sig", "public_key.pem"})
        QVERIFY2(names.contains(name), name);
    QCOMPARE(names.mid(names.size() - 3), (QList<QByteArray>{"SHA256SUMS", "SHA256SUMS.sig", "public_key.pem"}));
    QVERIFY(names.indexOf("heads.json") > names.indexOf("ledgers/audit_log.csv"));
    QVERIFY(names.indexOf("ledgers/audit_log.csv") > names.indexOf("audit.csv"));
    bool notice = false, photo = false;
    for (const QByteArray &n : names) {
        notice = notice || (n.startsWith("notices/") && n.endsWith(".txt"));
        photo = photo || n.startsWith("signs/");
    }
    QVERIFY(notice);
    QVERIFY(photo);

    const QString dir = extract(m_package);
    QVERIFY(!dir.isEmpty());
    const Ran sums = run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, dir);
    QVERIFY2(sums.exitCode == 0, sums.out.constData());
    // Every file but the sums, their signature and the key is listed.
    QCOMPARE(int(sums.out.count(": OK\n")), int(names.size()) - 3);
    const Ran verify = run(QStringLiteral("openssl"),
                           {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                            QStringLiteral("-inkey"), QStringLiteral("public_key.pem"), QStringLiteral("-rawin"),
                            QStringLiteral("-in"), QStringLiteral("SHA256SUMS"), QStringLiteral("-sigfile"),
                            QStringLiteral("SHA256SUMS.sig")},
                           dir);
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
    QVERIFY(verify.out.contains("Signature Verified Successfully"));

    // A notice file's SHA-256 is its notice hash, the one the consents name.
    const QList<QByteArray> noticeRows = cdtest::readFile(dir + QStringLiteral("/notices.csv")).trimmed().split('\n');
    QVERIFY(noticeRows.size() > 2);
    const QByteArray consents = cdtest::readFile(dir + QStringLiteral("/consents.csv"));
    int named = 0;
    for (const QByteArray &line : noticeRows.mid(1)) {
        const QList<QByteArray> cells = line.trimmed().split(',');
        QCOMPARE(cdtest::fileSha256(dir + QLatin1Char('/') + QString::fromUtf8(cells.value(4))), cells.value(3));
        named += consents.contains(cells.value(3)) ? 1 : 0;
    }
    QVERIFY(named > 0);
    // The sign's photo is there, as its hash says.
    QCOMPARE(cdtest::fileSha256(dir + QStringLiteral("/signs/1.bin")), crypto::sha256Hex(QByteArray("synthetic photo")).toUtf8());
}

void TestEvidence::oneChangedByteIsCaught()
{
    const QString openssl = QStringLiteral("openssl");
    const QStringList verifyArgs{QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                                 QStringLiteral("-inkey"), QStringLiteral("public_key.pem"), QStringLiteral("-rawin"),
                                 QStringLiteral("-in"), QStringLiteral("SHA256SUMS"), QStringLiteral("-sigfile"),
                                 QStringLiteral("SHA256SUMS.sig")};
    // A file in the package: sha256sum -c names it.
    {
        const QString dir = extract(m_package);
        QVERIFY(!dir.isEmpty());
        flipByte(dir + QStringLiteral("/consents.csv"), 40);
        const Ran sums = run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, dir);
        QVERIFY(sums.exitCode != 0);
        QVERIFY2(sums.out.contains("consents.csv: FAILED"), sums.out.constData());
        QCOMPARE(run(openssl, verifyArgs, dir).exitCode, 0);  // the sums themselves are intact
    }
    // The signature, and the sums it covers.
    for (const char *file : {"SHA256SUMS.sig", "SHA256SUMS"}) {
        const QString dir = extract(m_package);
        QVERIFY(!dir.isEmpty());
        flipByte(dir + QLatin1Char('/') + QLatin1String(file), 10);
        const Ran verify = run(openssl, verifyArgs, dir);
        QVERIFY2(verify.exitCode != 0, file);
        QVERIFY2(!verify.out.contains("Signature Verified Successfully"), file);
    }
    // A byte of the archive's compressed data: unzip -t and Python's zipfile both refuse it.
    const QString copy = m_out.filePath(QStringLiteral("changed.zip"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_package, copy));
    flipByte(copy, 200);  // inside consents.csv's deflated data (its header is 30 + 12 bytes)
    QVERIFY(run(QStringLiteral("unzip"), {QStringLiteral("-t"), copy}).exitCode != 0);
    const Ran python = run(QStringLiteral("python3"),
                           {QStringLiteral("-c"),
                            QStringLiteral("import sys, zipfile\n"
                                           "try:\n"
                                           "    bad = zipfile.ZipFile(sys.argv[1]).testzip()\n"
                                           "except Exception as e:\n"
                                           "    bad = str(e)\n"
                                           "sys.exit(1 if bad else 0)\n"),
                            copy});
    QCOMPARE(python.exitCode, 1);
}

void TestEvidence::csvFilesParse()
{
    const QString dir = extract(m_package);
    QVERIFY(!dir.isEmpty());
    QDirIterator it(dir, {QStringLiteral("*.csv")}, QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/ledgers/")))
            continue;
        ++files;
        const QByteArray bytes = cdtest::readFile(path);
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), qPrintable(path));
        QVERIFY2(bytes.endsWith("\r\n"), qPrintable(path));
    }
    QCOMPARE(files, 13);
    // Python's csv module reads every file back with one column count per file, and the rows the
    // store holds: every consent given or withdrawn in the period.
    const Ran python = run(QStringLiteral("python3"),
                           {QStringLiteral("-c"),
                            QStringLiteral("import csv, glob, sys\n"
                                           "for path in sorted(glob.glob(sys.argv[1] + '/*.csv')):\n"
                                           "    with open(path, encoding='utf-8-sig', newline='') as f:\n"
                                           "        rows = list(csv.reader(f))\n"
                                           "    widths = {len(r) for r in rows}\n"
                                           "    assert len(widths) == 1, (path, widths)\n"
                                           "    print(path.split('/')[-1], len(rows) - 1)\n"),
                            dir});
    QVERIFY2(python.exitCode == 0, python.out.constData());
    const qint64 from = QDateTime(QDate(2025, 10, 1), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 to = QDateTime(cdtest::dashboardNow().date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    auto q = m_store->officer->db().query("SELECT count(*) FROM consents WHERE (granted_at >= ?1 AND granted_at < ?2) "
                                          "OR (withdrawn_at >= ?1 AND withdrawn_at < ?2)");
    q.bind(1, from).bind(2, to);
    CDT_OK(q.single());
    QVERIFY(q.int64(0) > 10);
    QVERIFY2(python.out.contains("consents.csv " + QByteArray::number(q.int64(0)) + '\n'), python.out.constData());
    auto r = m_store->officer->db().query("SELECT count(*) FROM requests");
    CDT_OK(r.single());
    QVERIFY2(python.out.contains("requests.csv " + QByteArray::number(r.int64(0)) + '\n'), python.out.constData());

    // English headers on request; a formula-like cell is defused.
    const QString en = m_out.filePath(QStringLiteral("en.zip"));
    CDT_OK(exportTo(*m_store->officer, en, false, {}, QStringLiteral("en")));
    const QString enDir = extract(en);
    QVERIFY(cdtest::readFile(enDir + QStringLiteral("/consents.csv")).startsWith("\xEF\xBB\xBF" "Consent,Pseudonym,Name,"));
    QCOMPARE(CsvWriter::cell(QStringLiteral("=HYPERLINK(\"x\")")), QByteArray("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(CsvWriter::cell(QStringLiteral("@a")), QByteArray("'@a"));
    QCOMPARE(CsvWriter::cell(QStringLiteral("a\r\nb")), QByteArray("\"a\r\nb\""));
}

void TestEvidence::maskedUnlessFullRecords()
{
    std::vector<QByteArray> names, phones;
    auto q = m_store->officer->db().query("SELECT name, phone FROM subjects WHERE name <> ''");
    CDT_OK(q.forEach([&](const Query &row) {
        names.push_back(row.text(0).toUtf8());
        phones.push_back(row.text(1).toUtf8());
    }));
    QVERIFY(names.size() > 10);

    const QByteArray masked = allText(extract(m_package));
    QVERIFY(!masked.isEmpty());
    for (std::size_t i = 0; i < names.size(); ++i) {
        QVERIFY2(!masked.contains(names[i]), "a full name in the default package");
        QVERIFY2(!masked.contains(phones[i]), "a full phone number in the default package");
    }
    QVERIFY(masked.contains(maskPhone(QString::fromUtf8(phones.front())).toUtf8()));

    const QString full = m_out.filePath(QStringLiteral("full.zip"));
    CDT_OK(exportTo(*m_store->officer, full, true));
    const QByteArray all = allText(extract(full));
    int fullNames = 0;
    for (const QByteArray &n : names)
        fullNames += all.contains(n) ? 1 : 0;
    QVERIFY(fullNames > 0);
}

void TestEvidence::staffIsRefused()
{
    QString why;
    auto staff = m_store->unlockAs(cdtest::staffUser(), &why);
    QVERIFY2(staff, qPrintable(why));
    const QString path = m_out.filePath(QStringLiteral("staff.zip"));
    CDT_FAILS_WITH(exportTo(*staff, path), ErrorCode::Forbidden);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    auto rows = AuditLog::page(staff->db(), 0, 1, QStringLiteral("access.denied"));
    CDT_OK(rows);
    QCOMPARE(rows->size(), std::size_t(1));
    QVERIFY(rows->front().detail.contains(QStringLiteral("evidence.export")) || rows->front().objectId.contains(QStringLiteral("evidence.export")));
}

void TestEvidence::cancelLeavesNoFile()
{
    // Cancelled at each step in turn: no file, no partial file, a clear error.
    for (int at = 1; at <= 7; ++at) {  // the seven steps; the eighth report is "Done"
        const QString path = m_out.filePath(QStringLiteral("cancel%1.zip").arg(at));
        std::atomic_bool cancel{false};
        int calls = 0;
        ExportProgress progress;
        progress.cancel = &cancel;
        progress.report = [&](int, const QString &) {
            if (++calls == at)
                cancel = true;
        };
        auto r = exportTo(*m_store->officer, path, false, progress);
        QVERIFY2(!r.ok(), qPrintable(QString::number(at)));
        QVERIFY(r.error().message.contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }
}

void TestEvidence::cancelWhileTheLedgersStream()
{
    // A cancel while the ledgers stream into the zip stops at their next write.
    std::atomic_bool cancel{false};
    PackageSeal s = seal();
    int written = 0;
    s.writeLedgers = [&](EntrySink &sink) -> Result<void> {
        auto device = sink.begin(QStringLiteral("ledgers/audit_log.csv"));
        if (!device)
            return device.error();
        for (int row = 0; row < 1000; ++row) {
            if (row == 10)
                cancel = true;
            if (device.value()->write("1,00\r\n") != 6)
                return makeError(ErrorCode::Failed, device.value()->errorString());
            ++written;
        }
        return sink.end();
    };
    EvidenceOptions o;
    o.from = QDate(2026, 1, 1);
    o.to = QDate(2026, 3, 31);
    ExportProgress progress;
    progress.cancel = &cancel;
    const QString path = m_out.filePath(QStringLiteral("ledgercancel.zip"));
    auto r = EvidenceExport::write(*m_store->officer, o, s, path, progress);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("cancelled")), qPrintable(r.error().message));
    QCOMPARE(written, 10);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

void TestEvidence::reportComesFirstAndCancels()
{
    // report.pdf through the hook (core does not link the PDF writer): first in the package and
    // in SHA256SUMS; a cancel during it leaves nothing.
    EvidenceOptions o;
    o.from = QDate(2026, 1, 1);
    o.to = QDate(2026, 3, 31);
    std::atomic_bool cancel{false};
    int reportCalls = 0;
    o.writeReport = [&](QIODevice &out, const std::function<bool(int)> &progress) -> Result<void> {
        ++reportCalls;
        out.write("%PDF-1.4 synthetic\n");
        if (!progress(50))
            return makeError(ErrorCode::Failed, QStringLiteral("stopped"));
        return {};
    };
    const QString path = m_out.filePath(QStringLiteral("withreport.zip"));
    CDT_OK(EvidenceExport::write(*m_store->officer, o, seal(), path));
    QCOMPARE(reportCalls, 1);
    const QString dir = extract(path);
    QVERIFY(!dir.isEmpty());
    QCOMPARE(cdtest::readFile(dir + QStringLiteral("/report.pdf")), QByteArray("%PDF-1.4 synthetic\n"));
    QVERIFY(cdtest::readFile(dir + QStringLiteral("/SHA256SUMS")).contains("  report.pdf\n"));
    QVERIFY(cdtest::readFile(dir + QStringLiteral("/SHA256SUMS")).startsWith(
        cdtest::fileSha256(dir + QStringLiteral("/report.pdf")) + "  report.pdf\n"));

    ExportProgress progress;
    progress.cancel = &cancel;
    progress.report = [&](int percent, const QString &) {
        if (percent > 0)
            cancel = true;  // while the report is being written
    };
    const QString cancelled = m_out.filePath(QStringLiteral("reportcancel.zip"));
    auto r = EvidenceExport::write(*m_store->officer, o, seal(), cancelled, progress);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("cancelled")), qPrintable(r.error().message));
    QCOMPARE(reportCalls, 2);
    QVERIFY(!QFile::exists(cancelled));
    QVERIFY(!QFile::exists(cancelled + QStringLiteral(".part")));
}

void TestEvidence::zipLimitsAndNames()
{
    const QString path = m_out.filePath(QStringLiteral("small.zip"));
    {
        ZipWriter zip(path, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 6)));
        CDT_OK(zip.open());
        CDT_FAILS_WITH(zip.begin(QStringLiteral("/absolute")), ErrorCode::Invalid);
        CDT_FAILS_WITH(zip.begin(QString()), ErrorCode::Invalid);
        CDT_OK(zip.add(QStringLiteral("空.txt"), QByteArray()));
        CDT_OK(zip.add(QStringLiteral("a/b.txt"), QByteArray(300000, 'x')));
        QVERIFY(QFile::exists(path + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(path));
        // Dropped unfinished: the partial file goes.
    }
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QVERIFY(!QFile::exists(path));
    {
        ZipWriter zip(path, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 6)));
        CDT_OK(zip.open());
        CDT_OK(zip.add(QStringLiteral("空.txt"), QByteArray()));
        CDT_OK(zip.add(QStringLiteral("a/b.txt"), QByteArray(300000, 'x')));
        QCOMPARE(zip.entries()[1].sha256, crypto::sha256(QByteArray(300000, 'x')));
        CDT_OK(zip.finish());
    }
    const Ran python = run(QStringLiteral("python3"),
                           {QStringLiteral("-c"),
                            QStringLiteral("import sys, zipfile\n"
                                           "z = zipfile.ZipFile(sys.argv[1])\n"
                                           "assert z.testzip() is None\n"
                                           "i = z.infolist()\n"
                                           "assert [x.filename for x in i] == ['空.txt', 'a/b.txt'], i\n"
                                           "assert i[1].file_size == 300000 and i[1].compress_size < 2000\n"
                                           "assert i[0].date_time == (2026, 1, 2, 3, 4, 6), i[0].date_time\n"
                                           "assert z.read('a/b.txt') == b'x' * 300000\n"),
                            path});
    QVERIFY2(python.exitCode == 0, python.out.constData());
    const Ran unzip = run(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
    QVERIFY2(unzip.exitCode == 0, unzip.out.constData());

    // What plain zip cannot hold is refused (the limit lowered from 4 GiB to reach it): a file
    // too large, then an archive too large; the partial file goes.
    const QString big = m_out.filePath(QStringLiteral("big.zip"));
    {
        ZipWriter zip(big, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 6)), 3000);
        CDT_OK(zip.open());
        auto tooLarge = zip.add(QStringLiteral("one.bin"), crypto::randomBytes(4000));
        CDT_FAILS_WITH(tooLarge, ErrorCode::Invalid);
        QVERIFY2(tooLarge.error().message.contains(QStringLiteral("one.bin")), qPrintable(tooLarge.error().message));
    }
    QVERIFY(!QFile::exists(big + QStringLiteral(".part")));
    {
        ZipWriter zip(big, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 6)), 3000);
        CDT_OK(zip.open());
        CDT_OK(zip.add(QStringLiteral("a.bin"), crypto::randomBytes(1400)));
        CDT_OK(zip.add(QStringLiteral("b.bin"), crypto::randomBytes(1400)));  // incompressible: ~2,900 bytes so far
        auto archive = zip.add(QStringLiteral("c.bin"), crypto::randomBytes(1400));
        CDT_FAILS_WITH(archive, ErrorCode::Invalid);
        QVERIFY2(archive.error().message.contains(QStringLiteral("Zip64")), qPrintable(archive.error().message));
        CDT_FAILS_WITH(zip.finish(), ErrorCode::Failed);
    }
    QVERIFY(!QFile::exists(big + QStringLiteral(".part")));
    QVERIFY(!QFile::exists(big));
}

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
