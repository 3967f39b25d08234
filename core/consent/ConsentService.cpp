#include "ConsentService.h"
#include "core/ledgers/AuditLog.h"
#include "core/cameras/VendorErasures.h"
#include "PurposeService.h"
#include "core/access/Session.h"
#include "core/store/Database.h"

#include <limits>

namespace cd {

namespace {

// The WHERE clause of a list or count: a few fixed shapes, so each is one cached statement.
QByteArray filterSql(const ConsentFilter &f)
{
    QByteArray sql = "c.id < ?1";
    if (f.status)
        sql += " AND c.status = ?2";
    if (f.purposeId)
        sql += " AND c.purpose_id = ?3";
    if (f.needsRenewalOnly)
        sql += " AND c.needs_renewal = 1";
    const QString t = f.search.trimmed();
    if (!t.isEmpty()) {
        // An exact phone or pseudonym matches a handful of consents: find them by subject. A name
        // prefix may match thousands: walk consents newest first instead ("+" keeps SQLite off
        // the subject index), so the first page comes without sorting them all.
        const bool exactId = t.startsWith(QLatin1String("S-")) || t.front().isDigit() || t.front() == QLatin1Char('+');
        sql += exactId ? " AND c.subject_id IN" : " AND +c.subject_id IN";
        sql += " (SELECT id FROM subjects WHERE pseudonym = ?4 OR (phone = ?4 AND phone <> '') "
               "OR (name >= ?4 AND name < ?5 AND name <> ''))";  // <> '': the indexes are partial (Schema.cpp)
    }
    return sql;
}

void bindFilter(Query &q, const ConsentFilter &f, qint64 beforeId)
{
    q.bind(1, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    if (f.status)
        q.bind(2, statusId(*f.status));
    if (f.purposeId)
        q.bind(3, f.purposeId);
    const QString t = f.search.trimmed();
    if (!t.isEmpty())
        q.bind(4, t).bind(5, prefixUpperBound(t));
}

struct SubjectFacts {
    QString pseudonym;
    bool under14 = false;
};

} // namespace

Result<std::vector<qint64>> ConsentService::registerConsent(const RegistrationInput &input)
{
    CD_TRY(m_session.require(Permission::RegisterConsent, QStringLiteral("consent.register")));
    if (input.purposes.empty())
        return makeError(ErrorCode::Invalid, tr("Choose at least one purpose."));
    if (m_session.currentStoreId() == 0)
        return makeError(ErrorCode::Invalid, tr("No store is selected for this console."));
    Database &db = m_session.db();

    SubjectFacts subject;
    {
        auto q = db.query("SELECT pseudonym, minor, birth_date, age_band FROM subjects WHERE id = ?1");
        q.bind(1, input.subjectId);
        CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("The customer was not found."))));
        subject.pseudonym = q.text(0);
        // Age is judged on the day of consent, not the day of first registration.
        subject.under14 = isUnder14(q.text(2), q.text(3), q.int64(1) != 0, m_session.clock().today());
    }
    const bool under14 = subject.under14;
    if (under14 && !(input.guardian && input.guardian->consented && !input.guardian->name.trimmed().isEmpty()
                     && !input.guardian->relation.trimmed().isEmpty()))
        return makeError(ErrorCode::Invalid,
                         tr("The customer is under 14: a parent or guardian must consent on the child's behalf, "
                            "with the guardian's name and relation recorded (PIPL Art. 31)."));

    PurposeService purposes(m_session);
    std::vector<std::pair<Purpose, NoticeVersion>> checked;
    for (const PurposeConsent &pc : input.purposes) {
        auto purpose = purposes.get(pc.purposeId);
        if (!purpose)
            return purpose.error();
        if (!purpose->active)
            return makeError(ErrorCode::Invalid, tr("The purpose \"%1\" is no longer in use.").arg(purpose->code));
        auto notice = purposes.currentNotice(pc.purposeId);
        if (!notice)
            return notice.error();
        if (notice->id != pc.noticeVersionId)
            return makeError(ErrorCode::Invalid,
                             tr("The notice shown for \"%1\" is not the current version (%2). Show the current "
                                "notice and ask again.").arg(purpose->code).arg(notice->version));
        if (purpose->separateConsentRequired && !pc.separateConsent)
            return makeError(ErrorCode::Invalid,
                             tr("\"%1\" processes face data: the customer must give separate consent for it "
                                "(PIPL Art. 29).").arg(purpose->code));
        checked.emplace_back(purpose.value(), notice.value());
    }

    const qint64 now = m_session.clock().nowMs();
    Transaction tx(db);
    CD_TRY(tx.begin());
    std::vector<qint64> ids;
    for (std::size_t i = 0; i < checked.size(); ++i) {
        const Purpose &p = checked[i].first;
        const NoticeVersion &n = checked[i].second;
        auto supersede = db.query("UPDATE consents SET status = 'superseded' WHERE subject_id = ?1 "
                                  "AND purpose_id = ?2 AND +status = 'granted'");
        supersede.bind(1, input.subjectId).bind(2, p.id);
        CD_TRY(supersede.run());
        auto q = db.query(
            "INSERT INTO consents(subject_id, purpose_id, purpose_revision, notice_version_id, notice_sha256, method, "
            "staff_user_id, store_id, granted_at, separate_consent, guardian_name, guardian_relation, "
            "guardian_consent, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
        q.bind(1, input.subjectId).bind(2, p.id).bind(3, p.revision).bind(4, n.id).bind(5, n.sha256);
        q.bind(6, methodId(input.method)).bind(7, m_session.user().id).bind(8, m_session.currentStoreId());
        q.bind(9, now).bind(10, input.purposes[i].separateConsent);
        const bool withGuardian = under14 && input.guardian;
        q.bind(11, withGuardian ? input.guardian->name.trimmed() : QString());
        q.bind(12, withGuardian ? input.guardian->relation.trimmed() : QString());
        q.bind(13, withGuardian && input.guardian->consented);
        q.bindOptional(14, now + qint64(p.consentValidityDays) * 86400000, p.consentValidityDays > 0);
        CD_TRY(q.run());
        const qint64 id = db.lastInsertRowId();
        ids.push_back(id);
        CD_TRY(AuditLog::append(m_session, QStringLiteral("consent.register"), QStringLiteral("consent"),
                                QString::number(id),
                                QStringLiteral("subject=%1 purpose=%2 notice=v%3 method=%4 separate=%5 guardian=%6")
                                    .arg(subject.pseudonym, p.code).arg(n.version).arg(methodId(input.method))
                                    .arg(input.purposes[i].separateConsent ? 1 : 0).arg(withGuardian ? 1 : 0)));
    }
    // A customer with a granted consent is not due for erasure. The schema's triggers set the due
    // date when a consent ends (a superseded one above included); a grant happens only here, so
    // it is cleared here, and the sweep reads the date alone (no trigger on INSERT: Schema.cpp).
    auto notDue = db.query("UPDATE subjects SET fields_due_at = NULL WHERE id = ?1 AND fields_due_at IS NOT NULL");
    notDue.bind(1, input.subjectId);
    CD_TRY(notDue.run());
    CD_TRY(tx.commit());
    return ids;
}

