#include "VendorWorker.h"
#include "core/access/Session.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QThread>
#include <array>
#include <deque>

namespace cd {

namespace {
// After the grace period the calls in flight are cancelled; a host's teardown waits up to 2 s for
// its process and a write may wait up to the 5 s busy timeout.
constexpr int kCancelWaitMs = 10000;
} // namespace

// The GUI thread's side of the replies. Only the GUI thread reads or writes it; the vendor thread
// holds a weak pointer and reaches it by posting to the application object.
struct VendorWorker::Inbox {
    struct Pending {
        QPointer<QObject> context;
        Reply reply;
    };
    QPointer<VendorWorker> owner;
    std::map<quint64, Pending> pending;
    quint64 nextId = 0;
};

namespace {
template <typename Inbox, typename F>
void toGui(const std::weak_ptr<Inbox> &inbox, F f)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [inbox, f]() mutable {
            if (auto in = inbox.lock())
                f(*in);
        },
        Qt::QueuedConnection);
}
} // namespace

// Lives on the vendor thread: the manager, its hosts and the queue of tasks.
class VendorWorker::Core : public QObject {
public:
    Core(VendorManagerOptions options, std::weak_ptr<Inbox> inbox, std::shared_ptr<std::atomic<bool>> stopping)
        : m_options(std::move(options)), m_inbox(std::move(inbox)), m_stopping(std::move(stopping))
    {
    }

    void init()
    {
        m_manager = std::make_unique<VendorManager>(m_options);
        auto stopping = m_stopping;
        m_manager->setStopCheck([stopping] { return stopping->load(); });
        connect(m_manager.get(), &VendorManager::changed, this, &Core::report);
        connect(m_manager.get(), &VendorManager::syncNeeded, this, [this](const QString &code) {
            toGui(m_inbox, [code](Inbox &in) {
                if (in.owner)
                    in.owner->syncSoon(code);
            });
        });
        // Not waiting: a host that says hello asks for its sync. A stop that arrives meanwhile
        // waits until startAll() is off the stack, as it does for a task.
        m_running = true;
        m_manager->startAll(0);
        m_running = false;
        report();
        if (m_stopRequested)
            finish();
        else
            drain();
    }

    void enqueue(quint64 id, std::shared_ptr<Session> session, Task task)
    {
        if (m_stopRequested) {
            forget(id);
            return;
        }
        m_queue.push_back(Queued{id, std::move(session), std::move(task)});
        // A task waiting for a vendor runs a local event loop, where this may arrive: it only
        // queues, and the task running now takes the next one when it returns.
        if (!m_running)
            drain();
    }

    void stop()
    {
        m_stopRequested = true;
        while (!m_queue.empty()) {
            forget(m_queue.front().id);
            m_queue.pop_front();  // its connection closes here
        }
        if (!m_running)
            finish();  // else once the task in flight returns
    }

    void cancel()
    {
        if (m_manager)
            m_manager->cancelCalls(QCoreApplication::translate(
                "cd::VendorWorker", "Cancelled because the console was locked; it is tried again later."));
    }

private:
    struct Queued {
        quint64 id;
        std::shared_ptr<Session> session;
        Task task;
    };

    void drain()
    {
        while (!m_queue.empty() && !m_stopRequested) {
            Queued q = std::move(m_queue.front());
            m_queue.pop_front();
            m_running = true;
            m_manager->useSession(q.session.get());
            Value value = q.task(*m_manager);
            m_manager->useSession(nullptr);
            q.session.reset();  // the task's connection closes on this thread
            m_running = false;
            const quint64 id = q.id;
            toGui(m_inbox, [id, value](Inbox &in) {
                auto it = in.pending.find(id);
                if (it == in.pending.end())
                    return;
                Inbox::Pending p = std::move(it->second);
                in.pending.erase(it);
                if (p.context)
                    p.reply(value);
            });
        }
        if (m_stopRequested)
            finish();
    }

    void forget(quint64 id)
    {
        toGui(m_inbox, [id](Inbox &in) { in.pending.erase(id); });
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_manager)
            disconnect(m_manager.get(), nullptr, this, nullptr);  // its hosts report as they stop
        m_manager.reset();  // the hosts stop and their processes end
        QThread::currentThread()->quit();
    }

    // A copy of the hosts' state for the GUI, and the news that something changed.
    void report()
    {
        std::vector<VendorHostStatus> hosts;
        for (VendorHost *h : m_manager->hosts()) {
            VendorHostStatus s;
            const cdvendor::VendorInfo &info = h->info();
            // Before the first hello the host knows only its plugin file.
            s.code = info.id.isEmpty() ? QFileInfo(h->config().dataDir).fileName() : info.id;
            s.name = info.name;
            s.version = info.version;
            s.pluginPath = h->config().pluginPath;
            s.health = h->health();
            s.restarts = h->restarts();
            s.lastError = h->lastError();
            s.containment = h->containment();
            hosts.push_back(s);
        }
        std::vector<PluginCheck> checks = m_manager->checks();
        toGui(m_inbox, [hosts, checks](Inbox &in) {
            if (!in.owner)
                return;
            in.owner->m_hosts = hosts;
            in.owner->m_checks = checks;
            emit in.owner->hostsChanged();
            emit in.owner->changed();
        });
    }

    VendorManagerOptions m_options;
    std::weak_ptr<Inbox> m_inbox;
    std::shared_ptr<std::atomic<bool>> m_stopping;
    std::unique_ptr<VendorManager> m_manager;
    std::deque<Queued> m_queue;
    bool m_running = false;
    bool m_stopRequested = false;
    bool m_finished = false;
};

