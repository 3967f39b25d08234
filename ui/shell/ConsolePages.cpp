// The console's pages, in navigation order. Adding a page is one add() here. One table rather
// than a registration in each page's file: the pages live in a static library, and a linker
// drops an object file that nothing refers to, self-registration and all.
#include "PageRegistry.h"

#include "ui/cameras/CameraVendors.h"
#include "ui/cameras/CamerasPage.h"
#include "ui/compliance/CompliancePage.h"
#include "ui/consents/ConsentsPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/ledgers/AuditPage.h"
#include "ui/ledgers/DeletionLogPage.h"
#include "ui/purposes/PurposesPage.h"
#include "ui/requests/RequestsPage.h"
#include "ui/retention/RetentionPage.h"
#include "ui/users/UsersPage.h"

#include <QCoreApplication>

namespace {

// Titles are translated in the "MainWindow" context: the navigation's words, where their
// translations have always been.
PageRegistry makeConsolePages()
{
    using cd::Permission;
    PageRegistry r;
    // First, so that the officer and the auditor land on it after signing in; staff do not see it
    // and land on Consents.
    r.add({QStringLiteral("dashboard"), [] { return QCoreApplication::translate("MainWindow", "Dashboard"); },
           QStringLiteral(":/icons/dashboard.svg"), QKeySequence(Qt::CTRL | Qt::Key_0),
           {Permission::ViewCompliance, Permission::ViewAudit},
           [](const PageContext &c, QWidget *parent) { return new DashboardPage(c.session, c.showPage, parent); }});
    r.add({QStringLiteral("consents"), [] { return QCoreApplication::translate("MainWindow", "Consents"); },
           QStringLiteral(":/icons/consents.svg"), QKeySequence(Qt::CTRL | Qt::Key_1),
           {Permission::ViewConsents, Permission::RegisterConsent},
           [](const PageContext &c, QWidget *parent) { return new ConsentsPage(c.session, parent); }});
    // Every role sees the cameras; only officers change anything (the page and the services refuse).
    r.add({QStringLiteral("cameras"), [] { return QCoreApplication::translate("MainWindow", "Cameras"); },
           QStringLiteral(":/icons/cameras.svg"), QKeySequence(Qt::CTRL | Qt::Key_2), {},
           [](const PageContext &c, QWidget *parent) {
               return new CamerasPage(c.session, c.cameras.worker(), parent);
           }});
    r.add({QStringLiteral("purposes"),
           [] { return QCoreApplication::translate("MainWindow", "Purposes & notices", "navigation"); },
           QStringLiteral(":/icons/purposes.svg"), QKeySequence(Qt::CTRL | Qt::Key_3), {Permission::ManagePurposes},
           [](const PageContext &c, QWidget *parent) { return new PurposesPage(c.session, parent); }});
    r.add({QStringLiteral("users"), [] { return QCoreApplication::translate("MainWindow", "Users"); },
           QStringLiteral(":/icons/users.svg"), QKeySequence(Qt::CTRL | Qt::Key_4), {Permission::ManageUsers},
           [](const PageContext &c, QWidget *parent) { return new UsersPage(c.session, c.storeName, parent); }});
    r.add({QStringLiteral("audit"), [] { return QCoreApplication::translate("MainWindow", "Audit log"); },
           QStringLiteral(":/icons/audit.svg"), QKeySequence(Qt::CTRL | Qt::Key_5), {Permission::ViewAudit},
           [](const PageContext &c, QWidget *parent) { return new AuditPage(c.session, parent); }});
    r.add({QStringLiteral("requests"), [] { return QCoreApplication::translate("MainWindow", "Requests"); },
           QStringLiteral(":/icons/requests.svg"), QKeySequence(Qt::CTRL | Qt::Key_6),
           {Permission::ViewRequests, Permission::TakeRequests},
           [](const PageContext &c, QWidget *parent) {
               return new RequestsPage(c.session, &c.cameras.worker(), parent);
           }});
    // Officers see the rules and sweep; the jobs role sweeps; the auditor reads.
    r.add({QStringLiteral("retention"), [] { return QCoreApplication::translate("MainWindow", "Retention"); },
           QStringLiteral(":/icons/retention.svg"), QKeySequence(Qt::CTRL | Qt::Key_7),
           {Permission::ManagePurposes, Permission::RunJobs, Permission::ViewAudit},
           [](const PageContext &c, QWidget *parent) { return new RetentionPage(c.session, parent); }});
    r.add({QStringLiteral("deletionLog"), [] { return QCoreApplication::translate("MainWindow", "Deletion log"); },
           QStringLiteral(":/icons/deletions.svg"), QKeySequence(Qt::CTRL | Qt::Key_8), {Permission::ViewAudit},
           [](const PageContext &c, QWidget *parent) { return new DeletionLogPage(c.session, parent); }});
    // The officer keeps the records; the auditor reads them.
    r.add({QStringLiteral("compliance"), [] { return QCoreApplication::translate("MainWindow", "Compliance"); },
           QStringLiteral(":/icons/compliance.svg"), QKeySequence(Qt::CTRL | Qt::Key_9), {Permission::ViewCompliance},
           [](const PageContext &c, QWidget *parent) { return new CompliancePage(c.session, parent); }});
    return r;
}

} // namespace

const PageRegistry &consolePages()
{
    static const PageRegistry pages = makeConsolePages();
    return pages;
}