Result<Consent> ConsentService::get(qint64 consentId)
{
    CD_TRY(m_session.require(Permission::ViewConsents, QStringLiteral("consent.get")));
    auto q = m_session.db().query(
        "SELECT id, subject_id, purpose_id, purpose_revision, notice_version_id, notice_sha256, method, "
        "staff_user_id, store_id, granted_at, separate_consent, guardian_name, guardian_relation, guardian_consent, "
        "status, needs_renewal, coalesce(expires_at, 0), coalesce(withdrawn_at, 0), coalesce(withdrawal_channel, ''), "
        "coalesce(withdrawn_by, 0) FROM consents WHERE id = ?1");
    q.bind(1, consentId);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("Consent %1 was not found.").arg(consentId))));
    Consent c;
    c.id = q.int64(0);
    c.subjectId = q.int64(1);
    c.purposeId = q.int64(2);
    c.purposeRevision = int(q.int64(3));
    c.noticeVersionId = q.int64(4);
    c.noticeSha256 = q.text(5);
    c.method = methodFromId(q.text(6)).value_or(ConsentMethod::CounterTablet);
    c.staffUserId = q.int64(7);
    c.storeId = q.int64(8);
    c.grantedAt = q.int64(9);
    c.separateConsent = q.int64(10) != 0;
    if (!q.isNull(11))
        c.guardian = Guardian{q.text(11), q.text(12), q.int64(13) != 0};
    c.status = statusFromId(q.text(14)).value_or(ConsentStatus::Granted);
    c.needsRenewal = q.int64(15) != 0;
    c.expiresAt = q.int64(16);
    c.withdrawnAt = q.int64(17);
    c.withdrawalChannel = q.text(18);
    c.withdrawnBy = q.int64(19);
    return c;
}

