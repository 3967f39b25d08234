#pragma once
// Runs the camera vendors for one unlocked session: finds plugins, validates their metadata
// without loading them, starts one supervised plugin host each, keeps the console's record of
// zones and devices in step, and carries out what the console decides (modes, enrolment, erasure)
// through core's camera rules (core/cameras). Calls are synchronous over a local event loop, so
// the GUI stays responsive; the GUI shows progress while one runs.
#include "vendor-sdk/PluginMetadata.h"
#include "VendorHost.h"
#include "core/cameras/CameraCounts.h"
#include "core/cameras/CameraInventory.h"
#include "core/cameras/CameraSigns.h"
#include "core/cameras/Enrollments.h"
#include "core/cameras/VendorErasures.h"

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

namespace cd {

class Session;

struct PluginCheck {
    QString file;
    bool ok = false;
    cdvendor::VendorInfo info;
    QString error;  // why the plugin is refused
};

struct VendorManagerOptions {
    QStringList pluginDirs;      // searched for plugin files (*.so)
    QString hostExecutable;      // consentdesk-plugin-host
    QString dataRoot;            // each plugin gets dataRoot/<vendor id>
    int callTimeoutMs = 5000;
    QJsonObject settings;        // handed to every plugin's initialise()

    // build/bin/../plugins and the installed location, or CONSENTDESK_PLUGIN_PATH when set;
    // the host next to the running program; data next to the database.
    static VendorManagerOptions defaultsFor(const QString &databasePath);
};

class VendorManager : public QObject {
    Q_OBJECT
public:
    VendorManager(Session &session, VendorManagerOptions options, QObject *parent = nullptr);
    ~VendorManager() override;

    static std::vector<PluginCheck> checkPlugins(const QStringList &dirs);
    Session &session() const { return m_session; }

    // Starts a host for every valid plugin (or only `file` when given). Refused plugins are
    // listed in checks(). Waits up to `waitMs` for the hosts to say hello and syncs each.
    void startAll(int waitMs = 10000);
    const std::vector<PluginCheck> &checks() const { return m_checks; }
    std::vector<VendorHost *> hosts() const;
    VendorHost *host(const QString &vendorCode) const;

    Result<void> setMode(const QString &vendorCode, const QString &deviceKey, CameraMode mode,
                         const QString &reason);
    Result<void> enroll(qint64 subjectId, const QString &vendorCode);
    Result<int> enrollAllConsented();  // every valid separate consent, at every ready vendor
    Result<cdvendor::SubjectInventory> inventory(const QString &vendorCode, const QString &pseudonym);
    Result<QCborValue> simulate(const QString &vendorCode, const QDateTime &from, const QDateTime &to,
                                const QJsonObject &params);
    // Carries out the vendor jobs that are due (erasures, retention purges); needs RunJobs. Returns how many completed with a receipt;
    // failures stay pending with a back-off and their error. Then completes the deletion requests
    // whose every receipt is in (FulfilmentService::settleAwaitingVendors).
    Result<int> runDueJobs(bool ignoreBackoff = false);
    Result<int> pollVisitorCounts();
    // Retires a sign record; cameras of a zone left without one fall back to count-only, at the
    // vendor too.
    Result<void> retireSign(qint64 signId);

signals:
    void changed();  // modes, enrolments, jobs or counts changed

private:
    Result<void> sync(VendorHost *host);
    Result<void> runJob(VendorHost *host, const VendorJob &job);
    Result<void> runPurge(VendorHost *host, const VendorJob &job);  // purge-before (retention)
    Result<qint64> vendorId(const QString &code);
    Result<void> forEachReadyVendor(const std::function<Result<void>(VendorHost *, qint64 vendorId)> &action);

    Session &m_session;
    VendorManagerOptions m_options;
    CameraInventory m_inventory;
    CameraSigns m_signs;
    Enrollments m_enrollments;
    VendorErasures m_erasures;
    CameraCounts m_counts;
    std::vector<PluginCheck> m_checks;
    std::vector<std::unique_ptr<VendorHost>> m_hosts;
};

} // namespace cd
