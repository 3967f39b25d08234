#include "CameraVendors.h"

#include "core/access/Session.h"
#include "vendors/VendorManager.h"
#include "vendors/VendorScheduler.h"

CameraVendors::CameraVendors(cd::Session &session, const QString &dbPath, const QJsonObject &vendorSettings,
                             QObject *parent)
    : QObject(parent)
{
    auto options = cd::VendorManagerOptions::defaultsFor(dbPath);
    options.settings = vendorSettings;
    m_manager = std::make_unique<cd::VendorManager>(session, options);
    m_manager->startAll(0);  // not waiting: the window shows while the hosts start
    m_scheduler = new cd::VendorScheduler(*m_manager, this);
    connect(m_scheduler, &cd::VendorScheduler::problem, this, &CameraVendors::problem);
    // Timed jobs only for a role that may run them (officer): staff and auditor consoles write nothing.
    if (cd::roleAllows(session.user().role, cd::Permission::RunJobs))
        m_scheduler->start();
}

CameraVendors::~CameraVendors()
{
    // The scheduler calls the manager: it stops first.
    delete m_scheduler;
    m_scheduler = nullptr;
}
