// consents.csv (consents given or withdrawn in the period, with the notice hash each was given
// under) and the notice versions in force during the period: notices.csv and one text file each.
#include "EvidenceTables.h"

#include "core/access/Session.h"
#include "core/store/Database.h"

#include <QIODevice>

namespace cd::evidence {

namespace {


QString yesNo(const Query &q, int column) { return q.int64(column) ? QStringLiteral("1") : QStringLiteral("0"); }

CsvTable consents(TableContext &ctx)
{
    return {QStringLiteral("consents.csv"),
            {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Consent"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Pseudonym"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Name"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Phone"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Store"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Purpose"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Purpose revision"),
             QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Notice version"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Notice SHA-256"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Method"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Staff"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Granted at"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Separate consent"),
             QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Guardian"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Guardian relation"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Guardian consent"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Status"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Needs renewal"),
             QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Expires at"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Withdrawn at"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Withdrawal channel"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Withdrawn by")},
            "SELECT c.id, s.pseudonym, s.name, s.phone, st.code, p.code, c.purpose_revision, n.version, "
            "c.notice_sha256, c.method, u.name, c.granted_at, c.separate_consent, coalesce(c.guardian_name, ''), "
            "coalesce(c.guardian_relation, ''), c.guardian_consent, c.status, c.needs_renewal, c.expires_at, "
            "c.withdrawn_at, coalesce(c.withdrawal_channel, ''), coalesce(w.name, '') "
            "FROM consents c JOIN subjects s ON s.id = c.subject_id JOIN purposes p ON p.id = c.purpose_id "
            "JOIN notice_versions n ON n.id = c.notice_version_id JOIN stores st ON st.id = c.store_id "
            "JOIN users u ON u.id = c.staff_user_id LEFT JOIN users w ON w.id = c.withdrawn_by "
            "WHERE (c.granted_at >= ?1 AND c.granted_at < ?2) OR (c.withdrawn_at >= ?1 AND c.withdrawn_at < ?2) "
            "ORDER BY c.id",
            [&ctx](Query &q) { q.bind(1, ctx.fromMs).bind(2, ctx.toMs); },
            [&ctx](const Query &q) {
                return QStringList{QString::number(q.int64(0)), q.text(1), ctx.name(q.text(2)), ctx.phone(q.text(3)),
                                   q.text(4), q.text(5), QString::number(q.int64(6)), QString::number(q.int64(7)),
                                   q.text(8), q.text(9), q.text(10), ctx.time(q, 11), yesNo(q, 12),
                                   ctx.name(q.text(13)), q.text(14), yesNo(q, 15), q.text(16), yesNo(q, 17),
                                   ctx.time(q, 18), ctx.time(q, 19), q.text(20), q.text(21)};
            }};
}

// A version is in force from its effective time until the next version of its purpose takes effect.
#define NOTICES_IN_FORCE                                                                                         \
    "FROM notice_versions n JOIN purposes p ON p.id = n.purpose_id WHERE n.effective_at < ?2 AND coalesce("  \
    "(SELECT min(x.effective_at) FROM notice_versions x WHERE x.purpose_id = n.purpose_id "                    \
    "AND x.effective_at > n.effective_at), ?1) >= ?1 "

QString noticeFile(const Query &q)
{
    return QStringLiteral("notices/%1-v%2.txt").arg(q.text(0)).arg(q.int64(1));
}

} // namespace

Result<void> writeConsentTables(TableContext &ctx)
{
    CD_TRY(writeCsv(ctx, consents(ctx)));
    const auto bindPeriod = [&ctx](Query &q) { q.bind(1, ctx.fromMs).bind(2, ctx.toMs); };
    CD_TRY(writeCsv(ctx, {QStringLiteral("notices.csv"),
                          {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Purpose"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Notice version"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Effective at"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Notice SHA-256"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "File")},
                          "SELECT p.code, n.version, n.effective_at, n.sha256 " NOTICES_IN_FORCE
                          "ORDER BY p.code, n.version",
                          bindPeriod, [&ctx](const Query &q) {
                              return QStringList{q.text(0), QString::number(q.int64(1)), ctx.time(q, 2), q.text(3),
                                                 noticeFile(q)};
                          }}));
    // The file holds exactly the bytes the notice hash is taken over (noticeHash): its SHA-256 in
    // SHA256SUMS is the hash the consents name.
    auto q = ctx.session.db().query("SELECT p.code, n.version, n.text_zh, n.text_en " NOTICES_IN_FORCE
                                    "ORDER BY p.code, n.version");
    bindPeriod(q);
    return q.forEach([&](const Query &row) -> Result<void> {
        auto device = ctx.sink.begin(noticeFile(row));
        if (!device)
            return device.error();
        const QByteArray text = (QStringLiteral("zh:") + row.text(2) + QStringLiteral("\nen:") + row.text(3)).toUtf8();
        if (device.value()->write(text) != text.size())
            return makeError(ErrorCode::Failed, device.value()->errorString());
        return ctx.sink.end();
    });
}

} // namespace cd::evidence
