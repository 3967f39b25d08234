// Nothing a customer told us is readable on disk: customers registered through the cli (ASCII
// and Chinese names, distinctive phone numbers) are searched for in every file of the data
// directory, with `strings -a` and in the raw bytes, after closing and while a WAL is open.
#include "tests/support/CliFixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace clitest;

namespace {

struct Person {
    QString name;
    QString phone;
};

// Synthetic people; the phones are distinctive so that a stray copy cannot be a coincidence.
const QList<Person> &registeredByCli()
{
    static const QList<Person> people = {
        {QStringLiteral("Testname Alpha"), QStringLiteral("13987650001")},
        {QStringLiteral("Testname Bravo"), QStringLiteral("13987650002")},
        {QStringLiteral("测试甲"), QStringLiteral("13987650003")},
        {QStringLiteral("测试乙"), QStringLiteral("13987650004")},
    };
    return people;
}
// Children registered with a guardian, so guardian names are on disk too.
const QString kChildName = QStringLiteral("Testname Foxtrot");
const QString kChineseChildName = QStringLiteral("测试丁");
const QString kChildPhone = QStringLiteral("13987650099");
const QString kGuardianName = QStringLiteral("Guardname Delta");
const QString kChineseGuardianName = QStringLiteral("测试监护人");

const QList<Person> &registeredInProcess()
{
    static const QList<Person> people = {
        {QStringLiteral("Testname Echo"), QStringLiteral("13987650005")},
        {QStringLiteral("测试丙"), QStringLiteral("13987650006")},
    };
    return people;
}

} // namespace

