#include "VendorScheduler.h"
#include "VendorManager.h"

namespace cd {

VendorScheduler::VendorScheduler(VendorManager &vendors, QObject *parent) : QObject(parent), m_vendors(vendors)
{
    connect(&m_jobs, &QTimer::timeout, this, [this] { round(false); });
    connect(&m_counts, &QTimer::timeout, this, [this] { round(true); });
}

void VendorScheduler::start(int jobsMs, int countsMs)
{
    m_jobs.start(jobsMs);
    m_counts.start(countsMs);
}

void VendorScheduler::stop()
{
    m_jobs.stop();
    m_counts.stop();
}

void VendorScheduler::runNow() { QTimer::singleShot(0, this, [this] { round(false); }); }

void VendorScheduler::round(bool counts)
{
    if (m_busy)
        return;
    m_busy = true;
    if (counts) {
        if (auto r = m_vendors.pollVisitorCounts(); !r)
            emit problem(r.error().message);
    } else {
        if (auto r = m_vendors.enrollAllConsented(); !r)
            emit problem(r.error().message);
        if (auto r = m_vendors.runDueJobs(); !r)
            emit problem(r.error().message);
    }
    m_busy = false;
}

} // namespace cd
