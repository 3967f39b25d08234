#include "PiiaService.h"
#include "core/access/Session.h"
#include "core/crypto/Crypto.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"

namespace cd {

namespace {

#define PIIA_SELECT                                                                                           \
    "SELECT p.id, p.scope, p.subject, p.version, p.title, p.legality, p.impact, p.measures, p.review_on, "   \
    "p.keep_until, p.created_at, coalesce(p.approved_by, 0), coalesce(u.name, ''), coalesce(p.approved_on, ''), " \
    "coalesce(p.approved_at, 0) FROM piias p LEFT JOIN users u ON u.id = p.approved_by "

PiiaRecord readPiia(const Query &q)
{
    PiiaRecord r;
    r.id = q.int64(0);
    r.scope = piiaScopeFromId(q.text(1)).value_or(PiiaScope::Purpose);
    r.subject = q.text(2);
    r.version = int(q.int64(3));
    r.title = q.text(4);
    r.legality = q.text(5);
    r.impact = q.text(6);
    r.measures = q.text(7);
    r.reviewOn = QDate::fromString(q.text(8), Qt::ISODate);
    r.keepUntil = QDate::fromString(q.text(9), Qt::ISODate);
    r.createdAt = q.int64(10);
    r.approvedBy = q.int64(11);
    r.approvedByName = q.text(12);
    r.approvedOn = QDate::fromString(q.text(13), Qt::ISODate);
    r.approvedAt = q.int64(14);
    return r;
}

bool validSubject(PiiaScope scope, const QString &subject)
{
    if (subject.trimmed().isEmpty() || subject != subject.trimmed())
        return false;
    if (scope == PiiaScope::Purpose)
        return true;
    const qsizetype slash = subject.indexOf(QLatin1Char('/'));
    return slash > 0 && slash < subject.size() - 1;
}

} // namespace

Result<PiiaRecord> PiiaService::add(const PiiaInput &in)
{
    CD_TRY(m_session.require(Permission::ManageCompliance, QStringLiteral("piia.add")));
    if (!validSubject(in.scope, in.subject))
        return makeError(ErrorCode::Invalid, in.scope == PiiaScope::Purpose
                                                 ? tr("Name the purpose the assessment is about by its code.")
                                                 : tr("Name the camera zone as vendor/zone, e.g. simvendor/entrance."));
    // Art. 56 names the contents; an assessment without one of them is not an assessment.
    const std::pair<const QString *, QString> parts[] = {
        {&in.title, tr("a title")},
        {&in.legality, tr("whether the purpose and method are lawful, legitimate and necessary")},
        {&in.impact, tr("the impact on individuals' rights and interests and the security risks")},
        {&in.measures, tr("whether the protective measures are lawful, effective and proportionate")}};
    for (const auto &[text, name] : parts) {
        if (text->trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, tr("The assessment must state %1 (PIPL Art. 56).").arg(name));
    }
    const QDate today = m_session.clock().today();
    if (!in.reviewOn.isValid() || in.reviewOn < today)
        return makeError(ErrorCode::Invalid, tr("Give a review date that has not passed."));
    const QDate earliest = earliestKeepUntil(today, in.reviewOn);
    const QDate keepUntil = in.keepUntil.isValid() ? in.keepUntil : earliest;
    if (keepUntil < earliest)
        return makeError(ErrorCode::Invalid, tr("The assessment must be kept until %1 at least: three years after "
                                                "its review date (PIPL Art. 56).").arg(earliest.toString(Qt::ISODate)));
    for (const Attachment &a : in.attachments) {
        if (a.fileName.trimmed().isEmpty() || a.content.isEmpty())
            return makeError(ErrorCode::Invalid, tr("An attachment needs a name and content."));
    }

    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto last = db.query("SELECT coalesce(max(version), 0) FROM piias WHERE scope = ?1 AND subject = ?2");
    last.bind(1, piiaScopeId(in.scope)).bind(2, in.subject);
    CD_TRY(last.single());
    const int version = int(last.int64(0)) + 1;
    const qint64 now = m_session.clock().nowMs();
    auto q = db.query("INSERT INTO piias(scope, subject, version, title, legality, impact, measures, review_on, "
                      "keep_until, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    q.bind(1, piiaScopeId(in.scope)).bind(2, in.subject).bind(3, version).bind(4, in.title.trimmed());
    q.bind(5, in.legality.trimmed()).bind(6, in.impact.trimmed()).bind(7, in.measures.trimmed());
    q.bind(8, in.reviewOn.toString(Qt::ISODate)).bind(9, keepUntil.toString(Qt::ISODate));
    q.bindOptional(10, m_session.user().id, m_session.user().id != 0).bind(11, now);
    CD_TRY(q.run());
    const qint64 id = db.lastInsertRowId();
    QStringList hashes;
    for (const Attachment &a : in.attachments) {
        const QString hash = crypto::sha256Hex(a.content);
        auto qa = db.query("INSERT INTO piia_attachments(piia_id, file_name, content, sha256, added_by, added_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        qa.bind(1, id).bind(2, a.fileName.trimmed()).bindBlob(3, a.content).bind(4, hash);
        qa.bindOptional(5, m_session.user().id, m_session.user().id != 0).bind(6, now);
        CD_TRY(qa.run());
        hashes << hash;
    }
    CD_TRY(AuditLog::append(m_session, QStringLiteral("piia.add"), QStringLiteral("piia"),
                            QStringLiteral("%1 %2 v%3").arg(piiaScopeId(in.scope), in.subject).arg(version),
                            QStringLiteral("review %1; keep until %2; attachments sha256 [%3]")
                                .arg(in.reviewOn.toString(Qt::ISODate), keepUntil.toString(Qt::ISODate),
                                     hashes.join(QLatin1Char(',')))));
    CD_TRY(tx.commit());
    return get(id);
}

Result<PiiaRecord> PiiaService::approve(qint64 id)
{
    CD_TRY(m_session.require(Permission::ApprovePiia, QStringLiteral("piia.approve")));
    auto record = get(id);
    if (!record)
        return record.error();
    if (record->approvedOn.isValid())
        return makeError(ErrorCode::Conflict, tr("Version %1 of this assessment was approved on %2 already.")
                                                  .arg(record->version)
                                                  .arg(record->approvedOn.toString(Qt::ISODate)));
    const QDate today = m_session.clock().today();
    if (record->reviewOn < today)
        return makeError(ErrorCode::Invalid, tr("Its review date %1 has passed: write a new version with a new "
                                                "review date.").arg(record->reviewOn.toString(Qt::ISODate)));
    const QDate earliest = earliestKeepUntil(today, record->reviewOn);
    if (record->keepUntil < earliest)
        return makeError(ErrorCode::Invalid, tr("The assessment must be kept until %1 at least: three years after "
                                                "its review date (PIPL Art. 56).").arg(earliest.toString(Qt::ISODate)));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("UPDATE piias SET approved_by = ?2, approved_at = ?3, approved_on = ?4 "
                      "WHERE id = ?1 AND approved_on IS NULL");
    q.bind(1, id).bindOptional(2, m_session.user().id, m_session.user().id != 0);
    q.bind(3, m_session.clock().nowMs()).bind(4, today.toString(Qt::ISODate));
    CD_TRY(q.run());
    if (db.changes() != 1)
        return makeError(ErrorCode::Conflict, tr("The assessment was changed meanwhile; try again."));
    CD_TRY(AuditLog::append(m_session, QStringLiteral("piia.approve"), QStringLiteral("piia"),
                            QStringLiteral("%1 %2 v%3").arg(piiaScopeId(record->scope), record->subject).arg(record->version),
                            QStringLiteral("review %1; keep until %2")
                                .arg(record->reviewOn.toString(Qt::ISODate), record->keepUntil.toString(Qt::ISODate))));
    CD_TRY(tx.commit());
    return get(id);
}

Result<PiiaRecord> PiiaService::get(qint64 id)
{
    CD_TRY(m_session.require(Permission::ViewCompliance, QStringLiteral("piia.view")));
    auto q = m_session.db().query(PIIA_SELECT "WHERE p.id = ?1");
    q.bind(1, id);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("There is no impact assessment with the id %1.").arg(id))));
    PiiaRecord r = readPiia(q);
    auto files = attachmentsOf(id);
    if (!files)
        return files.error();
    r.attachments = std::move(files.value());
    return r;
}

