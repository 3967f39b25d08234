// cd::gui::onLanguageChange, the one retranslation mechanism: widgets follow their own
// LanguageChange, other objects the application's (queued, once per burst of changes), and
// nothing is called for an owner that is gone.
#include "ui/common/Retranslate.h"
#include "tests/support/MarkingTranslator.h"

#include <QLabel>
#include <QPointer>
#include <QtTest>
#include <memory>

using cdtest::MarkingTranslator;

class TestRetranslate : public QObject {
    Q_OBJECT

private slots:
    void widgetRetranslatesAfterTheSwitch();
    void objectRetranslatesOnceQueued();
    void nothingCalledForAGoneOwner();
};

void TestRetranslate::widgetRetranslatesAfterTheSwitch()
{
    QWidget window;
    auto *label = new QLabel(&window);
    int calls = 0;
    auto retranslate = [label, &calls] {
        ++calls;
        label->setText(QCoreApplication::translate("TestRetranslate", "Hello"));
    };
    cd::gui::onLanguageChange(label, retranslate);  // a child: the window passes the event on
    retranslate();
    window.show();
    QCOMPARE(label->text(), QStringLiteral("Hello"));

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(label->text(), QStringLiteral("«Hello»"));
    QVERIFY(calls >= 2);
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(label->text(), QStringLiteral("Hello"));
}

void TestRetranslate::objectRetranslatesOnceQueued()
{
    QObject model;
    int calls = 0;
    QString seen;
    cd::gui::onLanguageChange(&model, [&] {
        ++calls;
        seen = QCoreApplication::translate("TestRetranslate", "Status");
    });
    MarkingTranslator first;
    MarkingTranslator second;
    QVERIFY(QCoreApplication::installTranslator(&first));
    QVERIFY(QCoreApplication::installTranslator(&second));
    QCOMPARE(calls, 0);  // not while the translators are being swapped
    QTRY_COMPARE(calls, 1);
    QCOMPARE(seen, QStringLiteral("«Status»"));
    QTest::qWait(20);
    QCOMPARE(calls, 1);  // two changes in a row, one call
    QCoreApplication::removeTranslator(&second);
    QCoreApplication::removeTranslator(&first);
    QTRY_COMPARE(calls, 2);
    QCOMPARE(seen, QStringLiteral("Status"));
}

void TestRetranslate::nothingCalledForAGoneOwner()
{
    auto calls = std::make_shared<int>(0);
    {
        QObject model;
        cd::gui::onLanguageChange(&model, [calls] { ++*calls; });
        QWidget widget;
        cd::gui::onLanguageChange(&widget, [calls] { ++*calls; });
        widget.show();
    }
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTest::qWait(20);
    QCoreApplication::removeTranslator(&marking);
    QTest::qWait(20);
    QCOMPARE(*calls, 0);
}

QTEST_MAIN(TestRetranslate)
#include "tst_retranslate.moc"
