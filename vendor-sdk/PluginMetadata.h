#pragma once
// Checks a plugin's metadata before any of its code runs: QPluginLoader::metaData() reads it
// from the file without loading the library. Shared by the console and the plugin host.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace cdvendor {

// Where a plugin processes face data ("FaceProcessing" in its metadata). The console compares it
// with the processing location of the store's agreement with the vendor (PIPL Art. 21) and
// refuses recognition when they differ or when the plugin declares nothing.
enum class FaceProcessing {
    Undeclared,   // the key is missing: never allowed to recognise
    OnDevice,     // "on-device": on the camera itself
    StoreServer,  // "store-server": on a server in the store
    Cloud,        // "cloud": outside the store
};
QString faceProcessingId(FaceProcessing where);  // "on-device", "store-server", "cloud"; "" when undeclared
std::optional<FaceProcessing> faceProcessingFromId(const QString &id);  // "" -> Undeclared

// A vendor id as "Vendor" in the metadata must be: short, lower-case letters, digits, ".", "_", "-".
bool isVendorId(const QString &id);

struct VendorInfo {
    QString id;        // "Vendor" in the metadata: a stable id such as "simvendor"
    QString name;
    QString version;
    int apiVersion = 0;     // the API version the plugin was built against
    int compatVersion = 0;  // the oldest API version it still works with
    QStringList capabilities;
    FaceProcessing faceProcessing = FaceProcessing::Undeclared;
};

// `loaderMetaData` is QPluginLoader::metaData(). On failure returns nullopt and sets *error
// to a sentence naming what is wrong (English; the console translates the category).
std::optional<VendorInfo> validateMetadata(const QJsonObject &loaderMetaData, QString *error);

} // namespace cdvendor
