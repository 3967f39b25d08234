// Locking the console while a vendor call is in flight (Part 7 item 7), through the real window
// with the simulated vendor in its own plugin-host process. A customer enrolled at the vendor,
// with captures there, withdraws their face consent; the officer presses "Retry now" on the Cameras
// page and the vendor is made slow (the simulated vendor's "testHoldErase": it waits inside the
// erasure while a file says so). The console locks while the vendor is inside the erasure:
//  - held past the grace period: the call is cancelled, the console stays up and shows the lock
//    screen, the erasure is still owed (one failed attempt, saying why), nothing is recorded as
//    erased and the vendor still holds everything; after unlocking, "Retry now" finishes it;
//  - answering within the grace period: the lock waits for it and the vendor thread records the
//    receipt through its own connection.
// Both ledgers verify after each step.
#include "tests/support/VendorFixture.h"
#include "tests/support/Widgets.h"

#include "core/i18n/Language.h"
#include "core/ledgers/DeletionLog.h"
#include "core/ledgers/Ledgers.h"
#include "ui/cameras/CamerasPage.h"
#include "ui/cameras/VendorJobsModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UnlockDialog.h"
#include "tests/support/VendorThread.h"

#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QtTest>

namespace {
using namespace cdptest;
using cdtest::child;

constexpr int kLongGraceMs = 60000;

QByteArray signPhoto()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(0xff, 0xd5, 0x4f));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString describe(const cd::Result<std::vector<cd::LedgerCheck>> &checks)
{
    if (!checks)
        return checks.error().message;
    QStringList out;
    for (const cd::LedgerCheck &c : checks.value())
        if (!c.result.ok)
            out << QStringLiteral("ledger %1 broken at %2: %3").arg(int(c.kind)).arg(c.result.firstBrokenSeq).arg(c.result.reason);
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestLockDuringVendorCall : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void lockCancelsAHeldErasure();
    void lockLetsAnErasureInFlightFinish();

private:
    void openWindowAndStartErasure(const QByteArray &hold);
    void lockNow();
    QString vendorDir() const { return m_world->store.dbPath + QStringLiteral(".vendors/simvendor"); }
    QString holdFile() const { return vendorDir() + QStringLiteral("/hold-erase"); }
    QString holdingFile() const { return vendorDir() + QStringLiteral("/holding-erase"); }
    std::vector<cd::VendorJob> owed();
    qint64 vendorDeletions();
    void verifyLedgers();

    std::unique_ptr<VendorWorld> m_world;
    std::unique_ptr<MainWindow> m_window;
    QString m_pseudonym;
    int m_held = 0;  // what the vendor holds about the customer before the erasure
};

void TestLockDuringVendorCall::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConsentDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDeskLockTest"));
    cd::i18n::setLanguage(QStringLiteral("en"));
}

void TestLockDuringVendorCall::init()
{
    m_world = std::make_unique<VendorWorld>();
    const QString error = m_world->create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLockDuringVendorCall::cleanup()
{
    QFile::remove(holdFile());
    m_window.reset();  // stops the vendor thread and the host before the store goes
    QTRY_VERIFY(hostPids().isEmpty());
    m_world.reset();
}

std::vector<cd::VendorJob> TestLockDuringVendorCall::owed()
{
    auto jobs = cd::VendorErasures(m_world->officer()).pendingJobs(false);
    return jobs ? jobs.value() : std::vector<cd::VendorJob>();
}

qint64 TestLockDuringVendorCall::vendorDeletions()
{
    cd::DeletionFilter filter;
    filter.location = kSim;
    auto rows = cd::DeletionLog::page(m_world->officer(), filter, 0, 100);
    return rows ? qint64(rows->size()) : -1;
}

void TestLockDuringVendorCall::verifyLedgers()
{
    const auto checks = cd::verifyLedgers(m_world->officer());
    QVERIFY2(checks.ok() && describe(checks).isEmpty(), qPrintable(describe(checks)));
}

// The window with the officer signed in, a customer enrolled with captures at the vendor and an
// erasure owed; "Retry now" pressed, and the vendor inside the erasure, held by `hold`.
void TestLockDuringVendorCall::openWindowAndStartErasure(const QByteArray &hold)
{
    cd::Session &officer = m_world->officer();
    auto customer = m_world->subject(QStringLiteral("Testname Lock"), QStringLiteral("10000000077"));
    CDT_OK(customer);
    auto consent = m_world->faceConsent(customer->id);
    CDT_OK(consent);
    m_pseudonym = customer->pseudonym;

    QString why;
    auto session = m_world->store.unlock(cdtest::kOfficer, cdtest::kOfficerPass, &why);
    QVERIFY2(session, qPrintable(why));
    m_window = std::make_unique<MainWindow>(m_world->store.dbPath, std::move(session), m_world->store.clock, nullptr,
                                            QJsonObject{{QStringLiteral("testHoldErase"), true}});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    cd::VendorWorker *vendors = m_window->vendors();
    QVERIFY(vendors);
    QVERIFY(cdtest::waitUntilReady(*vendors, kSim));
    QTRY_VERIFY_WITH_TIMEOUT(m_world->zoneId(kSim, QStringLiteral("entrance")) > 0, 15000);  // the vendor's sync

    // Recognition at the entrance (a sign first), the customer enrolled, an hour of captures.
    CDT_OK(cd::CameraSigns(officer).addSign(m_world->zoneId(kSim, QStringLiteral("entrance")),
                                            QStringLiteral("A4 sign at the door"), 0, signPhoto()));
    const qint64 subjectId = customer->id;
    const QDateTime now = officer.clock().now();
    CDT_OK(cdtest::onVendorThread(*vendors, [subjectId, now](cd::VendorManager &m) -> cd::Result<void> {
        CD_TRY(m.setMode(kSim, QStringLiteral("cam-entrance-1"), cd::CameraMode::IdentifyConsented,
                         QStringLiteral("Members at the entrance")));
        CD_TRY(m.enroll(subjectId, kSim));
        auto simulated = m.simulate(kSim, now.addSecs(-3600), now,
                                    QJsonObject{{QStringLiteral("visitorsPerHour"), 60},
                                                {QStringLiteral("enrolledShare"), 1.0}});
        if (!simulated)
            return simulated.error();
        return {};
    }));
    m_held = int(simvendorItemIds(vendorDir(), m_pseudonym).size());
    QVERIFY2(m_held > 1, "the vendor holds captures and a template");

    // Withdrawal owes the erasure at the vendor.
    CDT_OK(cd::ConsentService(officer).withdraw(consent.value(), QStringLiteral("counter")));
    QCOMPARE(owed().size(), std::size_t(1));
    QCOMPARE(vendorDeletions(), qint64(0));

    // The vendor will be slow inside the erasure.
    QFile f(holdFile());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(hold);
    f.close();

    QVERIFY(m_window->showPage(QStringLiteral("cameras")));
    auto *page = qobject_cast<CamerasPage *>(m_window->currentPage());
    QVERIFY(page);
    page->refreshAll();
    QTRY_COMPARE(page->jobsModel()->rowCount(), 1);
    auto *retry = child<QPushButton>(page, "retryJobsButton");
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(holdingFile()), 20000);  // the vendor is inside the erasure
}