class TestCliPrivacy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestStore> m_store;

    QStringList secrets(bool withInProcess) const
    {
        QStringList all{kChildName, kChineseChildName, kChildPhone, kGuardianName, kChineseGuardianName};
        for (const Person &p : registeredByCli())
            all << p.name << p.phone;
        if (withInProcess)
            for (const Person &p : registeredInProcess())
                all << p.name << p.phone;
        return all;
    }

    QStringList dataFiles() const
    {
        QStringList files;
        const QDir dir(m_store->dataDir());
        for (const QString &f : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
            files << dir.filePath(f);
        return files;
    }

    // Which secret (by index, never the text) `strings -a` or the raw bytes of `file` show; -1: none.
    static int findSecret(const QString &file, const QStringList &secretTexts)
    {
        auto strings = runProgram(QStringLiteral("strings"), {QStringLiteral("-a"), file});
        if (!strings.finished || strings.exitCode != 0)
            return -2;
        const QByteArray raw = readFile(file);
        for (int i = 0; i < secretTexts.size(); ++i) {
            const QString &secret = secretTexts.at(i);
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
            // A distinctive part alone must not be there either (the name without its first word).
            const QString tail = secret.section(QLatin1Char(' '), -1);
            if (strings.out.contains(secret.toUtf8()) || raw.contains(secret.toUtf8()) || raw.contains(utf16)
                || (tail.size() >= 5 && strings.out.contains(tail.toUtf8())))
                return i;
        }
        return -1;
    }

    // Every file in the data directory, and nothing there but the store's own files.
    void scanDataDirectory(const QStringList &secretTexts, const QStringList &expectedFiles)
    {
        const QStringList files = dataFiles();
        for (const QString &expected : expectedFiles)
            QVERIFY2(files.contains(expected), qPrintable(expected));
        for (const QString &file : files) {
            const QString name = QFileInfo(file).fileName();
            QVERIFY2(name.startsWith(QLatin1String("store.cdb")), qPrintable(name));
            const int hit = findSecret(file, secretTexts);
            QVERIFY2(hit == -1, qPrintable(QStringLiteral("%1: secret #%2").arg(name).arg(hit)));
        }
    }

    void shellWithoutKeyCannotRead()
    {
        auto r = runProgram(QStringLiteral("sqlcipher"), {m_store->dbPath()}, "SELECT count(*) FROM sqlite_master;\n");
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("file is encrypted or is not a database"), r.err.constData());
        QVERIFY(!r.out.contains("|"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(cliPath()), "build the consentdesk-cli target first");
        if (QStandardPaths::findExecutable(QStringLiteral("strings")).isEmpty())
            QSKIP("binutils' strings is not installed");
        m_store = std::make_unique<TestStore>(m_tmp.filePath(QStringLiteral("store")));
        QVERIFY(m_store->create(10));

        for (const Person &p : registeredByCli()) {
            auto r = m_store->cli(QStringLiteral("staff1"),
                                  {QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"), p.name,
                                   QStringLiteral("--phone"), p.phone, QStringLiteral("--birth-date"),
                                   QStringLiteral("1985-03-04"), QStringLiteral("--purpose"), QStringLiteral("visits"),
                                   QStringLiteral("--purpose"), QStringLiteral("face-id"), QStringLiteral("--separate-consent"),
                                   QStringLiteral("--json")});
            QCOMPARE(r.exitCode, 0);
            // The cli's own output carries the pseudonym, never the name or phone.
            QVERIFY(!r.out.contains(p.name.toUtf8()) && !r.err.contains(p.name.toUtf8()));
            QVERIFY(!r.out.contains(p.phone.toUtf8()) && !r.err.contains(p.phone.toUtf8()));
        }
        for (const auto &[child, guardian] : {std::pair{kChildName, kGuardianName},
                                              std::pair{kChineseChildName, kChineseGuardianName}}) {
            auto r = m_store->cli(QStringLiteral("staff1"),
                                  {QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"), child,
                                   QStringLiteral("--phone"), kChildPhone, QStringLiteral("--age-band"),
                                   QStringLiteral("under14"), QStringLiteral("--purpose"), QStringLiteral("visits"),
                                   QStringLiteral("--guardian-name"), guardian, QStringLiteral("--guardian-relation"),
                                   QStringLiteral("parent"), QStringLiteral("--guardian-consent")});
            QCOMPARE(r.exitCode, 0);
        }
    }

    // The scan itself can fail: it finds names and phones in a file that holds them in clear.
    void scannerFindsPlainText()
    {
        const QString file = m_tmp.filePath(QStringLiteral("plain.txt"));
        const QStringList texts = secrets(false);
        for (int i = 0; i < texts.size(); ++i) {
            QVERIFY(writeFile(file, QByteArray(64, '\x01') + texts.at(i).toUtf8() + QByteArray(64, '\x02')));
            QCOMPARE(findSecret(file, texts), i);
        }
        QVERIFY(writeFile(file, QByteArray(300, '\x03')));
        QCOMPARE(findSecret(file, texts), -1);
    }

    void listShowsMaskedFormsOnly()
    {
        auto r = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("list"),
                                                         QStringLiteral("--limit"), QStringLiteral("1000")});
        QCOMPARE(r.exitCode, 0);
        for (const QString &secret : secrets(false))
            QVERIFY(!r.out.contains(secret.toUtf8()));
        QVERIFY(r.out.contains("139****0003"));
        QVERIFY(r.out.contains("测**"));
        auto json = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("list"),
                                                            QStringLiteral("--limit"), QStringLiteral("1000"),
                                                            QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        for (const QString &secret : secrets(false))
            QVERIFY(!json.out.contains(secret.toUtf8()));
        // Searching by the full phone finds the subject, and still shows it masked.
        auto search = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("list"),
                                                              QStringLiteral("--search"), QStringLiteral("13987650003"),
                                                              QStringLiteral("--json")});
        QCOMPARE(search.json().value(QStringLiteral("count")).toInt(), 2);
        QVERIFY(!search.out.contains("13987650003"));
    }

    void closedStoreHoldsNoPlainText()
    {
        QVERIFY(!QFileInfo::exists(m_store->dbPath() + QStringLiteral("-wal")));  // closed and checkpointed
        scanDataDirectory(secrets(false), {m_store->dbPath(), m_store->keysPath()});
        shellWithoutKeyCannotRead();
    }

    void openStoreWithWalHoldsNoPlainText()
    {
        auto s = m_store->unlock(QStringLiteral("staff1"));
        QVERIFY(s.ok());
        cd::SubjectService subjects(*s.value());
        cd::PurposeService purposes(*s.value());
        auto visits = purposes.findByCode(QStringLiteral("visits"));
        QVERIFY(visits.ok());
        auto notice = purposes.currentNotice(visits->id);
        QVERIFY(notice.ok());
        for (const Person &p : registeredInProcess()) {
            cd::SubjectInput in;
            in.name = p.name;
            in.phone = p.phone;
            in.ageBand = cd::AgeBand::Adult;
            auto subject = subjects.create(in);
            QVERIFY(subject.ok());
            cd::RegistrationInput reg;
            reg.subjectId = subject->id;
            reg.purposes.push_back({visits->id, notice->id, false});
            QVERIFY(cd::ConsentService(*s.value()).registerConsent(reg).ok());
        }
        // Still open: the new pages are in the WAL, not yet in the database file.
        const QString wal = m_store->dbPath() + QStringLiteral("-wal");
        QVERIFY(QFileInfo(wal).size() > 0);
        scanDataDirectory(secrets(true), {m_store->dbPath(), m_store->keysPath(), wal,
                                          m_store->dbPath() + QStringLiteral("-shm")});
        shellWithoutKeyCannotRead();

        // The cli reads the open store too (WAL readers do not block), with masked output.
        auto r = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("list"),
                                                         QStringLiteral("--search"), QStringLiteral("13987650006")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("139****0006"));
        QVERIFY(!r.out.contains("13987650006"));

        s.value().reset();
        scanDataDirectory(secrets(true), {m_store->dbPath(), m_store->keysPath()});
    }
};

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "tst_cli_privacy.moc"
