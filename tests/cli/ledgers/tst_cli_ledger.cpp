// Both ledgers against someone who holds the data key: they open the database with the
// external sqlcipher shell, drop the append-only trigger and rewrite a row. verify-ledger must
// notice and name the ledger and the row.
#include "tests/support/CliFixture.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/DeletionLog.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace clitest;

class TestCliLedger : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestStore> m_store;
    QString m_keyHex;
    qint64 m_rows = 0;

    // Runs SQL in the sqlcipher shell with the raw data key, as an attacker with the key would.
    CliRun shellWithKey(const QString &db, const QByteArray &sql)
    {
        const QByteArray script = "PRAGMA key = \"x'" + m_keyHex.toLatin1() + "'\";\n"
                                  "PRAGMA cipher_page_size = 4096;\n" + sql;
        return runProgram(QStringLiteral("sqlcipher"), {db}, script, 60000);
    }

    QString copyOfStore(const QString &name)
    {
        const QString dir = m_tmp.filePath(name);
        QDir().mkpath(dir);
        const QString db = dir + QStringLiteral("/store.cdb");
        if (!QFile::copy(m_store->dbPath(), db) || !QFile::copy(m_store->keysPath(), db + QStringLiteral(".keys")))
            return {};
        return db;
    }

    CliRun verifyLedger(const QString &db, bool json = false)
    {
        QStringList args{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("auditor1"),
                         QStringLiteral("--passphrase-file"), m_store->passFile(QStringLiteral("auditor1")),
                         QStringLiteral("verify-ledger")};
        if (json)
            args << QStringLiteral("--json");
        return runCli(args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(cliPath()), "build the consentdesk-cli target first");
        if (QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty())
            QSKIP("the sqlcipher shell is not installed");
        m_store = std::make_unique<TestStore>(m_tmp.filePath(QStringLiteral("store")));
        QVERIFY(m_store->create(20));

        // Some activity through the cli as well: registrations, a withdrawal, a refusal.
        for (int i = 0; i < 3; ++i) {
            auto r = m_store->cli(QStringLiteral("staff1"),
                                  {QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("Synthetic Ledger %1").arg(i), QStringLiteral("--phone"),
                                   QStringLiteral("1550001%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("--purpose"),
                                   QStringLiteral("visits")});
            QCOMPARE(r.exitCode, 0);
        }
        QCOMPARE(m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("withdraw"),
                                                         QStringLiteral("1")})
                     .exitCode,
                 0);
        QCOMPARE(m_store->cli(QStringLiteral("staff1"), {QStringLiteral("user"), QStringLiteral("remove"),
                                                         QStringLiteral("auditor1")})
                     .exitCode,
                 1);

        // The data key, as someone holding it would have it (read from guarded memory, hexed).
        auto s = m_store->unlock();
        QVERIFY(s.ok());
        {
            auto key = s.value()->dataKey().read();
            m_keyHex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())).toHex());
        }
        // Deletion-log rows as vendor erasures write them (synthetic pseudonyms and receipts).
        for (int i = 1; i <= 6; ++i) {
            cd::DeletionEntry e;
            e.at = m_store->clock().nowMs();
            e.actorName = QStringLiteral("officer");
            e.reason = QStringLiteral("withdrawal");
            e.reasonRef = QString::number(i);
            e.category = QStringLiteral("face-data");
            e.subjectRef = QStringLiteral("S-TEST%1").arg(i);
            e.location = QStringLiteral("simvendor");
            e.counts = QStringLiteral("face-image=%1").arg(i * 10);
            e.receiptId = QStringLiteral("R-%1").arg(i);
            QVERIFY(cd::DeletionLog::append(s.value()->db(), e).ok());
        }
        auto count = cd::AuditLog::count(s.value()->db());
        QVERIFY(count.ok());
        m_rows = count.value();
        s.value().reset();
        QCOMPARE(m_keyHex.size(), 64);
        QVERIFY(m_rows > 30);

        auto ok = verifyLedger(m_store->dbPath(), true);
        QCOMPARE(ok.exitCode, 0);
        const QJsonArray ledgers = ok.json().value(QStringLiteral("ledgers")).toArray();
        QCOMPARE(ledgers.size(), 2);
        QCOMPARE(ledgers.at(1).toObject().value(QStringLiteral("ledger")).toString(), QStringLiteral("deletion"));
        QCOMPARE(ledgers.at(1).toObject().value(QStringLiteral("rows")).toInteger(), 6);
    }

    void rewrittenDeletionRowIsNamed()
    {
        // Making an erasure look smaller than it was: the deletion log and the row are named.
        const QString db = copyOfStore(QStringLiteral("deletion"));
        QVERIFY(!db.isEmpty());
        auto blocked = shellWithKey(db, "UPDATE deletion_log SET counts = 'face-image=1' WHERE seq = 3;\n");
        QVERIFY2(blocked.err.contains("append-only") || blocked.exitCode != 0, blocked.err.constData());
        auto tamper = shellWithKey(db, "DROP TRIGGER deletion_log_no_update;\n"
                                       "UPDATE deletion_log SET counts = 'face-image=1' WHERE seq = 3;\n");
        QVERIFY2(tamper.exitCode == 0 && tamper.err.isEmpty(), tamper.err.constData());

        auto text = verifyLedger(db);
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.err.contains("deletion seq 3"), text.err.constData());
        auto json = verifyLedger(db, true);
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(QStringLiteral("ledger")).toString(), QStringLiteral("deletion"));
        QCOMPARE(json.json().value(QStringLiteral("firstBrokenSeq")).toInteger(), 3);
        const QJsonArray ledgers = json.json().value(QStringLiteral("ledgers")).toArray();
        QCOMPARE(ledgers.at(0).toObject().value(QStringLiteral("ok")).toBool(), true);  // the audit log is intact
    }

    void rewrittenRowIsNamed_data()
    {
        QTest::addColumn<qint64>("seq");
        QTest::newRow("first row") << qint64(1);
        QTest::newRow("a middle row") << qint64(17);
        QTest::newRow("the newest row") << qint64(-1);  // resolved to the last seq
    }

    void rewrittenRowIsNamed()
    {
        QFETCH(qint64, seq);
        if (seq < 0)
            seq = m_rows;
        const QString db = copyOfStore(QStringLiteral("update-%1").arg(seq));
        QVERIFY(!db.isEmpty());

        // The shell cannot change the row while the trigger stands...
        auto blocked = shellWithKey(db, "UPDATE audit_log SET detail = 'altered' WHERE seq = " + QByteArray::number(seq) + ";\n");
        QVERIFY2(blocked.err.contains("append-only"), blocked.err.constData());
        QCOMPARE(verifyLedger(db).exitCode, 0);

        // ...but someone with the key can drop it.
        auto tamper = shellWithKey(db, "DROP TRIGGER audit_log_no_update;\n"
                                       "UPDATE audit_log SET detail = 'altered' WHERE seq = "
                                       + QByteArray::number(seq) + ";\n"
                                       "SELECT changes();\n");
        QVERIFY2(tamper.finished && tamper.exitCode == 0, tamper.err.constData());
        QVERIFY2(tamper.err.isEmpty(), tamper.err.constData());
        QCOMPARE(tamper.out.trimmed(), QByteArray("1"));

        auto r = verifyLedger(db);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        const QByteArray name = "seq " + QByteArray::number(seq);
        QVERIFY2(r.out.contains(name + " ") || r.out.contains(name + ")") || r.out.contains(name + "."),
                 r.out.constData());
        QVERIFY(r.err.contains(name));

        auto json = verifyLedger(db, true);
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(json.json().value(QStringLiteral("firstBrokenSeq")).toInteger(), seq);
        QVERIFY(!json.json().value(QStringLiteral("reason")).toString().isEmpty());
    }

    void deletedRowIsNoticed()
    {
        const QString db = copyOfStore(QStringLiteral("delete"));
        QVERIFY(!db.isEmpty());
        const qint64 seq = 9;
        auto tamper = shellWithKey(db, "DROP TRIGGER audit_log_no_delete;\n"
                                       "DELETE FROM audit_log WHERE seq = " + QByteArray::number(seq) + ";\n");
        QVERIFY2(tamper.exitCode == 0 && tamper.err.isEmpty(), tamper.err.constData());
        auto json = verifyLedger(db, true);
        QCOMPARE(json.exitCode, 1);
        // The first row that no longer follows its predecessor is the one after the gap.
        QCOMPARE(json.json().value(QStringLiteral("firstBrokenSeq")).toInteger(), seq + 1);
    }

    void replacedHashIsNoticed()
    {
        // A row whose stored hash was replaced: the row itself, or the link of the next, fails.
        const QString db = copyOfStore(QStringLiteral("rehash"));
        QVERIFY(!db.isEmpty());
        const qint64 seq = 5;
        auto tamper = shellWithKey(db, "DROP TRIGGER audit_log_no_update;\n"
                                       "UPDATE audit_log SET hash = randomblob(32) WHERE seq = "
                                       + QByteArray::number(seq) + ";\n");
        QVERIFY2(tamper.exitCode == 0 && tamper.err.isEmpty(), tamper.err.constData());
        auto json = verifyLedger(db, true);
        QCOMPARE(json.exitCode, 1);
        const qint64 broken = json.json().value(QStringLiteral("firstBrokenSeq")).toInteger();
        QVERIFY2(broken == seq || broken == seq + 1, qPrintable(QString::number(broken)));
    }
};

QTEST_GUILESS_MAIN(TestCliLedger)
#include "tst_cli_ledger.moc"
