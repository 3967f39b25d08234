// The cameras page over a real encrypted store and a real vendor: the simulated vendor plugin in
// its own plugin-host process. Drives the page as an officer would (mode refused without a sign,
// sign recorded with a photo, mode accepted), the filing counter, erasures and visitor counts.
#include "tests/support/ComplianceFixture.h"
#include "tests/support/Widgets.h"
#include "tests/support/StoreFixture.h"

#include "ui/cameras/CamerasPage.h"
#include "ui/cameras/DeviceModeDialog.h"
#include "ui/cameras/DeviceTableModel.h"
#include "ui/cameras/FilingCounterWidget.h"
#include "ui/cameras/SignRecordDialog.h"
#include "ui/cameras/VendorJobsModel.h"
#include "ui/cameras/VendorStatusWidget.h"
#include "ui/charts/VisitorChart.h"
#include "ui/cameras/VisitorCountsModel.h"
#include "ui/cameras/ZoneSignsWidget.h"
#include "vendors/VendorWorker.h"
#include "tests/support/VendorThread.h"
#include "ui/common/BusyCall.h"
#include "core/i18n/Language.h"
#include "core/ledgers/AuditLog.h"
#include "core/cameras/CameraCounts.h"
#include "core/cameras/CameraInventory.h"
#include "core/cameras/CameraSigns.h"
#include "core/cameras/Enrollments.h"
#include "core/cameras/VendorErasures.h"
#include "core/consent/ConsentService.h"
#include "core/demo/DemoData.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectService.h"
#include "core/access/UserService.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QInputDialog>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

namespace {
const QString kVendor = QStringLiteral("simvendor");
const QString kEntranceCam = QStringLiteral("cam-entrance-1");
const QString kReason = QStringLiteral("Pilot at the entrance, PIIA 2025-07 approved");

using cdtest::child;

// Clicks a radio button on its indicator (a wide button's centre is outside its click area).
void clickRadio(QRadioButton *radio)
{
    QVERIFY(radio);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(radio->height() / 2, radio->height() / 2));
}

// Closes the page's open message boxes and returns their texts (answered ones wait hidden
// for deletion: not counted).
QStringList takeMessageBoxes(QWidget *parent)
{
    QStringList texts;
    for (QMessageBox *box : parent->findChildren<QMessageBox *>()) {
        if (!box->isVisible())
            continue;
        texts << box->text();
        box->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return texts;
}
} // namespace

class TestCameras : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void modelsPassTheTester();
    void refusesRecognitionWithoutSignThenAllowsIt();
    void filingBannerFollowsThreshold();
    void visitorCountsFeedTableAndChart();
    void overdueErasureIsHighlightedAndRetried();
    void staffSeesReadOnlyPage();
    void retiringASignWarnsAboutRecognisingCameras();
    void retranslatesLive();
    void screenshots();

private:
    void selectDevice(CamerasPage &page, const QString &deviceKey);
    DeviceModeDialog *openModeDialog(CamerasPage &page, const QString &deviceKey);
    void shoot(QWidget *w, const QString &name);

    cdtest::TestStore m_store;
    std::unique_ptr<cd::VendorWorker> m_vendors;
    qint64 m_subjectId = 0;
    qint64 m_faceConsentId = 0;
    QString m_photoPath;
};

