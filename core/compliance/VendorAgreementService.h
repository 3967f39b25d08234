#pragma once
// Entrusted-processing agreements with camera vendors (PIPL Art. 21), one numbered version after
// another per vendor code; the newest version is the agreement in force. A version is recorded as
// the contract says, gaps included: the gate (ComplianceGate) names what it lacks.
#include "ComplianceRecords.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace cd {

class Session;

class VendorAgreementService {
    Q_DECLARE_TR_FUNCTIONS(cd::VendorAgreementService)
public:
    explicit VendorAgreementService(Session &session) : m_session(session) {}

    // Records the next version of the agreement with the vendor.
    Result<AgreementRecord> set(const AgreementInput &input);
    // The newest version per vendor (allVersions: every version, newest first per vendor).
    Result<std::vector<AgreementRecord>> list(bool allVersions = false);
    Result<std::optional<AgreementRecord>> current(const QString &vendorCode);
    Result<Attachment> document(qint64 agreementId);

private:
    Session &m_session;
};

} // namespace cd
