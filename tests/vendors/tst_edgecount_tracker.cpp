// The counting plugin's tracker and settings on synthetic boxes and JSON (no video, no OpenCV
// detector): who counts as crossing the line, who does not, and which settings are refused.
#include "plugins/edgecount/CrossingTracker.h"
#include "plugins/edgecount/EdgeSettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace edgecount;
using namespace Qt::StringLiterals;

namespace {

// A 40x100 person whose feet are at (x, y).
cv::Rect personAt(int x, int y) { return {x - 20, y - 100, 40, 100}; }

// A vertical line at x = 300 from y = 100 to y = 500; "forward" is leftward.
CrossingTracker tracker() { return CrossingTracker({{300, 100}, {300, 500}}); }

} // namespace

class TestEdgeCountTracker : public QObject {
    Q_OBJECT

private slots:
    void walkingAcrossCountsOnce()
    {
        CrossingTracker t = tracker();
        Crossings total;
        for (int x = 200; x <= 420; x += 20) {  // 20 px per round of 3 frames
            const Crossings c = t.update({personAt(x, 300)}, 3);
            total.forward += c.forward;
            total.backward += c.backward;
        }
        QCOMPARE(total.backward, 1);  // rightward
        QCOMPARE(total.forward, 0);
        QCOMPARE(t.occupancy(), 1);
    }

    void turningBackCountsTwice()
    {
        CrossingTracker t = tracker();
        Crossings total;
        for (int x : {240, 260, 280, 300, 320, 340, 320, 300, 280, 260}) {
            const Crossings c = t.update({personAt(x, 300)}, 3);
            total.forward += c.forward;
            total.backward += c.backward;
        }
        QCOMPARE(total.backward, 1);
        QCOMPARE(total.forward, 1);
    }

    void standingOnTheLineCountsNothing()
    {
        CrossingTracker t = tracker();
        int total = 0;
        for (int x : {280, 298, 302, 299, 301, 297, 303, 300, 280})
            total += t.update({personAt(x, 300)}, 3).total();
        QCOMPARE(total, 0);
    }

    void passingBeyondTheEndOfTheLineCountsNothing()
    {
        CrossingTracker t = tracker();
        int total = 0;
        for (int x = 200; x <= 420; x += 20)
            total += t.update({personAt(x, 540)}, 3).total();  // feet below y = 500
        QCOMPARE(total, 0);
    }

    void aFlickerOnTheOtherSideIsNotACrossing()
    {
        CrossingTracker t = tracker();
        int total = 0;
        total += t.update({personAt(250, 300)}, 3).total();
        total += t.update({}, 3).total();
        total += t.update({}, 3).total();
        total += t.update({}, 3).total();
        total += t.update({}, 3).total();  // the track is dropped
        total += t.update({personAt(350, 300)}, 3).total();  // someone else, once
        QCOMPARE(total, 0);
        QCOMPARE(t.occupancy(), 0);  // one sighting confirms no one
    }

    void twoPeoplePassingEachOther()
    {
        CrossingTracker t = tracker();
        Crossings total;
        for (int step = 0; step <= 10; ++step) {
            const Crossings c = t.update({personAt(200 + 20 * step, 250), personAt(400 - 20 * step, 420)}, 3);
            total.forward += c.forward;
            total.backward += c.backward;
        }
        QCOMPARE(total.backward, 1);
        QCOMPARE(total.forward, 1);
        QCOMPARE(t.occupancy(), 2);
    }

    void aMissedRoundIsBridged()
    {
        CrossingTracker t = tracker();
        int total = 0;
        total += t.update({personAt(240, 300)}, 3).total();
        total += t.update({personAt(270, 300)}, 3).total();
        total += t.update({}, 3).total();  // not detected while on the line
        total += t.update({personAt(330, 300)}, 3).total();
        total += t.update({personAt(360, 300)}, 3).total();
        QCOMPARE(total, 1);
    }

