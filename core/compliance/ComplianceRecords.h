#pragma once
// What the console records about impact assessments and vendor agreements: plain values shared
// by the compliance services, the CLI and the pages.
#include "core/domain/Compliance.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <vector>

namespace cd {

struct Attachment {
    QString fileName;    // the name it had, for the reader; never a path
    QByteArray content;  // kept inside the encrypted database
};

struct AttachmentInfo {
    qint64 id = 0;
    QString fileName;
    qint64 size = 0;
    QString sha256;
};

// One version of an impact assessment. Its contents are those PIPL Art. 56 names.
struct PiiaInput {
    PiiaScope scope = PiiaScope::Purpose;
    QString subject;   // purpose code, or zoneSubjectKey(vendor, zone)
    QString title;
    QString legality;  // whether purpose and method are lawful, legitimate and necessary
    QString impact;    // the impact on individuals' rights and interests, and the security risks
    QString measures;  // whether the protective measures are lawful, effective and proportionate
    QDate reviewOn;
    QDate keepUntil;   // null: the earliest the rule allows
    std::vector<Attachment> attachments;
};

struct PiiaRecord {
    qint64 id = 0;
    PiiaScope scope = PiiaScope::Purpose;
    QString subject;
    int version = 0;
    QString title, legality, impact, measures;
    QDate reviewOn, keepUntil;
    qint64 createdAt = 0;
    qint64 approvedBy = 0;
    QString approvedByName;
    QDate approvedOn;
    qint64 approvedAt = 0;
    std::vector<AttachmentInfo> attachments;

    PiiaFacts facts() const { return PiiaFacts{approvedBy, approvedOn, reviewOn, keepUntil}; }
};

// One version of the agreement with a vendor. Fields may be left empty when the contract does not
// settle them: it is recorded as it is, and the gate names what it lacks.
struct AgreementInput {
    QString vendorCode;
    QString reference;  // the contract's number or title
    AgreementFacts facts;
    Attachment document;  // optional: the signed contract
};

struct AgreementRecord {
    qint64 id = 0;
    QString vendorCode;
    int version = 0;
    QString reference;
    AgreementFacts facts;
    QString documentSha256;  // empty: no document attached
    qint64 createdAt = 0;
};

// The filing with the authority (core/domain/Filing.h): when the threshold was reached, the
// deadline, and once recorded the filing itself.
struct FilingRecord {
    qint64 id = 0;
    QDate crossedOn;
    qint64 holders = 0;    // the count on that day
    qint64 threshold = 0;  // the threshold then
    QDate deadline;
    bool deadlineEstimated = false;  // counted Monday-Friday for a year outside the calendar
    QDate filedOn;         // null: not filed yet
    QString authority, reference;
    QString documentSha256;  // empty: no document attached
    bool withdrawn = false;  // the threshold was raised above the count before anything was filed
    bool filed() const { return filedOn.isValid(); }
    bool open() const { return !filed() && !withdrawn; }
};

struct FilingInput {
    QDate filedOn;
    QString authority;   // e.g. the city's cyberspace administration office
    QString reference;   // the receipt's number
    Attachment document; // optional: the receipt
};

// A security incident (PIPL Art. 57) and the notifications it required.
struct IncidentInput {
    QString title;
    QString description;     // what happened
    qint64 occurredAt = 0;   // 0: not known
    qint64 foundAt = 0;      // 0: now
    QString categories;      // categories of personal information involved
    qint64 peopleAffected = 0;
    QString measures;        // remedial measures taken
};

struct IncidentRecord {
    qint64 id = 0;
    IncidentInput facts;
    qint64 authorityNotifiedAt = 0;
    QString authorityName;
    qint64 peopleNotifiedAt = 0;
    QString peopleNotNotifiedReason;
    qint64 closedAt = 0;
    qint64 createdAt = 0;
    bool open() const { return closedAt == 0; }
};

} // namespace cd
