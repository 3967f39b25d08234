#include "SubjectService.h"
#include "core/ledgers/AuditLog.h"
#include "core/access/Session.h"
#include "core/crypto/Crypto.h"
#include "core/store/Database.h"

#include <QRegularExpression>

namespace cd {

namespace {

// Columns: id, pseudonym, name, phone, birth_date, age_band, minor.
SubjectMatch readMatch(const Query &q, const QDate &today)
{
    return SubjectMatch{q.int64(0), q.text(1), maskName(q.text(2)), maskPhone(q.text(3)),
                        isUnder14(q.text(4), q.text(5), q.int64(6) != 0, today)};
}

// The one rule for a customer's name, phone and birth date, for a new customer and a correction.
Result<void> checkFields(const QString &name, const QString &phone, const std::optional<QDate> &birth, const QDate &today)
{
    static const QRegularExpression phoneRule(QStringLiteral("^\\+?[0-9]{5,20}$"));
    if (name.isEmpty() || name.size() > 100)
        return makeError(ErrorCode::Invalid, SubjectService::tr("Enter the customer's name (at most 100 characters)."));
    if (!phone.isEmpty() && !phoneRule.match(phone).hasMatch())
        return makeError(ErrorCode::Invalid,
                         SubjectService::tr("The phone number may hold only digits (5 to 20) and a leading +."));
    if (birth && (!birth->isValid() || *birth > today))
        return makeError(ErrorCode::Invalid, SubjectService::tr("The birth date cannot be in the future."));
    return {};
}

QString normalPhone(const QString &phone) { return phone.trimmed().remove(QLatin1Char(' ')).remove(QLatin1Char('-')); }

} // namespace

Result<Subject> SubjectService::create(const SubjectInput &input)
{
    CD_TRY(m_session.require(Permission::RegisterConsent, QStringLiteral("subject.create")));
    const QString name = input.name.simplified();
    const QString phone = normalPhone(input.phone);
    const QDate today = m_session.clock().today();
    CD_TRY(checkFields(name, phone, input.birthDate, today));

    Subject s;
    s.name = name;
    s.phone = phone;
    s.birthDate = input.birthDate;
    s.ageBand = input.ageBand;
    s.minor = isUnder14(input, today);
    s.createdAt = m_session.clock().nowMs();
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("INSERT INTO subjects(pseudonym, name, phone, birth_date, age_band, minor, store_id, created_at, "
                      "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)");
    // 60 random bits: a pseudonym clash is negligible, and would fail as a conflict, not silently.
    s.pseudonym = crypto::newPseudonym();
    q.bind(1, s.pseudonym).bind(2, s.name).bind(3, s.phone.isNull() ? QStringLiteral("") : s.phone);
    q.bind(4, s.birthDate ? s.birthDate->toString(Qt::ISODate) : QString());
    q.bind(5, ageBandId(s.ageBand).isNull() ? QStringLiteral("") : ageBandId(s.ageBand));
    q.bind(6, s.minor).bindOptional(7, m_session.currentStoreId(), m_session.currentStoreId() != 0);
    q.bind(8, s.createdAt);
    CD_TRY(q.run());
    s.id = db.lastInsertRowId();
    CD_TRY(AuditLog::append(m_session, QStringLiteral("subject.create"), QStringLiteral("subject"), s.pseudonym,
                            s.minor ? QStringLiteral("minor") : QString()));
    CD_TRY(tx.commit());
    return s;
}

Result<std::vector<SubjectMatch>> SubjectService::search(const QString &text, int limit)
{
    CD_TRY(m_session.require(Permission::ViewConsents, QStringLiteral("subject.search")));
    const QString t = text.trimmed();
    std::vector<SubjectMatch> out;
    if (t.isEmpty())
        return out;
    auto q = m_session.db().query(
        "SELECT id, pseudonym, name, phone, birth_date, age_band, minor FROM subjects WHERE pseudonym = ?1 "
        "OR (phone = ?1 AND phone <> '') OR (name >= ?1 AND name < ?2 AND name <> '') ORDER BY id DESC LIMIT ?3");
    // <> '': the phone and name indexes hold only customers who have them (Schema.cpp)
    q.bind(1, t).bind(2, prefixUpperBound(t)).bind(3, limit);
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.push_back(readMatch(q, m_session.clock().today()));
    }
    return out;
}

Result<SubjectMatch> SubjectService::findByPseudonym(const QString &pseudonym)
{
    CD_TRY(m_session.require(Permission::ViewConsents, QStringLiteral("subject.search")));
    auto q = m_session.db().query("SELECT id, pseudonym, name, phone, birth_date, age_band, minor FROM subjects WHERE pseudonym = ?1");
    q.bind(1, pseudonym.trimmed());
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("There is no customer with the id %1.").arg(pseudonym))));
    return readMatch(q, m_session.clock().today());
}

