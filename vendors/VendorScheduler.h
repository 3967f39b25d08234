#pragma once
// Keeps the vendors in step while the console is open: carries out due vendor jobs, enrolls newly
// consented customers, fetches visitor counts and runs the retention sweep (core/retention) on
// timers. Only for a role holding RunJobs (officer, jobs): a staff or auditor console starts no
// timer and so writes nothing. One round at a time. Either it runs the rounds itself over a
// VendorManager (tests, headless), or it hands each round to a runner: the console's vendor
// thread (VendorWorker), which queues it behind the calls already waiting.
#include "core/domain/Role.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace cd {

class VendorManager;

class VendorScheduler : public QObject {
    Q_OBJECT
public:
    enum class Round { Jobs, Counts, Sweep };
    using Runner = std::function<void(Round)>;

    explicit VendorScheduler(VendorManager &vendors, QObject *parent = nullptr);
    VendorScheduler(Role role, Runner runner, QObject *parent = nullptr);
    // False, and nothing started, when the role may not run jobs.
    bool start(int jobsMs = 30000, int countsMs = 15000, int sweepMs = 3600000);
    void stop();
    bool isRunning() const { return m_jobs.isActive(); }
    void runNow();  // e.g. right after a withdrawal or a registration

    // What one round does; `problem` hears each failure (translated). Returns true when
    // something changed that the pages show.
    static bool runRound(VendorManager &vendors, Round which, const std::function<void(const QString &)> &problem);

signals:
    void problem(const QString &message);  // translated; for the status bar

private:
    void round(Round which);

    VendorManager *m_vendors = nullptr;
    Role m_role;
    Runner m_runner;
    QTimer m_jobs;
    QTimer m_counts;
    QTimer m_sweep;
    bool m_busy = false;
};

} // namespace cd
