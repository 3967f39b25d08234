#include "RetentionRules.h"

#include <QCoreApplication>

namespace cd {

const std::vector<RetentionKind> &allRetentionKinds()
{
    static const std::vector<RetentionKind> all = {RetentionKind::CustomerFields, RetentionKind::VendorCaptures,
                                                   RetentionKind::ClosedRequest, RetentionKind::RenewalLapsed};
    return all;
}

QString retentionKindId(RetentionKind kind)
{
    switch (kind) {
    case RetentionKind::CustomerFields: return QStringLiteral("customer-fields");
    case RetentionKind::VendorCaptures: return QStringLiteral("vendor-captures");
    case RetentionKind::ClosedRequest: return QStringLiteral("closed-request");
    case RetentionKind::RenewalLapsed: return QStringLiteral("renewal-lapsed");
    }
    return {};
}

QString retentionKindName(RetentionKind kind)
{
    switch (kind) {
    case RetentionKind::CustomerFields: return QCoreApplication::translate("cd::Retention", "Customer's personal fields");
    case RetentionKind::VendorCaptures: return QCoreApplication::translate("cd::Retention", "Vendor face captures");
    case RetentionKind::ClosedRequest: return QCoreApplication::translate("cd::Retention", "Closed request");
    case RetentionKind::RenewalLapsed: return QCoreApplication::translate("cd::Retention", "Enrolment awaiting renewal");
    }
    return {};
}

QString retentionRuleText(RetentionKind kind)
{
    switch (kind) {
    case RetentionKind::CustomerFields:
        return QCoreApplication::translate("cd::Retention",
                                           "Erased when the last consent has ended (withdrawn or expired) plus the "
                                           "longest retention period of the purposes consented to.");
    case RetentionKind::VendorCaptures:
        return QCoreApplication::translate("cd::Retention",
                                           "Captures older than the longest retention period of the face purposes "
                                           "are purged at each vendor, once a day.");
    case RetentionKind::ClosedRequest:
        return QCoreApplication::translate("cd::Retention",
                                           "Details, contact, letters and notes are erased the set number of days "
                                           "after the request closed.");
    case RetentionKind::RenewalLapsed:
        return QCoreApplication::translate("cd::Retention",
                                           "Enrolment ends and the vendors erase the face data when a consent "
                                           "needing renewal is not renewed within the grace period.");
    }
    return {};
}

} // namespace cd
