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

} // namespace cd
