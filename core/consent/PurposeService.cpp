#include "PurposeService.h"
#include "core/ledgers/AuditLog.h"
#include "core/access/Session.h"
#include "core/compliance/ComplianceGate.h"
#include "core/crypto/Crypto.h"
#include "core/store/Database.h"

namespace cd {

namespace {

#define PURPOSE_COLUMNS                                                                                    \
    "id, code, name_zh, name_en, legal_basis, data_categories, sensitive, separate_consent_required, "    \
    "retention_days, consent_validity_days, revision, active"
#define NOTICE_COLUMNS "id, purpose_id, version, text_zh, text_en, sha256, effective_at, created_at"

Purpose readPurpose(const Query &q)
{
    Purpose p;
    p.id = q.int64(0);
    p.code = q.text(1);
    p.nameZh = q.text(2);
    p.nameEn = q.text(3);
    p.legalBasis = q.text(4);
    p.dataCategories = q.text(5);
    p.sensitive = q.int64(6) != 0;
    p.separateConsentRequired = q.int64(7) != 0;
    p.retentionDays = int(q.int64(8));
    p.consentValidityDays = int(q.int64(9));
    p.revision = int(q.int64(10));
    p.active = q.int64(11) != 0;
    return p;
}

NoticeVersion readNotice(const Query &q)
{
    NoticeVersion n;
    n.id = q.int64(0);
    n.purposeId = q.int64(1);
    n.version = int(q.int64(2));
    n.textZh = q.text(3);
    n.textEn = q.text(4);
    n.sha256 = q.text(5);
    n.effectiveAt = q.int64(6);
    n.createdAt = q.int64(7);
    return n;
}

bool involvesFaceData(const Purpose &p)
{
    return p.dataCategories.contains(QLatin1String("face"), Qt::CaseInsensitive);
}

// The same fields decide whether a change is a change of purpose (Art. 14).
bool sameMeaning(const Purpose &a, const Purpose &b)
{
    return a.legalBasis == b.legalBasis && a.dataCategories == b.dataCategories && a.sensitive == b.sensitive
        && a.separateConsentRequired == b.separateConsentRequired && a.retentionDays == b.retentionDays
        && a.consentValidityDays == b.consentValidityDays;
}

} // namespace

Result<std::vector<Purpose>> PurposeService::list(bool includeInactive)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT " PURPOSE_COLUMNS " FROM purposes WHERE active = 1 OR ?1 ORDER BY code");
    q.bind(1, includeInactive);
    return q.collect(readPurpose);
}

Result<Purpose> PurposeService::get(qint64 id)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT " PURPOSE_COLUMNS " FROM purposes WHERE id = ?1");
    q.bind(1, id);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("The purpose was not found."))));
    return readPurpose(q);
}

Result<Purpose> PurposeService::findByCode(const QString &code)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT " PURPOSE_COLUMNS " FROM purposes WHERE code = ?1");
    q.bind(1, code.trimmed());
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("There is no purpose with the code %1.").arg(code))));
    return readPurpose(q);
}

static Result<void> validatePurpose(const Purpose &p)
{
    if (p.code.trimmed().isEmpty() || p.nameZh.trimmed().isEmpty() || p.nameEn.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, PurposeService::tr("A purpose needs a code and a name in both languages."));
    if (p.legalBasis.trimmed().isEmpty() || p.dataCategories.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, PurposeService::tr("A purpose needs a legal basis and data categories."));
    if (p.retentionDays <= 0 || p.consentValidityDays < 0)
        return makeError(ErrorCode::Invalid, PurposeService::tr("The retention period must be at least one day."));
    if (involvesFaceData(p) && !(p.sensitive && p.separateConsentRequired))
        return makeError(ErrorCode::Invalid,
                         PurposeService::tr("Face data is sensitive personal information: the purpose must be marked "
                                            "sensitive and require separate consent (PIPL Art. 28, 29)."));
    if (p.separateConsentRequired && !p.sensitive)
        return makeError(ErrorCode::Invalid,
                         PurposeService::tr("Separate consent is for sensitive personal information: mark the "
                                            "purpose sensitive as well."));
    return {};
}