VendorWorker::VendorWorker(Session &session, VendorManagerOptions options, QObject *parent)
    : QObject(parent), m_session(session), m_inbox(std::make_shared<Inbox>()),
      m_stopping(std::make_shared<std::atomic<bool>>(false))
{
    m_inbox->owner = this;
    m_thread = new QThread;  // no parent: it may outlive this object (see stop())
    m_thread->setObjectName(QStringLiteral("consentdesk-vendors"));
    m_core = new Core(std::move(options), m_inbox, m_stopping);
    m_core->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_core, &QObject::deleteLater);
    m_thread->start();
    Core *core = m_core;
    QMetaObject::invokeMethod(m_core, [core] { core->init(); }, Qt::QueuedConnection);
}

VendorWorker::~VendorWorker() { stop(); }

void VendorWorker::post(QObject *context, Task task, Reply reply, Failure failure)
{
    if (m_stopped)
        return;  // locking: nobody waits for it any more
    // A connection of the task's own, opened here where the session and its key live.
    auto opened = m_session.openForWorker();
    if (!opened) {
        const Error error = opened.error();
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, failure, error] {
                if (guard)
                    failure(error);
            },
            Qt::QueuedConnection);
        return;
    }
    std::shared_ptr<Session> session(std::move(opened).value());
    const quint64 id = ++m_inbox->nextId;
    m_inbox->pending.emplace(id, Inbox::Pending{QPointer<QObject>(context), std::move(reply)});
    Core *core = m_core;
    QMetaObject::invokeMethod(
        m_core, [core, id, session, task] { core->enqueue(id, session, task); }, Qt::QueuedConnection);
}

bool VendorWorker::isBusy() const { return !m_inbox->pending.empty(); }

const VendorHostStatus *VendorWorker::host(const QString &code) const
{
    for (const VendorHostStatus &h : m_hosts) {
        if (h.code == code)
            return &h;
    }
    return nullptr;
}

void VendorWorker::syncSoon(const QString &vendorCode)
{
    run(this, [vendorCode](VendorManager &vendors) { return vendors.syncVendor(vendorCode); },
        [this](const Result<void> &r) {
            if (!r)
                emit problem(r.error().message);
        });
}

bool VendorWorker::startScheduler(int jobsMs, int countsMs, int sweepMs)
{
    if (m_stopped)
        return false;
    if (!m_scheduler) {
        // A round still queued or running is not queued again: a slow vendor does not pile them up.
        auto queued = std::make_shared<std::array<bool, 3>>();
        m_scheduler = new VendorScheduler(m_session.user().role, [this, queued](VendorScheduler::Round which) {
            bool &pending = (*queued)[std::size_t(which)];
            if (pending)
                return;
            pending = true;
            run(this,
                [which](VendorManager &vendors) -> Result<QStringList> {
                    QStringList problems;
                    if (VendorScheduler::runRound(vendors, which, [&](const QString &m) { problems << m; }))
                        emit vendors.changed();
                    return problems;
                },
                [this, queued, which](const Result<QStringList> &r) {
                    (*queued)[std::size_t(which)] = false;
                    if (!r) {
                        emit problem(r.error().message);
                        return;
                    }
                    for (const QString &message : r.value())
                        emit problem(message);
                });
        }, this);
    }
    return m_scheduler->start(jobsMs, countsMs, sweepMs);
}

void VendorWorker::runJobsSoon()
{
    if (m_scheduler)
        m_scheduler->runNow();
}

bool VendorWorker::stop(int graceMs)
{
    if (m_stopped)
        return true;
    m_stopped = true;
    m_stopping->store(true);
    if (m_scheduler)
        m_scheduler->stop();
    bool ended = true;
    if (m_thread) {
        Core *core = m_core;
        QMetaObject::invokeMethod(m_core, [core] { core->stop(); }, Qt::QueuedConnection);
        // The vendor thread never waits for this one, so blocking here cannot deadlock.
        ended = m_thread->wait(QDeadlineTimer(graceMs));
        if (!ended) {
            qCWarning(lcVendor, "a vendor call was still running %d ms after the console began to lock: cancelling it",
                      graceMs);
            QMetaObject::invokeMethod(m_core, [core] { core->cancel(); }, Qt::QueuedConnection);
            ended = m_thread->wait(QDeadlineTimer(kCancelWaitMs));
        }
        if (ended) {
            delete m_thread;
        } else {
            // It ends by itself; its connection closes with it. Nothing here refers to it any more.
            qCWarning(lcVendor, "the vendor thread did not end in time; it is left to finish by itself");
            connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
            if (m_thread->isFinished())
                m_thread->deleteLater();
        }
        m_thread = nullptr;
        m_core = nullptr;
    }
    m_inbox->pending.clear();  // results that still come are dropped
    return ended;
}

} // namespace cd
