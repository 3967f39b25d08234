#include "SubjectPackage.h"
#include "core/access/Session.h"
#include "core/consent/SubjectService.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {

namespace {

QString isoUtc(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString countsText(const QMap<QString, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + QString::number(it.value());
    return parts.join(QStringLiteral("; "));
}

QByteArray csvField(const QString &v)
{
    QByteArray b = v.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r'))
        b = '"' + b.replace("\"", "\"\"") + '"';
    return b;
}

} // namespace

Result<SubjectPackage> SubjectPackages::build(qint64 subjectId, qint64 requestId, const QString &language)
{
    // The full record, audited as a view of personal data.
    auto subject = SubjectService(m_session).view(subjectId);
    if (!subject)
        return subject.error();
    Database &db = m_session.db();
    SubjectPackage p;
    p.requestId = requestId;
    p.language = LetterText::normalise(language);
    p.generatedAt = m_session.clock().nowMs();
    p.pseudonym = subject->pseudonym;
    p.name = subject->name;
    p.phone = subject->phone;
    p.birthDate = subject->birthDate;
    p.ageBand = ageBandId(subject->ageBand);
    p.minor = subject->minor;
    p.createdAt = subject->createdAt;
    const bool zh = p.language == QLatin1String("zh_CN");

    auto erased = db.query("SELECT coalesce(erased_at, 0) FROM subjects WHERE id = ?1");
    erased.bind(1, subjectId);
    CD_TRY(erased.single());
    p.erasedAt = erased.int64(0);

    auto t = db.query("SELECT type FROM requests WHERE id = ?1");
    t.bind(1, requestId);
    if (auto row = t.step(); row && row.value())
        p.requestType = t.text(0);

    auto c = db.query(
        "SELECT c.id, p.code, p.name_zh, p.name_en, p.legal_basis, p.data_categories, p.sensitive, c.separate_consent, "
        "c.guardian_consent, c.purpose_revision, n.version, c.notice_sha256, c.method, coalesce(st.name, ''), c.status, "
        "c.granted_at, coalesce(c.withdrawn_at, CASE WHEN c.status IN ('expired','superseded') THEN c.expires_at END, 0), "
        "coalesce(c.expires_at, 0), p.retention_days FROM consents c JOIN purposes p ON p.id = c.purpose_id "
        "JOIN notice_versions n ON n.id = c.notice_version_id LEFT JOIN stores st ON st.id = c.store_id "
        "WHERE c.subject_id = ?1 ORDER BY c.id");
    c.bind(1, subjectId);
    auto consents = c.collect([zh](const Query &r) {
        PackageConsent pc;
        pc.id = r.int64(0);
        pc.purposeCode = r.text(1);
        pc.purpose = zh ? r.text(2) : r.text(3);
        pc.legalBasis = r.text(4);
        pc.dataCategories = r.text(5);
        pc.sensitive = r.int64(6) != 0;
        pc.separateConsent = r.int64(7) != 0;
        pc.guardianConsent = r.int64(8) != 0;
        pc.purposeRevision = int(r.int64(9));
        pc.noticeVersion = int(r.int64(10));
        pc.noticeSha256 = r.text(11);
        pc.method = r.text(12);
        pc.store = r.text(13);
        pc.status = r.text(14);
        pc.grantedAt = r.int64(15);
        pc.endedAt = r.int64(16);
        pc.expiresAt = r.int64(17);
        pc.retentionDays = int(r.int64(18));
        // Kept for the purpose's retention after the consent ends (Art. 19, 47).
        const qint64 end = pc.endedAt ? pc.endedAt : pc.expiresAt;
        if (end)
            pc.keptUntil = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC).toLocalTime().date().addDays(pc.retentionDays);
        return pc;
    });
    if (!consents)
        return consents.error();
    p.consents = std::move(consents.value());

    auto v = db.query("SELECT v.code, v.name, min(e.enrolled_at), CASE WHEN count(e.ended_at) = count(*) THEN "
                      "max(e.ended_at) ELSE 0 END FROM enrollments e JOIN vendors v ON v.id = e.vendor_id "
                      "WHERE e.subject_id = ?1 GROUP BY v.id ORDER BY v.code");
    v.bind(1, subjectId);
    auto vendors = v.collect([](const Query &r) {
        PackageVendor pv;
        pv.code = r.text(0);
        pv.name = r.text(1);
        pv.enrolledAt = r.int64(2);
        pv.endedAt = r.int64(3);
        return pv;
    });
    if (!vendors)
        return vendors.error();
    p.vendors = std::move(vendors.value());

    auto rq = db.query("SELECT id, type, state, received_at, coalesce(closed_at, 0) FROM requests WHERE subject_id = ?1 "
                       "ORDER BY id");
    rq.bind(1, subjectId);
    auto requests = rq.collect([](const Query &r) {
        return PackageRequest{r.int64(0), r.text(1), r.text(2), r.int64(3), r.int64(4)};
    });
    if (!requests)
        return requests.error();
    p.requests = std::move(requests.value());
    return p;
}

