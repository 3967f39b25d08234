// VendorHost on its own: a real plugin host with the simulated vendor (ping, calls before the host
// is ready, stop() with calls in flight), and a fake host that sends garbage, says nothing, or
// cannot be started. The console (this process) must stay up, fail the call with a clear error
// within its time limit, kill the misbehaving host and start a fresh one.
#include "tests/support/VendorFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace cd;
using namespace cdptest;

class TestVendorHost : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    VendorHostConfig simConfig(const QString &name) const
    {
        VendorHostConfig c;
        c.pluginPath = simvendorFile();
        c.dataDir = m_dir.filePath(name);
        c.hostExecutable = hostExecutable();
        c.callTimeoutMs = 2000;
        return c;
    }

    VendorHostConfig garbageConfig(const QString &kind, int callTimeoutMs = 1500) const
    {
        VendorHostConfig c;
        c.pluginPath = simvendorFile();  // ignored by the fake host
        c.dataDir = m_dir.filePath(QStringLiteral("garbage-") + kind);
        c.hostExecutable = garbageHost();
        // It says hello as the plugin file's vendor: any other id is refused before the garbage.
        c.settings = QJsonObject{{QStringLiteral("garbage"), kind}, {QStringLiteral("vendor"), kSim}};
        c.callTimeoutMs = callTimeoutMs;
        c.startTimeoutMs = 3000;
        c.firstBackoffMs = 50;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(hostExecutable()), "consentdesk-plugin-host is not built");
        QVERIFY2(QFile::exists(simvendorFile()), "libsimvendor.so is not built");
        QVERIFY2(QFile::exists(garbageHost()), "the fake garbage host is not built");
        QVERIFY2(hostPids().isEmpty(), "a plugin host is already running as a child of this test");
    }

    void cleanup()
    {
        // Every test stops its hosts; none may be left behind.
        QTRY_VERIFY_WITH_TIMEOUT(hostPids().isEmpty(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(childPids("consentdesk-test-garbage-host").isEmpty(), 3000);
    }

    void pingRoundTrip()
    {
        VendorHost host(simConfig(QStringLiteral("ping")));
        QSignalSpy health(&host, &VendorHost::healthChanged);
        host.start();
        QVERIFY(host.waitUntilReady(10000));
        QCOMPARE(host.health(), VendorHealth::Ready);
        QCOMPARE(host.info().id, kSim);
        QCOMPARE(host.info().apiVersion, cdvendor::kApiVersion);
        QCOMPARE(hostPids().size(), 1);
        QVERIFY(health.count() >= 2);  // Starting, Ready

        QElapsedTimer t;
        t.start();
        auto reply = host.callSync(QStringLiteral("ping"));
        CDT_OK(reply);
        QVERIFY(reply.value().isBool());
        QCOMPARE(reply.value().toBool(), true);
        QVERIFY2(t.elapsed() < 1000, "a ping took more than a second");

        // Asynchronous: the callback runs exactly once, with the result.
        int calls = 0;
        bool ok = false;
        host.call(QStringLiteral("ping"), {}, [&](const VendorHost::Reply &r) {
            ++calls;
            ok = r.ok() && r.value().toBool();
        });
        QCOMPARE(calls, 0);  // the reply comes through the event loop, not from inside call()
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 2000);
        QVERIFY(ok);
        QCOMPARE(host.restarts(), 0);

        // An operation the host does not know is an error reply, not a broken connection.
        auto unknown = host.callSync(QStringLiteral("no-such-op"));
        CDT_FAILS_WITH(unknown, ErrorCode::Failed);
        QVERIFY(unknown.error().message.contains(QLatin1String("unknown operation")));
        QCOMPARE(host.health(), VendorHealth::Ready);
        host.stop();
        QCOMPARE(host.health(), VendorHealth::Stopped);
    }

    void callWhileNotReadyFailsAtOnce()
    {
        VendorHost host(simConfig(QStringLiteral("not-ready")));
        // Never started.
        int calls = 0;
        QString message;
        QElapsedTimer t;
        t.start();
        host.call(QStringLiteral("ping"), {}, [&](const VendorHost::Reply &r) {
            ++calls;
            message = r.ok() ? QString() : r.error().message;
        });
        QCOMPARE(calls, 1);  // answered before call() returned
        QVERIFY(message.contains(QLatin1String("not available")));
        QVERIFY(message.contains(vendorHealthDisplayName(VendorHealth::Stopped)));
        auto sync = host.callSync(QStringLiteral("ping"));
        CDT_FAILS_WITH(sync, ErrorCode::Failed);
        QVERIFY2(t.elapsed() < 500, "a call to a stopped host did not fail at once");

        // Started, but the host has not said hello yet.
        host.start();
        QCOMPARE(host.health(), VendorHealth::Starting);
        calls = 0;
        host.call(QStringLiteral("ping"), {}, [&](const VendorHost::Reply &r) {
            ++calls;
            message = r.ok() ? QString() : r.error().message;
        });
        QCOMPARE(calls, 1);
        QVERIFY(message.contains(vendorHealthDisplayName(VendorHealth::Starting)));
        // ... and once it has, the same call works.
        QVERIFY(host.waitUntilReady(10000));
        CDT_OK(host.callSync(QStringLiteral("ping")));
        host.stop();
    }

    void stopFailsPendingCalls()
    {
        VendorHost host(simConfig(QStringLiteral("stop")));
        host.start();
        QVERIFY(host.waitUntilReady(10000));
        // A call on its way: its reply cannot have been read yet, no event loop has run.
        int calls = 0;
        QString message;
        host.call(QStringLiteral("ping"), {}, [&](const VendorHost::Reply &r) {
            ++calls;
            message = r.ok() ? QStringLiteral("ok") : r.error().message;
        });
        QCOMPARE(calls, 0);
        host.stop();
        QCOMPARE(calls, 1);
        QVERIFY(message.contains(QLatin1String("closed")));
        QCOMPARE(host.health(), VendorHealth::Stopped);
        QVERIFY(hostPids().isEmpty());
        // Nothing arrives later: the callback ran exactly once.
        QTest::qWait(100);
        QCOMPARE(calls, 1);
    }

    void stopEndsACallStuckInTheVendor()
    {
        // The hanging vendor never answers "erase"; stopping the host must end the wait at once
        // instead of at the (long) call timeout.
        VendorHostConfig c;
        c.pluginPath = testPluginFile(QStringLiteral("faulty_hang"));
        c.dataDir = m_dir.filePath(QStringLiteral("hang-stop"));
        c.hostExecutable = hostExecutable();
        c.callTimeoutMs = 20000;
        VendorHost host(c);
        host.start();
        QVERIFY(host.waitUntilReady(10000));
        QTimer::singleShot(300, &host, [&host] { host.stop(); });
        QElapsedTimer t;
        t.start();
        auto reply = host.callSync(QStringLiteral("erase"), {{QStringLiteral("subject"), QStringLiteral("S-TEST")}});
        CDT_FAILS_WITH(reply, ErrorCode::Failed);
        QVERIFY(reply.error().message.contains(QLatin1String("closed")));
        QVERIFY2(t.elapsed() < 5000, "stop() did not end the pending call");
        QCOMPARE(host.health(), VendorHealth::Stopped);
        QVERIFY(hostPids().isEmpty());
    }

    void garbageReplyRestartsHost_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("not a version-1 CBOR map");
        QTest::newRow("oversized frame") << QStringLiteral("oversize") << QStringLiteral("larger than allowed");
        QTest::newRow("not a map") << QStringLiteral("not-a-map") << QStringLiteral("not a version-1 CBOR map");
        QTest::newRow("wrong version") << QStringLiteral("bad-version") << QStringLiteral("not a version-1 CBOR map");
    }

    void garbageReplyRestartsHost()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const int timeoutMs = 1500;
        VendorHost host(garbageConfig(kind, timeoutMs));
        host.start();
        QVERIFY(host.waitUntilReady(10000));
        CDT_OK(host.callSync(QStringLiteral("ping")));  // the fake host speaks properly until asked more
        const QList<qint64> before = childPids("consentdesk-test-garbage-host");
        QCOMPARE(before.size(), 1);

        QElapsedTimer t;
        t.start();
        auto reply = host.callSync(QStringLiteral("zones"));
        const qint64 elapsed = t.elapsed();
        CDT_FAILS_WITH(reply, ErrorCode::Failed);
        QVERIFY2(reply.error().message.contains(QLatin1String("not valid")), qPrintable(reply.error().message));
        QVERIFY2(reply.error().message.contains(reason), qPrintable(reply.error().message));
        // Garbage is recognised when it arrives, not when the call times out.
        QVERIFY2(elapsed < timeoutMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QCOMPARE(host.lastError(), reply.error().message);

        // The host that sent garbage is gone, a fresh one took its place and answers.
        QCOMPARE(host.restarts(), 1);
        QVERIFY(host.waitUntilReady(10000));
        QCOMPARE(host.health(), VendorHealth::Ready);
        const QList<qint64> after = childPids("consentdesk-test-garbage-host");
        QCOMPARE(after.size(), 1);
        QVERIFY2(after.front() != before.front(), "the host that sent garbage was not replaced");
        CDT_OK(host.callSync(QStringLiteral("ping")));
        host.stop();
    }

    void garbageInsteadOfHelloKeepsRestarting()
    {
        VendorHostConfig c = garbageConfig(QStringLiteral("before-hello"));
        c.startTimeoutMs = 1000;
        VendorHost host(c);
        host.start();
        QVERIFY(!host.waitUntilReady(300));
        QTRY_VERIFY_WITH_TIMEOUT(host.restarts() >= 2, 5000);
        QVERIFY(host.health() != VendorHealth::Ready);
        QVERIFY(host.lastError().contains(QLatin1String("not valid")));
        auto reply = host.callSync(QStringLiteral("ping"));  // waits for a hello that never comes
        CDT_FAILS_WITH(reply, ErrorCode::Failed);
        host.stop();
        QCOMPARE(host.health(), VendorHealth::Stopped);
    }

    void silentHostTimesOutAtStart()
    {
        VendorHostConfig c = garbageConfig(QStringLiteral("no-hello"));
        c.startTimeoutMs = 300;
        VendorHost host(c);
        QElapsedTimer t;
        t.start();
        host.start();
        QTRY_VERIFY_WITH_TIMEOUT(host.restarts() >= 1, 5000);
        QVERIFY(t.elapsed() >= 300);
        QVERIFY(host.lastError().contains(QLatin1String("did not start in time")));
        QVERIFY(host.health() != VendorHealth::Ready);
        host.stop();
    }

    void missingHostProgramIsRefused()
    {
        VendorHostConfig c = simConfig(QStringLiteral("missing"));
        c.hostExecutable = m_dir.filePath(QStringLiteral("no-such-host"));
        VendorHost host(c);
        host.start();
        QVERIFY(!host.waitUntilReady(5000));
        QCOMPARE(host.health(), VendorHealth::Refused);
        QVERIFY(host.lastError().contains(QLatin1String("cannot be started")));
        QCOMPARE(host.restarts(), 0);
    }
};

QTEST_GUILESS_MAIN(TestVendorHost)
#include "tst_vendorhost.moc"
