#pragma once
// The rules written once for the records a regulator asks for before face data is processed:
// an approved, unexpired impact assessment (PIIA, PIPL Art. 55-56) and a valid entrusted-
// processing agreement with the vendor (Art. 21) whose processing location matches what the
// vendor's plugin declares. The gate (core/compliance) gathers facts and asks these functions;
// the UI and the CLI turn the gaps into text with describeGap(). docs/compliance.md says why.
#include "vendor-sdk/PluginMetadata.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace cd {

// Where face data is processed: one type from the plugin's metadata to the agreement and the
// screen, spelled only by processingLocationId().
using ProcessingLocation = cdvendor::FaceProcessing;
inline QString processingLocationId(ProcessingLocation where) { return cdvendor::faceProcessingId(where); }
inline std::optional<ProcessingLocation> processingLocationFromId(const QString &id)
{
    return cdvendor::faceProcessingFromId(id);
}
QString processingLocationDisplayName(ProcessingLocation where);  // translated

// What a PIIA is about: a purpose (by its code) or a vendor's camera zone set to recognise.
// Keyed by text, not by row id, because the assessment comes before the processing (Art. 55):
// it may be written before the purpose is added or the vendor's zones are first seen.
enum class PiiaScope { Purpose, Zone };
QString piiaScopeId(PiiaScope scope);  // "purpose", "zone"
std::optional<PiiaScope> piiaScopeFromId(const QString &id);
QString zoneSubjectKey(const QString &vendorCode, const QString &zoneKey);  // "vendor/zone"

// Art. 56: the assessment report and the processing records are kept at least three years. An
// approved PIIA may be relied on up to its review date, so that is its last possible use: it is
// kept at least three years after the later of its approval and its review date.
inline constexpr int kPiiaKeepYears = 3;
QDate earliestKeepUntil(const QDate &approvedOn, const QDate &reviewOn);

struct PiiaFacts {
    qint64 approvedBy = 0;  // user id; 0: not approved
    QDate approvedOn;       // null: not approved
    QDate reviewOn;         // to be reviewed by this day; valid through it, no longer the day after
    QDate keepUntil;
};

enum class PiiaVerdict { Valid, NotApproved, ReviewDue };
// For the version of a subject's PIIA that counts (its newest approved one, else its newest) on `today`.
PiiaVerdict judgePiia(const PiiaFacts &facts, const QDate &today);

// The fields Art. 21 asks an entrusted-processing agreement to settle.
enum class AgreementField {
    Purpose,
    Period,         // when the entrusted processing starts and ends
    Method,
    Categories,
    Protection,     // protection measures
    EndOfTerm,      // deletion or return of the data at the end
    SubProcessors,  // who else processes it ("none" is an answer; empty is not)
    Location,       // where face data is processed
};
QString agreementFieldId(AgreementField field);           // "purpose", "period", …
QString agreementFieldDisplayName(AgreementField field);  // translated

enum class EndOfTerm { Unset, Delete, Return };
QString endOfTermId(EndOfTerm end);  // "", "delete", "return"
std::optional<EndOfTerm> endOfTermFromId(const QString &id);

struct AgreementFacts {
    QString purpose, method, categories, protection, subProcessors;
    QDate validFrom, validUntil;  // both needed; the agreement is in force on both days
    EndOfTerm endOfTerm = EndOfTerm::Unset;
    ProcessingLocation location = ProcessingLocation::Undeclared;
};

std::vector<AgreementField> missingAgreementFields(const AgreementFacts &facts);
enum class AgreementVerdict { Valid, FieldsMissing, NotYetInForce, Expired };
AgreementVerdict judgeAgreement(const AgreementFacts &facts, const QDate &today);

// One thing missing before face data may be processed. `subject` names the record: a purpose
// code, "vendor/zone", or a vendor code.
struct ComplianceGap {
    enum Kind {
        PiiaMissing,           // no PIIA at all for the purpose or zone
        PiiaNotApproved,       // no version is approved by an officer
        PiiaReviewDue,         // its review date `date` has passed
        AgreementMissing,      // no agreement with the vendor
        AgreementFieldMissing, // `fields` lacks
        AgreementNotYetInForce,  // starts on `date`
        AgreementExpired,      // ended on `date`
        LocationUndeclared,    // the plugin does not say where it processes faces
        LocationMismatch,      // agreement says `agreed`, the plugin declares `declared`
    };
    Kind kind = PiiaMissing;
    PiiaScope scope = PiiaScope::Purpose;
    QString subject;
    QDate date;
    std::vector<AgreementField> fields;
    ProcessingLocation agreed = ProcessingLocation::Undeclared;
    ProcessingLocation declared = ProcessingLocation::Undeclared;
};

// Gaps of a PIIA (none when valid). `facts` is nullopt when there is no PIIA for the subject.
std::vector<ComplianceGap> piiaGaps(PiiaScope scope, const QString &subject, const std::optional<PiiaFacts> &facts,
                                    const QDate &today);
// Gaps of a vendor's agreement against its plugin's declaration (none when valid and matching).
std::vector<ComplianceGap> agreementGaps(const QString &vendorCode, const std::optional<AgreementFacts> &facts,
                                         ProcessingLocation declared, const QDate &today);

// A stable id for logs and scripts: "piia-missing", "agreement-expired", …
QString gapKindId(ComplianceGap::Kind kind);
// One translated sentence naming exactly what is missing.
QString describeGap(const ComplianceGap &gap);

} // namespace cd
