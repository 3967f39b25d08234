// The cameras page's small parts that need no vendor: the filing counter's levels and the
// progress dialog shown while a vendor call waits.
#include "ui/common/BusyCall.h"
#include "ui/cameras/FilingCounterWidget.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>
#include <QtTest>

class TestCameraHelpers : public QObject {
    Q_OBJECT

private slots:
    void filingLevels();
    void busyCallShowsProgressOnlyWhenSlow();
};

void TestCameraHelpers::filingLevels()
{
    using L = FilingCounterWidget::Level;
    QCOMPARE(FilingCounterWidget::levelFor(0, 100000), L::Below);
    QCOMPARE(FilingCounterWidget::levelFor(89999, 100000), L::Below);
    QCOMPARE(FilingCounterWidget::levelFor(90000, 100000), L::Near);
    QCOMPARE(FilingCounterWidget::levelFor(99999, 100000), L::Near);
    QCOMPARE(FilingCounterWidget::levelFor(100000, 100000), L::AtOrAbove);
    QCOMPARE(FilingCounterWidget::levelFor(1, 1), L::AtOrAbove);
    QCOMPARE(FilingCounterWidget::levelFor(8, 9), L::Below);   // 88.9 %
    QCOMPARE(FilingCounterWidget::levelFor(9, 10), L::Near);   // exactly 90 %
}

void TestCameraHelpers::busyCallShowsProgressOnlyWhenSlow()
{
    QWidget window;
    window.resize(300, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto waitMs = [](int ms) {
        QEventLoop loop;  // what VendorHost::callSync does while the vendor works
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    // A quick call never shows the dialog.
    bool shownQuick = true;
    const int quick = BusyCall::run(&window, QStringLiteral("Quick"), [&] {
        waitMs(20);
        auto *d = window.findChild<QProgressDialog *>(QStringLiteral("busyDialog"));
        shownQuick = d && d->isVisible();
        return 1;
    }, 300);
    QCOMPARE(quick, 1);
    QVERIFY(!shownQuick);
    // A slow one shows it while it waits, and takes it away after.
    bool shownSlow = false;
    bool runningInside = false;
    const int slow = BusyCall::run(&window, QStringLiteral("Slow"), [&] {
        QTimer::singleShot(400, &window, [&] {
            auto *d = window.findChild<QProgressDialog *>(QStringLiteral("busyDialog"));
            shownSlow = d && d->isVisible() && d->labelText() == QStringLiteral("Slow");
            runningInside = BusyCall::isRunning();
        });
        waitMs(600);
        return 2;
    }, 100);
    QCOMPARE(slow, 2);
    QVERIFY(shownSlow);
    QVERIFY(runningInside);
    QVERIFY(!BusyCall::isRunning());
    QTRY_VERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("busyDialog")));
}

QTEST_MAIN(TestCameraHelpers)
#include "tst_camerahelpers.moc"
