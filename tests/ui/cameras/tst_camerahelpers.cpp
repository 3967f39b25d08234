// The cameras page's small parts that need no vendor: the filing counter's levels and the
// progress dialog shown while the answer to a vendor call is awaited.
#include "ui/common/BusyCall.h"
#include "ui/cameras/FilingCounterWidget.h"

#include <QProgressDialog>
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
    auto dialog = [&] { return window.findChild<QProgressDialog *>(QStringLiteral("busyDialog")); };
    // A call whose answer comes before its moment is up never shows the dialog.
    {
        auto quick = BusyCall::start(&window, QStringLiteral("Quick"), 60000);
        QVERIFY(BusyCall::isRunning());
        QCoreApplication::processEvents();
        QVERIFY(dialog() && !dialog()->isVisible());
    }
    QVERIFY(!BusyCall::isRunning());
    QTRY_VERIFY(!dialog());
    // A slow one shows it while the answer is awaited (nothing here waits), and takes it away after.
    auto slow = BusyCall::start(&window, QStringLiteral("Slow"), 0);
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    QCOMPARE(dialog()->labelText(), QStringLiteral("Slow"));
    QVERIFY(BusyCall::isRunning());
    slow.reset();  // the answer arrived
    QVERIFY(!BusyCall::isRunning());
    QTRY_VERIFY(!dialog());
}

QTEST_MAIN(TestCameraHelpers)
#include "tst_camerahelpers.moc"