Result<Purpose> PurposeService::add(const Purpose &purpose)
{
    CD_TRY(m_session.require(Permission::ManagePurposes, QStringLiteral("purpose.add")));
    CD_TRY(validatePurpose(purpose));
    // A sensitive purpose is added active only with its records in place (Art. 55); it can be
    // added inactive and switched on later with setActive().
    if (purpose.active)
        CD_TRY(ComplianceGate(m_session).checkPurpose(purpose));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    const qint64 now = m_session.clock().nowMs();
    auto q = db.query("INSERT INTO purposes(code, name_zh, name_en, legal_basis, data_categories, sensitive, "
                      "separate_consent_required, retention_days, consent_validity_days, created_at, updated_at, "
                      "active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11)");
    q.bind(1, purpose.code.trimmed()).bind(2, purpose.nameZh.trimmed()).bind(3, purpose.nameEn.trimmed());
    q.bind(4, purpose.legalBasis.trimmed()).bind(5, purpose.dataCategories.trimmed()).bind(6, purpose.sensitive);
    q.bind(7, purpose.separateConsentRequired).bind(8, purpose.retentionDays).bind(9, purpose.consentValidityDays);
    q.bind(10, now).bind(11, purpose.active);
    auto r = q.run();
    if (!r)
        return r.error().code == ErrorCode::Conflict
            ? makeError(ErrorCode::Conflict, tr("A purpose with the code %1 exists already.").arg(purpose.code))
            : r.error();
    const qint64 id = db.lastInsertRowId();
    CD_TRY(AuditLog::append(m_session, QStringLiteral("purpose.add"), QStringLiteral("purpose"), purpose.code.trimmed(),
                            purpose.active ? QString() : QStringLiteral("inactive")));
    CD_TRY(tx.commit());
    return get(id);
}

Result<std::pair<Purpose, NoticeVersion>> PurposeService::addWithNotice(const Purpose &purpose, const QString &textZh,
                                                                        const QString &textEn, const NoticeItems &items)
{
    CD_TRY(m_session.require(Permission::ManagePurposes, QStringLiteral("purpose.add")));
    Transaction tx(m_session.db());
    CD_TRY(tx.begin());
    auto added = add(purpose);
    if (!added)
        return added.error();
    auto notice = publishNotice(added->id, textZh, textEn, items);
    if (!notice)
        return notice.error();
    CD_TRY(tx.commit());
    return std::make_pair(added.value(), notice.value());
}

Result<int> PurposeService::update(const Purpose &purpose)
{
    CD_TRY(m_session.require(Permission::ManagePurposes, QStringLiteral("purpose.update")));
    CD_TRY(validatePurpose(purpose));
    auto old = get(purpose.id);
    if (!old)
        return old.error();
    const bool changeOfPurpose = !sameMeaning(old.value(), purpose);
    // An active purpose that becomes sensitive, or starts asking for separate consent, needs the
    // records a sensitive purpose is activated with.
    if (old->active && purpose.sensitive
        && (!old->sensitive || (purpose.separateConsentRequired && !old->separateConsentRequired))) {
        Purpose changed = purpose;
        changed.code = old->code;
        CD_TRY(ComplianceGate(m_session).checkPurpose(changed));
    }
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("UPDATE purposes SET name_zh = ?2, name_en = ?3, legal_basis = ?4, data_categories = ?5, "
                      "sensitive = ?6, separate_consent_required = ?7, retention_days = ?8, "
                      "consent_validity_days = ?9, revision = revision + ?10, updated_at = ?11 WHERE id = ?1");
    q.bind(1, purpose.id).bind(2, purpose.nameZh.trimmed()).bind(3, purpose.nameEn.trimmed());
    q.bind(4, purpose.legalBasis.trimmed()).bind(5, purpose.dataCategories.trimmed()).bind(6, purpose.sensitive);
    q.bind(7, purpose.separateConsentRequired).bind(8, purpose.retentionDays).bind(9, purpose.consentValidityDays);
    q.bind(10, changeOfPurpose ? 1 : 0).bind(11, m_session.clock().nowMs());
    CD_TRY(q.run());
    int marked = 0;
    if (changeOfPurpose) {
        auto mark = db.query("UPDATE consents SET needs_renewal = 1 WHERE purpose_id = ?1 AND status = 'granted' "
                             "AND needs_renewal = 0");
        mark.bind(1, purpose.id);
        CD_TRY(mark.run());
        marked = db.changes();
    }
    CD_TRY(AuditLog::append(m_session, QStringLiteral("purpose.update"), QStringLiteral("purpose"), old->code,
                            changeOfPurpose ? QStringLiteral("revision %1; %2 consents need renewal")
                                                  .arg(old->revision + 1).arg(marked)
                                            : QStringLiteral("names only")));
    CD_TRY(tx.commit());
    return marked;
}

Result<void> PurposeService::setActive(qint64 id, bool active)
{
    CD_TRY(m_session.require(Permission::ManagePurposes, QStringLiteral("purpose.set-active")));
    auto p = get(id);
    if (!p)
        return p.error();
    if (active)
        CD_TRY(ComplianceGate(m_session).checkPurpose(p.value()));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("UPDATE purposes SET active = ?2, updated_at = ?3 WHERE id = ?1");
    q.bind(1, id).bind(2, active).bind(3, m_session.clock().nowMs());
    CD_TRY(q.run());
    CD_TRY(AuditLog::append(m_session, active ? QStringLiteral("purpose.activate") : QStringLiteral("purpose.deactivate"),
                            QStringLiteral("purpose"), p->code));
    return tx.commit();
}

