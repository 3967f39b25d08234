// The plugin host never holds the data key, and no personal data crosses to it. One whole run
// with the simulated vendor (start-up, sign, recognition, enrolment, captures, inventory,
// withdrawal, erasure, counts) is watched on the wire in both directions; afterwards the host
// process's memory, command line and environment are searched for the key.
//
// A host normally turns PR_SET_DUMPABLE off, and then no process of the user — this test
// included — may read its memory or environment (tst_vendor_containment checks that refusal).
// To search them, this test alone sets CONSENTDESK_TEST_HOST_DUMPABLE, which makes the console
// start its hosts with --keep-dumpable; everything else about the host is as in production.
#include "tests/support/VendorFixture.h"

#include <QTimeZone>
#include <csignal>

using namespace cd;
using namespace cdptest;

namespace {

QByteArray utf16(const QString &s) { return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2); }

} // namespace

class TestVendorKeyLeak : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<VendorWorld> m_w;
    std::unique_ptr<VendorManager> m_m;
    QByteArray m_key;        // the raw data key, only to search for it; wiped at the end
    QByteArray m_toHost, m_fromHost;
    Subject m_latin, m_chinese;
    qint64 m_hostPid = 0;

    QList<QPair<const char *, QByteArray>> secrets() const
    {
        return {{"the raw data key", m_key},
                {"the data key in hex", m_key.toHex()},
                {"the data key in upper-case hex", m_key.toHex().toUpper()},
                {"a subject's name", m_latin.name.toUtf8()},
                {"a subject's name in UTF-16", utf16(m_latin.name)},
                {"a subject's phone", m_latin.phone.toLatin1()},
                {"a subject's birth date", m_latin.birthDate->toString(Qt::ISODate).toLatin1()},
                {"a Chinese name in UTF-8", m_chinese.name.toUtf8()},
                {"a Chinese name in UTF-16", utf16(m_chinese.name)},
                {"the other subject's phone", m_chinese.phone.toLatin1()}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(hostExecutable()), "consentdesk-plugin-host is not built");
        QVERIFY2(QFile::exists(simvendorFile()), "libsimvendor.so is not built");
        QVERIFY2(hostPids().isEmpty(), "a plugin host is already running as a child of this test");
        m_w = std::make_unique<VendorWorld>();
        QCOMPARE(m_w->create(), QString());
        {
            auto key = m_w->officer().dataKey().read();
            m_key = QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
        }
        QCOMPARE(m_key.size(), 32);

        auto latin = m_w->subject(QStringLiteral("Tester Iota"), QStringLiteral("19900012345"), QDate(1990, 2, 3));
        auto chinese = m_w->subject(QStringLiteral("测试样本乙"), QStringLiteral("19900067890"));
        CDT_OK(latin);
        CDT_OK(chinese);
        m_latin = latin.value();
        m_chinese = chinese.value();
        auto withdrawn = m_w->faceConsent(m_latin.id);
        CDT_OK(withdrawn);
        CDT_OK(m_w->faceConsent(m_chinese.id));

        qputenv("CONSENTDESK_TEST_HOST_DUMPABLE", "1");
        m_m = std::make_unique<VendorManager>(m_w->officer(), m_w->options({simvendorDir()}));
        m_m->startAll();
        VendorHost *h = m_m->host(kSim);
        QVERIFY(h);
        QCOMPARE(h->health(), VendorHealth::Ready);
        h->setWireTap([this](bool toHost, const QByteArray &bytes) { (toHost ? m_toHost : m_fromHost) += bytes; });
        // Kill the host so that the tap also sees a start-up: the hello and the inventory sync.
        QList<qint64> pids = hostPids();
        QCOMPARE(pids.size(), 1);
        QCOMPARE(::kill(pid_t(pids.front()), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(h->restarts() == 1, 5000);
        QVERIFY(h->waitUntilReady(10000));

        CDT_OK(cd::CameraSigns(m_w->officer()).addSign(m_w->zoneId(kSim, QStringLiteral("entrance")), QStringLiteral("Notice at the entrance"),
                                0, QByteArrayLiteral("synthetic photo")));
        CDT_OK(cd::CameraSigns(m_w->officer()).addSign(m_w->zoneId(kSim, QStringLiteral("checkout")), QStringLiteral("Notice at the checkout"),
                                0, QByteArrayLiteral("synthetic photo")));
        CDT_OK(m_m->setMode(kSim, QStringLiteral("cam-entrance-1"), cd::CameraMode::IdentifyConsented,
                            QStringLiteral("members")));
        CDT_OK(m_m->setMode(kSim, QStringLiteral("cam-checkout-1"), cd::CameraMode::CountOnly, QStringLiteral("footfall")));
        auto enrolled = m_m->enrollAllConsented();
        CDT_OK(enrolled);
        QCOMPARE(enrolled.value(), 2);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        CDT_OK(m_m->simulate(kSim, now.addSecs(-7200), now.addSecs(-3600),
                             QJsonObject{{QStringLiteral("visitorsPerHour"), 12}, {QStringLiteral("enrolledShare"), 1.0}}));
        auto inv = m_m->inventory(kSim, m_latin.pseudonym);
        CDT_OK(inv);
        QVERIFY(!inv->countsByKind.isEmpty());
        CDT_OK(ConsentService(m_w->officer()).withdraw(withdrawn.value(), QStringLiteral("counter")));
        auto done = m_m->runDueJobs();
        CDT_OK(done);
        QCOMPARE(done.value(), 1);
        CDT_OK(m_m->pollVisitorCounts());

        pids = hostPids();
        QCOMPARE(pids.size(), 1);
        m_hostPid = pids.front();
    }

    void cleanupTestCase()
    {
        m_key.fill('\0');
        m_m.reset();
        m_w.reset();
        QTRY_VERIFY_WITH_TIMEOUT(hostPids().isEmpty(), 3000);
    }

    void wireCarriesNoKeyOrPersonalData()
    {
        // The tap saw the whole run: the start-up and the calls that carry the pseudonyms.
        QVERIFY(m_fromHost.contains("hello"));
        QVERIFY(m_fromHost.contains("simvendor"));
        QVERIFY(m_toHost.contains("devices"));
        QVERIFY(m_toHost.contains("erase"));
        QVERIFY(m_toHost.contains(m_latin.pseudonym.toLatin1()));
        QVERIFY(m_toHost.contains(m_chinese.pseudonym.toLatin1()));
        for (const auto &[what, secret] : secrets()) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!m_toHost.contains(secret), qPrintable(QStringLiteral("%1 was sent to the host").arg(QLatin1String(what))));
            QVERIFY2(!m_fromHost.contains(secret),
                     qPrintable(QStringLiteral("%1 came back from the host").arg(QLatin1String(what))));
        }
    }

    void hostMemoryHoldsNoKey()
    {
        const QString dataDir = m_w->dataRoot() + QStringLiteral("/simvendor");
        QList<QByteArray> needles{m_key, m_key.toHex(), m_key.toHex().toUpper(), utf16(QString::fromLatin1(m_key.toHex())),
                                  // controls: what the host must hold, so that the search is known to work
                                  dataDir.toUtf8(), utf16(m_chinese.pseudonym)};
        const MemoryScan scan = scanProcessMemory(m_hostPid, needles);
        QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
        QVERIFY(scan.regions > 10);
        QVERIFY(scan.bytesRead > 1024 * 1024);
        QVERIFY2(scan.found[4], "control: the host's data directory was not found in its memory");
        QVERIFY2(scan.found[5], "control: an enrolled subject's pseudonym was not found in the host's memory");
        QVERIFY2(!scan.found[0], "the raw data key is in the plugin host's memory");
        QVERIFY2(!scan.found[1] && !scan.found[2] && !scan.found[3], "the data key in hex is in the plugin host's memory");
    }

    void hostCommandLineAndEnvironmentHoldNoKey()
    {
        const QByteArray cmdline = cdtest::readFile(QStringLiteral("/proc/%1/cmdline").arg(m_hostPid));
        const QByteArray hostEnv = cdtest::readFile(QStringLiteral("/proc/%1/environ").arg(m_hostPid));
        QVERIFY(cmdline.contains("--data-dir"));  // control: the file was read
        QVERIFY(!hostEnv.isEmpty());
        for (const auto &[what, secret] : secrets()) {
            QVERIFY2(!cmdline.contains(secret), qPrintable(QStringLiteral("%1 is on the host's command line").arg(QLatin1String(what))));
            QVERIFY2(!hostEnv.contains(secret), qPrintable(QStringLiteral("%1 is in the host's environment").arg(QLatin1String(what))));
        }
    }
};

QTEST_GUILESS_MAIN(TestVendorKeyLeak)
#include "tst_vendor_keyleak.moc"
