#pragma once
// What the store configured for each camera vendor's plugin (its cameras, streams or video files,
// e.g. docs/edgecount.md): one JSON object per vendor code, kept in the encrypted store and handed
// to the plugin's initialise() as settings[<vendor code>] when its host starts. Only the officer
// changes them, audited; the plugin itself checks what is specific to it.
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cd {

class Session;

class VendorSettings {
    Q_DECLARE_TR_FUNCTIONS(cd::VendorSettings)
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024;
    static constexpr int kMaxSourcePaths = 64;

    explicit VendorSettings(Session &session) : m_session(session) {}

    // {vendor code: settings} for every vendor with stored settings; for starting the hosts.
    Result<QJsonObject> all();
    // One vendor's stored settings (empty when none); officer only (they may name stream URLs).
    Result<QJsonObject> get(const QString &vendorCode);
    // Checks and stores one vendor's settings (officer, ManageCameras; audited). An empty object
    // removes them.
    Result<void> set(const QString &vendorCode, const QJsonObject &settings);

    // The checks set() makes, for a caller that wants them before it tries the settings out:
    // JSON text that is an object of at most kMaxBytes, a vendor code, and "sourcePaths" (what the
    // host's file sandbox lets the plugin open) naming existing files or devices by absolute path,
    // covering every local file or device a "devices" entry reads as its "source".
    static Result<QJsonObject> parse(const QByteArray &json);
    static Result<void> check(const QString &vendorCode, const QJsonObject &settings);

private:
    Session &m_session;
};

// Adds the stored settings of every vendor to `settings`, where it has none for that vendor yet
// (a demo's or a test's own settings come first).
QJsonObject withStoredSettings(QJsonObject settings, const QJsonObject &stored);

} // namespace cd
