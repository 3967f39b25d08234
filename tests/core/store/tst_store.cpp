// The store layer on its own: how an encrypted database is opened and configured, migrations,
// transactions, and that every kind of foreign or damaged file is refused without being touched.
#include "core/crypto/SecretBytes.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"
#include "tests/support/StoreFixture.h"

#include <QRandomGenerator>

using namespace cd;
using cdtest::fileSha256;

namespace {

SecretBytes fixedKey(unsigned char fill)
{
    unsigned char raw[32];
    for (int i = 0; i < 32; ++i)
        raw[i] = static_cast<unsigned char>(fill + i);
    return SecretBytes::fromBytes(raw, sizeof raw);
}

OpenOptions asTheApplicationOpens()
{
    OpenOptions o;
    o.applicationId = schema::kApplicationId;
    o.maxSchemaVersion = schema::latestVersion();
    return o;
}

OpenOptions creating()
{
    OpenOptions o;
    o.create = true;
    return o;
}

QString textOf(Database &db, const char *sql, bool *ok)
{
    auto q = db.query(sql);
    auto r = q.step();
    *ok = r.ok() && r.value();
    return *ok ? q.text(0) : QString();
}

// Steps through every row of `sql`; returns the first error.
Result<qint64> readAll(Database &db, const char *sql)
{
    auto q = db.query(sql);
    qint64 rows = 0;
    for (;;) {
        auto r = q.step();
        if (!r)
            return r.error();
        if (!r.value())
            return rows;
        ++rows;
    }
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.cdb").arg(++m_counter)); }

    // A migrated ConsentDesk database with a one-page table `small` and a many-page table `filler`.
    QString makeDatabase(const SecretBytes &key, int *smallRootPage = nullptr)
    {
        const QString path = freshPath();
        auto db = Database::open(path, &key, creating());
        if (!db) {
            qWarning("create failed: %s", cdtest::describe(db.error()).constData());
            return {};
        }
        Database &d = *db.value();
        if (!schema::migrate(d).ok())
            return {};
        if (!d.exec("CREATE TABLE small(x TEXT); INSERT INTO small VALUES ('marker-plaintext-7Q');"
                    "CREATE TABLE filler(id INTEGER PRIMARY KEY, data BLOB);").ok())
            return {};
        {
            Transaction tx(d);
            if (!tx.begin().ok())
                return {};
            for (int i = 0; i < 300; ++i) {
                auto q = d.query("INSERT INTO filler(data) VALUES (?)");
                q.bindBlob(1, QByteArray(600, char('a' + i % 26)));
                if (!q.run().ok())
                    return {};
            }
            if (!tx.commit().ok())
                return {};
        }
        if (smallRootPage) {
            auto root = d.queryInt("SELECT rootpage FROM sqlite_master WHERE name = 'small'");
            *smallRootPage = root ? int(root.value()) : 0;
        }
        return path;  // closing checkpoints the WAL into the main file
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pragmasOnEveryOpen_data()
    {
        QTest::addColumn<bool>("reopen");
        QTest::newRow("created") << false;
        QTest::newRow("reopened") << true;
    }
    void pragmasOnEveryOpen()
    {
        QFETCH(bool, reopen);
        const SecretBytes key = SecretBytes::random(32);
        const QString path = freshPath();
        auto opened = Database::open(path, &key, creating());
        CDT_OK(opened);
        std::unique_ptr<Database> db = std::move(opened.value());
        if (reopen) {
            CDT_OK(schema::migrate(*db));
            db.reset();
            auto again = Database::open(path, &key, asTheApplicationOpens());
            CDT_OK(again);
            db = std::move(again.value());
        }
        auto fk = db->queryInt("PRAGMA foreign_keys");
        CDT_OK(fk);
        QCOMPARE(fk.value(), 1);
        bool ok = false;
        QCOMPARE(textOf(*db, "PRAGMA journal_mode", &ok).toLower(), QStringLiteral("wal"));
        QVERIFY(ok);
        auto sync = db->queryInt("PRAGMA synchronous");
        CDT_OK(sync);
        QCOMPARE(sync.value(), 2);
        auto sd = db->queryInt("PRAGMA secure_delete");
        CDT_OK(sd);
        QCOMPARE(sd.value(), 1);
        auto ts = db->queryInt("PRAGMA temp_store");
        CDT_OK(ts);
        QCOMPARE(ts.value(), 2);
        // Foreign keys are really enforced, not just reported.
        CDT_OK(db->exec("CREATE TABLE parent(id INTEGER PRIMARY KEY);"
                        "CREATE TABLE child(p INTEGER REFERENCES parent(id));"));
        QVERIFY(!db->exec("INSERT INTO child VALUES (42)").ok());
    }

    void encryptedOnDisk()
    {
        const SecretBytes key = SecretBytes::random(32);
        const QString path = makeDatabase(key);
        QVERIFY(!path.isEmpty());
        const QByteArray bytes = cdtest::readFile(path);
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("marker-plaintext-7Q"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    void migrateSetsVersionOnceAndIsANoOpAfter()
    {
        const SecretBytes key = SecretBytes::random(32);
        auto opened = Database::open(freshPath(), &key, creating());
        CDT_OK(opened);
        Database &db = *opened.value();
        QVERIFY(schema::latestVersion() >= 1);
        CDT_OK(schema::migrate(db));
        auto version = db.queryInt("PRAGMA user_version");
        CDT_OK(version);
        QCOMPARE(version.value(), qint64(schema::latestVersion()));
        auto appId = db.queryInt("PRAGMA application_id");
        CDT_OK(appId);
        QCOMPARE(appId.value(), schema::kApplicationId);
        QVERIFY(!db.inTransaction());

        bool ok = false;
        const QString schemaBefore =
            textOf(db, "SELECT group_concat(type || ':' || name || ':' || coalesce(sql, ''), '|') FROM "
                       "(SELECT * FROM sqlite_master ORDER BY name)", &ok);
        QVERIFY(ok);
        QVERIFY(schemaBefore.contains(QLatin1String("audit_log")));
        CDT_OK(schema::migrate(db));
        const QString schemaAfter =
            textOf(db, "SELECT group_concat(type || ':' || name || ':' || coalesce(sql, ''), '|') FROM "
                       "(SELECT * FROM sqlite_master ORDER BY name)", &ok);
        QCOMPARE(schemaAfter, schemaBefore);
        version = db.queryInt("PRAGMA user_version");
        CDT_OK(version);
        QCOMPARE(version.value(), qint64(schema::latestVersion()));
    }

    void transactionRollsBackUnlessCommitted()
    {
        const SecretBytes key = SecretBytes::random(32);
        auto opened = Database::open(freshPath(), &key, creating());
        CDT_OK(opened);
        Database &db = *opened.value();
        CDT_OK(db.exec("CREATE TABLE t(x INTEGER)"));
        {
            Transaction tx(db);
            CDT_OK(tx.begin());
            QVERIFY(db.inTransaction());
            CDT_OK(db.exec("INSERT INTO t VALUES (1)"));
        }  // not committed
        QVERIFY(!db.inTransaction());
        auto n = db.queryInt("SELECT count(*) FROM t");
        CDT_OK(n);
        QCOMPARE(n.value(), 0);
        {
            Transaction tx(db);
            CDT_OK(tx.begin());
            CDT_OK(db.exec("INSERT INTO t VALUES (2)"));
            CDT_OK(tx.commit());
        }
        n = db.queryInt("SELECT count(*) FROM t");
        CDT_OK(n);
        QCOMPARE(n.value(), 1);
    }

    void nestedTransactionsJoinTheOuterOne()
    {
        const SecretBytes key = SecretBytes::random(32);
        auto opened = Database::open(freshPath(), &key, creating());
        CDT_OK(opened);
        Database &db = *opened.value();
        CDT_OK(db.exec("CREATE TABLE t(x INTEGER)"));
        auto count = [&db] { return db.queryInt("SELECT count(*) FROM t").value(); };

        // Inner commits are part of the outer transaction: all rows land with the outer commit.
        {
            Transaction outer(db);
            CDT_OK(outer.begin());
            CDT_OK(db.exec("INSERT INTO t VALUES (1)"));
            Transaction inner(db);
            CDT_OK(inner.begin());
            CDT_OK(db.exec("INSERT INTO t VALUES (2)"));
            CDT_OK(inner.commit());
            QVERIFY(db.inTransaction());  // a joined commit does not end the outer transaction
            CDT_OK(outer.commit());
        }
        QVERIFY(!db.inTransaction());
        QCOMPARE(count(), 2);

        // A joined transaction that ends without commit (a swallowed error) fails the outer
        // commit, and nothing of it is saved.
        {
            Transaction outer(db);
            CDT_OK(outer.begin());
            CDT_OK(db.exec("INSERT INTO t VALUES (3)"));
            {
                Transaction inner(db);
                CDT_OK(inner.begin());
                CDT_OK(db.exec("INSERT INTO t VALUES (4)"));
            }
            auto r = outer.commit();
            QVERIFY2(!r.ok(), "the outer commit kept half a change");
            QVERIFY(!r.error().message.isEmpty());
        }
        QVERIFY(!db.inTransaction());
        QCOMPARE(count(), 2);

        // An inner commit is undone by the outer rollback.
        {
            Transaction outer(db);
            CDT_OK(outer.begin());
            Transaction inner(db);
            CDT_OK(inner.begin());
            CDT_OK(db.exec("INSERT INTO t VALUES (9)"));
            CDT_OK(inner.commit());
        }
        QCOMPARE(count(), 2);

        // The next transaction starts clean.
        {
            Transaction again(db);
            CDT_OK(again.begin());
            CDT_OK(db.exec("INSERT INTO t VALUES (5)"));
            CDT_OK(again.commit());
        }
        QCOMPARE(count(), 3);
    }

    void secondWriterIsBusyAtBegin()
    {
        const SecretBytes key = SecretBytes::random(32);
        const QString path = makeDatabase(key);
        QVERIFY(!path.isEmpty());
        OpenOptions o = asTheApplicationOpens();
        o.busyTimeoutMs = 100;
        auto a = Database::open(path, &key, o);
        CDT_OK(a);
        auto b = Database::open(path, &key, o);
        CDT_OK(b);
        Transaction first(*a.value());
        CDT_OK(first.begin());
        Transaction second(*b.value());
        CDT_FAILS_WITH(second.begin(), ErrorCode::Busy);
    }

    void wrongKeyIsNotADatabase()
    {
        const SecretBytes key = fixedKey(1);
        const QString path = makeDatabase(key);
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileSha256(path);
        const SecretBytes wrong = fixedKey(2);
        CDT_FAILS_WITH(Database::open(path, &wrong, asTheApplicationOpens()), ErrorCode::NotADatabase);
        CDT_FAILS_WITH(Database::open(path, &wrong, OpenOptions{}), ErrorCode::NotADatabase);
        QCOMPARE(fileSha256(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        // The right key still opens it: nothing was damaged by the attempts.
        CDT_OK(Database::open(path, &key, asTheApplicationOpens()));
    }

    void foreignOrDamagedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *k : {"empty", "text", "plain-sqlite", "random-pages", "truncated-half",
                              "truncated-odd", "flipped-data-page", "flipped-page-1", "other-app-encrypted",
                              "newer-schema"})
            QTest::newRow(k) << QString::fromLatin1(k);
    }
    void foreignOrDamagedFilesAreRefused()
    {
        QFETCH(QString, kind);
        const SecretBytes key = SecretBytes::random(32);
        QString path;
        if (kind == QLatin1String("empty")) {
            path = freshPath();
            QVERIFY(cdtest::writeFile(path, {}));
        } else if (kind == QLatin1String("text")) {
            path = freshPath();
            QVERIFY(cdtest::writeFile(path, QByteArray("just some notes\nnot a database\n").repeated(500)));
        } else if (kind == QLatin1String("plain-sqlite")) {
            path = freshPath();
            auto plain = Database::open(path, nullptr, creating());
            CDT_OK(plain);
            CDT_OK(plain.value()->exec("CREATE TABLE x(a); INSERT INTO x VALUES (1);"));
        } else if (kind == QLatin1String("random-pages")) {
            path = freshPath();
            QByteArray noise(8 * 4096, Qt::Uninitialized);
            QRandomGenerator gen(7);
            for (char &c : noise)
                c = char(gen.bounded(256));
            QVERIFY(cdtest::writeFile(path, noise));
        } else if (kind == QLatin1String("other-app-encrypted") || kind == QLatin1String("newer-schema")) {
            // Opens with the right key, but is not (or not yet) ours.
            path = freshPath();
            auto db = Database::open(path, &key, creating());
            CDT_OK(db);
            if (kind == QLatin1String("newer-schema")) {
                CDT_OK(schema::migrate(*db.value()));
                const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(schema::latestVersion() + 1);
                CDT_OK(db.value()->exec(sql.constData()));
            } else {
                CDT_OK(db.value()->exec("CREATE TABLE other(a); PRAGMA application_id = 1234;"));
            }
        } else {
            int smallRoot = 0;
            path = makeDatabase(key, &smallRoot);
            QVERIFY(!path.isEmpty());
            QByteArray bytes = cdtest::readFile(path);
            QVERIFY(bytes.size() >= 20 * 4096);
            if (kind == QLatin1String("truncated-half")) {
                bytes.truncate((bytes.size() / 4096 / 2) * 4096);
            } else if (kind == QLatin1String("truncated-odd")) {
                bytes.chop(1000);
            } else if (kind == QLatin1String("flipped-data-page")) {
                QVERIFY(smallRoot > 1);
                bytes[(smallRoot - 1) * 4096 + 2000] = char(bytes[(smallRoot - 1) * 4096 + 2000] ^ 0x01);
            } else if (kind == QLatin1String("flipped-page-1")) {
                bytes[1500] = char(bytes[1500] ^ 0x40);
            }
            QVERIFY(cdtest::writeFile(path, bytes));
        }
        const QByteArray before = fileSha256(path);
        const qint64 sizeBefore = QFileInfo(path).size();

        auto opened = Database::open(path, &key, asTheApplicationOpens());
        if (opened) {
            // Open may succeed when the damage is past the first page: reading must then fail cleanly.
            Database &db = *opened.value();
            std::optional<Error> firstError;
            for (const char *sql : {"SELECT * FROM sqlite_master", "SELECT * FROM small", "SELECT * FROM filler",
                                    "PRAGMA integrity_check"}) {
                auto r = readAll(db, sql);
                if (!r) {
                    firstError = r.error();
                    break;
                }
            }
            QVERIFY2(firstError.has_value(), "a damaged database opened and read without any error");
            QVERIFY2(firstError->code == ErrorCode::Damaged || firstError->code == ErrorCode::NotADatabase,
                     cdtest::describe(*firstError).constData());
            QVERIFY(!firstError->message.isEmpty());
        } else {
            const Error &e = opened.error();
            QVERIFY2(e.code == ErrorCode::Damaged || e.code == ErrorCode::NotADatabase, cdtest::describe(e).constData());
            QVERIFY(!e.message.trimmed().isEmpty());
        }
        opened = Error{};  // close before comparing
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QCOMPARE(fileSha256(path), before);
    }

    void missingFileIsNotFoundAndNotCreated()
    {
        const SecretBytes key = SecretBytes::random(32);
        const QString path = m_dir.filePath(QStringLiteral("missing.cdb"));
        CDT_FAILS_WITH(Database::open(path, &key, OpenOptions{}), ErrorCode::NotFound);
        CDT_FAILS_WITH(Database::open(path, &key, asTheApplicationOpens()), ErrorCode::NotFound);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        // Through the vault too: no database and no keyslot file appear.
        cd::ManualClock clock(cdtest::testStart());
        auto s = Vault::unlock(path, cdtest::kOfficer, cdtest::kOfficerPass, clock);
        QVERIFY(!s.ok());
        QVERIFY(!s.error().message.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(KeyslotFile::pathFor(path)));
    }

    void createOverExistingFileIsRefused()
    {
        const SecretBytes key = SecretBytes::random(32);
        const QString path = makeDatabase(key);
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileSha256(path);
        const SecretBytes other = SecretBytes::random(32);
        auto r = Database::open(path, &other, creating());
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.trimmed().isEmpty());
        r = Database::open(path, &key, creating());
        QVERIFY(!r.ok());
        QCOMPARE(fileSha256(path), before);

        const QString textPath = freshPath();
        QVERIFY(cdtest::writeFile(textPath, "keep me\n"));
        QVERIFY(!Database::open(textPath, &key, creating()).ok());
        QCOMPARE(cdtest::readFile(textPath), QByteArray("keep me\n"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
