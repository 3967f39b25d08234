// Fuzzes the wire protocol's frame decoder (cdvendor::wire::FrameReader) and the console's
// readers of a reply's result (zonesFrom, devicesFrom, inventoryFrom, receiptFrom, countsFrom).
// The first byte picks where the rest is cut in two, as a socket may deliver it.
// Invariants: the stream read in two pieces gives the same messages and the same verdict as read
// whole; every message, framed again, reads back as one message that frames to the same bytes;
// a result any reader accepts, written back with toCbor, is accepted again and writes the same
// CBOR; the hello's containment list stays within its bounds.
#include "FuzzCheck.h"
#include "vendor-sdk/VendorProtocol.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace {

using namespace cdvendor::wire;

struct Read {
    std::vector<QByteArray> frames;  // each message framed again
    bool garbage = false;
};

void drain(FrameReader &reader, Read &out)
{
    while (auto message = reader.next())
        out.frames.push_back(frame(*message));
    out.garbage = reader.isGarbage();
}

// from(v) accepted: toCbor of it is accepted again and gives the same bytes.
template <typename From>
void checkStable(const QCborValue &value, From from)
{
    const auto first = from(value);
    if (!first)
        return;
    const QByteArray written = toCbor(*first).toCbor();
    const auto second = from(QCborValue::fromCbor(written));
    FUZZ_CHECK(second.has_value());
    FUZZ_CHECK(toCbor(*second).toCbor() == written);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype cut = stream.isEmpty() ? 0 : data[0] % (stream.size() + 1);

    Read whole;
    FrameReader one;
    one.append(stream);
    drain(one, whole);

    Read pieces;
    FrameReader two;
    two.append(stream.left(cut));
    drain(two, pieces);
    if (!pieces.garbage) {
        two.append(stream.mid(cut));
        drain(two, pieces);
    }
    FUZZ_CHECK(whole.frames == pieces.frames);
    FUZZ_CHECK(whole.garbage == pieces.garbage);
    FUZZ_CHECK(!whole.garbage || !one.garbageReason().isEmpty());

    for (const QByteArray &framed : whole.frames) {
        FrameReader again;
        again.append(framed);
        const auto message = again.next();
        FUZZ_CHECK(message.has_value());
        FUZZ_CHECK(frame(*message) == framed);
        FUZZ_CHECK(!again.next() && !again.isGarbage());

        const QStringList containment = containmentFrom(*message);
        FUZZ_CHECK(containment.size() <= 32);
        for (const QString &step : containment)
            FUZZ_CHECK(step.size() <= 64);

        const QCborValue result = message->value(QStringLiteral("result"));
        checkStable(result, zonesFrom);
        checkStable(result, devicesFrom);
        checkStable(result, inventoryFrom);
        checkStable(result, receiptFrom);
        checkStable(result, countsFrom);
    }
    return 0;
}
