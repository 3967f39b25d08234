#include "Compliance.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace cd {

namespace {

class Compliance {
    Q_DECLARE_TR_FUNCTIONS(cd::Compliance)
};

} // namespace

QString processingLocationDisplayName(ProcessingLocation where)
{
    switch (where) {
    case ProcessingLocation::Undeclared: return Compliance::tr("not declared", "where face data is processed");
    case ProcessingLocation::OnDevice: return Compliance::tr("on the camera", "where face data is processed");
    case ProcessingLocation::StoreServer: return Compliance::tr("on a store server", "where face data is processed");
    case ProcessingLocation::Cloud: return Compliance::tr("in a cloud", "where face data is processed");
    }
    return {};
}

QString piiaScopeId(PiiaScope scope) { return scope == PiiaScope::Purpose ? QStringLiteral("purpose") : QStringLiteral("zone"); }

std::optional<PiiaScope> piiaScopeFromId(const QString &id)
{
    if (id == QLatin1String("purpose"))
        return PiiaScope::Purpose;
    if (id == QLatin1String("zone"))
        return PiiaScope::Zone;
    return std::nullopt;
}

QString zoneSubjectKey(const QString &vendorCode, const QString &zoneKey) { return vendorCode + QLatin1Char('/') + zoneKey; }

QDate earliestKeepUntil(const QDate &approvedOn, const QDate &reviewOn)
{
    return std::max(approvedOn, reviewOn).addYears(kPiiaKeepYears);
}

PiiaVerdict judgePiia(const PiiaFacts &facts, const QDate &today)
{
    if (facts.approvedBy == 0 || !facts.approvedOn.isValid())
        return PiiaVerdict::NotApproved;
    if (!facts.reviewOn.isValid() || today > facts.reviewOn)
        return PiiaVerdict::ReviewDue;
    return PiiaVerdict::Valid;
}

QString agreementFieldId(AgreementField field)
{
    switch (field) {
    case AgreementField::Purpose: return QStringLiteral("purpose");
    case AgreementField::Period: return QStringLiteral("period");
    case AgreementField::Method: return QStringLiteral("method");
    case AgreementField::Categories: return QStringLiteral("categories");
    case AgreementField::Protection: return QStringLiteral("protection");
    case AgreementField::EndOfTerm: return QStringLiteral("end-of-term");
    case AgreementField::SubProcessors: return QStringLiteral("sub-processors");
    case AgreementField::Location: return QStringLiteral("location");
    }
    return {};
}

QString agreementFieldDisplayName(AgreementField field)
{
    switch (field) {
    case AgreementField::Purpose: return Compliance::tr("purpose of processing");
    case AgreementField::Period: return Compliance::tr("period of processing");
    case AgreementField::Method: return Compliance::tr("method of processing");
    case AgreementField::Categories: return Compliance::tr("categories of personal information");
    case AgreementField::Protection: return Compliance::tr("protection measures");
    case AgreementField::EndOfTerm: return Compliance::tr("deletion or return at the end");
    case AgreementField::SubProcessors: return Compliance::tr("sub-processors");
    case AgreementField::Location: return Compliance::tr("processing location");
    }
    return {};
}

QString endOfTermId(EndOfTerm end)
{
    switch (end) {
    case EndOfTerm::Unset: return QStringLiteral("");  // empty, never null: it is stored
    case EndOfTerm::Delete: return QStringLiteral("delete");
    case EndOfTerm::Return: return QStringLiteral("return");
    }
    return {};
}

std::optional<EndOfTerm> endOfTermFromId(const QString &id)
{
    for (EndOfTerm e : {EndOfTerm::Unset, EndOfTerm::Delete, EndOfTerm::Return}) {
        if (endOfTermId(e) == id)
            return e;
    }
    return std::nullopt;
}

std::vector<AgreementField> missingAgreementFields(const AgreementFacts &f)
{
    std::vector<AgreementField> missing;
    auto need = [&missing](bool present, AgreementField field) {
        if (!present)
            missing.push_back(field);
    };
    need(!f.purpose.trimmed().isEmpty(), AgreementField::Purpose);
    need(f.validFrom.isValid() && f.validUntil.isValid() && f.validFrom <= f.validUntil, AgreementField::Period);
    need(!f.method.trimmed().isEmpty(), AgreementField::Method);
    need(!f.categories.trimmed().isEmpty(), AgreementField::Categories);
    need(!f.protection.trimmed().isEmpty(), AgreementField::Protection);
    need(f.endOfTerm != EndOfTerm::Unset, AgreementField::EndOfTerm);
    need(!f.subProcessors.trimmed().isEmpty(), AgreementField::SubProcessors);
    need(f.location != ProcessingLocation::Undeclared, AgreementField::Location);
    return missing;
}

AgreementVerdict judgeAgreement(const AgreementFacts &facts, const QDate &today)
{
    if (!missingAgreementFields(facts).empty())
        return AgreementVerdict::FieldsMissing;
    if (today < facts.validFrom)
        return AgreementVerdict::NotYetInForce;
    if (today > facts.validUntil)
        return AgreementVerdict::Expired;
    return AgreementVerdict::Valid;
}

