// The demo's first-open camera setup goes through the same gated services as a real store:
// a sign record, modes, enrolment of consented members and a day of visitors. It runs on the
// console's vendor thread, as app/main.cpp runs it (the sign's picture is painted there too).
#include "ui/cameras/DemoCameras.h"

#include "vendors/VendorWorker.h"
#include "tests/support/VendorThread.h"
#include "core/ledgers/AuditLog.h"
#include "core/cameras/CameraCounts.h"
#include "core/cameras/CameraInventory.h"
#include "core/cameras/CameraSigns.h"
#include "core/cameras/Enrollments.h"
#include "core/cameras/VendorErasures.h"
#include "core/demo/DemoData.h"

#include <QtTest>

class TestDemoCameras : public QObject {
    Q_OBJECT
private slots:
    void setsUpCamerasThroughTheRules()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("store.cdb"));
        auto created = cd::demo::createDemoStore(path, 40, cd::SystemClock::instance(), cd::KdfLimits::minimum());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        cd::Session &session = *created.value().session;

        cd::VendorManagerOptions options = cd::VendorManagerOptions::defaultsFor(path);
        options.pluginDirs = {QStringLiteral(CONSENTDESK_SIMVENDOR_ONLY_DIR)};
        options.hostExecutable = QStringLiteral(CONSENTDESK_PLUGIN_HOST);
        cd::VendorWorker vendors(session, options);
        auto r = cdtest::onVendorThread(vendors, [](cd::VendorManager &m) { return setUpDemoCameras(m.session(), m); });
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));

        auto devices = cd::CameraInventory(session).devices();
        QVERIFY(devices.ok());
        QCOMPARE(int(devices.value().size()), 3);
        for (const cd::DeviceRecord &d : devices.value()) {
            const QString expected = d.key == QLatin1String("cam-entrance-1") ? QStringLiteral("identify-consented")
                                                                               : QStringLiteral("count-only");
            QCOMPARE(cd::cameraModeId(d.mode), expected);
            QVERIFY(!d.modeReason.isEmpty());
        }
        auto holders = cd::CameraCounts(session).faceDataHolders();
        QVERIFY(holders.ok());
        QVERIFY2(holders.value() > 0, "no consented member was enrolled");
        auto counts = cd::CameraCounts(session).visitorCounts(session.clock().nowMs() - 26LL * 3600 * 1000);
        QVERIFY(counts.ok());
        QVERIFY(!counts.value().empty());
        auto modes = cd::AuditLog::page(session.db(), 0, 1000, QStringLiteral("camera.mode"));
        QVERIFY(modes.ok());
        QCOMPARE(int(modes.value().size()), 3);
    }
};

QTEST_MAIN(TestDemoCameras)
#include "tst_democameras.moc"
