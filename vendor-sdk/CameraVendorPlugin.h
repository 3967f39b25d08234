#pragma once
// ConsentDesk camera-analytics vendor plugin API, version 1.
//
// This is the only header a vendor needs (see docs/plugin-api.md). A plugin is a Qt plugin
// (Q_PLUGIN_METADATA with IID ConsentDeskCameraVendor_iid and a JSON file, see the docs) whose
// root object implements cdvendor::CameraVendor. The console never loads it into its own
// process: a separate plugin-host process does, and forwards the console's calls to it.
//
// A plugin sees only pseudonymous subject ids ("S-…") and consent references, never a name,
// a phone number or any key. Every call may block; the host runs one call at a time.
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QtPlugin>

namespace cdvendor {

constexpr int kApiVersion = 1;
// Optional calls a plugin may offer within API version 1, named among its metadata's
// "Capabilities" (the console asks only a plugin that names them).
constexpr const char *kOccupancyCapability = "occupancy";

enum class DeviceMode {
    Off,                // captures nothing
    CountOnly,          // keeps no face image or template: only aggregate visitor counts
    IdentifyConsented,  // recognises only enrolled subjects; keeps captures of them alone
};

struct Zone {
    QString id;
    QString name;
};

struct Device {
    QString id;
    QString name;
    QString zoneId;
    DeviceMode mode = DeviceMode::Off;
};

// What the vendor holds about one subject: item counts per kind ("face-image", "face-template",
// "visit"), and the capture times of the oldest and newest item.
struct SubjectInventory {
    QMap<QString, qint64> countsByKind;
    QDateTime oldest;
    QDateTime newest;
};

// Proof of an erasure. `digest` is SHA-256 over the erased item ids, sorted and each followed by
// "\n" (empty input when nothing was erased): the console records it in its deletion log, so the
// vendor's own records of what it erased can later be checked against it.
struct ErasureReceipt {
    QString receiptId;  // unique per receipt, chosen by the vendor
    QDateTime at;
    QMap<QString, qint64> countsByKind;
    QByteArray digest;  // 32 bytes
};

// Visitors counted in one zone during one clock hour; carries no identity.
struct VisitorCount {
    QString zoneId;
    QDateTime hourStart;  // UTC, on the hour
    qint64 visitors = 0;
};

struct VisitorCountBatch {
    QList<VisitorCount> counts;
    QString nextCursor;  // pass back to get what came after; opaque to the console
};

class CameraVendor {
public:
    virtual ~CameraVendor() = default;

    // Called once before anything else. `dataDir` is the plugin's own directory; `settings`
    // come from the console's configuration of this vendor. False (with *error) refuses to start.
    virtual bool initialise(const QString &dataDir, const QJsonObject &settings, QString *error) = 0;

    virtual QList<Zone> zones() = 0;
    virtual QList<Device> devices() = 0;
    virtual bool setDeviceMode(const QString &deviceId, DeviceMode mode, QString *error) = 0;

    // Enrolment of a subject who gave separate consent; `consentRef` is the console's consent id.
    virtual bool enroll(const QString &subjectId, const QString &consentRef, QString *error) = 0;
    virtual bool unenroll(const QString &subjectId, QString *error) = 0;

    virtual bool inventory(const QString &subjectId, SubjectInventory *out, QString *error) = 0;
    virtual bool eraseSubject(const QString &subjectId, ErasureReceipt *out, QString *error) = 0;
    virtual bool purgeBefore(const QDateTime &before, ErasureReceipt *out, QString *error) = 0;

    virtual bool visitorCountsSince(const QString &cursor, int maxCounts, VisitorCountBatch *out,
                                    QString *error) = 0;
};

// People in view in one zone now; carries no identity.
struct ZoneOccupancy {
    QString zoneId;
    qint64 people = 0;
};

// Optional: a plugin that knows how many people are in view now implements this as well (and
// lists "occupancy" among its metadata's capabilities). The host finds it with qobject_cast, so a
// plugin built without it loads and works as before. Answer only the zones where a camera is
// counting now: a zone left out is shown as unknown, not as empty.
class OccupancyReporter {
public:
    virtual ~OccupancyReporter() = default;
    virtual bool currentOccupancy(QList<ZoneOccupancy> *out, QString *error) = 0;
};

// Optional, for simulated vendors only: produce captures for a span of time so that a demo or a
// test sees the whole loop. `params` are vendor-defined (e.g. visitors per hour).
class SimulatedVendor {
public:
    virtual ~SimulatedVendor() = default;
    virtual bool simulate(const QDateTime &from, const QDateTime &to, const QJsonObject &params,
                          QJsonObject *summary, QString *error) = 0;
};

} // namespace cdvendor

#define ConsentDeskCameraVendor_iid "org.consentdesk.CameraVendor/1"
#define ConsentDeskSimulatedVendor_iid "org.consentdesk.SimulatedVendor/1"
#define ConsentDeskOccupancyReporter_iid "org.consentdesk.OccupancyReporter/1"
Q_DECLARE_INTERFACE(cdvendor::CameraVendor, ConsentDeskCameraVendor_iid)
Q_DECLARE_INTERFACE(cdvendor::SimulatedVendor, ConsentDeskSimulatedVendor_iid)
Q_DECLARE_INTERFACE(cdvendor::OccupancyReporter, ConsentDeskOccupancyReporter_iid)
