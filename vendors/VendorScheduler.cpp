#include "VendorScheduler.h"
#include "VendorManager.h"
#include "core/access/Session.h"
#include "core/retention/RetentionService.h"

namespace cd {

VendorScheduler::VendorScheduler(VendorManager &vendors, QObject *parent)
    : VendorScheduler(vendors.session().user().role, {}, parent)
{
    m_vendors = &vendors;
}

VendorScheduler::VendorScheduler(Role role, Runner runner, QObject *parent)
    : QObject(parent), m_role(role), m_runner(std::move(runner))
{
    connect(&m_jobs, &QTimer::timeout, this, [this] { round(Round::Jobs); });
    connect(&m_counts, &QTimer::timeout, this, [this] { round(Round::Counts); });
    connect(&m_sweep, &QTimer::timeout, this, [this] { round(Round::Sweep); });
}

bool VendorScheduler::start(int jobsMs, int countsMs, int sweepMs)
{
    // Asked quietly: not starting is the console's choice, not an attempt by the user.
    if (!roleAllows(m_role, Permission::RunJobs))
        return false;
    m_jobs.start(jobsMs);
    m_counts.start(countsMs);
    m_sweep.start(sweepMs);
    QTimer::singleShot(0, this, [this] { round(Round::Sweep); });  // what fell due while closed
    return true;
}

void VendorScheduler::stop()
{
    m_jobs.stop();
    m_counts.stop();
    m_sweep.stop();
}

void VendorScheduler::runNow()
{
    if (m_jobs.isActive())
        QTimer::singleShot(0, this, [this] { round(Round::Jobs); });
}

void VendorScheduler::round(Round which)
{
    if (!m_jobs.isActive())
        return;  // stopped meanwhile
    if (m_runner) {
        m_runner(which);
        return;
    }
    // Vendor calls wait in a local event loop: a timer firing inside it must not start a second round.
    if (m_busy || !m_vendors)
        return;
    m_busy = true;
    if (runRound(*m_vendors, which, [this](const QString &message) { emit problem(message); }))
        emit m_vendors->changed();
    m_busy = false;
}

bool VendorScheduler::runRound(VendorManager &vendors, Round which, const std::function<void(const QString &)> &problem)
{
    switch (which) {
    case Round::Counts:
        if (auto r = vendors.pollVisitorCounts(); !r)
            problem(r.error().message);
        break;
    case Round::Jobs:
        // Recognition whose records lapsed stops before anyone new is enrolled.
        if (auto r = vendors.enforceCompliance(); !r)
            problem(r.error().message);
        // Enrolling is a decision about cameras (ManageCameras): the jobs role only erases.
        if (roleAllows(vendors.session().user().role, Permission::ManageCameras)) {
            if (auto r = vendors.enrollAllConsented(); !r)
                problem(r.error().message);
        }
        if (auto r = vendors.runDueJobs(); !r)
            problem(r.error().message);
        break;
    case Round::Sweep:
        if (auto r = RetentionService(vendors.session()).sweep(false); !r)
            problem(r.error().message);
        else if (r->total() > 0 || r->expiredConsents > 0)
            return true;
        break;
    }
    return false;
}

} // namespace cd