std::vector<ComplianceGap> piiaGaps(PiiaScope scope, const QString &subject, const std::optional<PiiaFacts> &facts,
                                    const QDate &today)
{
    ComplianceGap gap;
    gap.scope = scope;
    gap.subject = subject;
    if (!facts) {
        gap.kind = ComplianceGap::PiiaMissing;
        return {gap};
    }
    switch (judgePiia(*facts, today)) {
    case PiiaVerdict::Valid:
        return {};
    case PiiaVerdict::NotApproved:
        gap.kind = ComplianceGap::PiiaNotApproved;
        return {gap};
    case PiiaVerdict::ReviewDue:
        gap.kind = ComplianceGap::PiiaReviewDue;
        gap.date = facts->reviewOn;
        return {gap};
    }
    return {};
}

std::vector<ComplianceGap> agreementGaps(const QString &vendorCode, const std::optional<AgreementFacts> &facts,
                                         ProcessingLocation declared, const QDate &today)
{
    std::vector<ComplianceGap> gaps;
    auto add = [&gaps, &vendorCode](ComplianceGap::Kind kind) -> ComplianceGap & {
        ComplianceGap g;
        g.kind = kind;
        g.subject = vendorCode;
        gaps.push_back(g);
        return gaps.back();
    };
    if (declared == ProcessingLocation::Undeclared)
        add(ComplianceGap::LocationUndeclared);
    if (!facts) {
        add(ComplianceGap::AgreementMissing);
        return gaps;
    }
    const std::vector<AgreementField> missing = missingAgreementFields(*facts);
    if (!missing.empty())
        add(ComplianceGap::AgreementFieldMissing).fields = missing;
    const bool periodKnown = std::find(missing.begin(), missing.end(), AgreementField::Period) == missing.end();
    if (periodKnown && today < facts->validFrom)
        add(ComplianceGap::AgreementNotYetInForce).date = facts->validFrom;
    if (periodKnown && today > facts->validUntil)
        add(ComplianceGap::AgreementExpired).date = facts->validUntil;
    if (declared != ProcessingLocation::Undeclared && facts->location != ProcessingLocation::Undeclared
        && facts->location != declared) {
        ComplianceGap &g = add(ComplianceGap::LocationMismatch);
        g.agreed = facts->location;
        g.declared = declared;
    }
    return gaps;
}

QString gapKindId(ComplianceGap::Kind kind)
{
    switch (kind) {
    case ComplianceGap::PiiaMissing: return QStringLiteral("piia-missing");
    case ComplianceGap::PiiaNotApproved: return QStringLiteral("piia-not-approved");
    case ComplianceGap::PiiaReviewDue: return QStringLiteral("piia-review-due");
    case ComplianceGap::AgreementMissing: return QStringLiteral("agreement-missing");
    case ComplianceGap::AgreementFieldMissing: return QStringLiteral("agreement-field-missing");
    case ComplianceGap::AgreementNotYetInForce: return QStringLiteral("agreement-not-in-force");
    case ComplianceGap::AgreementExpired: return QStringLiteral("agreement-expired");
    case ComplianceGap::LocationUndeclared: return QStringLiteral("location-undeclared");
    case ComplianceGap::LocationMismatch: return QStringLiteral("location-mismatch");
    }
    return {};
}

QString describeGap(const ComplianceGap &gap)
{
    const QString what = gap.scope == PiiaScope::Purpose ? Compliance::tr("purpose %1").arg(gap.subject)
                                                          : Compliance::tr("camera zone %1").arg(gap.subject);
    switch (gap.kind) {
    case ComplianceGap::PiiaMissing:
        return Compliance::tr("There is no impact assessment (PIIA) for %1 (PIPL Art. 55).").arg(what);
    case ComplianceGap::PiiaNotApproved:
        return Compliance::tr("The impact assessment (PIIA) for %1 is not approved by a privacy officer.").arg(what);
    case ComplianceGap::PiiaReviewDue:
        return Compliance::tr("The impact assessment (PIIA) for %1 was due for review on %2; review it and approve a new "
                  "version.").arg(what, gap.date.toString(Qt::ISODate));
    case ComplianceGap::AgreementMissing:
        return Compliance::tr("There is no entrusted-processing agreement with vendor %1 (PIPL Art. 21).").arg(gap.subject);
    case ComplianceGap::AgreementFieldMissing: {
        QStringList names;
        for (AgreementField f : gap.fields)
            names << agreementFieldDisplayName(f);
        return Compliance::tr("The agreement with vendor %1 does not state: %2.").arg(gap.subject, names.join(Compliance::tr(", ", "list separator")));
    }
    case ComplianceGap::AgreementNotYetInForce:
        return Compliance::tr("The agreement with vendor %1 is in force only from %2.").arg(gap.subject, gap.date.toString(Qt::ISODate));
    case ComplianceGap::AgreementExpired:
        return Compliance::tr("The agreement with vendor %1 ended on %2.").arg(gap.subject, gap.date.toString(Qt::ISODate));
    case ComplianceGap::LocationUndeclared:
        return Compliance::tr("The plugin of vendor %1 does not declare where it processes face data.").arg(gap.subject);
    case ComplianceGap::LocationMismatch:
        return Compliance::tr("The agreement with vendor %1 says face data is processed %2, but its plugin declares %3.")
            .arg(gap.subject, processingLocationDisplayName(gap.agreed), processingLocationDisplayName(gap.declared));
    }
    return {};
}

} // namespace cd
