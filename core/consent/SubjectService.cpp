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

} // namespace

Result<Subject> SubjectService::create(const SubjectInput &input)
{
    CD_TRY(m_session.require(Permission::RegisterConsent, QStringLiteral("subject.create")));
    const QString name = input.name.simplified();
    const QString phone = input.phone.trimmed().remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    static const QRegularExpression phoneRule(QStringLiteral("^\\+?[0-9]{5,20}$"));
    if (name.isEmpty() || name.size() > 100)
        return makeError(ErrorCode::Invalid, tr("Enter the customer's name (at most 100 characters)."));
    if (!phone.isEmpty() && !phoneRule.match(phone).hasMatch())
        return makeError(ErrorCode::Invalid, tr("The phone number may hold only digits (5 to 20) and a leading +."));
    const QDate today = m_session.clock().today();
    if (input.birthDate && (!input.birthDate->isValid() || *input.birthDate > today))
        return makeError(ErrorCode::Invalid, tr("The birth date cannot be in the future."));

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
        "SELECT id, pseudonym, name, phone, birth_date, age_band, minor FROM subjects WHERE pseudonym = ?1 OR phone = ?1 "
        "OR (name >= ?1 AND name < ?2) ORDER BY id DESC LIMIT ?3");
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
    auto q = m_session.db().query("SELECT id, pseudonym, name, phone, birth_date, age_band, minor, created_at "
                                  "FROM subjects WHERE id = ?1");
    q.bind(1, subjectId);
    CD_TRY(q.single(makeError(ErrorCode::NotFound, tr("The customer was not found."))));
    Subject s;
    s.id = q.int64(0);
    s.pseudonym = q.text(1);
    s.name = q.text(2);
    s.phone = q.text(3);
    if (!q.isNull(4))
        s.birthDate = QDate::fromString(q.text(4), Qt::ISODate);
    s.ageBand = ageBandFromId(q.text(5));
    s.minor = q.int64(6) != 0;
    s.createdAt = q.int64(7);
    // Every look at a person's full record is on the record (who, when, whom).
    CD_TRY(AuditLog::append(m_session, QStringLiteral("subject.view"), QStringLiteral("subject"), s.pseudonym));
    return s;
}

} // namespace cd
