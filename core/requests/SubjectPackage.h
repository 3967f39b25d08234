#pragma once
// What a customer gets for an access, copy or portability request (PIPL Art. 45): what is held
// about them, why, since when, for how long, and who it was shared with — as a letter in their
// language (rendered to PDF by core/reporting) and as machine-readable JSON and CSV copies.
// Core reads the store; what each vendor reports holding is filled in by vendors/ (only it can
// ask a vendor).
#include "ResponseLetter.h"
#include "core/base/Result.h"

#include <QDate>
#include <QMap>
#include <optional>
#include <vector>

namespace cd {

class Session;

struct PackageConsent {
    qint64 id = 0;
    QString purposeCode, purpose, legalBasis, dataCategories;
    bool sensitive = false, separateConsent = false, guardianConsent = false;
    int purposeRevision = 0, noticeVersion = 0;
    QString noticeSha256, method, store, status;
    qint64 grantedAt = 0, endedAt = 0, expiresAt = 0;  // 0: not ended / no expiry
    int retentionDays = 0;
    QDate keptUntil;  // invalid while the consent lasts: then kept for retentionDays after it ends
};

struct PackageVendor {
    QString code, name;
    qint64 enrolledAt = 0, endedAt = 0;  // 0: never enrolled there / still enrolled
    bool answered = false;               // the vendor reported what it holds
    QString error;                       // why it did not
    QMap<QString, qint64> held;          // what it reported, by kind
};

struct PackageRequest {
    qint64 id = 0;
    QString type, state;
    qint64 receivedAt = 0, closedAt = 0;
};

struct SubjectPackage {
    qint64 requestId = 0;
    QString requestType;
    QString language;
    qint64 generatedAt = 0;
    QString pseudonym, name, phone, ageBand;
    std::optional<QDate> birthDate;
    bool minor = false;
    qint64 createdAt = 0, erasedAt = 0;
    std::vector<PackageConsent> consents;
    std::vector<PackageVendor> vendors;  // every vendor the customer was shared with or that holds data
    std::vector<PackageRequest> requests;
};

class SubjectPackages {
public:
    explicit SubjectPackages(Session &session) : m_session(session) {}

    // The store's part; a view of personal data (audited through SubjectService::view). The
    // vendors are those the customer was enrolled at, not yet asked.
    Result<SubjectPackage> build(qint64 subjectId, qint64 requestId, const QString &language);

    static QByteArray toJson(const SubjectPackage &p);
    // One record per line: record, id, field, value (RFC 4180 quoting, UTF-8).
    static QByteArray toCsv(const SubjectPackage &p);
    // The letter that goes with the copies, in the package's language.
    static ResponseLetter letter(const SubjectPackage &p);

private:
    Session &m_session;
};

} // namespace cd
