#pragma once
// What the officer still has to put right, as a list: each item has a kind, a translated
// sentence and the page that fixes it. The rules are not written here: impact-assessment and
// agreement gaps come from ComplianceGate (the same gaps that refuse face processing), agreement
// validity from domain/Compliance.h, signs from CameraInventory's current sign records. The
// dashboard shows the list; the evidence report (Part 6) can print it.
#include "core/base/Result.h"
#include "core/domain/Compliance.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <vector>

namespace cd {

class Session;

// Page ids (ui/shell/ConsolePages.cpp) an item points at. After a '/', the part of the page that
// fixes it: the compliance page's tab (piias, agreements, filing, incidents).
inline constexpr const char *kCompliancePageId = "compliance";
inline constexpr const char *kCamerasPageId = "cameras";

struct OpenItem {
    enum Kind {
        Gap,                // `gap`: a PIIA or agreement gap of an active sensitive purpose or a recognising zone
        AgreementExpiring,  // the agreement with vendor `subject` ends on `date`, within kAgreementWarningDays
        AgreementLapsed,    // ... ended on `date` (listed even when no face processing depends on it now)
        ZoneWithoutSign,    // zone `subject` ("vendor/zone", `name`) has a camera that is not off and no current sign
        // Filled by the filing record and the incident register (page "compliance"), which add
        // their items in OpenItems::list(): the threshold crossed on `date` and not yet filed
        // (deadline `due`), and incident `subject` still open.
        UnfiledThreshold,
        OpenIncident,
    };
    Kind kind = Gap;
    ComplianceGap gap;  // for Gap
    QString subject;    // vendor code, "vendor/zone", incident reference
    QString name;       // a zone's display name
    QDate date;
    QDate due;
    QString pageId;     // the page that fixes it, e.g. "compliance/filing"
    QString sentence;   // translated when listed; describeOpenItem() again after a language change
};

// A stable id for tests and scripts: "gap:piia-missing", "agreement-expiring", "zone-without-sign", …
QString openItemKindId(const OpenItem &item);
// One translated sentence saying what is open and what to do.
QString describeOpenItem(const OpenItem &item);

class OpenItems {
    Q_DECLARE_TR_FUNCTIONS(cd::OpenItems)
public:
    static constexpr int kAgreementWarningDays = 30;

    explicit OpenItems(Session &session) : m_session(session) {}

    // Every open item on the session clock's today, gaps first. Needs ViewCompliance or ViewAudit
    // (a refusal is audited).
    Result<std::vector<OpenItem>> list();

private:
    Session &m_session;
};

} // namespace cd