void TestCameras::initTestCase()
{
    cd::i18n::setLanguage(QStringLiteral("en"));
    QLoggingCategory::setFilterRules(QStringLiteral("qt.modeltest.debug=false"));
    const QString error = m_store.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    cd::Session &s = *m_store.officer;
    QCOMPARE(cdtest::addFaceRecords(s), QString());
    CDT_OK(cd::demo::addStandardPurposes(s));

    // One synthetic customer with separate consent to face recognition.
    cd::SubjectInput in;
    in.name = QStringLiteral("Testname Camera");
    in.phone = QStringLiteral("10000000001");
    in.ageBand = cd::AgeBand::Adult;
    auto subject = cd::SubjectService(s).create(in);
    CDT_OK(subject);
    m_subjectId = subject->id;
    cd::PurposeService purposes(s);
    auto face = purposes.findByCode(QStringLiteral("face-recognition"));
    CDT_OK(face);
    auto notice = purposes.currentNotice(face->id);
    CDT_OK(notice);
    cd::RegistrationInput reg;
    reg.subjectId = m_subjectId;
    reg.purposes.push_back({face->id, notice->id, true});
    auto ids = cd::ConsentService(s).registerConsent(reg);
    CDT_OK(ids);
    QCOMPARE(ids->size(), std::size_t(1));
    m_faceConsentId = ids->front();

    cd::VendorManagerOptions options;
    options.pluginDirs = {QStringLiteral(CONSENTDESK_SIMVENDOR_ONLY_DIR)};
    options.hostExecutable = QStringLiteral(CONSENTDESK_PLUGIN_HOST);
    options.dataRoot = m_store.dir.filePath(QStringLiteral("vendors"));
    QVERIFY2(QFile::exists(options.hostExecutable), "build consentdesk-plugin-host first");
    m_vendors = std::make_unique<cd::VendorWorker>(s, options);
    QVERIFY(cdtest::waitUntilReady(*m_vendors, kVendor));
    // Once ready, the vendor thread records its cameras through a connection of its own.
    QTRY_VERIFY_WITH_TIMEOUT(cd::CameraInventory(s).vendorByCode(kVendor).ok(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        cd::CameraInventory(s).devices(cd::CameraInventory(s).vendorByCode(kVendor)->id)->size(), std::size_t(3), 15000);
    QTRY_VERIFY(!m_vendors->isBusy());

    // A small photo of "the sign", made here.
    QImage photo(160, 120, QImage::Format_RGB32);
    photo.fill(QColor(0xff, 0xd5, 0x4f));
    QPainter painter(&photo);
    painter.setPen(Qt::black);
    painter.drawRect(10, 10, 140, 100);
    painter.drawText(photo.rect(), Qt::AlignCenter, QStringLiteral("CAMERAS"));
    painter.end();
    m_photoPath = m_store.dir.filePath(QStringLiteral("sign.png"));
    QVERIFY(photo.save(m_photoPath));
}

void TestCameras::cleanupTestCase()
{
    m_vendors.reset();  // stops the vendor thread and its plugin hosts before the session goes
}

void TestCameras::cleanup()
{
    // An answer still on its way would hold a progress dialog (BusyCall) into the next test.
    QTRY_VERIFY(!m_vendors->isBusy());
}

void TestCameras::modelsPassTheTester()
{
    cd::Session &s = *m_store.officer;
    DeviceTableModel devices(s);
    VendorJobsModel jobs(s);
    VisitorCountsModel visitors(s);
    QAbstractItemModelTester t1(&devices, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&jobs, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&visitors, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(devices.reload());
    QVERIFY(jobs.reload());
    QVERIFY(visitors.reload());
    QCOMPARE(devices.rowCount(), 3);  // the simulated vendor's three cameras
    QCOMPARE(devices.columnCount(), int(DeviceTableModel::ColumnCount));
    const int row = devices.rowOf(kVendor, kEntranceCam);
    QVERIFY(row >= 0);
    QCOMPARE(devices.data(devices.index(row, DeviceTableModel::ModeColumn)).toString(), QStringLiteral("Off"));
    QCOMPARE(devices.data(devices.index(row, DeviceTableModel::ModeColumn), DeviceTableModel::ModeIdRole).toString(),
             QStringLiteral("off"));
    QCOMPARE(devices.data(devices.index(row, DeviceTableModel::ZoneColumn)).toString(), QStringLiteral("Entrance"));
    QCOMPARE(jobs.rowCount(), 0);
    QCOMPARE(visitors.rowCount(), VisitorCountsModel::kHours);
    QCOMPARE(visitors.columnCount(), 2);  // entrance and checkout
    // Reloading the same rows updates in place (the tester checks the signals).
    QVERIFY(devices.reload());
    QVERIFY(visitors.reload());
    devices.retranslate();
    jobs.retranslate();
    visitors.retranslate();
}

void TestCameras::selectDevice(CamerasPage &page, const QString &deviceKey)
{
    auto *view = child<QTableView>(&page, "devicesView");
    QVERIFY(view);
    const int row = page.deviceModel()->rowOf(kVendor, deviceKey);
    QVERIFY(row >= 0);
    view->setFocus();
    view->selectRow(row);
}

DeviceModeDialog *TestCameras::openModeDialog(CamerasPage &page, const QString &deviceKey)
{
    selectDevice(page, deviceKey);
    auto *button = child<QPushButton>(&page, "changeModeButton");
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    DeviceModeDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = page.findChild<DeviceModeDialog *>()) && dialog->isVisible(); }, 3000))
        return nullptr;
    return dialog;
}

