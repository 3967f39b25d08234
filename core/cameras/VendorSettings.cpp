#include "VendorSettings.h"
#include "core/access/Session.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"
#include "vendor-sdk/PluginMetadata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd {

namespace {

constexpr QLatin1String kKeyPrefix("vendor_settings.");

Error invalid(const QString &why) { return makeError(ErrorCode::Invalid, why); }

bool isLocalSource(const QString &source)
{
    return source.startsWith(QLatin1Char('/')) && !source.contains(QLatin1String("://"));
}

} // namespace

Result<QJsonObject> VendorSettings::parse(const QByteArray &json)
{
    if (json.size() > kMaxBytes)
        return invalid(tr("The settings are %1 bytes; at most %2 are allowed.").arg(json.size()).arg(kMaxBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(tr("The settings are not valid JSON: %1 (at character %2).")
                           .arg(error.errorString())
                           .arg(error.offset));
    if (!doc.isObject())
        return invalid(tr("The settings must be one JSON object, {…}."));
    return doc.object();
}

Result<void> VendorSettings::check(const QString &vendorCode, const QJsonObject &settings)
{
    if (!cdvendor::isVendorId(vendorCode))
        return invalid(tr("“%1” is not a vendor code (lower-case letters, digits, “.”, “_” and “-”).").arg(vendorCode.left(64)));
    if (QJsonDocument(settings).toJson(QJsonDocument::Compact).size() > kMaxBytes)
        return invalid(tr("The settings are larger than %1 bytes.").arg(kMaxBytes));
    const QJsonValue pathsValue = settings.value(QStringLiteral("sourcePaths"));
    if (!pathsValue.isUndefined() && !pathsValue.isArray())
        return invalid(tr("“sourcePaths” must be a list of absolute paths."));
    const QJsonArray paths = pathsValue.toArray();
    if (paths.size() > kMaxSourcePaths)
        return invalid(tr("“sourcePaths” names %1 paths; at most %2 are allowed.").arg(paths.size()).arg(kMaxSourcePaths));
    QStringList allowed;
    for (const QJsonValue &v : paths) {
        const QString path = v.toString();
        // A directory would open everything beneath it to the vendor's code: files and devices only.
        const QFileInfo info(path);
        if (!v.isString() || !QDir::isAbsolutePath(path) || QDir::cleanPath(path) != path)
            return invalid(tr("“sourcePaths”: “%1” is not an absolute path without “.” or “..”.").arg(path.left(200)));
        if (!info.exists())
            return invalid(tr("“sourcePaths”: %1 does not exist.").arg(path));
        if (info.isDir())
            return invalid(tr("“sourcePaths”: %1 is a folder; name the video file or the camera device itself.").arg(path));
        allowed << path;
    }
    // A camera that reads a local file or device the sandbox does not open could never count.
    for (const QJsonValue &d : settings.value(QStringLiteral("devices")).toArray()) {
        const QString source = d.toObject().value(QStringLiteral("source")).toString();
        if (isLocalSource(source) && !allowed.contains(source))
            return invalid(tr("Camera “%1” reads %2, which “sourcePaths” does not list: the plugin host's file "
                              "sandbox would not let it open it.")
                               .arg(d.toObject().value(QStringLiteral("id")).toString().left(64), source));
    }
    return {};
}

Result<QJsonObject> VendorSettings::all()
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT key, value FROM meta WHERE key >= ?1 AND key < ?2");
    q.bind(1, QString(kKeyPrefix)).bind(2, QStringLiteral("vendor_settings/"));  // '/' follows '.'
    QJsonObject out;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString code = q.text(0).mid(kKeyPrefix.size());
        out.insert(code, QJsonDocument::fromJson(q.text(1).toUtf8()).object());
    }
    return out;
}

Result<QJsonObject> VendorSettings::get(const QString &vendorCode)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("camera.vendor_settings.read")));
    auto q = m_session.db().query("SELECT value FROM meta WHERE key = ?1");
    q.bind(1, kKeyPrefix + vendorCode);
    auto row = q.step();
    if (!row)
        return row.error();
    return row.value() ? QJsonDocument::fromJson(q.text(0).toUtf8()).object() : QJsonObject();
}

Result<void> VendorSettings::set(const QString &vendorCode, const QJsonObject &settings)
{
    CD_TRY(m_session.require(Permission::ManageCameras, QStringLiteral("camera.vendor_settings")));
    CD_TRY(check(vendorCode, settings));
    const QByteArray json = QJsonDocument(settings).toJson(QJsonDocument::Compact);
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = settings.isEmpty() ? db.query("DELETE FROM meta WHERE key = ?1")
                                : db.query("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
    q.bind(1, kKeyPrefix + vendorCode);
    if (!settings.isEmpty())
        q.bind(2, QString::fromUtf8(json));
    CD_TRY(q.run());
    // The audit names what changed, not the settings (a stream URL may carry a password).
    CD_TRY(AuditLog::append(m_session, QStringLiteral("camera.vendor_settings"), QStringLiteral("vendor"), vendorCode,
                            settings.isEmpty() ? QStringLiteral("removed")
                                               : QStringLiteral("%1 bytes, SHA-256 %2")
                                                     .arg(json.size())
                                                     .arg(QString::fromLatin1(
                                                         QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()))));
    return tx.commit();
}

QJsonObject withStoredSettings(QJsonObject settings, const QJsonObject &stored)
{
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (!settings.contains(it.key()))
            settings.insert(it.key(), it.value());
    }
    return settings;
}

} // namespace cd
