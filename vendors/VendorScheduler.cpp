#include "VendorScheduler.h"
#include "VendorManager.h"
#include "core/access/Session.h"
#include "core/retention/RetentionService.h"

namespace cd {

VendorScheduler::VendorScheduler(VendorManager &vendors, QObject *parent) : QObject(parent), m_vendors(vendors)
{
    connect(&m_jobs, &QTimer::timeout, this, [this] { round(Round::Jobs); });
    connect(&m_counts, &QTimer::timeout, this, [this] { round(Round::Counts); });
    connect(&m_sweep, &QTimer::timeout, this, [this] { round(Round::Sweep); });
}

bool VendorScheduler::start(int jobsMs, int countsMs, int sweepMs)
{
    // Asked quietly: not starting is the console's choice, not an attempt by the user.
    if (!roleAllows(m_vendors.session().user().role, Permission::RunJobs))
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
    if (m_busy)
        return;
    m_busy = true;
    switch (which) {
    case Round::Counts:
        if (auto r = m_vendors.pollVisitorCounts(); !r)
            emit problem(r.error().message);
        break;
    case Round::Jobs:
        // Enrolling is a decision about cameras (ManageCameras): the jobs role only erases.
        if (roleAllows(m_vendors.session().user().role, Permission::ManageCameras)) {
            if (auto r = m_vendors.enrollAllConsented(); !r)
                emit problem(r.error().message);
        }
        if (auto r = m_vendors.runDueJobs(); !r)
            emit problem(r.error().message);
        break;
    case Round::Sweep:
        if (auto r = RetentionService(m_vendors.session()).sweep(false); !r)
            emit problem(r.error().message);
        else if (r->total() > 0 || r->expiredConsents > 0)
            emit m_vendors.changed();
        break;
    }
    m_busy = false;
}

} // namespace cd
