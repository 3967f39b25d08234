#include "PluginMetadata.h"
#include "CameraVendorPlugin.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cdvendor {

QString faceProcessingId(FaceProcessing where)
{
    switch (where) {
    case FaceProcessing::Undeclared: return QStringLiteral("");  // empty, never null: it is stored
    case FaceProcessing::OnDevice: return QStringLiteral("on-device");
    case FaceProcessing::StoreServer: return QStringLiteral("store-server");
    case FaceProcessing::Cloud: return QStringLiteral("cloud");
    }
    return {};
}

std::optional<FaceProcessing> faceProcessingFromId(const QString &id)
{
    for (FaceProcessing f : {FaceProcessing::Undeclared, FaceProcessing::OnDevice, FaceProcessing::StoreServer,
                             FaceProcessing::Cloud}) {
        if (faceProcessingId(f) == id)
            return f;
    }
    return std::nullopt;
}

bool isVendorId(const QString &id)
{
    static const QRegularExpression idRule(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return idRule.match(id).hasMatch();
}

std::optional<VendorInfo> validateMetadata(const QJsonObject &loaderMetaData, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (loaderMetaData.isEmpty())
        return fail(QStringLiteral("the file is not a Qt plugin or cannot be read"));
    const QString iid = loaderMetaData.value(QStringLiteral("IID")).toString();
    if (iid != QLatin1String(ConsentDeskCameraVendor_iid))
        return fail(QStringLiteral("interface id is \"%1\", expected \"%2\"")
                        .arg(iid, QLatin1String(ConsentDeskCameraVendor_iid)));
    const QJsonObject m = loaderMetaData.value(QStringLiteral("MetaData")).toObject();
    VendorInfo info;
    info.id = m.value(QStringLiteral("Vendor")).toString();
    info.name = m.value(QStringLiteral("Name")).toString();
    info.version = m.value(QStringLiteral("Version")).toString();
    info.apiVersion = m.value(QStringLiteral("ApiVersion")).toInt(0);
    info.compatVersion = m.value(QStringLiteral("CompatVersion")).toInt(0);
    for (const QJsonValue &c : m.value(QStringLiteral("Capabilities")).toArray())
        info.capabilities << c.toString();
    // Missing is allowed (a count-only vendor processes no faces) but never recognises; a value
    // that is present must be one of the three, so a typo is not read as "undeclared".
    const QJsonValue where = m.value(QStringLiteral("FaceProcessing"));
    const auto faceProcessing = where.isUndefined() ? std::optional(FaceProcessing::Undeclared)
                                : where.isString() && !where.toString().isEmpty() ? faceProcessingFromId(where.toString())
                                                                                  : std::nullopt;
    if (!faceProcessing)
        return fail(QStringLiteral("metadata \"FaceProcessing\" must be \"on-device\", \"store-server\" or \"cloud\""));
    info.faceProcessing = *faceProcessing;
    if (!isVendorId(info.id))
        return fail(QStringLiteral("metadata \"Vendor\" must be a short lower-case id"));
    if (info.name.isEmpty() || info.version.isEmpty())
        return fail(QStringLiteral("metadata needs \"Name\" and \"Version\""));
    if (info.apiVersion < 1 || info.compatVersion < 1 || info.compatVersion > info.apiVersion)
        return fail(QStringLiteral("metadata needs ApiVersion >= CompatVersion >= 1"));
    if (info.compatVersion > kApiVersion)
        return fail(QStringLiteral("the plugin needs API version %1 or newer; this console speaks version %2")
                        .arg(info.compatVersion).arg(kApiVersion));
    if (info.apiVersion < kApiVersion)
        return fail(QStringLiteral("the plugin was built for API version %1; this console needs %2")
                        .arg(info.apiVersion).arg(kApiVersion));
    return info;
}

} // namespace cdvendor