Result<void> ConsentService::withdraw(qint64 consentId, const QString &channel)
{
    CD_TRY(m_session.require(Permission::WithdrawConsent, QStringLiteral("consent.withdraw")));
    auto c = get(consentId);
    if (!c)
        return c.error();
    if (c->status != ConsentStatus::Granted)
        return makeError(ErrorCode::Invalid,
                         tr("Consent %1 is not in force (%2); there is nothing to withdraw.")
                             .arg(consentId).arg(statusDisplayName(c->status)));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    const QString how = channel.trimmed().isEmpty() ? QStringLiteral("counter") : channel.trimmed();
    auto q = db.query("UPDATE consents SET status = 'withdrawn', withdrawn_at = ?2, withdrawal_channel = ?3, "
                      "withdrawn_by = ?4 WHERE id = ?1 AND status = 'granted'");
    q.bind(1, consentId).bind(2, m_session.clock().nowMs()).bind(3, how);
    q.bindOptional(4, m_session.user().id, m_session.user().id != 0);
    CD_TRY(q.run());
    CD_TRY(AuditLog::append(m_session, QStringLiteral("consent.withdraw"), QStringLiteral("consent"),
                            QString::number(consentId), QStringLiteral("channel=%1").arg(how)));
    // Withdrawal of face consent means deletion at every vendor holding the subject (Art. 47);
    // the erasure is owed from this commit on, and done only when a receipt comes back.
    auto owed = VendorErasures::enqueueEraseIfNoFaceConsentLeft(db, c->subjectId, QStringLiteral("withdrawal"),
                                                                QString::number(consentId), m_session.clock().nowMs());
    if (!owed)
        return owed.error();
    return tx.commit();
}

Result<int> ConsentService::withdrawAllForSubject(qint64 subjectId, const QString &channel)
{
    CD_TRY(m_session.require(Permission::WithdrawConsent, QStringLiteral("consent.withdraw")));
    std::vector<qint64> ids;
    {
        auto q = m_session.db().query("SELECT id FROM consents WHERE subject_id = ?1 AND +status = 'granted'");
        q.bind(1, subjectId);
        for (;;) {
            auto row = q.step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            ids.push_back(q.int64(0));
        }
    }
    Transaction tx(m_session.db());
    CD_TRY(tx.begin());
    for (qint64 id : ids)
        CD_TRY(withdraw(id, channel));
    CD_TRY(tx.commit());
    return int(ids.size());
}

