// vendor_agreements.csv, piias.csv, filing.csv and incidents.csv: the compliance records as they
// stood at the end of the period (every version written before it ends; incidents open at some
// time in it). Attachments and documents are named by their SHA-256, not copied.
#include "EvidenceTables.h"

#include "core/store/Database.h"

namespace cd::evidence {

namespace {


QString number(const Query &q, int c) { return q.isNull(c) ? QString() : QString::number(q.int64(c)); }

} // namespace

Result<void> writeComplianceTables(TableContext &ctx)
{
    const auto bindPeriod = [&ctx](Query &q) { q.bind(1, ctx.fromMs).bind(2, ctx.toMs); };
    const auto bindEnd = [&ctx](Query &q) { q.bind(1, ctx.toMs); };
    CD_TRY(writeCsv(ctx, {QStringLiteral("vendor_agreements.csv"),
                          {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Vendor"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Version"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Reference"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Purpose"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Method"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Categories"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Protection"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "End of term"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Sub-processors"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Processing location"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Valid from"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Valid until"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Document SHA-256"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Recorded by"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Recorded at")},
                          "SELECT a.vendor_code, a.version, a.reference, a.purpose, a.method, a.categories, "
                          "a.protection, a.end_of_term, a.sub_processors, a.location, coalesce(a.valid_from, ''), "
                          "coalesce(a.valid_until, ''), coalesce(a.document_sha256, ''), coalesce(u.name, ''), "
                          "a.created_at FROM vendor_agreements a LEFT JOIN users u ON u.id = a.created_by "
                          "WHERE a.created_at < ?1 ORDER BY a.vendor_code, a.version",
                          bindEnd, [&ctx](const Query &q) {
                              QStringList cells;
                              for (int c = 0; c < 14; ++c)
                                  cells << (c == 1 ? number(q, c) : q.text(c));
                              cells << ctx.time(q, 14);
                              return cells;
                          }}));
    CD_TRY(writeCsv(ctx, {QStringLiteral("piias.csv"),
                          {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Assessment"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Scope"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Subject"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Version"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Title"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Legality"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Impact"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Measures"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Review on"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Keep until"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Written by"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Written at"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Approved by"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Approved on"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Attachments (SHA-256)")},
                          "SELECT a.id, a.scope, a.subject, a.version, a.title, a.legality, a.impact, a.measures, "
                          "a.review_on, a.keep_until, coalesce(c.name, ''), a.created_at, coalesce(p.name, ''), "
                          "coalesce(a.approved_on, ''), (SELECT group_concat(t.file_name || ' ' || t.sha256, '; ') "
                          "FROM piia_attachments t WHERE t.piia_id = a.id) FROM piias a "
                          "LEFT JOIN users c ON c.id = a.created_by LEFT JOIN users p ON p.id = a.approved_by "
                          "WHERE a.created_at < ?1 ORDER BY a.scope, a.subject, a.version",
                          bindEnd, [&ctx](const Query &q) {
                              return QStringList{number(q, 0), q.text(1), q.text(2), number(q, 3), q.text(4),
                                                 q.text(5), q.text(6), q.text(7), q.text(8), q.text(9), q.text(10),
                                                 ctx.time(q, 11), q.text(12), q.text(13), q.text(14)};
                          }}));
    CD_TRY(writeCsv(ctx, {QStringLiteral("filing.csv"),
                          {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Filing"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Threshold crossed on"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Face-data holders"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Threshold"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Deadline"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Deadline estimated"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Filed on"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Authority"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Reference"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Document SHA-256"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Filed by"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Withdrawn at"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Withdrawal reason")},
                          "SELECT f.id, f.crossed_on, f.holders, f.threshold, f.deadline_on, f.deadline_estimated, "
                          "coalesce(f.filed_on, ''), coalesce(f.authority, ''), coalesce(f.reference, ''), "
                          "coalesce(f.document_sha256, ''), coalesce(u.name, ''), f.withdrawn_at, "
                          "coalesce(f.withdrawn_reason, '') FROM filing_records f "
                          "LEFT JOIN users u ON u.id = f.filed_by WHERE f.created_at < ?1 ORDER BY f.id",
                          bindEnd, [&ctx](const Query &q) {
                              return QStringList{number(q, 0), q.text(1), number(q, 2), number(q, 3), q.text(4),
                                                 number(q, 5), q.text(6), q.text(7), q.text(8), q.text(9),
                                                 q.text(10), ctx.time(q, 11), q.text(12)};
                          }}));
    CD_TRY(writeCsv(ctx, {QStringLiteral("incidents.csv"),
                          {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Incident"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Title"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Description"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Occurred at"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Found at"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Categories"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "People affected"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Measures"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Authority notified at"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Authority"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "People notified at"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Why people were not notified"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Closed at")},
                          "SELECT id, title, description, occurred_at, found_at, categories, people_affected, "
                          "measures, authority_notified_at, coalesce(authority_name, ''), people_notified_at, "
                          "coalesce(people_not_notified_reason, ''), closed_at FROM incidents "
                          "WHERE found_at < ?2 AND (closed_at IS NULL OR closed_at >= ?1) ORDER BY id",
                          bindPeriod, [&ctx](const Query &q) {
                              return QStringList{number(q, 0), q.text(1), q.text(2), ctx.time(q, 3), ctx.time(q, 4),
                                                 q.text(5), number(q, 6), q.text(7), ctx.time(q, 8), q.text(9),
                                                 ctx.time(q, 10), q.text(11), ctx.time(q, 12)};
                          }}));
    return {};
}

} // namespace cd::evidence