Result<NoticeVersion> PurposeService::publishNotice(qint64 purposeId, const QString &textZh, const QString &textEn,
                                                    const NoticeItems &items, qint64 effectiveAt)
{
    CD_TRY(m_session.require(Permission::ManagePurposes, QStringLiteral("notice.publish")));
    if (textZh.trimmed().isEmpty() || textEn.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A notice needs its text in Chinese and in English."));
    auto p = get(purposeId);
    if (!p)
        return p.error();
    if (const auto missing = missingNoticeItems(items, p->sensitive); !missing.empty()) {
        QStringList names;
        for (NoticeItem item : missing)
            names << noticeItemDisplayName(item);
        return makeError(ErrorCode::Invalid, tr("The notice does not state: %1. A notice must tell the customer "
                                                "each of these before their data is processed.")
                                                 .arg(names.join(tr("; "))));
    }
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto last = db.query("SELECT coalesce(max(version), 0) FROM notice_versions WHERE purpose_id = ?1");
    last.bind(1, purposeId);
    CD_TRY(last.single());
    const int version = int(last.int64(0)) + 1;
    const qint64 now = m_session.clock().nowMs();
    const QString hash = noticeHash(textZh, textEn);
    auto q = db.query("INSERT INTO notice_versions(purpose_id, version, text_zh, text_en, sha256, effective_at, "
                      "created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    q.bind(1, purposeId).bind(2, version).bind(3, textZh).bind(4, textEn).bind(5, hash);
    q.bind(6, effectiveAt > 0 ? effectiveAt : now).bindOptional(7, m_session.user().id, m_session.user().id != 0);
    q.bind(8, now);
    CD_TRY(q.run());
    const qint64 id = db.lastInsertRowId();
    QByteArray itemsText;  // what the audit row's hash covers: "id=value\n" in the checklist's order
    for (NoticeItem item : allNoticeItems()) {
        const QString value = items.value(noticeItemId(item)).trimmed();
        if (value.isEmpty())
            continue;
        auto qi = db.query("INSERT INTO notice_items(notice_version_id, item, value) VALUES (?1, ?2, ?3)");
        qi.bind(1, id).bind(2, noticeItemId(item)).bind(3, value);
        CD_TRY(qi.run());
        itemsText += (noticeItemId(item) + QLatin1Char('=') + value + QLatin1Char('\n')).toUtf8();
    }
    // Consents given under an earlier text must be renewed with the new one (Art. 14, 17).
    auto mark = db.query("UPDATE consents SET needs_renewal = 1 WHERE purpose_id = ?1 AND status = 'granted' "
                         "AND notice_version_id <> ?2 AND needs_renewal = 0");
    mark.bind(1, purposeId).bind(2, id);
    CD_TRY(mark.run());
    const int marked = db.changes();
    CD_TRY(AuditLog::append(m_session, QStringLiteral("notice.publish"), QStringLiteral("notice"),
                            QStringLiteral("%1 v%2").arg(p->code).arg(version),
                            QStringLiteral("sha256 %1; items sha256 %2; %3 consents need renewal")
                                .arg(hash, crypto::sha256Hex(itemsText))
                                .arg(marked)));
    CD_TRY(tx.commit());
    NoticeVersion n;
    n.id = id;
    n.purposeId = purposeId;
    n.version = version;
    n.textZh = textZh;
    n.textEn = textEn;
    n.sha256 = hash;
    n.effectiveAt = effectiveAt > 0 ? effectiveAt : now;
    n.createdAt = now;
    return n;
}

Result<std::vector<NoticeVersion>> PurposeService::notices(qint64 purposeId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT " NOTICE_COLUMNS " FROM notice_versions WHERE purpose_id = ?1 "
                                  "ORDER BY version DESC");
    q.bind(1, purposeId);
    return q.collect(readNotice);
}

Result<NoticeItems> PurposeService::noticeItems(qint64 noticeVersionId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT item, value FROM notice_items WHERE notice_version_id = ?1");
    q.bind(1, noticeVersionId);
    NoticeItems items;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            return items;
        items.insert(q.text(0), q.text(1));
    }
}

Result<NoticeVersion> PurposeService::currentNotice(qint64 purposeId)
{
    CD_TRY(m_session.ensureUnlocked());
    auto q = m_session.db().query("SELECT " NOTICE_COLUMNS " FROM notice_versions WHERE purpose_id = ?1 "
                                  "AND effective_at <= ?2 ORDER BY version DESC LIMIT 1");
    q.bind(1, purposeId).bind(2, m_session.clock().nowMs());
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("The purpose has no notice in effect; publish one first."))));
    return readNotice(q);
}

} // namespace cd