Result<int> ConsentService::expireDue()
{
    CD_TRY(m_session.ensureUnlocked());
    Database &db = m_session.db();
    const qint64 now = m_session.clock().nowMs();
    std::vector<qint64> ids;
    {
        auto q = db.query("SELECT id FROM consents WHERE expires_at IS NOT NULL AND expires_at <= ?1 "
                          "AND +status = 'granted'");  // the partial expiry index, not the status one
        q.bind(1, now);
        for (;;) {
            auto row = q.step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            ids.push_back(q.int64(0));
        }
    }
    Transaction tx(db);
    CD_TRY(tx.begin());
    for (qint64 id : ids) {
        auto q = db.query("UPDATE consents SET status = 'expired' WHERE id = ?1");
        q.bind(1, id);
        CD_TRY(q.run());
        CD_TRY(AuditLog::append(m_session, QStringLiteral("consent.expire"), QStringLiteral("consent"),
                                QString::number(id)));
        auto subject = db.query("SELECT subject_id FROM consents WHERE id = ?1");
        subject.bind(1, id);
        CD_TRY(subject.single());
        auto owed = VendorErasures::enqueueEraseIfNoFaceConsentLeft(db, subject.int64(0), QStringLiteral("expiry"),
                                                                    QString::number(id), now);
        if (!owed)
            return owed.error();
    }
    CD_TRY(tx.commit());
    return int(ids.size());
}

Result<std::vector<ConsentRow>> ConsentService::page(const ConsentFilter &filter, qint64 beforeId, int limit,
                                                     bool chineseNames)
{
    CD_TRY(m_session.require(Permission::ViewConsents, QStringLiteral("consent.list")));
    const QByteArray sql =
        "SELECT c.id, s.pseudonym, s.name, s.phone, p.code, p.name_zh, p.name_en, n.version, c.method, c.status, "
        "c.separate_consent, c.guardian_consent, c.needs_renewal, c.granted_at, coalesce(c.withdrawn_at, 0), "
        "u.name, st.code FROM consents c JOIN subjects s ON s.id = c.subject_id "
        "JOIN purposes p ON p.id = c.purpose_id JOIN notice_versions n ON n.id = c.notice_version_id "
        "JOIN users u ON u.id = c.staff_user_id JOIN stores st ON st.id = c.store_id WHERE "
        + filterSql(filter) + " ORDER BY c.id DESC LIMIT ?6";
    auto q = m_session.db().query(sql.constData());
    bindFilter(q, filter, beforeId);
    q.bind(6, limit);
    std::vector<ConsentRow> out;
    out.reserve(limit);
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ConsentRow r;
        r.id = q.int64(0);
        r.pseudonym = q.text(1);
        r.maskedName = maskName(q.text(2));  // a list shows masked data only: not a view of personal data
        r.maskedPhone = maskPhone(q.text(3));
        r.purposeCode = q.text(4);
        r.purposeName = chineseNames ? q.text(5) : q.text(6);
        r.noticeVersion = int(q.int64(7));
        r.method = methodFromId(q.text(8)).value_or(ConsentMethod::CounterTablet);
        r.status = statusFromId(q.text(9)).value_or(ConsentStatus::Granted);
        r.separateConsent = q.int64(10) != 0;
        r.guardian = q.int64(11) != 0;
        r.needsRenewal = q.int64(12) != 0;
        r.grantedAt = q.int64(13);
        r.withdrawnAt = q.int64(14);
        r.staffName = q.text(15);
        r.storeCode = q.text(16);
        out.push_back(std::move(r));
    }
    return out;
}

Result<qint64> ConsentService::count(const ConsentFilter &filter)
{
    CD_TRY(m_session.require(Permission::ViewConsents, QStringLiteral("consent.count")));
    const QByteArray sql = "SELECT count(*) FROM consents c WHERE " + filterSql(filter);
    auto q = m_session.db().query(sql.constData());
    bindFilter(q, filter, 0);
    CD_TRY(q.single());
    return q.int64(0);
}

} // namespace cd
