// consentdesk-cli request import against a real encrypted store: a dry run writes nothing, a valid
// OpenDSR file goes in (matched by phone or waiting for identity), a hostile file and a second
// import of the same file exit 1 with the position and leave every request and audit row as it
// was, and a missing FILE is a usage error (exit 2).
#include "tests/support/CliFixture.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace clitest;

class TestCliOpenDsr : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;

    static QByteArray explain(const CliRun &r) { return r.all().toUtf8(); }
    static QByteArray seed(const char *name) { return readFile(QStringLiteral(OPENDSR_SEEDS "/") + QLatin1String(name)); }

    // Requests and audit rows, read through a session of our own.
    std::pair<qint64, qint64> counts()
    {
        auto s = m_store->unlock();
        if (!s)
            return {-1, -1};
        return {s.value()->db().queryInt("SELECT count(*) FROM requests").value(),
                s.value()->db().queryInt("SELECT count(*) FROM audit_log").value()};
    }

    QString fileWith(const char *seedName)
    {
        const QString path = m_dir.filePath(QLatin1String(seedName));
        return writeFile(path, seed(seedName)) ? path : QString();
    }

    CliRun import(const QStringList &more)
    {
        return m_store->cli(QStringLiteral("staff1"), QStringList{QStringLiteral("request"), QStringLiteral("import")} + more);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<TestStore>(m_dir.path());
        QVERIFY(m_store->create(3));  // phones 1550000000{1,2,3}
    }

    void usage()
    {
        QCOMPARE(import({}).exitCode, 2);
        const CliRun missing = import({m_dir.filePath(QStringLiteral("no-such.json"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("cannot be read"));
    }

    void dryRunThenImport()
    {
        const QString file = fileWith("valid-array.json");
        const auto before = counts();
        CliRun r = import({file, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, explain(r).constData());
        // The English plural form (consentdesk_en.ts), as a person reads it.
        QVERIFY2(r.out.contains("3 requests would be imported; nothing was written"), r.out.constData());
        QCOMPARE(counts(), before);

        r = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 0, explain(r).constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 3);
        const QJsonArray list = o.value(QStringLiteral("requests")).toArray();
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("needs-identity"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("received"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("portability"));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("correction"));
        QVERIFY(list.at(0).toObject().value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(counts().first, before.first + 3);

        // The same file again: exit 1, naming the first request and its place; nothing written.
        const auto after = counts();
        r = import({file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Request 1 of the OpenDSR file (byte 4, line 2, column 3)"), explain(r).constData());
        QVERIFY(r.err.contains("imported before"));
        QCOMPARE(counts(), after);
    }

    void hostileFileWritesNothing()
    {
        const QByteArray bytes = seed("invalid-duplicate-key.json");
        const QString file = fileWith("invalid-duplicate-key.json");
        const auto before = counts();
        const CliRun r = import({file});
        QCOMPARE(r.exitCode, 1);
        const qsizetype at = bytes.lastIndexOf("\"subject_request_type\"");
        QVERIFY2(r.err.contains(QStringLiteral("refused at byte %1 (line 5, column 3): duplicate key").arg(at).toUtf8()),
                 explain(r).constData());
        QVERIFY(r.err.contains("Nothing was imported"));
        QCOMPARE(counts(), before);

        const CliRun utf8 = import({fileWith("invalid-utf8.json")});
        QCOMPARE(utf8.exitCode, 1);
        QVERIFY2(utf8.err.contains("invalid UTF-8"), explain(utf8).constData());
        QCOMPARE(counts(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliOpenDsr)
#include "tst_cli_opendsr.moc"
