#pragma once
// The gate before face data is processed: a sensitive purpose is activated, or a camera is set to
// recognise, only with an approved, unexpired impact assessment (PIPL Art. 55-56) and, where a
// vendor processes the faces, a valid agreement with it (Art. 21) whose processing location is
// what its plugin declares. PurposeService and CameraSigns call it; ui/ and app/ never do.
#include "core/base/Result.h"
#include "core/cameras/CameraRecords.h"
#include "core/domain/Compliance.h"
#include "core/domain/Records.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Session;

class ComplianceGate {
    Q_DECLARE_TR_FUNCTIONS(cd::ComplianceGate)
public:
    explicit ComplianceGate(Session &session) : m_session(session) {}

    // What is missing before the purpose may be active (nothing for a purpose that is not
    // sensitive). A purpose asking for separate consent is one whose subjects are enrolled at
    // every vendor (FaceConsent.h), so each recorded vendor needs its agreement too.
    Result<std::vector<ComplianceGap>> purposeGaps(const Purpose &purpose);
    // What is missing before the device may recognise faces: its zone's PIIA and its vendor's agreement.
    Result<std::vector<ComplianceGap>> recognitionGaps(const DeviceRecord &device);

    // What is missing before customers' faces may be handed to the vendor for enrolment: a valid
    // agreement whose location matches its plugin's declaration (Art. 21).
    Result<std::vector<ComplianceGap>> vendorGaps(const VendorRecord &vendor);

    // Invalid, naming every gap, when there is one; the refusal is audited (after the outermost
    // transaction ends, so that a rollback cannot erase it).
    Result<void> checkPurpose(const Purpose &purpose);
    Result<void> checkRecognition(const DeviceRecord &device);
    Result<void> checkEnrolment(const VendorRecord &vendor);

private:
    Result<void> refuse(const QString &objectType, const QString &objectId, const QString &headline,
                        const std::vector<ComplianceGap> &gaps);
    Session &m_session;
};

} // namespace cd
