#include "ComplianceGate.h"
#include "PiiaService.h"
#include "VendorAgreementService.h"
#include "core/access/Session.h"
#include "core/cameras/CameraInventory.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"

#include <QLoggingCategory>
#include <QStringList>

Q_LOGGING_CATEGORY(lcCompliance, "consentdesk.compliance")

namespace cd {

namespace {

Result<std::vector<ComplianceGap>> piiaGapsFor(Session &session, PiiaScope scope, const QString &subject)
{
    auto piia = PiiaService(session).current(scope, subject);
    if (!piia)
        return piia.error();
    std::optional<PiiaFacts> facts;
    if (piia->has_value())
        facts = piia->value().facts();
    return piiaGaps(scope, subject, facts, session.clock().today());
}

} // namespace

Result<std::vector<ComplianceGap>> ComplianceGate::vendorGaps(const VendorRecord &vendor)
{
    auto agreement = VendorAgreementService(m_session).current(vendor.code);
    if (!agreement)
        return agreement.error();
    std::optional<AgreementFacts> facts;
    if (agreement->has_value())
        facts = agreement->value().facts;
    return agreementGaps(vendor.code, facts, vendor.faceProcessing, m_session.clock().today());
}

Result<std::vector<ComplianceGap>> ComplianceGate::purposeGaps(const Purpose &purpose)
{
    if (!purpose.sensitive)
        return std::vector<ComplianceGap>();
    auto gaps = piiaGapsFor(m_session, PiiaScope::Purpose, purpose.code.trimmed());
    if (!gaps || !purpose.separateConsentRequired)
        return gaps;
    auto vendors = CameraInventory(m_session).vendors();
    if (!vendors)
        return vendors.error();
    for (const VendorRecord &v : vendors.value()) {
        auto more = vendorGaps(v);
        if (!more)
            return more.error();
        gaps->insert(gaps->end(), more->begin(), more->end());
    }
    return gaps;
}

Result<std::vector<ComplianceGap>> ComplianceGate::recognitionGaps(const DeviceRecord &device)
{
    auto gaps = piiaGapsFor(m_session, PiiaScope::Zone, zoneSubjectKey(device.vendorCode, device.zoneKey));
    if (!gaps)
        return gaps;
    auto vendor = CameraInventory(m_session).vendorByCode(device.vendorCode);
    if (!vendor)
        return vendor.error();
    auto more = vendorGaps(vendor.value());
    if (!more)
        return more.error();
    gaps->insert(gaps->end(), more->begin(), more->end());
    return gaps;
}

Result<void> ComplianceGate::checkPurpose(const Purpose &purpose)
{
    auto gaps = purposeGaps(purpose);
    if (!gaps)
        return gaps.error();
    return refuse(QStringLiteral("purpose"), purpose.code.trimmed(),
                  tr("The sensitive purpose %1 cannot be active yet:").arg(purpose.code.trimmed()), gaps.value());
}

Result<void> ComplianceGate::checkRecognition(const DeviceRecord &device)
{
    auto gaps = recognitionGaps(device);
    if (!gaps)
        return gaps.error();
    return refuse(QStringLiteral("camera"), device.vendorCode + QLatin1Char('/') + device.key,
                  tr("Camera %1 cannot recognise faces yet:").arg(device.name), gaps.value());
}

Result<void> ComplianceGate::checkEnrolment(const VendorRecord &vendor)
{
    auto gaps = vendorGaps(vendor);
    if (!gaps)
        return gaps.error();
    return refuse(QStringLiteral("vendor"), vendor.code,
                  tr("Customers cannot be enrolled at vendor %1 yet:").arg(vendor.code), gaps.value());
}

Result<void> ComplianceGate::refuse(const QString &objectType, const QString &objectId, const QString &headline,
                                    const std::vector<ComplianceGap> &gaps)
{
    if (gaps.empty())
        return {};
    QStringList lines{headline};
    QStringList kinds;
    for (const ComplianceGap &g : gaps) {
        lines << QStringLiteral("- ") + describeGap(g);
        kinds << gapKindId(g.kind) + QLatin1Char(':') + g.subject;
    }
    // Who tried to switch face processing on without the records is worth keeping, like any
    // refusal; inside a transaction it is written once the outermost one has ended.
    const qint64 at = m_session.clock().nowMs();
    const qint64 userId = m_session.user().id;
    const QString userName = m_session.user().name;
    const QString detail = kinds.join(QLatin1Char(' ')).left(400);
    auto write = [=](Database &db) {
        return AuditLog::append(db, at, userId, userName, QStringLiteral("compliance.refused"), objectType, objectId,
                                detail);
    };
    Database &db = m_session.db();
    if (!db.inTransaction()) {
        CD_TRY(write(db));
    } else {
        db.afterTransaction([write](Database &later) {
            if (auto r = write(later); !r)
                qCWarning(lcCompliance) << "a compliance refusal could not be audited, code" << int(r.error().code);
        });
    }
    return makeError(ErrorCode::Invalid, lines.join(QLatin1Char('\n')));
}

} // namespace cd
