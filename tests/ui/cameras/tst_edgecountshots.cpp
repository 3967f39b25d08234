// The demo's two vendors on the Cameras page: the simulated one and the on-device counting plugin
// counting the people in the sample video (tools/fetch-vtest.sh) through its real plugin host. The
// demo's camera setup puts the counting camera in count-only; once it has counted people, the page
// is rendered in English and in zh_CN to PNG files for a person to look at: CONSENTDESK_SHOTS_DIR
// names the folder (else the test's temporary directory).
#include "ui/cameras/CamerasPage.h"
#include "ui/cameras/DemoCameras.h"
#include "ui/cameras/VisitorCountsModel.h"
#include "ui/common/Gui.h"

#include "core/cameras/CameraCounts.h"
#include "core/cameras/CameraInventory.h"
#include "core/demo/DemoData.h"
#include "core/demo/DemoVideo.h"
#include "core/i18n/Language.h"
#include "tests/support/VendorThread.h"
#include "vendors/VendorWorker.h"

#include <QTabWidget>
#include <QtTest>

class TestEdgeCountShots : public QObject {
    Q_OBJECT
private slots:
    void camerasPageShowsRealCounts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void camerasPageShowsRealCounts()
    {
        QFETCH(QString, language);
        const QString video = cd::demo::sampleVideoPath();
        if (video.isEmpty())
            QSKIP("vtest.avi is missing: tools/fetch-vtest.sh puts it in ~/.cache/consentdesk (or $CONSENTDESK_VIDEO_DIR)");
        cd::gui::initResources();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("store.cdb"));
        auto created = cd::demo::createDemoStore(path, 40, cd::SystemClock::instance(), cd::KdfLimits::minimum());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        cd::Session &session = *created.value().session;

        cd::VendorManagerOptions options = cd::VendorManagerOptions::defaultsFor(path);
        options.pluginDirs = {QStringLiteral(CONSENTDESK_PLUGIN_DIR)};
        options.hostExecutable = QStringLiteral(CONSENTDESK_PLUGIN_HOST);
        options.settings = QJsonObject{{QStringLiteral("edgecount"), cd::demo::edgecountSettings(video, true)}};
        cd::VendorWorker vendors(session, options);
        QVERIFY(cdtest::waitUntilReady(vendors, QStringLiteral("edgecount")));
        auto r = cdtest::onVendorThread(vendors, [](cd::VendorManager &m) { return setUpDemoCameras(m.session(), m); });
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        auto edge = cd::CameraInventory(session).vendorByCode(QStringLiteral("edgecount"));
        QVERIFY(edge.ok());
        auto devices = cd::CameraInventory(session).devices(edge->id);
        QVERIFY(devices.ok());
        QCOMPARE(int(devices->size()), 1);
        QCOMPARE(devices->front().mode, cd::CameraMode::CountOnly);

        // Until the video has brought a few people into the console's counts.
        qint64 counted = 0;
        for (int i = 0; i < 600 && counted < 5; ++i) {
            QTest::qWait(500);
            auto polled = cdtest::onVendorThread(vendors, [](cd::VendorManager &m) { return m.pollVisitorCounts(); });
            QVERIFY(polled.ok());
            auto rows = cd::CameraCounts(session).visitorCounts(0);
            QVERIFY(rows.ok());
            counted = 0;
            for (const cd::VisitorCountRow &row : rows.value())
                counted += row.vendorCode == QLatin1String("edgecount") ? row.visitors : 0;
        }
        QVERIFY2(counted >= 5, "the video brought no counts");

        QVERIFY(cd::i18n::setLanguage(language));
        {
            CamerasPage page(session, vendors);
            page.resize(1280, 900);
            page.show();
            page.refreshAll();
            QTRY_VERIFY(!vendors.isBusy());
            QTest::qWait(300);
            // The visitor table has a column for the counting plugin's zone with real numbers in it.
            VisitorCountsModel *model = page.visitorModel();
            bool square = false;
            for (int c = 0; c < model->columnCount(); ++c)
                square = square || model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("edgecount"));
            QVERIFY2(square, "no column for the counting plugin's zone");
            // The Visitors tab: the hourly counts of both vendors, as table and chart.
            auto *tabs = page.findChild<QTabWidget *>();
            QVERIFY(tabs && tabs->count() > 1);
            tabs->setCurrentIndex(1);
            QTest::qWait(300);
            const QString shots = qEnvironmentVariable("CONSENTDESK_SHOTS_DIR", dir.filePath(QStringLiteral("shots")));
            QVERIFY(QDir().mkpath(shots));
            const QString file = QDir(shots).filePath(QStringLiteral("cameras-edgecount-%1.png").arg(language));
            QVERIFY2(page.grab().save(file), qPrintable(file));
        }
        QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestEdgeCountShots)
#include "tst_edgecountshots.moc"
