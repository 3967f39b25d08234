#pragma once
// The camera vendors while someone is signed in: each plugin in its own host process, run from a
// thread of their own (cd::VendorWorker), with erasures, enrolment and visitor counts on timers.
// The shell makes one per session and the pages ask the worker for vendor calls; it goes, with
// its thread and host processes, when the console locks: stop() first (bounded, see
// docs/vendor-threads.md), then delete.
#include <QJsonObject>
#include <QObject>

namespace cd {
class Session;
class VendorWorker;
}

class CameraVendors : public QObject {
    Q_OBJECT
public:
    // `vendorSettings` are handed to every plugin (e.g. the demo's live visitors).
    CameraVendors(cd::Session &session, const QString &dbPath, const QJsonObject &vendorSettings,
                  QObject *parent = nullptr);
    ~CameraVendors() override;

    cd::VendorWorker &worker() const { return *m_worker; }
    // Lets a vendor call in flight finish for up to `graceMs`, then cancels it; returns once the
    // vendor thread has ended (or gave up waiting: false).
    bool stop(int graceMs);

signals:
    void problem(const QString &message);  // translated; for the status bar

private:
    cd::VendorWorker *m_worker;
};
