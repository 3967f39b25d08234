#pragma once
// Impact assessments (PIIA, PIPL Art. 55-56): versions per purpose or recognising camera zone,
// their attachments, and an officer's approval. Records are never deleted, and an approved
// version is never changed (the schema's triggers refuse both): a change is a new version.
#include "ComplianceRecords.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace cd {

class Session;

class PiiaService {
    Q_DECLARE_TR_FUNCTIONS(cd::PiiaService)
public:
    explicit PiiaService(Session &session) : m_session(session) {}

    // Writes the next version for the input's scope and subject, with its attachments.
    Result<PiiaRecord> add(const PiiaInput &input);
    // The officer's approval, dated today. Refused when the keep-until date is less than three
    // years after the later of today and the review date, or the review date has passed.
    Result<PiiaRecord> approve(qint64 id);

    Result<PiiaRecord> get(qint64 id);
    // Every version, newest first within a subject (scope nullopt: both scopes).
    Result<std::vector<PiiaRecord>> list(std::optional<PiiaScope> scope = std::nullopt);
    // The version that counts for a subject: the newest approved one, else the newest draft (a
    // draft of a revision does not unsettle an approved assessment); nullopt when there is none.
    Result<std::optional<PiiaRecord>> current(PiiaScope scope, const QString &subject);
    Result<Attachment> attachment(qint64 attachmentId);

private:
    Result<std::vector<AttachmentInfo>> attachmentsOf(qint64 piiaId);
    Session &m_session;
};

} // namespace cd
