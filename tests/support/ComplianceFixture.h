#pragma once
// The records a store needs before face data is processed (core/compliance): an approved impact
// assessment per sensitive purpose and per recognising zone, and a complete agreement with each
// vendor. Tests that switch face recognition on get them here, through the real services (as the
// officer), so the gate itself is never weakened for a test.
#include "core/compliance/PiiaService.h"
#include "core/compliance/VendorAgreementService.h"
#include "core/access/Session.h"

#include <QStringList>

namespace cdtest {

// An approved PIIA for the subject (a purpose code, or "vendor/zone"). Reviewed ten years on by
// default: the CLI runs on the system clock while fixtures create stores on an injected one.
inline cd::Result<cd::PiiaRecord> approvedPiia(cd::Session &officer, cd::PiiaScope scope, const QString &subject,
                                               int reviewInDays = 3650)
{
    cd::PiiaInput in;
    in.scope = scope;
    in.subject = subject;
    in.title = QStringLiteral("Test assessment ") + subject;
    in.legality = QStringLiteral("Separate consent; necessary for the stated purpose only.");
    in.impact = QStringLiteral("Synthetic test: templates of consenting people; leak risk.");
    in.measures = QStringLiteral("On-device processing, erasure with receipts, signs.");
    in.reviewOn = officer.clock().today().addDays(reviewInDays);
    auto added = cd::PiiaService(officer).add(in);
    if (!added)
        return added.error();
    return cd::PiiaService(officer).approve(added->id);
}

// Every Art. 21 field filled, in force from yesterday for ten years (see approvedPiia).
inline cd::AgreementInput completeAgreement(const QString &vendorCode,
                                            cd::ProcessingLocation where = cd::ProcessingLocation::OnDevice,
                                            const QDate &today = QDate())
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    cd::AgreementInput a;
    a.vendorCode = vendorCode;
    a.reference = QStringLiteral("TEST-") + vendorCode;
    a.facts.purpose = QStringLiteral("Recognise consenting members.");
    a.facts.method = QStringLiteral("Templates compared on the camera.");
    a.facts.categories = QStringLiteral("face-image, face-template");
    a.facts.protection = QStringLiteral("Encryption, access control.");
    a.facts.endOfTerm = cd::EndOfTerm::Delete;
    a.facts.subProcessors = QStringLiteral("none");
    a.facts.location = where;
    a.facts.validFrom = day.addDays(-1);
    a.facts.validUntil = day.addYears(10);
    return a;
}

inline cd::Result<cd::AgreementRecord> agreedVendor(cd::Session &officer, const QString &vendorCode,
                                                    cd::ProcessingLocation where = cd::ProcessingLocation::OnDevice)
{
    return cd::VendorAgreementService(officer).set(completeAgreement(vendorCode, where, officer.clock().today()));
}

// What most tests with face recognition need: approved PIIAs for the face purposes the fixtures
// use ("face-recognition" of the standard purposes, "face-id" of the CLI fixture), for the
// simulated vendor's zones, and its agreement (on the camera, as its plugin declares). Call it
// before the purposes are added, as a store would write its assessments first.
inline QString addFaceRecords(cd::Session &officer, const QStringList &vendors = {QStringLiteral("simvendor")})
{
    for (const QString &purpose : {QStringLiteral("face-recognition"), QStringLiteral("face-id")})
        if (auto r = approvedPiia(officer, cd::PiiaScope::Purpose, purpose); !r)
            return r.error().message;
    for (const QString &vendor : vendors) {
        for (const QString &zone : {QStringLiteral("entrance"), QStringLiteral("checkout")})
            if (auto r = approvedPiia(officer, cd::PiiaScope::Zone, cd::zoneSubjectKey(vendor, zone)); !r)
                return r.error().message;
        if (auto r = agreedVendor(officer, vendor); !r)
            return r.error().message;
    }
    return {};
}

} // namespace cdtest