void TestLockDuringVendorCall::lockNow()
{
    child<QAction>(m_window.get(), "lockAction")->trigger();
    // A progress dialog of the page is closed first; the lock follows a moment later.
    QTRY_VERIFY(m_window->isLocked());
    QVERIFY(!m_window->vendors());
    QVERIFY(!m_window->currentPage());
    QCOMPARE(child<QStackedWidget>(m_window.get(), "pages")->currentWidget()->objectName(), QStringLiteral("lockedPage"));
    QTRY_VERIFY(m_window->unlockDialog() && m_window->unlockDialog()->isVisible());
    QVERIFY(m_window->isVisible());
    QTRY_VERIFY(hostPids().isEmpty());  // the vendor's host went with the vendor thread
}

void TestLockDuringVendorCall::lockCancelsAHeldErasure()
{
    openWindowAndStartErasure(QByteArray());  // held until the file goes
    if (QTest::currentTestFailed())
        return;
    m_window->setVendorGraceMs(200);
    lockNow();
    if (QTest::currentTestFailed())
        return;

    // Cancelled cleanly: still owed, one failed attempt that says why; nothing recorded as erased;
    // the vendor still holds everything.
    const std::vector<cd::VendorJob> jobs = owed();
    QCOMPARE(jobs.size(), std::size_t(1));
    QCOMPARE(jobs.front().attempts, 1);
    QVERIFY2(jobs.front().lastError.contains(QStringLiteral("locked")), qPrintable(jobs.front().lastError));
    QCOMPARE(vendorDeletions(), qint64(0));
    QCOMPARE(int(simvendorItemIds(vendorDir(), m_pseudonym).size()), m_held);
    verifyLedgers();

    // Unlocked again (the vendor no longer slow), "Retry now" finishes the erasure.
    QVERIFY(QFile::remove(holdFile()));
    UnlockDialog *dialog = m_window->unlockDialog();
    child<QLineEdit>(dialog, "userEdit")->setText(cdtest::kOfficer);
    child<QLineEdit>(dialog, "passphraseEdit")->setText(cdtest::kOfficerPass);
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 15000);
    QVERIFY(m_window->vendors());
    QVERIFY(cdtest::waitUntilReady(*m_window->vendors(), kSim));
    QVERIFY(m_window->showPage(QStringLiteral("cameras")));
    auto *page = qobject_cast<CamerasPage *>(m_window->currentPage());
    QVERIFY(page);
    page->refreshAll();
    QTRY_COMPARE(page->jobsModel()->rowCount(), 1);
    QTest::mouseClick(child<QPushButton>(page, "retryJobsButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "camerasStatusLabel")->text().contains(QStringLiteral("1 of 1")), 20000);
    QVERIFY(owed().empty());
    QCOMPARE(vendorDeletions(), qint64(1));
    QVERIFY(simvendorItemIds(vendorDir(), m_pseudonym).isEmpty());
    verifyLedgers();
}

void TestLockDuringVendorCall::lockLetsAnErasureInFlightFinish()
{
    // The vendor answers 1.5 s after it began: well inside the grace period.
    openWindowAndStartErasure(QByteArray::number(1500));
    if (QTest::currentTestFailed())
        return;
    m_window->setVendorGraceMs(kLongGraceMs);
    QVERIFY2(QFile::exists(holdingFile()), "the lock must come while the vendor is inside the erasure");
    lockNow();
    if (QTest::currentTestFailed())
        return;

    // The vendor thread finished the job and recorded the receipt with its own connection before
    // it ended; nothing is owed and the vendor holds nothing.
    QVERIFY(owed().empty());
    QCOMPARE(vendorDeletions(), qint64(1));
    QVERIFY(simvendorItemIds(vendorDir(), m_pseudonym).isEmpty());
    verifyLedgers();
}

QTEST_MAIN(TestLockDuringVendorCall)
#include "tst_lockduringvendorcall.moc"
