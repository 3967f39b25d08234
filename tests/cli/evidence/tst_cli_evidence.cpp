// export-evidence through the real binary: the package (report.pdf first) passes unzip -t,
// sha256sum -c and openssl pkeyutl -verify; names and phone numbers are masked unless
// --full-records, in the CSV files and in the report's text; staff are refused and bad arguments
// are usage errors, with no file left behind.
#include "tests/support/CliFixture.h"
#include "core/ledgers/AuditLog.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace clitest;

class TestCliEvidence : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestStore> m_store;
    int m_dirs = 0;

    CliRun exportAs(const QString &user, const QString &out, const QStringList &more = {})
    {
        return m_store->cli(user, QStringList{QStringLiteral("export-evidence"), QStringLiteral("--from"),
                                              QStringLiteral("2025-07-01"), QStringLiteral("--to"),
                                              QStringLiteral("2025-07-31"), QStringLiteral("--out"), out}
                                      + more);
    }

    QString extract(const QString &zip)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("x%1").arg(++m_dirs));
        const CliRun r = runProgram(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), dir});
        return r.exitCode == 0 ? dir : QString();
    }

    // Every file's text; report.pdf as pdftotext reads it.
    QByteArray allText(const QString &dir)
    {
        QByteArray all;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QStringLiteral(".pdf")))
                all += runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out;
            else
                all += readFile(path);
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(cliPath()), "build the consentdesk-cli target first");
        m_store = std::make_unique<TestStore>(m_tmp.filePath(QStringLiteral("store")));
        QVERIFY(m_store->create(5));
    }

    void officerExportsAVerifiablePackage()
    {
        const QString out = m_tmp.filePath(QStringLiteral("evidence.zip"));
        const CliRun r = exportAs(QStringLiteral("officer"), out, {QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(r.json().value(QStringLiteral("path")).toString(), out);
        QVERIFY(r.json().value(QStringLiteral("files")).toInt() > 15);
        QCOMPARE(qint64(r.json().value(QStringLiteral("bytes")).toDouble()), QFileInfo(out).size());

        const CliRun test = runProgram(QStringLiteral("unzip"), {QStringLiteral("-t"), out});
        QVERIFY2(test.exitCode == 0, test.out.constData());
        const CliRun names = runProgram(QStringLiteral("unzip"), {QStringLiteral("-Z1"), out});
        QVERIFY2(names.out.startsWith("report.pdf\n"), names.out.constData());
        QVERIFY(names.out.contains("\nheads.json\n"));
        QVERIFY(names.out.endsWith("SHA256SUMS\nSHA256SUMS.sig\npublic_key.pem\n"));

        const QString dir = extract(out);
        QVERIFY(!dir.isEmpty());
        const CliRun sums = runProgram(QStringLiteral("sh"), {QStringLiteral("-c"),
                                                             QStringLiteral("cd \"$0\" && sha256sum -c SHA256SUMS"), dir});
        QVERIFY2(sums.exitCode == 0, sums.out.constData());
        QVERIFY(sums.out.contains("report.pdf: OK"));
        const CliRun verify = runProgram(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("cd \"$0\" && openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in SHA256SUMS "
                            "-sigfile SHA256SUMS.sig"),
             dir});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.all()));

        // Masked: neither the CSV files nor the report hold a full name or phone number.
        const QByteArray text = allText(dir);
        QVERIFY(text.contains("S-"));
        for (int i = 1; i <= 5; ++i) {
            QVERIFY2(!text.contains(QStringLiteral("Synthetic Person %1").arg(i).toUtf8()), "a full name");
            QVERIFY2(!text.contains(QStringLiteral("1550000%1").arg(i, 4, 10, QLatin1Char('0')).toUtf8()), "a phone");
        }
    }

    void fullRecordsOnRequest()
    {
        const QString out = m_tmp.filePath(QStringLiteral("full.zip"));
        const CliRun r = exportAs(QStringLiteral("officer"), out, {QStringLiteral("--full-records"), QStringLiteral("--lang"),
                                                                   QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QByteArray consents = readFile(extract(out) + QStringLiteral("/consents.csv"));
        QVERIFY(consents.startsWith("\xEF\xBB\xBF" "Consent,Pseudonym,Name,Phone,"));
        QVERIFY(consents.contains("Synthetic Person 1"));
        QVERIFY(consents.contains("15500000001"));
    }

    void refusalsAndUsageErrors()
    {
        const QString out = m_tmp.filePath(QStringLiteral("refused.zip"));
        const CliRun staff = exportAs(QStringLiteral("staff1"), out);
        QVERIFY2(staff.exitCode != 0, qPrintable(staff.all()));
        QVERIFY(!staff.err.trimmed().isEmpty());
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
        auto officer = m_store->unlock();
        QVERIFY(officer);
        auto denied = cd::AuditLog::page(officer.value()->db(), 0, 5, QStringLiteral("access.denied"));
        QVERIFY(denied);
        QVERIFY(!denied->empty());
        QCOMPARE(denied->front().userName, QStringLiteral("staff1"));
        officer.value().reset();

        const CliRun badDay = m_store->cli(QStringLiteral("officer"),
                                           {QStringLiteral("export-evidence"), QStringLiteral("--from"),
                                            QStringLiteral("2025-02-30"), QStringLiteral("--to"),
                                            QStringLiteral("2025-07-31"), QStringLiteral("--out"), out});
        QCOMPARE(badDay.exitCode, int(cd::ExitUsage));
        const CliRun backwards = m_store->cli(QStringLiteral("officer"),
                                              {QStringLiteral("export-evidence"), QStringLiteral("--from"),
                                               QStringLiteral("2025-08-01"), QStringLiteral("--to"),
                                               QStringLiteral("2025-07-31"), QStringLiteral("--out"), out});
        QCOMPARE(backwards.exitCode, int(cd::ExitUsage));
        const CliRun lang = exportAs(QStringLiteral("officer"), out, {QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(lang.exitCode, int(cd::ExitUsage));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliEvidence)
#include "tst_cli_evidence.moc"
