#pragma once
// Data subjects (customers). Lists show masked names and phones; reading a subject's full
// record is a view of personal data and is audited every time.
#include "core/base/Result.h"
#include "core/domain/Records.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Session;

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

private:
    Session &m_session;
};

} // namespace cd
