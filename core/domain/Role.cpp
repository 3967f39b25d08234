#include "Role.h"

#include <QCoreApplication>

namespace cd {

QString roleId(Role role)
{
    switch (role) {
    case Role::Staff: return QStringLiteral("staff");
    case Role::Officer: return QStringLiteral("officer");
    case Role::Auditor: return QStringLiteral("auditor");
    case Role::Jobs: return QStringLiteral("jobs");
    }
    return {};
}

const std::initializer_list<Role> &allRoles()
{
    static const std::initializer_list<Role> all = {Role::Staff, Role::Officer, Role::Auditor, Role::Jobs};
    return all;
}

std::optional<Role> roleFromId(const QString &id)
{
    for (Role r : allRoles()) {
        if (roleId(r) == id)
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Staff: return QCoreApplication::translate("cd::Role", "Store staff");
    case Role::Officer: return QCoreApplication::translate("cd::Role", "Privacy officer");
    case Role::Auditor: return QCoreApplication::translate("cd::Role", "Auditor");
    case Role::Jobs: return QCoreApplication::translate("cd::Role", "Timed jobs");
    }
    return {};
}

QString permissionId(Permission p)
{
    switch (p) {
    case Permission::RegisterConsent: return QStringLiteral("register-consent");
    case Permission::WithdrawConsent: return QStringLiteral("withdraw-consent");
    case Permission::ViewConsents: return QStringLiteral("view-consents");
    case Permission::ViewPersonalData: return QStringLiteral("view-personal-data");
    case Permission::ManagePurposes: return QStringLiteral("manage-purposes");
    case Permission::ManageUsers: return QStringLiteral("manage-users");
    case Permission::ManageStores: return QStringLiteral("manage-stores");
    case Permission::ViewAudit: return QStringLiteral("view-audit");
    case Permission::ChangeOwnPassphrase: return QStringLiteral("change-own-passphrase");
    case Permission::ManageCameras: return QStringLiteral("manage-cameras");
    case Permission::TakeRequests: return QStringLiteral("take-requests");
    case Permission::ProcessRequests: return QStringLiteral("process-requests");
    case Permission::ViewRequests: return QStringLiteral("view-requests");
    case Permission::EraseData: return QStringLiteral("erase-data");
    case Permission::RunJobs: return QStringLiteral("run-jobs");
    case Permission::ViewCompliance: return QStringLiteral("view-compliance");
    case Permission::ManageCompliance: return QStringLiteral("manage-compliance");
    case Permission::ApprovePiia: return QStringLiteral("approve-piia");
    case Permission::ExportEvidence: return QStringLiteral("export-evidence");
    }
    return {};
}

bool roleAllows(Role role, Permission p)
{
    switch (role) {
    case Role::Officer:
        return true;
    case Role::Staff:
        return p == Permission::RegisterConsent || p == Permission::WithdrawConsent
            || p == Permission::ViewConsents || p == Permission::ViewPersonalData
            || p == Permission::ChangeOwnPassphrase || p == Permission::TakeRequests
            || p == Permission::ViewRequests;
    case Role::Auditor:
        // Read-only: may read records and the audit log, may change nothing but its own passphrase.
        return p == Permission::ViewConsents || p == Permission::ViewPersonalData || p == Permission::ViewAudit
            || p == Permission::ChangeOwnPassphrase || p == Permission::ViewRequests
            || p == Permission::ViewCompliance;
    case Role::Jobs:
        // The headless timer: sweeps and erasures, nothing else (no view, no users, no purposes).
        return p == Permission::RunJobs || p == Permission::EraseData;
    }
    return false;
}

} // namespace cd
