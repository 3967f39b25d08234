// The wire protocol's frame decoder (cdvendor::wire::FrameReader) on its own: a message whose
// "v" or "id" is not a CBOR integer marks the stream as garbage. Both ends read those fields with
// QCborValue::toInteger(), which converts a double such as NaN with undefined behaviour; the
// frame fuzzer (tests/fuzz/fuzz_frame) found a version given as a NaN, and a NaN id went through
// to the console's and the host's reading of it. The occupancy reply of the optional call is
// read back as sent, and refused in any other shape.
#include "vendor-sdk/VendorProtocol.h"
#include "tests/support/StoreFixture.h"

#include <QCborArray>
#include <QDir>
#include <QTest>
#include <limits>

using namespace cdvendor;

namespace {

QByteArray framed(const QCborMap &m) { return wire::frame(m); }

} // namespace

class TestWire : public QObject {
    Q_OBJECT

private slots:
    void versionAndIdMustBeIntegers_data()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("accepted");
        const QCborMap good = wire::request(7, QStringLiteral("ping"));
        QTest::newRow("a request") << framed(good) << true;
        QTest::newRow("a reply") << framed(wire::reply(3, true)) << true;
        auto with = [&](const char *key, const QCborValue &v) {
            QCborMap m = good;
            m.insert(QLatin1String(key), v);
            return framed(m);
        };
        auto without = [&](const char *key) {
            QCborMap m = good;
            m.remove(QLatin1String(key));
            return framed(m);
        };
        QTest::newRow("version NaN") << with("v", nan) << false;
        QTest::newRow("version 1.0 as a double") << with("v", 1.0) << false;
        QTest::newRow("version as text") << with("v", QStringLiteral("1")) << false;
        QTest::newRow("no version") << without("v") << false;
        QTest::newRow("id NaN") << with("id", nan) << false;
        QTest::newRow("id infinite") << with("id", std::numeric_limits<double>::infinity()) << false;
        QTest::newRow("id 1e300") << with("id", 1e300) << false;
        QTest::newRow("id as text") << with("id", QStringLiteral("7")) << false;
        QTest::newRow("no id") << without("id") << false;
    }
    void versionAndIdMustBeIntegers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, accepted);
        wire::FrameReader reader;
        reader.append(bytes);
        const auto message = reader.next();
        QCOMPARE(message.has_value(), accepted);
        QCOMPARE(reader.isGarbage(), !accepted);
        if (accepted) {
            QVERIFY(message->value(QStringLiteral("id")).isInteger());
            QCOMPARE(wire::frame(*message), bytes);
        } else {
            QVERIFY(reader.garbageReason().contains(QStringLiteral("integer id")));
        }
    }

    // What the fuzzer found stays in the corpus (tests/fuzz/frame/crash-*, the first byte being
    // where the fuzzer cut the stream): every message read from it has an integer version and id.
    void fuzzFindingsRefused()
    {
        const QDir seeds(QStringLiteral(FRAME_SEEDS));
        const QStringList found = seeds.entryList({QStringLiteral("crash-*")}, QDir::Files);
        QVERIFY(!found.isEmpty());
        for (const QString &name : found) {
            const QByteArray bytes = cdtest::readFile(seeds.filePath(name));
            QVERIFY(!bytes.isEmpty());
            wire::FrameReader reader;
            reader.append(bytes.mid(1));
            while (const auto message = reader.next()) {
                QVERIFY2(message->value(QStringLiteral("v")).isInteger(), qPrintable(name));
                QVERIFY2(message->value(QStringLiteral("id")).isInteger(), qPrintable(name));
            }
            QVERIFY2(reader.isGarbage(), qPrintable(name));
        }
    }

    void occupancyRoundTripsAndBadShapesAreRefused()
    {
        const QList<ZoneOccupancy> sent{{QStringLiteral("square"), 3}, {QStringLiteral("door"), 0}};
        const auto back = wire::occupancyFrom(wire::toCbor(sent));
        QVERIFY(back);
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->at(0).zoneId, QStringLiteral("square"));
        QCOMPARE(back->at(0).people, 3);
        QCOMPARE(back->at(1).people, 0);
        QVERIFY(wire::occupancyFrom(wire::toCbor(QList<ZoneOccupancy>{}))->isEmpty());
        auto zones = [](const QCborValue &entry) { return QCborMap{{QStringLiteral("zones"), QCborArray{entry}}}; };
        QVERIFY(!wire::occupancyFrom(QCborValue(QCborArray{})));  // not a map
        QVERIFY(!wire::occupancyFrom(QCborMap{{QStringLiteral("zones"), 3}}));
        QVERIFY(!wire::occupancyFrom(zones(QCborMap{{QStringLiteral("zone"), 1}, {QStringLiteral("people"), 2}})));
        QVERIFY(!wire::occupancyFrom(zones(QCborMap{{QStringLiteral("zone"), QStringLiteral("a")}, {QStringLiteral("people"), -1}})));
        QVERIFY(!wire::occupancyFrom(zones(QCborMap{{QStringLiteral("zone"), QStringLiteral("a")}, {QStringLiteral("people"), 2.5}})));
        QVERIFY(!wire::occupancyFrom(zones(QCborMap{{QStringLiteral("zone"), QStringLiteral("a")}})));
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
