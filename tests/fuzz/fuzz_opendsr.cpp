// Fuzzes the OpenDSR import's reader: parseOpenDsr, and under it the strict JSON reader.
// Invariants: a refusal points inside the input (or at its end) with a line and a column from 1
// and a reason; a document the JSON reader accepts, written back compactly, is accepted again and
// writes the same bytes; an accepted batch holds 1 to maxRequests requests numbered in file order,
// each starting inside the input, with an id, a submitted time and a phone, and its kept members
// are JSON the reader accepts and writes back unchanged.
#include "FuzzCheck.h"
#include "core/requests/OpenDsrImport.h"
#include "core/requests/OpenDsrJson.h"

#include <cstddef>
#include <cstdint>

namespace {

using cd::json::Node;
using cd::json::Reader;

// Written-back JSON may be longer than its source (escapes), never deeper or wider.
cd::json::Limits rereadLimits()
{
    cd::json::Limits l;
    l.maxBytes = 64 * 1024 * 1024;
    return l;
}

void checkCompactStable(QByteArrayView bytes)
{
    Node node;
    cd::json::Failure failure;
    if (!Reader::parse(bytes, cd::json::Limits{}, node, failure)) {
        FUZZ_CHECK(failure.offset >= 0 && failure.offset <= bytes.size());
        FUZZ_CHECK(!failure.reason.isEmpty());
        return;
    }
    const QByteArray written = Reader::compact(node);
    Node again;
    FUZZ_CHECK(Reader::parse(written, rereadLimits(), again, failure));
    FUZZ_CHECK(Reader::compact(again) == written);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkCompactStable(bytes);

    const cd::OpenDsrLimits limits;
    cd::OpenDsrProblem problem;
    const auto batch = cd::parseOpenDsr(bytes, limits, &problem);
    if (!batch) {
        FUZZ_CHECK(problem.offset >= 0 && problem.offset <= bytes.size());
        FUZZ_CHECK(problem.line >= 1 && problem.column >= 1);
        FUZZ_CHECK(!problem.reason.isEmpty());
        FUZZ_CHECK(!batch.error().message.isEmpty());
        return 0;
    }
    const auto &requests = batch->requests;
    FUZZ_CHECK(!requests.empty() && int(requests.size()) <= limits.maxRequests);
    for (size_t i = 0; i < requests.size(); ++i) {
        const cd::OpenDsrRequest &r = requests[i];
        FUZZ_CHECK(r.index == int(i));
        FUZZ_CHECK(r.offset >= 0 && r.offset < bytes.size());
        FUZZ_CHECK(r.line >= 1 && r.column >= 1);
        FUZZ_CHECK(!r.externalId.isEmpty());
        FUZZ_CHECK(r.submitted.isValid());
        FUZZ_CHECK(!r.contactPhone.isEmpty());
        FUZZ_CHECK(r.keptJson.size() <= limits.maxKeptBytes);
        Node kept;
        cd::json::Failure failure;
        FUZZ_CHECK(Reader::parse(r.keptJson, rereadLimits(), kept, failure));
        FUZZ_CHECK(kept.kind == Node::Object);
        FUZZ_CHECK(Reader::compact(kept) == r.keptJson);
    }
    return 0;
}
