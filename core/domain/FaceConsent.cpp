#include "FaceConsent.h"

namespace cd {

bool isValidFaceConsent(const FaceConsentFacts &f, qint64 nowMs)
{
    return f.status == ConsentStatus::Granted && f.separateConsent && !f.needsRenewal && f.purposeActive
        && f.purposeRequiresSeparateConsent && (f.expiresAt == 0 || f.expiresAt > nowMs);
}

FaceConsentVerdict judgeFaceConsent(const FaceConsentFacts &f, bool under14, bool guardianConsented, qint64 nowMs)
{
    if (isValidFaceConsent(f, nowMs))
        return under14 && !guardianConsented ? FaceConsentVerdict::GuardianMissing : FaceConsentVerdict::Valid;
    // Renewal is worth naming: everything else was in order, only the notice or purpose changed.
    FaceConsentFacts renewed = f;
    renewed.needsRenewal = false;
    if (f.needsRenewal && isValidFaceConsent(renewed, nowMs))
        return FaceConsentVerdict::NeedsRenewal;
    return FaceConsentVerdict::NoSeparateConsent;
}

} // namespace cd
