// Fuzzes the plugin metadata check (cdvendor::validateMetadata). Input that starts with '{' is
// JSON text, as a plugin's metadata is written; anything else is CBOR, as Qt stores metadata in
// the plugin file and as the plugin host's hello carries it.
// Invariants: a refusal says why; accepted metadata keeps the documented rules (a short
// lower-case id, a name and a version, CompatVersion <= this API <= ApiVersion); the same
// metadata taken the hello's way (MetaData as CBOR, back to JSON, wrapped as the console wraps it)
// gives the same vendor, so the console's identity check compares like with like; and metadata
// written back from the accepted fields is accepted as the same vendor.
#include "FuzzCheck.h"
#include "vendor-sdk/CameraVendorPlugin.h"
#include "vendor-sdk/PluginMetadata.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cstddef>
#include <cstdint>

namespace {

using cdvendor::VendorInfo;

bool same(const VendorInfo &a, const VendorInfo &b)
{
    return a.id == b.id && a.name == b.name && a.version == b.version && a.apiVersion == b.apiVersion
        && a.compatVersion == b.compatVersion && a.capabilities == b.capabilities;
}

QJsonObject wrapped(const QJsonValue &metaData)
{
    return QJsonObject{{QStringLiteral("IID"), QLatin1String(ConsentDeskCameraVendor_iid)},
                       {QStringLiteral("MetaData"), metaData}};
}

QJsonObject decode(const QByteArray &bytes)
{
    if (bytes.startsWith('{'))
        return QJsonDocument::fromJson(bytes).object();
    // Only a value that parsed is converted: Qt 6.4's toJsonValue() reads out of bounds on the
    // remains of a truncated string (the console never converts a frame that failed to parse).
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    return error.error == QCborError::NoError ? value.toJsonValue().toObject() : QJsonObject();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject metaData = decode(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    QString why;
    const auto info = cdvendor::validateMetadata(metaData, &why);
    FUZZ_CHECK(info.has_value() == cdvendor::validateMetadata(metaData, nullptr).has_value());
    if (!info) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    static const QRegularExpression idRule(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    FUZZ_CHECK(idRule.match(info->id).hasMatch());
    FUZZ_CHECK(!info->name.isEmpty() && !info->version.isEmpty());
    FUZZ_CHECK(1 <= info->compatVersion && info->compatVersion <= cdvendor::kApiVersion);
    FUZZ_CHECK(cdvendor::kApiVersion <= info->apiVersion);

    // The hello's way: the host sends MetaData as CBOR, the console turns it back into JSON.
    const QCborValue sent = QCborValue::fromJsonValue(metaData.value(QStringLiteral("MetaData")));
    const auto hello = cdvendor::validateMetadata(wrapped(QCborValue::fromCbor(sent.toCbor()).toJsonValue()), nullptr);
    FUZZ_CHECK(hello.has_value());
    FUZZ_CHECK(same(*hello, *info));

    const QJsonObject rebuilt{{QStringLiteral("Vendor"), info->id},
                              {QStringLiteral("Name"), info->name},
                              {QStringLiteral("Version"), info->version},
                              {QStringLiteral("ApiVersion"), info->apiVersion},
                              {QStringLiteral("CompatVersion"), info->compatVersion},
                              {QStringLiteral("Capabilities"), QJsonArray::fromStringList(info->capabilities)}};
    const auto again = cdvendor::validateMetadata(wrapped(rebuilt), nullptr);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(same(*again, *info));
    return 0;
}
