#pragma once
#include <QString>
#include <initializer_list>
#include <optional>

namespace cd {

// Jobs: the headless timer's account (sweeps and erasures only; docs/erasure.md).
enum class Role { Staff, Officer, Auditor, Jobs };

// What a role may do. Checked by the services (AccessControl), not only by hiding buttons.
enum class Permission {
    RegisterConsent,   // also creates subjects
    WithdrawConsent,
    ViewConsents,      // lists, masked
    ViewPersonalData,  // a subject's full record; every use is audited
    ManagePurposes,    // purposes and notice versions
    ManageUsers,
    ManageStores,
    ViewAudit,
    ChangeOwnPassphrase,
    ManageCameras,     // device modes, sign records, enrolment, vendor erasure
    TakeRequests,      // data-subject requests: intake and identity check at the counter
    ProcessRequests,   // data-subject requests: assign, advance, refuse, pause, extend
    ViewRequests,      // data-subject requests: list and timeline
    EraseData,         // erase a customer's personal fields (after withdrawal, request, retention)
    RunJobs,           // system jobs: vendor erasures and purges, expiry, the retention sweep, bookkeeping
    ViewCompliance,    // impact assessments (PIIA) and vendor agreements: read
    ManageCompliance,  // write PIIA versions and their attachments, record vendor agreements
    ApprovePiia,       // approve a PIIA version (Art. 55-56): the officer signs it off
    ExportEvidence,    // the regulator's evidence package: signed with the store identity, which only officers hold
};

QString roleId(Role role);                          // "staff", "officer", "auditor", "jobs"
const std::initializer_list<Role> &allRoles();
std::optional<Role> roleFromId(const QString &id);
QString roleDisplayName(Role role);                 // translated
QString permissionId(Permission p);
bool roleAllows(Role role, Permission p);

} // namespace cd
