#pragma once
// Fulfils a data-subject request end to end, with the vendors: one call per request, for the
// Requests page and `consentdesk-cli request fulfil`. Core (FulfilmentService, SubjectPackages)
// decides what must happen; this runs the steps that need a vendor — asking each what it holds
// about the customer, carrying out the owed erasures — and hands the letter (and, for access,
// the package) to the caller's `deliver` to write the files (PDF needs Qt Gui, which lives in
// core/reporting, not here).
#include "core/requests/FulfilmentService.h"
#include "core/requests/SubjectPackage.h"

#include <functional>

namespace cd {

class Session;
class VendorManager;

struct FulfilOptions {
    QString language = QStringLiteral("zh_CN");  // the customer's: zh_CN or en
    SubjectCorrection correction;                 // correction requests
    QString note;                                 // restriction and explanation: what was done
    // Writes the customer's letter (and the package, for access/copy/portability). For those and
    // for correction it runs before the request completes: a failed write leaves it in progress.
    // For deletion and withdrawal it runs once every receipt is in (possibly in a later call).
    std::function<Result<void>(const ResponseLetter &letter, const SubjectPackage *package)> deliver;
    std::function<void(const QString &step)> progress;  // translated, for a progress line
};

struct FulfilOutcome {
    RequestRow row;
    ResponseLetter letter;        // empty while vendor receipts are outstanding
    bool delivered = false;
    int vendorErasuresPending = 0;
};

class RequestFulfiller {
    Q_DECLARE_TR_FUNCTIONS(cd::RequestFulfiller)
public:
    RequestFulfiller(Session &session, VendorManager &vendors) : m_session(session), m_vendors(vendors) {}

    // Access/copy/portability: the package with every vendor's inventory. Correction: the
    // fields. Deletion/withdrawal: withdraw, erase here, erase at every vendor now, complete
    // when every receipt is in (else awaiting vendors: the scheduler or `jobs run` finish it).
    // Restriction/explanation: the officer's note. A completed request delivers its letter again.
    Result<FulfilOutcome> fulfil(qint64 requestId, const FulfilOptions &options);

private:
    Result<void> askVendors(SubjectPackage &package, const FulfilOptions &options);

    Session &m_session;
    VendorManager &m_vendors;
};

} // namespace cd
