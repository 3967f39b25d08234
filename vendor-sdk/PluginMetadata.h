#pragma once
// Checks a plugin's metadata before any of its code runs: QPluginLoader::metaData() reads it
// from the file without loading the library. Shared by the console and the plugin host.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace cdvendor {

struct VendorInfo {
    QString id;        // "Vendor" in the metadata: a stable id such as "simvendor"
    QString name;
    QString version;
    int apiVersion = 0;     // the API version the plugin was built against
    int compatVersion = 0;  // the oldest API version it still works with
    QStringList capabilities;
};

// `loaderMetaData` is QPluginLoader::metaData(). On failure returns nullopt and sets *error
// to a sentence naming what is wrong (English; the console translates the category).
std::optional<VendorInfo> validateMetadata(const QJsonObject &loaderMetaData, QString *error);

} // namespace cdvendor