    void settingsAreChecked_data()
    {
        QTest::addColumn<QJsonObject>("section");
        QTest::addColumn<QString>("error");
        const QJsonArray zones{QJsonObject{{u"id"_s, u"square"_s}, {u"name"_s, u"Square"_s}}};
        const QJsonArray line{1, 2, 3, 4};
        auto with = [&zones](const QJsonArray &devices) { return QJsonObject{{u"zones"_s, zones}, {u"devices"_s, devices}}; };
        QTest::newRow("unknown zone") << with({QJsonObject{{u"id"_s, u"cam"_s}, {u"zone"_s, u"hall"_s}, {u"source"_s, u"/v.avi"_s}, {u"line"_s, line}}})
                                      << QStringLiteral("zone \"hall\" is not among the zones");
        QTest::newRow("no source") << with({QJsonObject{{u"id"_s, u"cam"_s}, {u"zone"_s, u"square"_s}, {u"line"_s, line}}})
                                   << QStringLiteral("has no source");
        QTest::newRow("no line") << with({QJsonObject{{u"id"_s, u"cam"_s}, {u"zone"_s, u"square"_s}, {u"source"_s, u"/v.avi"_s}}})
                                 << QStringLiteral("\"line\" must be");
        QTest::newRow("a point for a line")
            << with({QJsonObject{{u"id"_s, u"cam"_s}, {u"zone"_s, u"square"_s}, {u"source"_s, u"/v.avi"_s}, {u"line"_s, QJsonArray{5, 5, 5, 5}}}})
            << QStringLiteral("\"line\" must be");
        QTest::newRow("bad region")
            << with({QJsonObject{{u"id"_s, u"cam"_s}, {u"zone"_s, u"square"_s}, {u"source"_s, u"/v.avi"_s}, {u"line"_s, line}, {u"region"_s, QJsonArray{0, 0, 0, 10}}}})
            << QStringLiteral("\"region\" must be");
        QTest::newRow("bad pace")
            << with({QJsonObject{{u"id"_s, u"cam"_s}, {u"zone"_s, u"square"_s}, {u"source"_s, u"/v.avi"_s}, {u"line"_s, line}, {u"pace"_s, u"slow"_s}}})
            << QStringLiteral("\"pace\"");
        QTest::newRow("frames of a stream")
            << with({QJsonObject{{u"id"_s, u"cam"_s}, {u"zone"_s, u"square"_s}, {u"source"_s, u"rtsp://127.0.0.1/cam"_s}, {u"line"_s, line}, {u"frames"_s, 10}}})
            << QStringLiteral("\"frames\"");
        QTest::newRow("fractional frames")
            << with({QJsonObject{{u"id"_s, u"cam"_s}, {u"zone"_s, u"square"_s}, {u"source"_s, u"/v.avi"_s}, {u"line"_s, line}, {u"frames"_s, 2.5}}})
            << QStringLiteral("\"frames\"");
        QTest::newRow("twice the same device")
            << with({QJsonObject{{u"id"_s, u"cam"_s}, {u"zone"_s, u"square"_s}, {u"source"_s, u"/v.avi"_s}, {u"line"_s, line}},
                     QJsonObject{{u"id"_s, u"cam"_s}, {u"zone"_s, u"square"_s}, {u"source"_s, u"/w.avi"_s}, {u"line"_s, line}}})
            << QStringLiteral("given twice");
        QTest::newRow("path in an id") << QJsonObject{{u"zones"_s, QJsonArray{QJsonObject{{u"id"_s, u"../x"_s}}}}}
                                       << QStringLiteral("not a short lower-case id");
    }

    void settingsAreChecked()
    {
        QFETCH(QJsonObject, section);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!parseSettings(QJsonObject{{u"edgecount"_s, section}}, &why));
        QVERIFY2(why.contains(error), qPrintable(why));
    }

    void goodSettingsAreRead()
    {
        QString why;
        QVERIFY(parseSettings(QJsonObject{}, &why));  // no section: no devices, valid
        const QJsonObject camera{{u"id"_s, u"cam"_s}, {u"zone"_s, u"square"_s}, {u"source"_s, u"rtsp://127.0.0.1/cam"_s},
                                 {u"line"_s, QJsonArray{10, 20, 30, 40}}, {u"region"_s, QJsonArray{1, 2, 300, 400}},
                                 {u"detectEvery"_s, 2}, {u"scale"_s, 0.5}, {u"pace"_s, u"fast"_s}};
        const QJsonObject all{{u"edgecount"_s, QJsonObject{{u"zones"_s, QJsonArray{QJsonObject{{u"id"_s, u"square"_s}}}},
                                                        {u"devices"_s, QJsonArray{camera}}}}};
        const auto s = parseSettings(all, &why);
        QVERIFY2(s, qPrintable(why));
        QCOMPARE(s->devices.size(), 1);
        const DeviceSettings &d = s->devices.front();
        QCOMPARE(d.counter.region, cv::Rect(1, 2, 300, 400));
        QCOMPARE(d.counter.detectEvery, 2);
        QCOMPARE(d.counter.scale, 0.5);
        QCOMPARE(d.pace, Pace::Fast);
        QVERIFY(!isFileSource(d.source));
        QVERIFY(isFileSource(QStringLiteral("/srv/video/door.mp4")));
        QVERIFY(!isFileSource(QStringLiteral("/dev/video0")));
    }
};

QTEST_GUILESS_MAIN(TestEdgeCountTracker)
#include "tst_edgecount_tracker.moc"
