// The keyslot file reader on its own (KeyslotFile::parse, what load() runs on the bytes): the
// seed files written by the real code read back and write the same bytes, and KDF limits that are
// negative, fractional or beyond quint64 are refused as damage. Before the fix those limits were
// converted from double with undefined behaviour (found by tests/fuzz/fuzz_keyslots): the
// sanitizer run (tools/test-sanitizers.sh) stops on it, a plain build refused them by luck.
#include "core/access/Keyslots.h"
#include "tests/support/StoreFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cd;

namespace {

const QString kSeeds = QStringLiteral(KEYSLOT_SEEDS);

QByteArray withSlotValue(const QByteArray &file, const QString &key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(file).object();
    QJsonArray list = o.value(QStringLiteral("keyslots")).toArray();
    QJsonObject slot = list.at(0).toObject();
    slot.insert(key, value);
    list.replace(0, slot);
    o.insert(QStringLiteral("keyslots"), list);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestKeyslotParse : public QObject {
    Q_OBJECT

private slots:
    void seedsReadBackUnchanged()
    {
        const QStringList valid = QDir(kSeeds).entryList({QStringLiteral("valid-*.keys")}, QDir::Files);
        QVERIFY(valid.size() >= 3);
        for (const QString &name : valid) {
            const auto parsed = KeyslotFile::parse(cdtest::readFile(QDir(kSeeds).filePath(name)), name);
            QVERIFY2(parsed.ok(), qPrintable(name));
            const QByteArray written = parsed->toBytes();
            const auto again = KeyslotFile::parse(written, name);
            QVERIFY2(again.ok(), qPrintable(name));
            QCOMPARE(again->toBytes(), written);
            QCOMPARE(again->databaseId(), parsed->databaseId());
            QCOMPARE(again->userSlotCount(), parsed->userSlotCount());
            QCOMPARE(again->isPending(), parsed->isPending());
        }
    }

    void kdfLimitsOutOfRange_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("accepted");
        // The seed's own values, written again: the edit alone changes nothing.
        QTest::newRow("opslimit as written") << QStringLiteral("opslimit") << 1.0 << true;
        QTest::newRow("memlimit as written") << QStringLiteral("memlimit") << 8192.0 << true;
        for (const char *key : {"opslimit", "memlimit"}) {
            for (double v : {-1.0, -18192.0, 2.5, 1e19, 18446744073709551616.0, 1e300}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(key)).arg(v)))
                    << QString::fromLatin1(key) << v << false;
            }
        }
    }
    void kdfLimitsOutOfRange()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(bool, accepted);
        const QByteArray seed = cdtest::readFile(QDir(kSeeds).filePath(QStringLiteral("valid-one-user.keys")));
        QVERIFY(!seed.isEmpty());
        const auto parsed = KeyslotFile::parse(withSlotValue(seed, key, value), QStringLiteral("edited.keys"));
        QCOMPARE(parsed.ok(), accepted);
        if (!accepted)
            QCOMPARE(parsed.error().code, ErrorCode::Damaged);
    }

    // What the fuzzer found stays in the corpus; each such file is refused, and cleanly.
    void fuzzFindingsRefused()
    {
        const QStringList found = QDir(kSeeds).entryList({QStringLiteral("crash-*")}, QDir::Files);
        QVERIFY(!found.isEmpty());
        for (const QString &name : found) {
            const auto parsed = KeyslotFile::parse(cdtest::readFile(QDir(kSeeds).filePath(name)), name);
            QVERIFY2(!parsed.ok(), qPrintable(name));
            QCOMPARE(parsed.error().code, ErrorCode::Damaged);
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyslotParse)
#include "tst_keyslot_parse.moc"
