// Fuzzes the keyslot file reader (KeyslotFile::parse, what load() runs on the file's bytes).
// Invariants: a refused file is refused as damaged or of an unknown version; an accepted file
// written back (toBytes) is accepted again and writes the same bytes, with the same database id,
// slots and re-key state; and no key but the one that made its MAC verifies it.
#include "FuzzCheck.h"
#include "core/access/Keyslots.h"
#include "core/crypto/Crypto.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cd::crypto::ensureInitialised();
    const QString name = QStringLiteral("fuzz.keys");
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = cd::KeyslotFile::parse(bytes, name);
    if (!parsed) {
        const cd::ErrorCode code = parsed.error().code;
        FUZZ_CHECK(code == cd::ErrorCode::Damaged || code == cd::ErrorCode::NotADatabase);
        FUZZ_CHECK(!parsed.error().message.isEmpty());
        return 0;
    }
    const QByteArray written = parsed->toBytes();
    const auto again = cd::KeyslotFile::parse(written, name);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->toBytes() == written);
    FUZZ_CHECK(again->databaseId() == parsed->databaseId());
    FUZZ_CHECK(again->userSlotCount() == parsed->userSlotCount());
    FUZZ_CHECK(again->legacySlotCount() == parsed->legacySlotCount());
    FUZZ_CHECK(again->isPending() == parsed->isPending());

    // The seeds' MACs were made with random keys; a fixed key must never verify.
    static const cd::SecretBytes wrongKey(cd::KeyslotFile::kDataKeyBytes);
    FUZZ_CHECK(!parsed->verifyMac(wrongKey).ok());
    return 0;
}