Result<std::vector<PiiaRecord>> PiiaService::list(std::optional<PiiaScope> scope)
{
    CD_TRY(m_session.require(Permission::ViewCompliance, QStringLiteral("piia.view")));
    auto q = m_session.db().query(PIIA_SELECT "WHERE ?1 = '' OR p.scope = ?1 ORDER BY p.scope, p.subject, p.version DESC");
    q.bind(1, scope ? piiaScopeId(*scope) : QStringLiteral(""));
    auto rows = q.collect(readPiia);
    if (!rows)
        return rows.error();
    for (PiiaRecord &r : rows.value()) {
        auto files = attachmentsOf(r.id);
        if (!files)
            return files.error();
        r.attachments = std::move(files.value());
    }
    return rows;
}

Result<std::optional<PiiaRecord>> PiiaService::current(PiiaScope scope, const QString &subject)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query(PIIA_SELECT "WHERE p.scope = ?1 AND p.subject = ?2 "
                                  "ORDER BY p.approved_on IS NOT NULL DESC, p.version DESC LIMIT 1");
    q.bind(1, piiaScopeId(scope)).bind(2, subject);
    auto row = q.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<PiiaRecord>();
    return std::optional<PiiaRecord>(readPiia(q));
}

Result<Attachment> PiiaService::attachment(qint64 attachmentId)
{
    CD_TRY(m_session.require(Permission::ViewCompliance, QStringLiteral("piia.view")));
    auto q = m_session.db().query("SELECT file_name, content FROM piia_attachments WHERE id = ?1");
    q.bind(1, attachmentId);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("There is no attachment with the id %1.").arg(attachmentId))));
    return Attachment{q.text(0), q.blob(1)};
}

Result<std::vector<AttachmentInfo>> PiiaService::attachmentsOf(qint64 piiaId)
{
    auto q = m_session.db().query("SELECT id, file_name, length(content), sha256 FROM piia_attachments "
                                  "WHERE piia_id = ?1 ORDER BY id");
    q.bind(1, piiaId);
    return q.collect([](const Query &r) { return AttachmentInfo{r.int64(0), r.text(1), r.int64(2), r.text(3)}; });
}

} // namespace cd
