#pragma once
// The console's camera vendors on a thread of their own (docs/vendor-threads.md). The plugin
// hosts (QProcess, QLocalSocket) and the VendorManager live on that thread; the GUI thread never
// waits in an event loop for a vendor. Each task gets its own database connection, opened from the
// console's session on the GUI thread (Session::openForWorker: same user, same permission checks,
// the key as it is now) and closed on the vendor thread when the task ends, so no second
// connection stays open between tasks (a re-key needs the database alone). Tasks run one at a
// time, in order; the scheduler's rounds queue behind the officer's calls. A result comes back to
// the GUI thread and is dropped when the object that asked is gone.
//
// Locking calls stop(): no new task starts; the task in flight may finish within a grace period
// (its result recorded through its own connection); after that its vendor calls are cancelled and
// the task ends with that error (an erasure stays owed and is retried). Nothing on the GUI thread's
// stack belongs to the vendor thread, so the pages can be deleted at once.
#include "VendorHost.h"
#include "VendorManager.h"
#include "VendorScheduler.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <map>
#include <memory>
#include <type_traits>

class QThread;

namespace cd {

class Session;

// What the GUI may know about a plugin host (a copy; the host lives on the vendor thread).
struct VendorHostStatus {
    QString code;  // the vendor id, or the data directory's name before the first hello
    QString name;
    QString version;
    QString pluginPath;
    VendorHealth health = VendorHealth::Stopped;
    int restarts = 0;
    QString lastError;
    QStringList containment;  // VendorHost::describeContainment() makes it readable
};

class VendorWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultGraceMs = 3000;

    // Starts the thread and the plugin hosts (not waiting for them). `session` is the console's;
    // it must outlive this object or be locked only after stop().
    VendorWorker(Session &session, VendorManagerOptions options, QObject *parent = nullptr);
    ~VendorWorker() override;  // stop(kDefaultGraceMs) unless stopped already

    // Runs `work(VendorManager &)` on the vendor thread; `done(result)` runs on the GUI thread
    // unless `context` was deleted meanwhile. `work` returns a Result<T>; when no connection can
    // be opened for it, `done` gets that error instead (also later). Once stop() was called,
    // nothing is queued and `done` is never called.
    template <typename Work, typename Done>
    void run(QObject *context, Work work, Done done);

    // The timed jobs (VendorScheduler) for a role holding RunJobs; false otherwise.
    bool startScheduler(int jobsMs = 30000, int countsMs = 15000, int sweepMs = 3600000);
    void runJobsSoon();
    bool isBusy() const;  // a task asked for from here has not answered yet

    const std::vector<VendorHostStatus> &hosts() const { return m_hosts; }
    const std::vector<PluginCheck> &checks() const { return m_checks; }
    const VendorHostStatus *host(const QString &code) const;

    // See the header comment. Returns false when the thread had still not ended after the grace
    // period and the cancellation (it then ends by itself and cleans up after itself).
    bool stop(int graceMs = kDefaultGraceMs);

signals:
    void changed();       // modes, enrolments, jobs, counts or a host's health changed
    void hostsChanged();  // hosts() and checks() were updated
    void problem(const QString &message);  // a scheduled round failed (translated)

private:
    class Core;
    struct Inbox;
    using Value = std::shared_ptr<void>;
    using Task = std::function<Value(VendorManager &)>;
    using Reply = std::function<void(Value)>;
    using Failure = std::function<void(const Error &)>;

    // Opens the task's connection here and queues the task; when that fails, `failure` runs later.
    void post(QObject *context, Task task, Reply reply, Failure failure);
    void syncSoon(const QString &vendorCode);

    Session &m_session;
    QThread *m_thread = nullptr;
    Core *m_core = nullptr;
    std::shared_ptr<Inbox> m_inbox;
    std::shared_ptr<std::atomic<bool>> m_stopping;
    VendorScheduler *m_scheduler = nullptr;
    std::vector<VendorHostStatus> m_hosts;
    std::vector<PluginCheck> m_checks;
    bool m_stopped = false;
};

template <typename Work, typename Done>
void VendorWorker::run(QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work &, VendorManager &>;
    auto shared = std::make_shared<Done>(std::move(done));
    post(context,
         [work = std::move(work)](VendorManager &vendors) mutable -> Value { return std::make_shared<R>(work(vendors)); },
         [shared](Value value) { (*shared)(std::move(*std::static_pointer_cast<R>(value))); },
         [shared](const Error &error) { (*shared)(R(error)); });
}

} // namespace cd
