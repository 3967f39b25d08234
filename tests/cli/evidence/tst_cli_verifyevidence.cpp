// The evidence package end to end through the cli: export-evidence writes it; verify-evidence
// (no database, no key), `sha256sum -c` and `openssl pkeyutl -verify` accept it; one byte changed
// in any file, in the signature or in heads.json makes them fail; --since accepts a later honest
// package and refuses one whose history was cut and rewritten in between.
#include "tests/support/CliFixture.h"
#include "core/evidence/ZipReader.h"
#include "core/evidence/ZipWriter.h"
#include "core/ledgers/Checkpoints.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace clitest;

class TestCliVerifyEvidence : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestStore> m_store;
    QString m_package;

    CliRun exportTo(const QString &path, const QString &db = {})
    {
        QStringList args = m_store->as(QStringLiteral("officer"));
        if (!db.isEmpty())
            args[1] = db;
        return runCli(args + QStringList{QStringLiteral("export-evidence"), QStringLiteral("--from"),
                                         QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                                         QStringLiteral("2026-12-31"), QStringLiteral("--out"), path,
                                         QStringLiteral("--lang"), QStringLiteral("en")});
    }

    CliRun verify(const QString &path, const QString &since = {})
    {
        QStringList args{QStringLiteral("verify-evidence"), path};
        if (!since.isEmpty())
            args << QStringLiteral("--since") << since;
        return runCli(args);
    }

    // The package unpacked by unzip into a new directory.
    QString unpack(const QString &zip)
    {
        const QString dir = zip + QStringLiteral(".d");
        QDir().mkpath(dir);
        auto r = runProgram(QStringLiteral("unzip"), {QStringLiteral("-q"), QStringLiteral("-o"), zip, QStringLiteral("-d"), dir});
        return r.exitCode == 0 ? dir : QString();
    }

    CliRun sha256sumCheck(const QString &dir)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("--quiet"), QStringLiteral("SHA256SUMS")});
        p.waitForFinished(60000);
        CliRun r;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    CliRun opensslVerify(const QString &dir)
    {
        return runProgram(QStringLiteral("openssl"),
                          {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                           QStringLiteral("-inkey"), dir + QStringLiteral("/public_key.pem"), QStringLiteral("-rawin"),
                           QStringLiteral("-in"), dir + QStringLiteral("/SHA256SUMS"), QStringLiteral("-sigfile"),
                           dir + QStringLiteral("/SHA256SUMS.sig")});
    }

    // A copy of `zip` with one byte of entry `name` flipped, written with the project's zip writer.
    bool copyWithFlippedByte(const QString &zip, const QString &name, const QString &out)
    {
        auto in = cd::evidence::ZipReader::open(zip);
        if (!in)
            return false;
        cd::evidence::ZipWriter writer(out, QDateTime::currentDateTime());
        if (!writer.open())
            return false;
        for (const auto &e : in->entries()) {
            auto bytes = in->read(e);
            if (!bytes)
                return false;
            QByteArray data = bytes.value();
            if (e.name == name && !data.isEmpty())
                data[data.size() / 2] = char(data[data.size() / 2] ^ 0x01);
            auto device = writer.begin(e.name);
            if (!device || device.value()->write(data) != data.size() || !writer.end())
                return false;
        }
        return bool(writer.finish());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        for (const char *tool : {"unzip", "sha256sum", "openssl", "sqlcipher"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QString::fromLatin1(tool))));
        m_store = std::make_unique<TestStore>(m_tmp.filePath(QStringLiteral("store")));
        QVERIFY(m_store->create(8));
        m_package = m_tmp.filePath(QStringLiteral("first.zip"));
        auto r = exportTo(m_package);
        QVERIFY2(r.exitCode == 0, r.all().toUtf8().constData());
    }

    void packageVerifiesWithEveryTool()
    {
        auto mine = verify(m_package);
        QVERIFY2(mine.exitCode == 0, mine.all().toUtf8().constData());
        QVERIFY(mine.out.contains("signed by the store identity"));
        QVERIFY(mine.out.contains("unbroken chain"));
        const QString dir = unpack(m_package);
        QVERIFY(!dir.isEmpty());
        for (const char *file : {"report.pdf", "heads.json", "SHA256SUMS", "SHA256SUMS.sig", "public_key.pem",
                                 "ledgers/audit_log.csv", "ledgers/heads.csv", "ledgers/keys.csv"})
            QVERIFY2(QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(file)), file);
        auto sums = sha256sumCheck(dir);
        QVERIFY2(sums.exitCode == 0, sums.all().toUtf8().constData());
        auto ssl = opensslVerify(dir);
        QVERIFY2(ssl.exitCode == 0, ssl.all().toUtf8().constData());
        QVERIFY(ssl.out.contains("Signature Verified Successfully"));
    }

    void oneChangedByteFailsEveryCheck_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("a ledger file") << QStringLiteral("ledgers/audit_log.csv");
        QTest::newRow("a record file") << QStringLiteral("audit.csv");
        QTest::newRow("report.pdf") << QStringLiteral("report.pdf");
        QTest::newRow("heads.json") << QStringLiteral("heads.json");
        QTest::newRow("the signature") << QStringLiteral("SHA256SUMS.sig");
        QTest::newRow("SHA256SUMS") << QStringLiteral("SHA256SUMS");
    }
    void oneChangedByteFailsEveryCheck()
    {
        QFETCH(QString, entry);
        const QString changed = m_tmp.filePath(QStringLiteral("changed-%1.zip").arg(QString(entry).replace(QLatin1Char('/'), QLatin1Char('_'))));
        QVERIFY(copyWithFlippedByte(m_package, entry, changed));
        auto mine = verify(changed);
        QVERIFY2(mine.exitCode == 1, mine.all().toUtf8().constData());
        const QString dir = unpack(changed);
        QVERIFY(!dir.isEmpty());
        // A listed file fails sha256sum; the signature and SHA256SUMS itself fail openssl.
        const bool listed = entry != QLatin1String("SHA256SUMS.sig") && entry != QLatin1String("SHA256SUMS");
        if (listed)
            QVERIFY(sha256sumCheck(dir).exitCode != 0);
        else
            QVERIFY(opensslVerify(dir).exitCode != 0);
    }

    // A regulator kept the first package: a later honest one extends it.
    void sinceAcceptsAnHonestLaterPackage()
    {
        QCOMPARE(m_store->cli(QStringLiteral("staff1"),
                              {QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("Synthetic Later"), QStringLiteral("--phone"),
                               QStringLiteral("15500017777"), QStringLiteral("--purpose"), QStringLiteral("visits")})
                     .exitCode,
                 0);
        const QString later = m_tmp.filePath(QStringLiteral("later.zip"));
        QVERIFY(exportTo(later).exitCode == 0);
        auto r = verify(later, m_package);
        QVERIFY2(r.exitCode == 0, r.all().toUtf8().constData());
        QVERIFY(r.out.contains("extends the older package"));
        // The other way round is not an extension.
        QCOMPARE(verify(m_package, later).exitCode, 1);
    }

    // The officer's copy is cut back to before the first package (rows and heads, and the
    // checkpoint file), then used on: the new package verifies on its own, but not --since.
    void sinceRefusesARewrittenHistory()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("rewritten"));
        QDir().mkpath(dir + QStringLiteral("/data"));
        const QString db = dir + QStringLiteral("/data/store.cdb");
        QVERIFY(QFile::copy(m_store->dbPath(), db));
        QVERIFY(QFile::copy(m_store->keysPath(), db + QStringLiteral(".keys")));
        auto session = m_store->unlock();
        QVERIFY(session);
        QByteArray hexKey;
        {
            // The key's read access must end before the session that owns the key.
            auto key = session.value()->dataKey().read();
            hexKey = QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())).toHex();
        }
        auto cut = runProgram(QStringLiteral("sqlcipher"), {db},
                              "PRAGMA key = \"x'" + hexKey + "'\";\nPRAGMA cipher_page_size = 4096;\n"
                              "DROP TRIGGER audit_log_no_delete;\nDROP TRIGGER ledger_heads_no_delete;\n"
                              "DELETE FROM audit_log WHERE seq > 5;\n"
                              "DELETE FROM ledger_heads WHERE audit_seq > 5;\n");
        session.value().reset();
        QVERIFY2(cut.exitCode == 0, cut.err.constData());
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("staff1"),
                         QStringLiteral("--passphrase-file"), m_store->passFile(QStringLiteral("staff1")),
                         QStringLiteral("consent"), QStringLiteral("list")})
                     .exitCode,
                 0);
        const QString rewritten = m_tmp.filePath(QStringLiteral("rewritten.zip"));
        auto r = exportTo(rewritten, db);
        QVERIFY2(r.exitCode == 0, r.all().toUtf8().constData());
        QCOMPARE(verify(rewritten).exitCode, 0);
        auto since = verify(rewritten, m_package);
        QCOMPARE(since.exitCode, 1);
        QVERIFY2(since.err.contains("rewritten or cut"), since.all().toUtf8().constData());
    }

    void refusedWithoutTheIdentity()
    {
        auto r = m_store->cli(QStringLiteral("auditor1"),
                              {QStringLiteral("export-evidence"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                               QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--out"),
                               m_tmp.filePath(QStringLiteral("auditor.zip"))});
        QVERIFY(r.exitCode != 0);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("auditor.zip"))));
    }
};

QTEST_GUILESS_MAIN(TestCliVerifyEvidence)
#include "tst_cli_verifyevidence.moc"