Result<Subject> SubjectService::view(qint64 subjectId)
{
    CD_TRY(m_session.require(Permission::ViewPersonalData, QStringLiteral("subject.view")));
    Subject s;
    {
        // Scoped: the statement's read snapshot must end before the audit row is written (another
        // connection may have written since: SQLITE_BUSY, see RequestService::show).
        auto q = m_session.db().query("SELECT id, pseudonym, name, phone, birth_date, age_band, minor, created_at "
                                      "FROM subjects WHERE id = ?1");
        q.bind(1, subjectId);
        CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("The customer was not found."))));
        s.id = q.int64(0);
        s.pseudonym = q.text(1);
        s.name = q.text(2);
        s.phone = q.text(3);
        if (!q.isNull(4))
            s.birthDate = QDate::fromString(q.text(4), Qt::ISODate);
        s.ageBand = ageBandFromId(q.text(5));
        s.minor = q.int64(6) != 0;
        s.createdAt = q.int64(7);
    }
    // Every look at a person's full record is on the record (who, when, whom).
    CD_TRY(AuditLog::append(m_session, QStringLiteral("subject.view"), QStringLiteral("subject"), s.pseudonym));
    return s;
}

Result<QStringList> SubjectService::correct(qint64 subjectId, const SubjectCorrection &c, qint64 requestId)
{
    CD_TRY(m_session.require(Permission::ProcessRequests, QStringLiteral("subject.correct")));
    Database &db = m_session.db();
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto q = db.query("SELECT pseudonym, name, phone, coalesce(birth_date, ''), erased_at IS NOT NULL FROM subjects "
                      "WHERE id = ?1");
    q.bind(1, subjectId);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("The customer was not found."))));
    const QString pseudonym = q.text(0);
    const QString oldName = q.text(1), oldPhone = q.text(2), oldBirth = q.text(3);
    if (q.int64(4) != 0)
        return makeError(ErrorCode::Conflict, tr("Customer %1 was erased; there is nothing left to correct.").arg(pseudonym));
    const QString name = c.name ? c.name->simplified() : oldName;
    const QString phone = c.phone ? normalPhone(*c.phone) : oldPhone;
    const std::optional<QDate> birth = c.birthDate ? c.birthDate
        : oldBirth.isEmpty() ? std::nullopt : std::optional<QDate>(QDate::fromString(oldBirth, Qt::ISODate));
    CD_TRY(checkFields(name, phone, c.birthDate, m_session.clock().today()));
    const QString newBirth = birth ? birth->toString(Qt::ISODate) : QString();

    const qint64 now = m_session.clock().nowMs();
    QStringList changed;
    auto record = [&](const char *field, const QString &before, const QString &after) -> Result<void> {
        if (before == after)
            return {};
        changed << QLatin1String(field);
        auto ins = db.query("INSERT INTO subject_corrections(subject_id, request_id, field, before_value, after_value, "
                            "at, actor_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        ins.bind(1, subjectId).bindOptional(2, requestId, requestId != 0).bind(3, QString::fromLatin1(field));
        ins.bind(4, before).bind(5, after).bind(6, now).bind(7, m_session.user().id);
        return ins.run();
    };
    CD_TRY(record("name", oldName, name));
    CD_TRY(record("phone", oldPhone, phone));
    CD_TRY(record("birth-date", oldBirth, newBirth.isNull() ? QStringLiteral("") : newBirth));
    if (changed.isEmpty())
        return changed;
    auto u = db.query("UPDATE subjects SET name = ?2, phone = ?3, birth_date = ?4, updated_at = ?5 WHERE id = ?1");
    u.bind(1, subjectId).bind(2, name).bind(3, phone).bind(4, newBirth).bind(5, now);
    CD_TRY(u.run());
    // The fields, never their values: the values stay in the encrypted correction records.
    CD_TRY(AuditLog::append(m_session, QStringLiteral("subject.correct"), QStringLiteral("subject"), pseudonym,
                            QStringLiteral("fields %1; request %2").arg(changed.join(QLatin1Char(','))).arg(requestId)));
    CD_TRY(tx.commit());
    return changed;
}

Result<std::vector<CorrectionRecord>> SubjectService::corrections(qint64 requestId)
{
    CD_TRY(m_session.require(Permission::ViewPersonalData, QStringLiteral("subject.view")));
    auto q = m_session.db().query("SELECT id, field, before_value, after_value, at FROM subject_corrections "
                                  "WHERE request_id = ?1 ORDER BY id");
    q.bind(1, requestId);
    auto rows = q.collect([](const Query &r) {
        return CorrectionRecord{r.int64(0), r.text(1), r.text(2), r.text(3), r.int64(4)};
    });
    if (!rows)
        return rows.error();
    CD_TRY(AuditLog::append(m_session, QStringLiteral("subject.view"), QStringLiteral("request"),
                            QString::number(requestId), QStringLiteral("corrections")));
    return rows;
}

} // namespace cd