QByteArray SubjectPackages::toJson(const SubjectPackage &p)
{
    QJsonArray consents, vendors, requests;
    for (const PackageConsent &c : p.consents)
        consents.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("purposeCode"), c.purposeCode},
                                    {QStringLiteral("purpose"), c.purpose},
                                    {QStringLiteral("legalBasis"), c.legalBasis},
                                    {QStringLiteral("dataCategories"), c.dataCategories},
                                    {QStringLiteral("sensitive"), c.sensitive},
                                    {QStringLiteral("separateConsent"), c.separateConsent},
                                    {QStringLiteral("guardianConsent"), c.guardianConsent},
                                    {QStringLiteral("purposeRevision"), c.purposeRevision},
                                    {QStringLiteral("noticeVersion"), c.noticeVersion},
                                    {QStringLiteral("noticeSha256"), c.noticeSha256},
                                    {QStringLiteral("method"), c.method},
                                    {QStringLiteral("store"), c.store},
                                    {QStringLiteral("status"), c.status},
                                    {QStringLiteral("grantedAt"), isoUtc(c.grantedAt)},
                                    {QStringLiteral("endedAt"), isoUtc(c.endedAt)},
                                    {QStringLiteral("expiresAt"), isoUtc(c.expiresAt)},
                                    {QStringLiteral("retentionDays"), c.retentionDays},
                                    {QStringLiteral("keptUntil"), c.keptUntil.toString(Qt::ISODate)}});
    for (const PackageVendor &v : p.vendors)
        vendors.append(QJsonObject{{QStringLiteral("code"), v.code},
                                   {QStringLiteral("name"), v.name},
                                   {QStringLiteral("enrolledAt"), isoUtc(v.enrolledAt)},
                                   {QStringLiteral("enrollmentEndedAt"), isoUtc(v.endedAt)},
                                   {QStringLiteral("answered"), v.answered},
                                   {QStringLiteral("error"), v.error},
                                   {QStringLiteral("holds"), countsJson(v.held)}});
    for (const PackageRequest &r : p.requests)
        requests.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("type"), r.type},
                                    {QStringLiteral("state"), r.state},
                                    {QStringLiteral("receivedAt"), isoUtc(r.receivedAt)},
                                    {QStringLiteral("closedAt"), isoUtc(r.closedAt)}});
    const QJsonObject subject{{QStringLiteral("pseudonym"), p.pseudonym},
                              {QStringLiteral("name"), p.name},
                              {QStringLiteral("phone"), p.phone},
                              {QStringLiteral("birthDate"), p.birthDate ? p.birthDate->toString(Qt::ISODate) : QString()},
                              {QStringLiteral("ageBand"), p.ageBand},
                              {QStringLiteral("under14AtRegistration"), p.minor},
                              {QStringLiteral("since"), isoUtc(p.createdAt)},
                              {QStringLiteral("erasedAt"), isoUtc(p.erasedAt)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("consentdesk-subject-package/1")},
                                     {QStringLiteral("request"), p.requestId},
                                     {QStringLiteral("requestType"), p.requestType},
                                     {QStringLiteral("generatedAt"), isoUtc(p.generatedAt)},
                                     {QStringLiteral("subject"), subject},
                                     {QStringLiteral("consents"), consents},
                                     {QStringLiteral("sharedWith"), vendors},
                                     {QStringLiteral("requests"), requests}})
        .toJson(QJsonDocument::Indented);
}

QByteArray SubjectPackages::toCsv(const SubjectPackage &p)
{
    QByteArray out = "record,id,field,value\r\n";
    auto line = [&out](const QString &record, const QString &id, const QString &field, const QString &value) {
        out += csvField(record) + ',' + csvField(id) + ',' + csvField(field) + ',' + csvField(value) + "\r\n";
    };
    line(QStringLiteral("subject"), p.pseudonym, QStringLiteral("name"), p.name);
    line(QStringLiteral("subject"), p.pseudonym, QStringLiteral("phone"), p.phone);
    line(QStringLiteral("subject"), p.pseudonym, QStringLiteral("birthDate"),
         p.birthDate ? p.birthDate->toString(Qt::ISODate) : QString());
    line(QStringLiteral("subject"), p.pseudonym, QStringLiteral("ageBand"), p.ageBand);
    line(QStringLiteral("subject"), p.pseudonym, QStringLiteral("since"), isoUtc(p.createdAt));
    for (const PackageConsent &c : p.consents) {
        const QString id = QString::number(c.id);
        const QList<std::pair<const char *, QString>> fields{
            {"purposeCode", c.purposeCode},       {"purpose", c.purpose},
            {"legalBasis", c.legalBasis},         {"dataCategories", c.dataCategories},
            {"status", c.status},                 {"grantedAt", isoUtc(c.grantedAt)},
            {"endedAt", isoUtc(c.endedAt)},       {"expiresAt", isoUtc(c.expiresAt)},
            {"retentionDays", QString::number(c.retentionDays)},
            {"keptUntil", c.keptUntil.toString(Qt::ISODate)},
            {"noticeVersion", QString::number(c.noticeVersion)}, {"noticeSha256", c.noticeSha256},
            {"separateConsent", c.separateConsent ? QStringLiteral("true") : QStringLiteral("false")},
            {"store", c.store}};
        for (const auto &[field, value] : fields)
            line(QStringLiteral("consent"), id, QString::fromLatin1(field), value);
    }
    for (const PackageVendor &v : p.vendors) {
        line(QStringLiteral("vendor"), v.code, QStringLiteral("name"), v.name);
        line(QStringLiteral("vendor"), v.code, QStringLiteral("enrolledAt"), isoUtc(v.enrolledAt));
        line(QStringLiteral("vendor"), v.code, QStringLiteral("enrollmentEndedAt"), isoUtc(v.endedAt));
        line(QStringLiteral("vendor"), v.code, QStringLiteral("holds"), v.answered ? countsText(v.held) : QString());
        if (!v.answered)
            line(QStringLiteral("vendor"), v.code, QStringLiteral("error"), v.error);
    }
    for (const PackageRequest &r : p.requests) {
        line(QStringLiteral("request"), QString::number(r.id), QStringLiteral("type"), r.type);
        line(QStringLiteral("request"), QString::number(r.id), QStringLiteral("receivedAt"), isoUtc(r.receivedAt));
    }
    return out;
}

