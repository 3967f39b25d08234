#include "OpenItems.h"
#include "FilingService.h"
#include "IncidentService.h"
#include "ComplianceGate.h"
#include "VendorAgreementService.h"
#include "core/access/Session.h"
#include "core/cameras/CameraInventory.h"
#include "core/consent/PurposeService.h"

#include <QSet>

namespace cd {

QString openItemKindId(const OpenItem &item)
{
    switch (item.kind) {
    case OpenItem::Gap: return QStringLiteral("gap:") + gapKindId(item.gap.kind);
    case OpenItem::AgreementExpiring: return QStringLiteral("agreement-expiring");
    case OpenItem::AgreementLapsed: return QStringLiteral("agreement-lapsed");
    case OpenItem::ZoneWithoutSign: return QStringLiteral("zone-without-sign");
    case OpenItem::UnfiledThreshold: return QStringLiteral("unfiled-threshold");
    case OpenItem::OpenIncident: return QStringLiteral("open-incident");
    }
    return {};
}

QString describeOpenItem(const OpenItem &item)
{
    const QString date = item.date.toString(Qt::ISODate);
    switch (item.kind) {
    case OpenItem::Gap:
        return describeGap(item.gap);
    case OpenItem::AgreementExpiring:
        return OpenItems::tr("The agreement with vendor %1 ends on %2: record its renewal before then.").arg(item.subject, date);
    case OpenItem::AgreementLapsed:
        return OpenItems::tr("The agreement with vendor %1 ended on %2: record the new agreement.").arg(item.subject, date);
    case OpenItem::ZoneWithoutSign:
        return OpenItems::tr("Camera zone %1 has a camera switched on but no sign record (PIPL Art. 26).")
            .arg(item.name.isEmpty() ? item.subject : item.name);
    case OpenItem::UnfiledThreshold:
        return OpenItems::tr("The filing threshold was crossed on %1; the filing is due by %2 and not recorded yet.")
            .arg(date, item.due.toString(Qt::ISODate));
    case OpenItem::OpenIncident:
        return OpenItems::tr("Security incident \"%1\", found on %2, is still open: record the notifications and "
                             "close it.").arg(item.subject, date);
    }
    return {};
}

namespace {

QString complianceTab(const char *tab) { return QLatin1String(kCompliancePageId) + QLatin1Char('/') + QLatin1String(tab); }

OpenItem gapItem(const ComplianceGap &gap)
{
    const bool assessment = gap.kind == ComplianceGap::PiiaMissing || gap.kind == ComplianceGap::PiiaNotApproved
        || gap.kind == ComplianceGap::PiiaReviewDue;
    OpenItem item;
    item.kind = OpenItem::Gap;
    item.gap = gap;
    item.subject = gap.subject;
    item.date = gap.date;
    item.pageId = complianceTab(assessment ? "piias" : "agreements");
    return item;
}

} // namespace

Result<std::vector<OpenItem>> OpenItems::list()
{
    CD_TRY(m_session.ensureUnlocked());
    if (!roleAllows(m_session.user().role, Permission::ViewAudit))
        CD_TRY(m_session.require(Permission::ViewCompliance, QStringLiteral("compliance.open-items")));
    const QDate today = m_session.clock().today();
    std::vector<OpenItem> items;
    QSet<QString> seen;  // a vendor's agreement gap counts once, however many purposes and zones need it
    auto addGaps = [&](const std::vector<ComplianceGap> &gaps) {
        for (const ComplianceGap &g : gaps) {
            const QString key = gapKindId(g.kind) + QLatin1Char('\x1f') + g.subject;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            items.push_back(gapItem(g));
        }
    };

    ComplianceGate gate(m_session);
    auto purposes = PurposeService(m_session).list();  // active ones only
    if (!purposes)
        return purposes.error();
    for (const Purpose &p : purposes.value()) {
        auto gaps = gate.purposeGaps(p);  // nothing for a purpose that is not sensitive
        if (!gaps)
            return gaps.error();
        addGaps(gaps.value());
    }
    CameraInventory inventory(m_session);
    auto devices = inventory.devices();
    if (!devices)
        return devices.error();
    QSet<qint64> zonesInUse;
    for (const DeviceRecord &d : devices.value()) {
        if (d.mode == CameraMode::Off)
            continue;
        zonesInUse.insert(d.zoneId);
        if (d.mode != CameraMode::IdentifyConsented)
            continue;
        auto gaps = gate.recognitionGaps(d);
        if (!gaps)
            return gaps.error();
        addGaps(gaps.value());
    }

    auto agreements = VendorAgreementService(m_session).list();  // the version in force per vendor
    if (!agreements)
        return agreements.error();
    for (const AgreementRecord &a : agreements.value()) {
        const QDate until = a.facts.validUntil;
        if (!until.isValid())
            continue;  // a gap of its own (the period is missing) where it matters
        OpenItem item;
        item.subject = a.vendorCode;
        item.date = until;
        item.pageId = complianceTab("agreements");
        if (until < today) {
            if (seen.contains(gapKindId(ComplianceGap::AgreementExpired) + QLatin1Char('\x1f') + a.vendorCode))
                continue;  // already listed as the gap that stops face processing
            item.kind = OpenItem::AgreementLapsed;
        } else if (today.daysTo(until) <= kAgreementWarningDays) {
            item.kind = OpenItem::AgreementExpiring;
        } else {
            continue;
        }
        items.push_back(item);
    }

    auto zones = inventory.zones();
    if (!zones)
        return zones.error();
    auto vendors = inventory.vendors();
    if (!vendors)
        return vendors.error();
    for (const ZoneRecord &z : zones.value()) {
        if (z.currentSign || !zonesInUse.contains(z.id))
            continue;
        QString vendorCode;
        for (const VendorRecord &v : vendors.value())
            if (v.id == z.vendorId)
                vendorCode = v.code;
        OpenItem item;
        item.kind = OpenItem::ZoneWithoutSign;
        item.subject = zoneSubjectKey(vendorCode, z.key);
        item.name = z.name;
        item.pageId = QLatin1String(kCamerasPageId);
        items.push_back(item);
    }
    // The filing owed since the threshold was reached, and the incidents not yet closed.
    auto filing = FilingService(m_session).current();
    if (!filing)
        return filing.error();
    if (filing.value() && filing.value()->open()) {
        OpenItem item;
        item.kind = OpenItem::UnfiledThreshold;
        item.date = filing.value()->crossedOn;
        item.due = filing.value()->deadline;
        item.pageId = complianceTab("filing");
        items.push_back(item);
    }
    auto incidents = IncidentService(m_session).list(true);
    if (!incidents)
        return incidents.error();
    for (const IncidentRecord &r : incidents.value()) {
        OpenItem item;
        item.kind = OpenItem::OpenIncident;
        item.subject = r.facts.title;
        item.date = QDateTime::fromMSecsSinceEpoch(r.facts.foundAt).toLocalTime().date();
        item.pageId = complianceTab("incidents");
        items.push_back(item);
    }

    for (OpenItem &item : items)
        item.sentence = describeOpenItem(item);
    return items;
}

} // namespace cd
