#include "CameraVendors.h"

#include "core/access/Session.h"
#include "core/cameras/VendorSettings.h"
#include "vendors/VendorWorker.h"

CameraVendors::CameraVendors(cd::Session &session, const QString &dbPath, const QJsonObject &vendorSettings,
                             QObject *parent)
    : QObject(parent)
{
    auto options = cd::VendorManagerOptions::defaultsFor(dbPath);
    // The plugin settings the store keeps (consentdesk-cli vendor settings set); the demo's own first.
    options.settings = vendorSettings;
    if (auto stored = cd::VendorSettings(session).all())
        options.settings = cd::withStoredSettings(options.settings, stored.value());
    m_worker = new cd::VendorWorker(session, options, this);  // the window shows while the hosts start
    connect(m_worker, &cd::VendorWorker::problem, this, &CameraVendors::problem);
    // Timed jobs only for a role that may run them (officer): staff and auditor consoles write nothing.
    m_worker->startScheduler();
}

CameraVendors::~CameraVendors() { stop(cd::VendorWorker::kDefaultGraceMs); }

bool CameraVendors::stop(int graceMs) { return m_worker->stop(graceMs); }
