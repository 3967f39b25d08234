#pragma once
// The retention rules: one per kind of personal data the store holds, each with where its
// period comes from (docs/erasure.md, "Retention"). Written once; the service computes due
// dates from them and the UI and the CLI show them.
#include <QString>
#include <vector>

namespace cd {

enum class RetentionKind {
    CustomerFields,  // a customer's personal fields, after their last consent ended
    VendorCaptures,  // face captures held by a camera vendor (purge-before at each vendor)
    ClosedRequest,   // a closed data-subject request: its details, contact, letters, notes
    RenewalLapsed,   // an enrolment whose face consent needs renewal and was not renewed in time
};

const std::vector<RetentionKind> &allRetentionKinds();
QString retentionKindId(RetentionKind kind);     // "customer-fields", ...
QString retentionKindName(RetentionKind kind);   // translated
QString retentionRuleText(RetentionKind kind);   // translated: what the period is and where it comes from

// Settings in `meta` (officer): the period for closed requests and the renewal grace period.
inline constexpr const char *kClosedRequestDaysKey = "retention.closed_request_days";
inline constexpr const char *kRenewalGraceDaysKey = "retention.renewal_grace_days";
inline constexpr int kDefaultClosedRequestDays = 1095;  // three years, as Art. 56 keeps PIIA records
inline constexpr int kDefaultRenewalGraceDays = 30;
inline constexpr qint64 kDayMs = 86'400'000;

} // namespace cd
