#pragma once
// Value types of the domain. Times are UTC milliseconds since the epoch (0 = not set).
#include "Role.h"

#include <QDate>
#include <QString>
#include <optional>

namespace cd {

struct User {
    qint64 id = 0;
    QString name;         // login name, unique, case-insensitive
    QString displayName;
    Role role = Role::Staff;
    bool active = true;
    qint64 createdAt = 0;
};

struct StoreInfo {
    qint64 id = 0;
    QString code;
    QString name;
    QString address;
};

struct Purpose {
    qint64 id = 0;
    QString code;            // stable short id, e.g. "face-recognition"
    QString nameZh, nameEn;
    QString legalBasis;      // e.g. "consent" (Art. 13(1))
    QString dataCategories;  // comma-separated, e.g. "face,visit-history"
    bool sensitive = false;  // sensitive personal information (Art. 28)
    bool separateConsentRequired = false;  // Art. 29: face data needs its own explicit consent
    int retentionDays = 365;      // how long data collected for it is kept
    int consentValidityDays = 0;  // 0: a consent holds until withdrawn; else it expires
    int revision = 1;        // a change of purpose bumps it; consents of older revisions need renewal
    bool active = true;
    QString displayName(bool chinese) const { return chinese ? nameZh : nameEn; }
};

struct NoticeVersion {
    qint64 id = 0;
    qint64 purposeId = 0;
    int version = 0;
    QString textZh, textEn;
    QString sha256;          // of the exact text shown: see noticeHash()
    qint64 effectiveAt = 0;
    qint64 createdAt = 0;
};

// SHA-256 (hex) over the UTF-8 bytes of "zh:" + textZh + "\nen:" + textEn: both languages are
// one notice, whichever the customer read.
QString noticeHash(const QString &textZh, const QString &textEn);

enum class AgeBand { Unknown, Under14, From14To17, Adult };
QString ageBandId(AgeBand band);
AgeBand ageBandFromId(const QString &id);
QString ageBandDisplayName(AgeBand band);

struct SubjectInput {
    QString name;
    QString phone;
    std::optional<QDate> birthDate;
    AgeBand ageBand = AgeBand::Unknown;  // used when the birth date is not given
};

struct Subject {
    qint64 id = 0;
    QString pseudonym;    // "S-…": the only id that leaves the database (vendors, exports)
    QString name;
    QString phone;
    std::optional<QDate> birthDate;
    AgeBand ageBand = AgeBand::Unknown;
    bool minor = false;   // under 14 at registration: a guardian must consent (Art. 31)
    qint64 createdAt = 0;
};

// Masked forms for lists: "张*", "138****5678".
QString maskName(const QString &name);
QString maskPhone(const QString &phone);
// The age rule (Art. 31), the only one: under 14 on `onDate` from the birth date when known
// (exact on the day), else from the age band when given, else the `minor` flag stored at
// registration. The flag comes last because it is a judgement of the registration day; the band
// and the birth date are facts. Unknown in every way counts as not under 14, as at registration.
bool isUnder14(const SubjectInput &s, const QDate &onDate);
// The same from the stored columns: birth_date (ISO, may be empty), age_band (id), minor.
bool isUnder14(const QString &birthDateIso, const QString &ageBandIdText, bool storedMinor, const QDate &onDate);

enum class ConsentMethod { CounterTablet, PaperForm, Kiosk };
QString methodId(ConsentMethod m);
std::optional<ConsentMethod> methodFromId(const QString &id);
QString methodDisplayName(ConsentMethod m);

enum class ConsentStatus { Granted, Withdrawn, Expired, Superseded };
QString statusId(ConsentStatus s);
std::optional<ConsentStatus> statusFromId(const QString &id);
QString statusDisplayName(ConsentStatus s);

struct Guardian {
    QString name;
    QString relation;   // e.g. "parent"
    bool consented = false;
};

struct Consent {
    qint64 id = 0;
    qint64 subjectId = 0;
    qint64 purposeId = 0;
    int purposeRevision = 0;
    qint64 noticeVersionId = 0;
    QString noticeSha256;
    ConsentMethod method = ConsentMethod::CounterTablet;
    qint64 staffUserId = 0;
    qint64 storeId = 0;
    qint64 grantedAt = 0;
    bool separateConsent = false;
    std::optional<Guardian> guardian;
    ConsentStatus status = ConsentStatus::Granted;
    bool needsRenewal = false;
    qint64 expiresAt = 0;
    qint64 withdrawnAt = 0;
    QString withdrawalChannel;
    qint64 withdrawnBy = 0;
};

// One row of the consents list: what a list may show (masked), joined for display.
struct ConsentRow {
    qint64 id = 0;
    QString pseudonym;
    QString maskedName;
    QString maskedPhone;
    QString purposeCode;
    QString purposeName;   // in the language asked for
    int noticeVersion = 0;
    ConsentMethod method = ConsentMethod::CounterTablet;
    ConsentStatus status = ConsentStatus::Granted;
    bool separateConsent = false;
    bool guardian = false;
    bool needsRenewal = false;
    qint64 grantedAt = 0;
    qint64 withdrawnAt = 0;
    QString staffName;
    QString storeCode;
};

} // namespace cd
