#pragma once
// Data subjects (customers). Lists show masked names and phones; reading a subject's full
// record is a view of personal data and is audited every time.
#include "core/base/Result.h"
#include "core/domain/Records.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace cd {

class Session;

// A correction of a customer's personal fields (Art. 46): only the fields given change.
struct SubjectCorrection {
    std::optional<QString> name;
    std::optional<QString> phone;
    std::optional<QDate> birthDate;
    bool isEmpty() const { return !name && !phone && !birthDate; }
};

struct CorrectionRecord {
    qint64 id = 0;
    QString field;  // "name", "phone", "birth-date"
    QString before;
    QString after;
    qint64 at = 0;
};

struct SubjectMatch {  // what a search result may show
    qint64 id = 0;
    QString pseudonym;
    QString maskedName;
    QString maskedPhone;
    bool minor = false;  // under 14 today, by the one age rule (Records.h)
};

class SubjectService {
    Q_DECLARE_TR_FUNCTIONS(cd::SubjectService)
public:
    explicit SubjectService(Session &session) : m_session(session) {}

    Result<Subject> create(const SubjectInput &input);
    // Exact phone, pseudonym, or name prefix. Masked results; not a view of personal data.
    Result<std::vector<SubjectMatch>> search(const QString &text, int limit = 20);
    Result<SubjectMatch> findByPseudonym(const QString &pseudonym);
    // The full record (audited as "subject.view").
    Result<Subject> view(qint64 subjectId);
    // Corrects the fields given (officer). Each changed field's before and after go into
    // subject_corrections (encrypted, erased with the customer); the audit entry names the
    // fields only. Returns the fields that changed (none when the values were already so).
    Result<QStringList> correct(qint64 subjectId, const SubjectCorrection &correction, qint64 requestId = 0);
    // The before/after of the corrections made for a request (a view of personal data: audited).
    Result<std::vector<CorrectionRecord>> corrections(qint64 requestId);

private:
    Session &m_session;
};

} // namespace cd
