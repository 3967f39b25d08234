#pragma once
// Keeps the vendors in step while the console is open: carries out due vendor jobs, enrolls newly
// consented customers, fetches visitor counts and runs the retention sweep (core/retention) on
// timers. Only for a role holding RunJobs (officer, jobs): a staff or auditor console starts no
// timer and so writes nothing. One round at a time: vendor calls run a local event loop, and a
// timer firing inside it must not start a second round.
#include <QObject>
#include <QTimer>

namespace cd {

class VendorManager;

class VendorScheduler : public QObject {
    Q_OBJECT
public:
    explicit VendorScheduler(VendorManager &vendors, QObject *parent = nullptr);
    // False, and nothing started, when the session's role may not run jobs.
    bool start(int jobsMs = 30000, int countsMs = 15000, int sweepMs = 3600000);
    void stop();
    bool isRunning() const { return m_jobs.isActive(); }
    void runNow();  // e.g. right after a withdrawal or a registration

signals:
    void problem(const QString &message);  // translated; for the status bar

private:
    enum class Round { Jobs, Counts, Sweep };
    void round(Round which);

    VendorManager &m_vendors;
    QTimer m_jobs;
    QTimer m_counts;
    QTimer m_sweep;
    bool m_busy = false;
};

} // namespace cd
