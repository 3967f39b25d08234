// The plugin host contains its vendor (docs/plugin-host-protocol.md, "Containment"): a test
// plugin that tries what a hostile vendor would — read the database, the .keys file, a timer's
// passphrase file and the console's environment, find a variable the console holds, write outside
// its data directory, start a program, use a descriptor the console had open — is stopped at each
// step where Landlock is active, and the same plugin loaded without a host (the control) succeeds
// at each, so the probes are known to work. A host whose hello names another vendor than its
// file's checked metadata is refused.
#include "tests/support/VendorFixture.h"

#include <QPluginLoader>
#include <QRegularExpression>
#include <QSignalSpy>

#include <fcntl.h>
#include <unistd.h>

using namespace cd;
using namespace cdptest;

namespace {

const char kSecretVar[] = "CONSENTDESK_SNOOP_SECRET";
const QString kSnoop = QStringLiteral("faulty_snoop");

bool landlocked(const QStringList &containment)
{
    return containment.filter(QRegularExpression(QStringLiteral("^landlock-abi-\\d+$"))).size() == 1;
}

} // namespace

class TestVendorContainment : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<VendorWorld> m_w;
    QString m_passFile, m_outside, m_dataDir;
    int m_openDb = -1;  // a descriptor of the database the console holds without close-on-exec

    QJsonObject snoopSettings() const
    {
        return {{QStringLiteral("consolePid"), QCoreApplication::applicationPid()},
                {QStringLiteral("snoop"),
                 QJsonObject{{QStringLiteral("database"), m_w->store.dbPath},
                             {QStringLiteral("keys"), m_w->store.keysPath()},
                             {QStringLiteral("passphrase"), m_passFile},
                             {QStringLiteral("db-descriptor"), QStringLiteral("/proc/self/fd/%1").arg(m_openDb)},
                             {QStringLiteral("write-outside"), m_outside},
                             {QStringLiteral("exec"), QStringLiteral("/bin/true")},
                             // controls: what the host must still be able to do
                             {QStringLiteral("write-own"), m_dataDir + QStringLiteral("/own.txt")},
                             {QStringLiteral("system"), QStringLiteral("/usr/share/zoneinfo/UTC")}}}};
    }

    static QMap<QString, qint64> probe(VendorHost &host)
    {
        auto inv = host.callSync(QStringLiteral("inventory"), QCborMap{{QStringLiteral("subject"), QStringLiteral("S-x")}});
        if (!inv)
            return {};
        const auto parsed = cdvendor::wire::inventoryFrom(inv.value());
        return parsed ? parsed->countsByKind : QMap<QString, qint64>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(hostExecutable()), "consentdesk-plugin-host is not built");
        QVERIFY2(QFile::exists(testPluginFile(kSnoop)), "the snoop test plugin is not built");
        QVERIFY2(QFile::exists(garbageHost()), "the fake host is not built");
        m_w = std::make_unique<VendorWorld>();
        QCOMPARE(m_w->create(), QString());
        QVERIFY(QFile::exists(m_w->store.keysPath()));
        m_passFile = m_w->store.dir.filePath(QStringLiteral("jobs.pass"));
        QFile pass(m_passFile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("jobs-passphrase-for-the-timer\n");
        pass.close();
        m_outside = m_w->store.dir.filePath(QStringLiteral("written-by-the-plugin"));
        m_dataDir = m_w->dataRoot() + QStringLiteral("/faulty-snoop");
        // No O_CLOEXEC, and a number far above any the host opens itself, so that the probe of
        // /proc/self/fd/<n> in the host cannot meet one of the host's own descriptors.
        const int fd = ::open(QFile::encodeName(m_w->store.dbPath).constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        m_openDb = ::fcntl(fd, F_DUPFD, 900);
        ::close(fd);
        QVERIFY(m_openDb >= 900);
        qputenv(kSecretVar, "console-only-secret");
    }

    void cleanupTestCase()
    {
        qunsetenv(kSecretVar);
        if (m_openDb >= 0)
            ::close(m_openDb);
        m_w.reset();
    }

    void hostIsContained()
    {
        VendorHostConfig c;
        c.pluginPath = testPluginFile(kSnoop);
        c.dataDir = m_dataDir;
        c.hostExecutable = hostExecutable();
        c.settings = snoopSettings();
        VendorHost host(c);
        host.start();
        QVERIFY2(host.waitUntilReady(10000), qPrintable(host.lastError()));
        const QStringList steps = host.containment();
        for (const char *step : {"minimal-env", "no-core", "no-dump", "no-inherited-fds", "no-new-privs", "umask-077"})
            QVERIFY2(steps.contains(QLatin1String(step)), qPrintable(steps.join(QLatin1Char(' '))));
        QVERIFY(!host.containmentSummary().isEmpty());

        const QMap<QString, qint64> got = probe(host);
        QVERIFY2(!got.isEmpty(), "the snoop plugin did not answer");
        // Independent of the kernel: the environment and the descriptors are the console's to give.
        QCOMPARE(got.value(QStringLiteral("inherited-secret"), -1), 0);
        QCOMPARE(got.value(QStringLiteral("db-descriptor"), -1), 0);
        // No other process of this user reads the host's memory or environment (PR_SET_DUMPABLE 0).
        // Root may (CAP_SYS_PTRACE), so the refusal can only be seen from an ordinary user.
        const QList<qint64> pids = hostPids();
        QCOMPARE(pids.size(), 1);
        if (::geteuid() != 0) {
            QVERIFY(!QFile(QStringLiteral("/proc/%1/environ").arg(pids.front())).open(QIODevice::ReadOnly));
            QVERIFY(!QFile(QStringLiteral("/proc/%1/mem").arg(pids.front())).open(QIODevice::ReadOnly));
        } else {
            qInfo("running as root: the refusal to read a non-dumpable host's /proc entries is not observable");
        }

        if (!landlocked(steps))
            QSKIP(qPrintable(QStringLiteral("The kernel offers no Landlock here (host reported: %1); file access is "
                                            "not contained.").arg(steps.join(QLatin1Char(' ')))));
        for (const char *denied : {"database", "keys", "passphrase", "console-environ", "write-outside", "exec"})
            QVERIFY2(got.value(QLatin1String(denied), -1) == 0,
                     qPrintable(QStringLiteral("the contained plugin could: %1").arg(QLatin1String(denied))));
        QVERIFY(!QFile::exists(m_outside));
        // Controls: its own directory and the system's data stay usable.
        QCOMPARE(got.value(QStringLiteral("write-own"), -1), 1);
        QCOMPARE(got.value(QStringLiteral("system"), -1), 1);
        QVERIFY(QFile::exists(m_dataDir + QStringLiteral("/own.txt")));
        host.stop();
    }

    void sameProbesSucceedUncontained()
    {
        // The control: the same plugin in this (uncontained) process gets everything, so each
        // failure above is the containment's doing.
        QPluginLoader loader(testPluginFile(kSnoop));
        auto *vendor = qobject_cast<cdvendor::CameraVendor *>(loader.instance());
        QVERIFY2(vendor, qPrintable(loader.errorString()));
        QString why;
        QVERIFY(vendor->initialise(m_w->store.dir.filePath(QStringLiteral("uncontained")), snoopSettings(), &why));
        cdvendor::SubjectInventory inv;
        QVERIFY(vendor->inventory(QStringLiteral("S-x"), &inv, &why));
        for (const char *probe : {"database", "keys", "passphrase", "console-environ", "inherited-secret",
                                  "db-descriptor", "write-outside", "exec"})
            QVERIFY2(inv.countsByKind.value(QLatin1String(probe), -1) == 1,
                     qPrintable(QStringLiteral("the probe does not work: %1").arg(QLatin1String(probe))));
        QFile::remove(m_outside);
    }

    void helloAsAnotherVendorIsRefused()
    {
        // The fake host says hello as "simvendor" for a plugin file whose metadata names
        // "faulty-receipt": it would be sent simvendor's erasures.
        VendorHostConfig c;
        c.pluginPath = testPluginFile(QStringLiteral("faulty_receipt"));
        c.dataDir = m_w->store.dir.filePath(QStringLiteral("impostor"));
        c.hostExecutable = garbageHost();
        c.settings = QJsonObject{{QStringLiteral("vendor"), kSim}, {QStringLiteral("garbageOn"), QStringLiteral("none")}};
        c.firstBackoffMs = 50;
        VendorHost host(c);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("hello as vendor \"simvendor\".*\"faulty-receipt\".*refused")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("vendor plugin .*refused")));
        host.start();
        QVERIFY(!host.waitUntilReady(10000));
        QCOMPARE(host.health(), VendorHealth::Refused);
        QVERIFY2(host.lastError().contains(kSim) && host.lastError().contains(QLatin1String("faulty-receipt")),
                 qPrintable(host.lastError()));
        QCOMPARE(host.restarts(), 0);
        QVERIFY(host.info().id.isEmpty());
        CDT_FAILS_WITH(host.callSync(QStringLiteral("ping")), ErrorCode::Failed);
        QTRY_VERIFY_WITH_TIMEOUT(childPids("consentdesk-test-garbage-host").isEmpty(), 3000);

        // The control: the same fake host, saying hello with the file's own id, is accepted.
        c.settings.insert(QStringLiteral("vendor"), QStringLiteral("faulty-receipt"));
        VendorHost honest(c);
        honest.start();
        QVERIFY2(honest.waitUntilReady(10000), qPrintable(honest.lastError()));
        QCOMPARE(honest.info().id, QStringLiteral("faulty-receipt"));
        honest.stop();
        QTRY_VERIFY_WITH_TIMEOUT(childPids("consentdesk-test-garbage-host").isEmpty(), 3000);
    }
};

QTEST_GUILESS_MAIN(TestVendorContainment)
#include "tst_vendor_containment.moc"
