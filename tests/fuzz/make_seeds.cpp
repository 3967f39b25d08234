// Writes the generated seeds of the fuzz corpora with the real code, into tests/fuzz/<target>/:
// keyslot files (a synthetic user and recovery code under the weakest KDF limits; settled, with a
// second user, and in the middle of a re-key), wire frames of every message kind, and plugin
// metadata as CBOR. The JSON metadata and OpenDSR seeds are written by hand.
//   make_fuzz_seeds <tests/fuzz directory>
#include "core/access/Keyslots.h"
#include "core/crypto/Crypto.h"
#include "vendor-sdk/VendorProtocol.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>

namespace {

using namespace cdvendor;

bool check(const cd::Result<void> &r)
{
    if (!r)
        std::fprintf(stderr, "make_fuzz_seeds: %s\n", qPrintable(r.error().message));
    return r.ok();
}

bool write(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "make_fuzz_seeds: cannot write %s\n", qPrintable(f.fileName()));
        return false;
    }
    return true;
}

bool keyslots(const QDir &dir)
{
    const auto limits = cd::KdfLimits::minimum();
    const auto key = cd::SecretBytes::random(cd::KeyslotFile::kDataKeyBytes);
    auto file = cd::KeyslotFile::create();
    if (!check(file.setUserSlot(QStringLiteral("fuzzclerk"), QStringLiteral("synthetic passphrase 1"), key, limits))
        || !check(file.setRecoverySlot(cd::crypto::newRecoveryCode(), key, limits))
        || !check(file.save(dir.filePath(QStringLiteral("valid-one-user.keys")), key)))
        return false;
    if (!check(file.setUserSlot(QStringLiteral("fuzzofficer"), QStringLiteral("synthetic passphrase 2"), key, limits))
        || !check(file.save(dir.filePath(QStringLiteral("valid-two-users.keys")), key)))
        return false;
    const auto next = cd::SecretBytes::random(cd::KeyslotFile::kDataKeyBytes);
    return check(file.beginRekey(next))
        && check(file.save(dir.filePath(QStringLiteral("valid-rekey-pending.keys")), key, &next));
}

QJsonObject simvendorMetadata()
{
    return QJsonDocument::fromJson(R"({"Vendor": "fuzzvendor", "Name": "Synthetic vendor", "Version": "1.0.0",
        "ApiVersion": 1, "CompatVersion": 1, "Capabilities": ["count-only", "erase"]})")
        .object();
}

bool frames(const QDir &dir)
{
    // fuzz_frame reads the first byte as where to cut the stream; 0x05 cuts inside the first frame.
    const QByteArray cut(1, '\x05');
    const QDateTime at = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    const QMap<QString, qint64> counts{{QStringLiteral("face-template"), 1}, {QStringLiteral("capture"), 3}};
    const QList<Zone> zones{{QStringLiteral("z1"), QStringLiteral("Entrance")}};
    const QList<Device> devices{{QStringLiteral("d1"), QStringLiteral("Door camera"), QStringLiteral("z1"),
                                       DeviceMode::CountOnly}};
    const SubjectInventory inventory{counts, at, at.addSecs(3600)};
    const ErasureReceipt receipt{QStringLiteral("R-1"), at, counts, QByteArray(32, '\x2a')};
    VisitorCountBatch batch;
    batch.counts = {{QStringLiteral("z1"), at, 12}};
    batch.nextCursor = QStringLiteral("c2");

    const QList<std::pair<QString, QCborMap>> messages{
        {QStringLiteral("hello"), wire::hello(QCborValue::fromJsonValue(simvendorMetadata()),
                                              {QStringLiteral("minimal-env"), QStringLiteral("no-dump")})},
        {QStringLiteral("request"), wire::request(7, QStringLiteral("erase"), {{QStringLiteral("subject"), QStringLiteral("S-TEST")}})},
        {QStringLiteral("zones"), wire::reply(1, wire::toCbor(zones))},
        {QStringLiteral("devices"), wire::reply(2, wire::toCbor(devices))},
        {QStringLiteral("inventory"), wire::reply(3, wire::toCbor(inventory))},
        {QStringLiteral("receipt"), wire::reply(4, wire::toCbor(receipt))},
        {QStringLiteral("counts"), wire::reply(5, wire::toCbor(batch))},
        {QStringLiteral("failure"), wire::failure(6, QStringLiteral("device offline"))},
    };
    QByteArray all = cut;
    for (const auto &[name, message] : messages) {
        if (!write(dir, QStringLiteral("valid-%1.bin").arg(name), cut + wire::frame(message)))
            return false;
        all += wire::frame(message);
    }
    QCborMap wrongVersion = wire::reply(1, {});
    wrongVersion.insert(QStringLiteral("v"), 2);
    return write(dir, QStringLiteral("valid-all-in-one-stream.bin"), all)
        && write(dir, QStringLiteral("invalid-version.bin"), cut + wire::frame(wrongVersion))
        && write(dir, QStringLiteral("invalid-too-large.bin"), cut + QByteArray::fromHex("7fffffff00"))
        && write(dir, QStringLiteral("invalid-not-a-map.bin"), cut + QByteArray::fromHex("00000002" "8101"));
}

bool metadata(const QDir &dir)
{
    QJsonObject loader{{QStringLiteral("IID"), QLatin1String(ConsentDeskCameraVendor_iid)},
                       {QStringLiteral("MetaData"), simvendorMetadata()},
                       {QStringLiteral("className"), QStringLiteral("FuzzVendor")}};
    return write(dir, QStringLiteral("valid.cbor"), QCborValue::fromJsonValue(loader).toCbor());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_fuzz_seeds <tests/fuzz directory>\n");
        return 2;
    }
    cd::crypto::ensureInitialised();
    const QDir root(QString::fromLocal8Bit(argv[1]));
    for (const char *sub : {"keyslots", "frame", "metadata"})
        root.mkpath(QLatin1String(sub));
    const bool ok = keyslots(QDir(root.filePath(QStringLiteral("keyslots"))))
        && frames(QDir(root.filePath(QStringLiteral("frame"))))
        && metadata(QDir(root.filePath(QStringLiteral("metadata"))));
    return ok ? 0 : 1;
}
