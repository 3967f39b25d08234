// consentdesk-cli on bad input: wrong passphrase, unknown user, damaged and foreign files, a
// database locked by another writer. Each case has its own exit code, and in every case the
// database file is left exactly as it was (same bytes, same file).
#include "tests/support/CliFixture.h"

#include <QTemporaryDir>

using namespace clitest;

class TestCliErrors : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestStore> m_store;  // a good store with a few hundred consents
    qint64 m_consentsRootPage = 0;
    qint64 m_auditRootPage = 0;
    qint64 m_pageCount = 0;

    // A fresh copy of the good store (database and keyslot file) under `name`.
    QString copyOfStore(const QString &name)
    {
        const QString dir = m_tmp.filePath(name);
        QDir().mkpath(dir);
        const QString db = dir + QStringLiteral("/store.cdb");
        QFile::remove(db);
        QFile::remove(db + QStringLiteral(".keys"));
        if (!QFile::copy(m_store->dbPath(), db) || !QFile::copy(m_store->keysPath(), db + QStringLiteral(".keys")))
            return {};
        return db;
    }

    CliRun cliOn(const QString &db, const QStringList &args, const QString &user = QStringLiteral("officer"))
    {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                  QStringLiteral("--passphrase-file"), m_store->passFile(user)}
                      + args);
    }

    static void flipByte(const QString &path, qint64 offset)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(offset));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(offset));
        QVERIFY(f.putChar(char(c ^ 0x20)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(cliPath()), "build the consentdesk-cli target first");
        m_store = std::make_unique<TestStore>(m_tmp.filePath(QStringLiteral("good")));
        QVERIFY(m_store->create(300));
        auto s = m_store->unlock();
        QVERIFY(s.ok());
        // Which pages the commands must read: the root pages of consents and audit_log.
        auto root = [&](const char *table) {
            auto q = s.value()->db().query("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?1");
            q.bind(1, QString::fromLatin1(table));
            return q.single().ok() ? q.int64(0) : 0;
        };
        m_consentsRootPage = root("consents");
        m_auditRootPage = root("audit_log");
        s.value().reset();  // closed: the WAL is checkpointed into the file
        m_pageCount = QFileInfo(m_store->dbPath()).size() / 4096;
        QVERIFY(m_consentsRootPage >= 3);
        QVERIFY(m_auditRootPage >= 3);
        QVERIFY(m_pageCount > 20);
        QVERIFY(!QFileInfo::exists(m_store->dbPath() + QStringLiteral("-wal")));

        // The good store works through the cli: the failures below are about the damage.
        auto list = m_store->cli(QStringLiteral("officer"), {QStringLiteral("consent"), QStringLiteral("list"),
                                                             QStringLiteral("--limit"), QStringLiteral("100000"),
                                                             QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().value(QStringLiteral("count")).toInt(), 300);
    }

    void wrongPassphrase()
    {
        const QString db = copyOfStore(QStringLiteral("wrongpass"));
        QVERIFY(!db.isEmpty());
        const QString badPass = m_tmp.filePath(QStringLiteral("bad.pass"));
        QVERIFY(writeFile(badPass, "not-the-passphrase\n"));
        const auto before = FileFingerprint::of(db);
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("officer"),
                         QStringLiteral("--passphrase-file"), badPass, QStringLiteral("consent"), QStringLiteral("list")});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Wrong user name or passphrase"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.all().contains(QStringLiteral("not-the-passphrase")));  // never echoed
        CLI_VERIFY_UNCHANGED(db, before);
    }

    void wrongPassphraseFromStdin()
    {
        const QString db = copyOfStore(QStringLiteral("wrongstdin"));
        const auto before = FileFingerprint::of(db);
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("staff1"),
                         QStringLiteral("verify-ledger")},
                        "officer-pass-1\n");  // another user's passphrase
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
        CLI_VERIFY_UNCHANGED(db, before);
    }

    void unknownUser()
    {
        const QString db = copyOfStore(QStringLiteral("unknown"));
        const auto before = FileFingerprint::of(db);
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("nobody"),
                         QStringLiteral("--passphrase-file"), m_store->passFile(QStringLiteral("officer")),
                         QStringLiteral("consent"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Wrong user name or passphrase"), r.err.constData());
        CLI_VERIFY_UNCHANGED(db, before);
    }

    void damagedPage_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QStringList>("command");
        const QStringList list{QStringLiteral("consent"), QStringLiteral("list"), QStringLiteral("--limit"),
                               QStringLiteral("100000")};
        const QStringList verify{QStringLiteral("verify-ledger")};
        QTest::newRow("consents root page, consent list") << QStringLiteral("consents") << list;
        QTest::newRow("audit_log root page, verify-ledger") << QStringLiteral("audit") << verify;
    }

    void damagedPage()
    {
        QFETCH(QString, what);
        QFETCH(QStringList, command);
        const QString db = copyOfStore(QStringLiteral("damaged-") + what);
        QVERIFY(!db.isEmpty());
        const qint64 page = what == QLatin1String("consents") ? m_consentsRootPage : m_auditRootPage;
        QVERIFY(page >= 3);
        // Pages are numbered from 1; a byte in the middle of the page.
        flipByte(db, (page - 1) * 4096 + 2048);
        if (QTest::currentTestFailed())
            return;
        const auto before = FileFingerprint::of(db);

        auto r = cliOn(db, command);
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 4, qPrintable(QStringLiteral("page %1: exit %2: %3")
                                                 .arg(page)
                                                 .arg(r.exitCode)
                                                 .arg(QString::fromUtf8(r.err))));
        QVERIFY(!r.err.isEmpty());
        CLI_VERIFY_UNCHANGED(db, before);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
    }

    // Every page from 3 on, one at a time: whatever page is damaged, a command either does not
    // need it (exit 0) or says the database is damaged (exit 4) -- never another failure, a crash,
    // or a change to the file.
    void damagedPageSweep()
    {
        const QString db = copyOfStore(QStringLiteral("sweep"));
        QVERIFY(!db.isEmpty());
        const QByteArray pristine = readFile(db);
        int detected = 0;
        for (qint64 page = 3; page <= m_pageCount; ++page) {
            QByteArray damaged = pristine;
            damaged[(page - 1) * 4096 + 1000 + (page * 37) % 2000] ^= 0x01;
            QVERIFY(writeFile(db, damaged));
            const auto before = FileFingerprint::of(db);
            bool seen = false;
            for (const QStringList &command : {QStringList{QStringLiteral("consent"), QStringLiteral("list"),
                                                           QStringLiteral("--limit"), QStringLiteral("100000")},
                                               QStringList{QStringLiteral("verify-ledger")}}) {
                auto r = cliOn(db, command);
                QVERIFY(r.finished);
                QVERIFY2(r.exitCode == 0 || r.exitCode == 4,
                         qPrintable(QStringLiteral("page %1, %2: exit %3: %4")
                                        .arg(page)
                                        .arg(command.join(QLatin1Char(' ')))
                                        .arg(r.exitCode)
                                        .arg(QString::fromUtf8(r.err))));
                seen |= r.exitCode == 4;
                CLI_VERIFY_UNCHANGED(db, before);
            }
            detected += seen ? 1 : 0;
        }
        qInfo("damaged pages detected by consent list or verify-ledger: %d of %lld", detected, m_pageCount - 2);
        QVERIFY(detected > 0);
    }

    void foreignFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("plain SQLite") << QStringLiteral("plain");
        QTest::newRow("text file") << QStringLiteral("text");
        QTest::newRow("empty file") << QStringLiteral("empty");
        QTest::newRow("truncated mid-page") << QStringLiteral("cut-odd");
        QTest::newRow("truncated at a page boundary") << QStringLiteral("cut-page");
        QTest::newRow("truncated to one page") << QStringLiteral("cut-one");
    }

    void foreignFile()
    {
        QFETCH(QString, kind);
        const QString dir = m_tmp.filePath(QStringLiteral("foreign-") + kind);
        QVERIFY(QDir().mkpath(dir));
        const QString db = dir + QStringLiteral("/store.cdb");
        const QByteArray good = readFile(m_store->dbPath());
        if (kind == QLatin1String("plain")) {
            cd::OpenOptions o;
            o.create = true;
            auto plain = cd::Database::open(db, nullptr, o);
            QVERIFY(plain.ok());
            QVERIFY(plain.value()->exec("CREATE TABLE t(x); INSERT INTO t VALUES ('plain text row');").ok());
        } else if (kind == QLatin1String("text")) {
            QVERIFY(writeFile(db, "This is a shopping list, not a database.\nmilk\neggs\n"));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(writeFile(db, QByteArray()));
        } else if (kind == QLatin1String("cut-odd")) {
            QVERIFY(writeFile(db, good.left(good.size() / 2 + 1000)));
        } else if (kind == QLatin1String("cut-page")) {
            QVERIFY(writeFile(db, good.left((good.size() / 4096 / 2) * 4096)));
        } else {
            QVERIFY(writeFile(db, good.left(4096)));
        }
        // A valid keyslot file next to it, so the error is about the database itself.
        QVERIFY(QFile::copy(m_store->keysPath(), db + QStringLiteral(".keys")));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
        const auto before = FileFingerprint::of(db);

        for (const QStringList &command : {QStringList{QStringLiteral("consent"), QStringLiteral("list"),
                                                       QStringLiteral("--limit"), QStringLiteral("100000")},
                                           QStringList{QStringLiteral("verify-ledger")}}) {
            auto r = cliOn(db, command);
            QVERIFY(r.finished);
            QVERIFY2(r.exitCode == 4, qPrintable(QStringLiteral("%1: exit %2: %3")
                                                     .arg(command.join(QLatin1Char(' ')))
                                                     .arg(r.exitCode)
                                                     .arg(QString::fromUtf8(r.err))));
            QVERIFY(!r.err.isEmpty());
            CLI_VERIFY_UNCHANGED(db, before);
        }
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
    }

    void busyWhileAnotherProcessWrites()
    {
        const QString db = copyOfStore(QStringLiteral("busy"));
        QVERIFY(!db.isEmpty());
        const auto before = FileFingerprint::of(db);
        {
            auto holder = cd::Vault::unlock(db, QStringLiteral("officer"), QStringLiteral("officer-pass-1"),
                                            m_store->clock());
            QVERIFY(holder.ok());
            QVERIFY(holder.value()->db().exec("BEGIN IMMEDIATE").ok());

            auto r = cliOn(db,
                           {QStringLiteral("--wait-ms"), QStringLiteral("300"), QStringLiteral("consent"),
                            QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Synthetic Busy"),
                            QStringLiteral("--phone"), QStringLiteral("15500009999"), QStringLiteral("--purpose"),
                            QStringLiteral("visits")},
                           QStringLiteral("staff1"));
            QVERIFY(r.finished);
            QCOMPARE(r.exitCode, 5);
            QVERIFY2(r.elapsedMs < 10000, qPrintable(QString::number(r.elapsedMs)));
            QVERIFY2(r.err.contains("in use by another process"), r.err.constData());
            CLI_VERIFY_UNCHANGED(db, before);
            QVERIFY(holder.value()->db().exec("ROLLBACK").ok());
        }
        CLI_VERIFY_UNCHANGED(db, before);

        // Once the lock is gone the same command goes through.
        auto r = cliOn(db,
                       {QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("Synthetic Busy"), QStringLiteral("--phone"), QStringLiteral("15500009999"),
                        QStringLiteral("--purpose"), QStringLiteral("visits")},
                       QStringLiteral("staff1"));
        QCOMPARE(r.exitCode, 0);
    }

    void missingDatabaseIsNotCreated()
    {
        const QString db = m_tmp.filePath(QStringLiteral("nothing-here.cdb"));
        auto r = cliOn(db, {QStringLiteral("consent"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFileInfo::exists(db));
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