ResponseLetter SubjectPackages::letter(const SubjectPackage &p)
{
    const LetterText say(p.language);
    ResponseLetter l;
    l.language = say.language();
    l.title = say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Your personal information held by our store"));
    l.sections.push_back({QString(),
                          {say(QT_TRANSLATE_NOOP("cd::ResponseLetter",
                                                "In answer to your request no. %1 (PIPL Art. 44 and 45), this letter "
                                                "sets out what we hold about you, why, since when, for how long and "
                                                "with whom it was shared. A machine-readable copy is enclosed as JSON "
                                                "and CSV files."))
                               .arg(p.requestId),
                           say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Date: %1. Your customer reference: %2."))
                               .arg(letterDate(p.generatedAt), p.pseudonym)},
                          {},
                          {}});
    LetterSection details{say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Your personal details")), {}, {}, {}};
    details.header = {say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Item")),
                      say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "What we hold"))};
    details.rows << QStringList{say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Name")), p.name}
                 << QStringList{say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Phone")), p.phone}
                 << QStringList{say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Birth date")),
                                p.birthDate ? p.birthDate->toString(Qt::ISODate) : QString()}
                 << QStringList{say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Held since")), letterDate(p.createdAt)};
    if (p.erasedAt)
        details.paragraphs << say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Your personal details were erased on %1."))
                                  .arg(letterDate(p.erasedAt));
    l.sections.push_back(details);

    LetterSection why{say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Why we hold it and for how long")), {}, {}, {}};
    why.header = {say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Purpose")),
                  say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Data")),
                  say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Legal basis")),
                  say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Consent given")),
                  say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Status")),
                  say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Kept until"))};
    for (const PackageConsent &c : p.consents) {
        const QString kept = c.keptUntil.isValid()
            ? c.keptUntil.toString(Qt::ISODate)
            : say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "while the consent lasts, then %1 days")).arg(c.retentionDays);
        why.rows << QStringList{c.purpose, c.dataCategories, c.legalBasis, letterDate(c.grantedAt), c.status, kept};
    }
    if (p.consents.empty())
        why.paragraphs << say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "You have given no consent to us."));
    l.sections.push_back(why);

    LetterSection shared{say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Who it was shared with")), {}, {}, {}};
    shared.paragraphs << say(QT_TRANSLATE_NOOP("cd::ResponseLetter",
                                              "Camera analytics vendors process face data for us as entrusted "
                                              "processors (Art. 21). They know you only by your customer reference."));
    shared.header = {say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Vendor")),
                     say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Shared since")),
                     say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Shared until")),
                     say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "What the vendor reported holding"))};
    for (const PackageVendor &v : p.vendors) {
        const QString held = !v.answered ? say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "did not answer; we will ask again"))
            : v.held.isEmpty()           ? say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "nothing"))
                                         : countsText(v.held);
        shared.rows << QStringList{v.name.isEmpty() ? v.code : v.name, letterDate(v.enrolledAt), letterDate(v.endedAt), held};
    }
    if (p.vendors.empty())
        shared.paragraphs << say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Your information was not shared with anyone."));
    l.sections.push_back(shared);

    l.sections.push_back({say(QT_TRANSLATE_NOOP("cd::ResponseLetter", "Your rights")),
                          {say(QT_TRANSLATE_NOOP("cd::ResponseLetter",
                                                "You may ask us to correct (Art. 46) or delete (Art. 47) your "
                                                "information, withdraw a consent at any time (Art. 15), or explain "
                                                "our rules (Art. 48)."))},
                          {},
                          {}});
    return l;
}

} // namespace cd
