#pragma once
// The console's side of one vendor plugin: starts consentdesk-plugin-host in its own process,
// talks to it over a QLocalSocket, puts a timeout on every call, and restarts a host that crashed,
// hung or sent garbage, with back-off. Nothing it sends carries a key or personal data.
#include "vendor-sdk/PluginMetadata.h"
#include "core/base/Result.h"
#include "vendor-sdk/VendorProtocol.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QLoggingCategory>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <functional>
#include <map>

class QLocalServer;
class QLocalSocket;

Q_DECLARE_LOGGING_CATEGORY(lcVendor)

namespace cd {

struct VendorHostConfig {
    QString pluginPath;
    QString dataDir;          // the plugin's own directory
    QString hostExecutable;   // path of consentdesk-plugin-host
    QJsonObject settings;
    // Added to the host's minimal environment (which inherits nothing from the console). For a
    // test-only plugin's marker file; a real vendor gets its configuration through `settings`.
    QMap<QString, QString> environment;
    int callTimeoutMs = 5000;
    int startTimeoutMs = 10000;
    int firstBackoffMs = 250;
    int maxBackoffMs = 30000;
};

enum class VendorHealth { Stopped, Starting, Ready, Restarting, Refused };
QString vendorHealthDisplayName(VendorHealth health);

class VendorHost : public QObject {
    Q_OBJECT
public:
    using Reply = Result<QCborValue>;
    using Callback = std::function<void(const Reply &)>;

    explicit VendorHost(VendorHostConfig config, QObject *parent = nullptr);
    ~VendorHost() override;

    void start();
    // Fails the calls in flight with `why` (a generic reason when empty) and stops the host.
    void stop(const QString &why = {});
    VendorHealth health() const { return m_health; }
    QString lastError() const { return m_lastError; }
    const cdvendor::VendorInfo &info() const { return m_info; }  // valid once Ready
    // The containment steps the host reported in its hello (empty before, or from an old host).
    QStringList containment() const { return m_containment; }
    // One line for people: "file sandbox (Landlock ABI 7), no core dumps, ..." (translated).
    QString containmentSummary() const { return describeContainment(m_containment); }
    static QString describeContainment(const QStringList &steps);
    int restarts() const { return m_restarts; }
    const VendorHostConfig &config() const { return m_config; }

    // Asynchronous call; the callback runs exactly once (reply, error, or timeout).
    void call(const QString &op, const QCborMap &args, Callback callback);
    // Waits (in a local event loop) for the host to be ready and for the reply. For the CLI,
    // jobs and tests; the GUI uses call().
    Reply callSync(const QString &op, const QCborMap &args = {});
    bool waitUntilReady(int timeoutMs);

    // Test hook: sees every byte that crosses the socket, in both directions.
    void setWireTap(std::function<void(bool toHost, const QByteArray &bytes)> tap) { m_tap = std::move(tap); }

signals:
    void healthChanged(cd::VendorHealth health);

private:
    struct Pending {
        Callback callback;
        QTimer *timer;
    };
    void launch();
    // letExit: a host that is stopped (not one that failed) may end by itself once its socket
    // closes, so that its plugin shuts down cleanly; it is killed if it has not within a moment.
    void teardown(bool letExit = false);
    void onNewConnection();
    void onReadyRead();
    void processMessages();
    void onProcessFinished();
    void onCallTimeout(quint64 id);
    void fail(const QString &why, bool restart);
    void failAllPending(const QString &why);
    void setHealth(VendorHealth h);
    void scheduleRestart();

    VendorHostConfig m_config;
    cdvendor::VendorInfo m_info;
    QString m_expectedId;  // from the plugin file's checked metadata, read at launch
    cdvendor::FaceProcessing m_expectedFaceProcessing = cdvendor::FaceProcessing::Undeclared;  // likewise
    QStringList m_containment;
    VendorHealth m_health = VendorHealth::Stopped;
    QString m_lastError;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_socket = nullptr;
    QProcess *m_process = nullptr;
    QTimer m_startTimer;
    QTimer m_restartTimer;
    cdvendor::wire::FrameReader m_reader;
    quint64 m_nextId = 1;
    std::map<quint64, Pending> m_pending;
    int m_restarts = 0;
    int m_backoffMs = 0;
    bool m_stopping = false;
    std::function<void(bool, const QByteArray &)> m_tap;
};

} // namespace cd
