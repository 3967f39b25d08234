#pragma once
// Runs the camera vendors for one unlocked session: finds plugins, validates their metadata
// without loading them, starts one supervised plugin host each, keeps the console's record of
// zones and devices in step, and carries out what the console decides (modes, enrolment, erasure)
// through core's camera rules (core/cameras). Calls are synchronous over a local event loop on the
// thread that owns the manager: the CLI's main thread, or the console's vendor thread
// (VendorWorker), never the GUI thread.
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

// The people in view now at one vendor, per zone: live, asked when shown, never stored.
struct VendorOccupancy {
    QString vendorCode;
    bool offered = false;                // its metadata lists the capability "occupancy"
    QMap<QString, qint64> peopleByZone;  // zone key -> people; a zone left out is unknown
    QString error;                       // offered, but the call failed (translated)
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
    // Without a session: the console's vendor thread hands one to each task (useSession).
    explicit VendorManager(VendorManagerOptions options, QObject *parent = nullptr);
    ~VendorManager() override;

    static std::vector<PluginCheck> checkPlugins(const QStringList &dirs);
    Session &session() const { return *m_session; }
    // The connection the calls use from now on (nullptr: none, between the vendor thread's tasks).
    void useSession(Session *session) { m_session = session; }
    // Asked between steps (jobs, customers, vendors): true ends a long run early; the step in
    // flight finishes, or fails when cancelCalls() stopped its vendor.
    void setStopCheck(std::function<bool()> check) { m_stopCheck = std::move(check); }
    bool stopRequested() const { return m_stopCheck && m_stopCheck(); }
    // Fails every vendor call in flight with `why` and stops the hosts (the console is locking).
    void cancelCalls(const QString &why);
    // Records a vendor's zones and devices and pushes the recorded modes (after its host is ready).
    Result<void> syncVendor(const QString &vendorCode);

    // Starts a host for every valid plugin (or only `file` when given). Refused plugins are
    // listed in checks(). Waits up to `waitMs` for the hosts to say hello and syncs each.
    void startAll(int waitMs = 10000);
    const std::vector<PluginCheck> &checks() const { return m_checks; }
    std::vector<VendorHost *> hosts() const;
    VendorHost *host(const QString &vendorCode) const;

    Result<void> setMode(const QString &vendorCode, const QString &deviceKey, CameraMode mode,
                         const QString &reason);
    Result<void> enroll(qint64 subjectId, const QString &vendorCode);
    // What has lapsed is switched down (CameraSigns::switchOffWhatLapsed), and every ready
    // vendor is set back to the recorded modes. Part of the jobs round.
    Result<int> enforceCompliance();
    Result<int> enrollAllConsented();  // every valid separate consent, at every ready vendor
    Result<cdvendor::SubjectInventory> inventory(const QString &vendorCode, const QString &pseudonym);
    Result<QCborValue> simulate(const QString &vendorCode, const QDateTime &from, const QDateTime &to,
                                const QJsonObject &params);
    // Carries out the vendor jobs that are due (erasures, retention purges); needs RunJobs. Returns how many completed with a receipt;
    // failures stay pending with a back-off and their error. Then completes the deletion requests
    // whose every receipt is in (FulfilmentService::settleAwaitingVendors).
    Result<int> runDueJobs(bool ignoreBackoff = false);
    Result<int> pollVisitorCounts();
    // Asks every ready vendor that offers it how many people are in view per zone now. A vendor
    // that fails is reported with its error, not as a failure of the whole call.
    std::vector<VendorOccupancy> currentOccupancy();
    // Retires a sign record; cameras of a zone left without one fall back to count-only, at the
    // vendor too.
    Result<void> retireSign(qint64 signId);

signals:
    void changed();  // modes, enrolments, jobs or counts changed
    // A host became ready while no session was in use: someone must call syncVendor(code).
    void syncNeeded(const QString &vendorCode);

private:
    Result<void> sync(VendorHost *host);
    Result<void> runJob(VendorHost *host, const VendorJob &job);
    Result<void> runPurge(VendorHost *host, const VendorJob &job);  // purge-before (retention)
    Result<qint64> vendorId(const QString &code);
    Result<void> forEachReadyVendor(const std::function<Result<void>(VendorHost *, qint64 vendorId)> &action);

    // Services over whichever session is in use now.
    CameraInventory inventoryService() const { return CameraInventory(*m_session); }
    CameraSigns signs() const { return CameraSigns(*m_session); }
    Enrollments enrollments() const { return Enrollments(*m_session); }
    VendorErasures erasures() const { return VendorErasures(*m_session); }
    CameraCounts counts() const { return CameraCounts(*m_session); }

    Session *m_session = nullptr;
    VendorManagerOptions m_options;
    std::function<bool()> m_stopCheck;
    std::vector<PluginCheck> m_checks;
    std::vector<std::unique_ptr<VendorHost>> m_hosts;
};

} // namespace cd
