#pragma once
// The one rule for "this consent lets us process the subject's face data" (PIPL Art. 29, 31),
// written once in C++ and once as the SQL fragment every query uses. The two are kept equal by
// tests/core/domain/tst_rules.cpp, which evaluates both on the same rows.
#include "Records.h"

namespace cd {

// A consent row `c` joined to its purpose `p` is a valid face consent when it is granted, was
// given as a separate consent, does not need renewal, has not expired, and its purpose is active
// and asks for separate consent. The query binds the current time (UTC ms) to ?20, a number far
// above any other parameter, so the fragment fits any statement.
#define CD_VALID_FACE_CONSENT_SQL                                                                     \
    "(+c.status = 'granted' AND c.separate_consent = 1 AND c.needs_renewal = 0 AND p.active = 1 "     \
    "AND p.separate_consent_required = 1 AND (c.expires_at IS NULL OR c.expires_at > ?20))"
inline constexpr int kFaceConsentNowParameter = 20;

struct FaceConsentFacts {
    ConsentStatus status = ConsentStatus::Granted;
    bool separateConsent = false;
    bool needsRenewal = false;
    qint64 expiresAt = 0;  // 0: does not expire
    bool purposeActive = false;
    bool purposeRequiresSeparateConsent = false;
};

bool isValidFaceConsent(const FaceConsentFacts &facts, qint64 nowMs);

// Enrolment needs more than a valid face consent: a child under 14 needs the guardian's too.
enum class FaceConsentVerdict { Valid, NoSeparateConsent, NeedsRenewal, GuardianMissing };
FaceConsentVerdict judgeFaceConsent(const FaceConsentFacts &facts, bool under14, bool guardianConsented,
                                    qint64 nowMs);

} // namespace cd
