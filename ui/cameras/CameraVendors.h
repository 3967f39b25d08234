#pragma once
// The camera vendors while someone is signed in: each plugin in its own host process, with
// erasures, enrolment and visitor counts on timers. The shell makes one per session and the
// Cameras page works with it; it goes, with its host processes, when the console locks.
#include <QJsonObject>
#include <QObject>
#include <memory>

namespace cd {
class Session;
class VendorManager;
class VendorScheduler;
}

class CameraVendors : public QObject {
    Q_OBJECT
public:
    // `vendorSettings` are handed to every plugin (e.g. the demo's live visitors).
    CameraVendors(cd::Session &session, const QString &dbPath, const QJsonObject &vendorSettings,
                  QObject *parent = nullptr);
    ~CameraVendors() override;

    cd::VendorManager &manager() const { return *m_manager; }

signals:
    void problem(const QString &message);  // translated; for the status bar

private:
    std::unique_ptr<cd::VendorManager> m_manager;
    cd::VendorScheduler *m_scheduler;
};