void TestCameras::refusesRecognitionWithoutSignThenAllowsIt()
{
    cd::Session &s = *m_store.officer;
    CamerasPage page(s, *m_vendors);
    page.resize(1000, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // 1. Without a sign, identify-consented is refused with the service's reason.
    QPointer<DeviceModeDialog> dialog = openModeDialog(page, kEntranceCam);
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, "modeSignHint")->isVisible());
    auto *ok = child<QPushButton>(dialog, "modeOkButton");
    QVERIFY(!ok->isEnabled());  // same mode, no reason yet
    clickRadio(child<QRadioButton>(dialog, "modeIdentifyRadio"));
    QVERIFY(child<QRadioButton>(dialog, "modeIdentifyRadio")->isChecked());
    QVERIFY(!ok->isEnabled());  // still no reason
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "modeReasonEdit"), kReason);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    auto *error = child<QLabel>(dialog, "modeErrorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("no current sign record")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());  // stays open to be read
    shoot(dialog, QStringLiteral("mode-refused"));
    auto stillOff = cd::CameraInventory(s).device(cd::CameraInventory(s).vendorByCode(kVendor)->id, kEntranceCam);
    CDT_OK(stillOff);
    QCOMPARE(stillOff->mode, cd::CameraMode::Off);
    const int row = page.deviceModel()->rowOf(kVendor, kEntranceCam);
    QCOMPARE(page.deviceModel()->data(page.deviceModel()->index(row, DeviceTableModel::ModeColumn)).toString(),
             QStringLiteral("Off"));
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // 2. Record the entrance sign through the dialog, with the photo.
    auto *zones = page.findChild<ZoneSignsWidget *>();
    QVERIFY(zones);
    int zoneRow = -1;
    for (int i = 0; i < int(zones->zones().size()); ++i) {
        if (zones->zones()[std::size_t(i)].key == QStringLiteral("entrance"))
            zoneRow = i;
    }
    QVERIFY(zoneRow >= 0);
    auto *zonesView = child<QTableWidget>(&page, "zonesView");
    zonesView->selectRow(zoneRow);
    auto *record = child<QPushButton>(&page, "recordSignButton");
    QVERIFY(record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    QPointer<SignRecordDialog> sign;
    QTRY_VERIFY((sign = page.findChild<SignRecordDialog *>()) && sign->isVisible());
    QTest::keyClicks(child<QPlainTextEdit>(sign, "signDescriptionEdit"),
                     QStringLiteral("A3 sign: face recognition in use, at the entrance door"));
    auto *signOk = child<QPushButton>(sign, "signOkButton");
    QVERIFY(!signOk->isEnabled());  // no photo yet
    QVERIFY(!sign->setPhotoFile(m_store.dir.filePath(QStringLiteral("missing.png"))));
    QVERIFY(child<QLabel>(sign, "signErrorLabel")->isVisible());
    QVERIFY(sign->setPhotoFile(m_photoPath));
    QVERIFY(!child<QLabel>(sign, "signPhotoPreview")->pixmap().isNull());
    QVERIFY(signOk->isEnabled());
    shoot(sign, QStringLiteral("sign-dialog"));
    QTest::mouseClick(signOk, Qt::LeftButton);
    QTRY_VERIFY(!sign);
    const QString photoHash = QString::fromLatin1(cdtest::fileSha256(m_photoPath));
    QTRY_VERIFY(zonesView->item(zoneRow, ZoneSignsWidget::SignColumn)->text().contains(QStringLiteral("A3 sign")));
    QCOMPARE(zonesView->item(zoneRow, ZoneSignsWidget::PhotoColumn)->text().left(8), photoHash.left(8));
    QVERIFY(child<QPushButton>(&page, "retireSignButton")->isEnabled());

    // 3. Now the same change is accepted, and the table shows it.
    dialog = openModeDialog(page, kEntranceCam);
    QVERIFY(dialog);
    QVERIFY(!child<QLabel>(dialog, "modeSignHint")->isVisible());
    clickRadio(child<QRadioButton>(dialog, "modeIdentifyRadio"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "modeReasonEdit"), kReason);
    QTest::mouseClick(child<QPushButton>(dialog, "modeOkButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    const int newRow = page.deviceModel()->rowOf(kVendor, kEntranceCam);
    QCOMPARE(page.deviceModel()->data(page.deviceModel()->index(newRow, DeviceTableModel::ModeColumn)).toString(),
             QStringLiteral("Identify consented"));
    QCOMPARE(page.deviceModel()->data(page.deviceModel()->index(newRow, DeviceTableModel::ReasonColumn)).toString(),
             kReason);
    QVERIFY(takeMessageBoxes(&page).isEmpty());

    // The audit log has the change with its reason.
    auto entries = cd::AuditLog::page(s.db(), 0, 20, QStringLiteral("camera.mode"));
    CDT_OK(entries);
    QCOMPARE(entries->size(), std::size_t(1));
    QCOMPARE(entries->front().objectId, kVendor + QLatin1Char('/') + kEntranceCam);
    QVERIFY2(entries->front().detail.contains(kReason), qPrintable(entries->front().detail));
    QVERIFY(entries->front().detail.contains(QStringLiteral("identify-consented")));
    shoot(&page, QStringLiteral("after-mode"));
}

void TestCameras::filingBannerFollowsThreshold()
{
    cd::Session &s = *m_store.officer;
    CamerasPage page(s, *m_vendors);
    page.resize(1000, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *banner = child<QLabel>(&page, "filingBanner");
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    // Enroll the consented customer through the page.
    auto *tabs = child<QTabWidget>(&page, "camerasTabs");
    tabs->setCurrentIndex(2);
    auto *enroll = child<QPushButton>(&page, "enrollButton");
    QVERIFY(enroll->isEnabled());
    QTest::mouseClick(enroll, Qt::LeftButton);
    QTRY_VERIFY(page.findChild<QMessageBox *>());
    const QStringList boxes = takeMessageBoxes(&page);
    QVERIFY2(boxes.front().contains(QStringLiteral("1 customer")), qPrintable(boxes.join(QLatin1Char('|'))));
    QCOMPARE(page.filingCounter()->holders(), qint64(1));
    auto *vendorList = child<QTreeWidget>(&page, "vendorList");
    QVERIFY(vendorList->topLevelItemCount() >= 1);
    QCOMPARE(vendorList->topLevelItem(0)->text(VendorStatusWidget::EnrolledColumn), QStringLiteral("1"));
    QCOMPARE(vendorList->topLevelItem(0)->text(VendorStatusWidget::HealthColumn),
             cd::vendorHealthDisplayName(cd::VendorHealth::Ready));
    QVERIFY(!banner->isVisible());  // 1 of 100,000

    // Threshold 1 through the dialog: at the threshold, the warning shows.
    auto changeThreshold = [&](int value) {
        QTest::mouseClick(child<QPushButton>(&page, "changeThresholdButton"), Qt::LeftButton);
        QPointer<QInputDialog> input;
        QTRY_VERIFY((input = page.findChild<QInputDialog *>(QStringLiteral("thresholdDialog"))) && input->isVisible());
        input->setIntValue(value);
        input->accept();
        QTRY_VERIFY(!input);
    };
    changeThreshold(1);
    QCOMPARE(page.filingCounter()->threshold(), qint64(1));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("30 working days")), qPrintable(banner->text()));
    QCOMPARE(page.filingCounter()->level(), FilingCounterWidget::Level::AtOrAbove);
    shoot(&page, QStringLiteral("filing-warning"));

    // Back to the legal figure: far below, hidden.
    changeThreshold(100000);
    QVERIFY(!banner->isVisible());
    // The two changes and the crossing that threshold 1 made (withdrawn again at 100,000).
    auto audited = cd::AuditLog::page(s.db(), 0, 10, QStringLiteral("filing.threshold"));
    CDT_OK(audited);
    QCOMPARE(audited->size(), std::size_t(3));
    auto withdrawn = cd::AuditLog::page(s.db(), 0, 10, QStringLiteral("filing.withdrawn"));
    CDT_OK(withdrawn);
    QCOMPARE(withdrawn->size(), std::size_t(1));
}

void TestCameras::visitorCountsFeedTableAndChart()
{
    cd::Session &s = *m_store.officer;
    // Counting needs a camera that is on, and a camera that is on needs a sign (Art. 26): the
    // checkout camera counts only, under the checkout's sign.
    qint64 checkout = 0;
    const auto allZones = cd::CameraInventory(s).zones();
    CDT_OK(allZones);
    for (const cd::ZoneRecord &z : allZones.value())
        checkout = z.key == QLatin1String("checkout") ? z.id : checkout;
    QVERIFY(checkout);
    CDT_OK(cd::CameraSigns(s).addSign(checkout, QStringLiteral("Checkout sign"), 0, cdtest::readFile(m_photoPath)));
    CDT_OK(cdtest::onVendorThread(*m_vendors, [](cd::VendorManager &vendors) {
        return vendors.setMode(kVendor, QStringLiteral("cam-checkout-1"), cd::CameraMode::CountOnly,
                               QStringLiteral("Footfall counts for staffing"));
    }));
    const QDateTime now = s.clock().now();
    auto simulated = cdtest::onVendorThread(*m_vendors, [now](cd::VendorManager &vendors) {
        return vendors.simulate(kVendor, now.addSecs(-3 * 3600), now,
                                QJsonObject{{QStringLiteral("visitorsPerHour"), 40}, {QStringLiteral("enrolledShare"), 0.0}});
    });
    CDT_OK(simulated);

    CamerasPage page(s, *m_vendors);
    page.resize(1000, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.visitorModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(page.visitorModel()->total(), qint64(0));  // not polled yet
    page.pollNow();  // what the 10 s timer does
    QTRY_VERIFY(page.visitorModel()->total() > 0);
    VisitorCountsModel *model = page.visitorModel();
    const qint64 total = model->total();

    // The chart shows the same numbers as the table: one bar set per zone.
    auto *chart = page.findChild<VisitorChart *>();
    QVERIFY(chart);
    QCOMPARE(chart->series()->count(), model->columnCount());
    double charted = 0;
    for (QBarSet *set : chart->series()->barSets()) {
        QCOMPARE(set->count(), VisitorCountsModel::kHours);
        for (int i = 0; i < set->count(); ++i)
            charted += set->at(i);
    }
    QCOMPARE(qint64(charted), total);
    // The newest hour is the last row; the simulated hours are the last three.
    qint64 lastRows = 0;
    for (int r = VisitorCountsModel::kHours - 4; r < VisitorCountsModel::kHours; ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            lastRows += model->visitors(r, c);
    QCOMPARE(lastRows, total);
    QVERIFY(child<QLabel>(&page, "visitorTotalLabel")->text().contains(QLocale().toString(total)));

    // A later poll brings nothing new; the counts stay.
    QTRY_VERIFY(!BusyCall::isRunning());
    page.pollNow();
    QTRY_VERIFY(!BusyCall::isRunning());
    QCOMPARE(model->total(), total);
    child<QTabWidget>(&page, "camerasTabs")->setCurrentIndex(1);
    shoot(&page, QStringLiteral("visitors"));
}

void TestCameras::overdueErasureIsHighlightedAndRetried()
{
    cd::Session &s = *m_store.officer;
    CamerasPage page(s, *m_vendors);
    page.resize(1000, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.jobsModel()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(&page, "retryJobsButton")->isEnabled());

    // Withdrawal owes an erasure at the vendor.
    CDT_OK(cd::ConsentService(s).withdraw(m_faceConsentId, QStringLiteral("counter")));
    page.refreshAll();
    VendorJobsModel *jobs = page.jobsModel();
    QCOMPARE(jobs->rowCount(), 1);
    QVERIFY(!jobs->data(jobs->index(0, 0), VendorJobsModel::OverdueRole).toBool());
    QCOMPARE(jobs->data(jobs->index(0, VendorJobsModel::ReasonColumn)).toString(), QStringLiteral("Consent withdrawn"));
    QVERIFY(jobs->data(jobs->index(0, VendorJobsModel::SubjectColumn)).toString().startsWith(QStringLiteral("S-")));
    QCOMPARE(page.filingCounter()->holders(), qint64(1));  // held until the vendor confirms

    // Two hours later it is overdue and highlighted.
    m_store.clock.advanceSecs(2 * 3600);
    page.refreshAll();
    QVERIFY(jobs->data(jobs->index(0, 0), VendorJobsModel::OverdueRole).toBool());
    QVERIFY(jobs->data(jobs->index(0, 0), Qt::BackgroundRole).isValid());
    QCOMPARE(jobs->overdueCount(), 1);
    auto *tabs = child<QTabWidget>(&page, "camerasTabs");
    QVERIFY(tabs->tabText(3).contains(QStringLiteral("(1)")));
    QVERIFY(!tabs->tabIcon(3).isNull());
    tabs->setCurrentIndex(3);
    shoot(&page, QStringLiteral("erasure-overdue"));

    // Retry now: the vendor erases, the receipt is checked, the job goes.
    auto *retry = child<QPushButton>(&page, "retryJobsButton");
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    // The answer says how many were confirmed; the table may follow the vendor thread's news first.
    QTRY_VERIFY2(child<QLabel>(&page, "camerasStatusLabel")->text().contains(QStringLiteral("1 of 1")),
                 qPrintable(child<QLabel>(&page, "camerasStatusLabel")->text()));
    QCOMPARE(jobs->rowCount(), 0);
    QCOMPARE(page.filingCounter()->holders(), qint64(0));
    QVERIFY(tabs->tabIcon(3).isNull());
}

void TestCameras::staffSeesReadOnlyPage()
{
    CDT_OK(cd::UserService(*m_store.officer)
               .add(QStringLiteral("sam"), QStringLiteral("Staff S"), cd::Role::Staff, QStringLiteral("staff-pass-1"),
                    cd::KdfLimits::minimum()));
    QString why;
    auto staff = m_store.unlock(QStringLiteral("sam"), QStringLiteral("staff-pass-1"), &why);
    QVERIFY2(staff, qPrintable(why));
    CamerasPage page(*staff, *m_vendors);
    page.resize(1000, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.canManage());
    QVERIFY(child<QLabel>(&page, "camerasReadOnlyNote")->isVisible());
    QCOMPARE(page.deviceModel()->rowCount(), 3);  // sees everything
    selectDevice(page, kEntranceCam);
    QVERIFY(!child<QPushButton>(&page, "changeModeButton")->isEnabled());
    child<QTableWidget>(&page, "zonesView")->selectRow(0);
    QVERIFY(!child<QPushButton>(&page, "recordSignButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "retireSignButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "enrollButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "retryJobsButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "changeThresholdButton")->isEnabled());
    // Activating a row does not open the dialog either.
    page.openModeDialog();
    QVERIFY(!page.findChild<DeviceModeDialog *>());
    // The service refuses as well.
    CDT_FAILS_WITH(cd::CameraCounts(*staff).setFilingThreshold(5), cd::ErrorCode::Forbidden);
    shoot(&page, QStringLiteral("staff"));
}

void TestCameras::retiringASignWarnsAboutRecognisingCameras()
{
    cd::Session &s = *m_store.officer;
    const qint64 vendorId = cd::CameraInventory(s).vendorByCode(kVendor)->id;
    auto zones = cd::CameraInventory(s).zones(vendorId);
    CDT_OK(zones);
    qint64 checkout = 0;
    int zoneRow = -1;
    for (std::size_t i = 0; i < zones->size(); ++i) {
        if (zones.value()[i].key == QStringLiteral("checkout")) {
            checkout = zones.value()[i].id;
            zoneRow = int(i);
        }
    }
    QVERIFY(checkout);
    QVERIFY(zones->at(std::size_t(zoneRow)).currentSign);  // posted for counting (visitorCountsFeedTableAndChart)
    CDT_OK(cdtest::onVendorThread(*m_vendors, [](cd::VendorManager &vendors) {
        return vendors.setMode(kVendor, QStringLiteral("cam-checkout-1"), cd::CameraMode::IdentifyConsented,
                               QStringLiteral("Trial at the checkout"));
    }));

    CamerasPage page(s, *m_vendors);
    page.resize(1000, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *zonesView = child<QTableWidget>(&page, "zonesView");
    zonesView->selectRow(zoneRow);
    QCOMPARE(zonesView->item(zoneRow, ZoneSignsWidget::SignColumn)->text(), QStringLiteral("Checkout sign"));
    auto *retire = child<QPushButton>(&page, "retireSignButton");
    QVERIFY(retire->isEnabled());
    QTest::mouseClick(retire, Qt::LeftButton);
    QPointer<QMessageBox> box;
    QTRY_VERIFY((box = page.findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("will be switched off")), qPrintable(box->text()));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(zonesView->item(zoneRow, ZoneSignsWidget::SignColumn)->text().startsWith(QStringLiteral("No sign")));
    QVERIFY(!cd::CameraInventory(s).zones(vendorId)->at(std::size_t(zoneRow)).currentSign);
    auto audited = cd::AuditLog::page(s.db(), 0, 5, QStringLiteral("sign.retire"));
    CDT_OK(audited);
    QCOMPARE(audited->size(), std::size_t(1));
    // Its camera is switched off, in the console's record and in the table.
    auto camera = cd::CameraInventory(s).device(vendorId, QStringLiteral("cam-checkout-1"));
    CDT_OK(camera);
    QCOMPARE(camera->mode, cd::CameraMode::Off);
    const int row = page.deviceModel()->rowOf(kVendor, QStringLiteral("cam-checkout-1"));
    QCOMPARE(page.deviceModel()->data(page.deviceModel()->index(row, DeviceTableModel::ModeColumn)).toString(),
             QStringLiteral("Off"));
    QVERIFY(takeMessageBoxes(&page).isEmpty());  // no error
}

void TestCameras::retranslatesLive()
{
    CamerasPage page(*m_store.officer, *m_vendors);
    QSignalSpy devices(page.deviceModel(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy jobs(page.jobsModel(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy visitors(page.visitorModel(), &QAbstractItemModel::headerDataChanged);
    QVERIFY(cd::i18n::setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(devices.count() > 0);
    QVERIFY(jobs.count() > 0);
    QVERIFY(visitors.count() > 0);
    // The Chinese texts arrive, through the same path.
    QTRY_VERIFY(child<QPushButton>(&page, "changeModeButton")->text() != QStringLiteral("Change &mode…"));
    QVERIFY(page.deviceModel()->headerData(DeviceTableModel::ModeColumn, Qt::Horizontal).toString()
            != QStringLiteral("Mode"));
    QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(child<QPushButton>(&page, "changeModeButton")->text(), QStringLiteral("Change &mode…"));
    QCOMPARE(page.deviceModel()->headerData(DeviceTableModel::ModeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Mode"));
}

void TestCameras::screenshots()
{
    const QString dir = qEnvironmentVariable("CONSENTDESK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set CONSENTDESK_SHOTS_DIR to write screenshots");
    // Some live numbers and one camera recognising faces, as a store would have them.
    cd::Session &s = *m_store.officer;
    const QDateTime now = s.clock().now();
    CDT_OK(cdtest::onVendorThread(*m_vendors, [now](cd::VendorManager &vendors) {
        return vendors.simulate(kVendor, now.addSecs(-20 * 3600), now,
                                QJsonObject{{QStringLiteral("visitorsPerHour"), 25}, {QStringLiteral("enrolledShare"), 0.0}});
    }));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(cd::i18n::setLanguage(language));
        CamerasPage page(s, *m_vendors);
        page.resize(1000, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.pollNow();
        auto *tabs = child<QTabWidget>(&page, "camerasTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            QVERIFY(page.grab().save(QStringLiteral("%1/%2-tab%3.png").arg(dir, language).arg(i)));
        }
        tabs->setCurrentIndex(0);
        QPointer<DeviceModeDialog> dialog = openModeDialog(page, QStringLiteral("cam-checkout-1"));
        QVERIFY(dialog);
        clickRadio(child<QRadioButton>(dialog, "modeIdentifyRadio"));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "modeReasonEdit"), QStringLiteral("Trial"));
        QTest::mouseClick(child<QPushButton>(dialog, "modeOkButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(dialog, "modeErrorLabel")->isVisible());
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(QStringLiteral("%1/%2-mode-dialog.png").arg(dir, language)));
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }
    QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
}

void TestCameras::shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CONSENTDESK_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    w->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
}

QTEST_MAIN(TestCameras)
#include "tst_cameras.moc"
