// cameras.csv (each camera's mode now), camera_mode_changes.csv (the audited changes in the
// period), signs.csv (the signs posted at some time in the period) and their photos in signs/.
#include "EvidenceTables.h"

#include "core/access/Session.h"
#include "core/store/Database.h"

#include <QIODevice>

namespace cd::evidence {

namespace {


#define SIGNS_IN_PERIOD "FROM sign_records g WHERE g.posted_since < ?2 AND (g.retired_at IS NULL OR g.retired_at >= ?1) "

// The photo's file name in signs/, its type from its first bytes.
QString photoFile(qint64 signId, QByteArrayView head)
{
    QString ext = QStringLiteral("bin");
    if (head.startsWith(QByteArrayView("\xFF\xD8\xFF")))
        ext = QStringLiteral("jpg");
    else if (head.startsWith(QByteArrayView("\x89PNG")))
        ext = QStringLiteral("png");
    return QStringLiteral("signs/%1.%2").arg(signId).arg(ext);
}

} // namespace

Result<void> writeCameraTables(TableContext &ctx)
{
    const auto bindPeriod = [&ctx](Query &q) { q.bind(1, ctx.fromMs).bind(2, ctx.toMs); };
    CD_TRY(writeCsv(ctx, {QStringLiteral("cameras.csv"),
                          {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Vendor"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Camera"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Name"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Zone"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Mode"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Mode changed at"),
                           QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Changed by"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Reason")},
                          "SELECT v.code, d.device_key, d.name, coalesce(z.zone_key, ''), d.mode, d.mode_changed_at, "
                          "coalesce(u.name, ''), coalesce(d.mode_reason, '') FROM camera_devices d "
                          "JOIN vendors v ON v.id = d.vendor_id LEFT JOIN camera_zones z ON z.id = d.zone_id "
                          "LEFT JOIN users u ON u.id = d.mode_changed_by ORDER BY v.code, d.device_key",
                          {}, [&ctx](const Query &q) {
                              return QStringList{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4),
                                                 ctx.time(q, 5), q.text(6), q.text(7)};
                          }}));
    // Every change of mode is audited ("camera.mode": old -> new; reason).
    CD_TRY(writeCsv(ctx, {QStringLiteral("camera_mode_changes.csv"),
                          {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Audit row"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "At"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "User"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Camera"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Change")},
                          "SELECT seq, at, user_name, object_id, detail FROM audit_log "
                          "WHERE action = 'camera.mode' AND at >= ?1 AND at < ?2 ORDER BY seq",
                          bindPeriod, [&ctx](const Query &q) {
                              return QStringList{QString::number(q.int64(0)), ctx.time(q, 1), q.text(2), q.text(3),
                                                 q.text(4)};
                          }}));
    CD_TRY(writeCsv(
        ctx, {QStringLiteral("signs.csv"),
              {QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Sign"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Vendor"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Zone"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Purpose"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Notice version"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Description"),
               QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Posted since"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Retired at"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Photo SHA-256"), QT_TRANSLATE_NOOP("cd::evidence::EvidenceTables", "Photo")},
              "SELECT g.id, v.code, z.zone_key, coalesce(p.code, ''), coalesce(n.version, ''), g.description, "
              "g.posted_since, g.retired_at, coalesce(g.photo_sha256, ''), substr(g.photo, 1, 4) "
              "FROM sign_records g JOIN camera_zones z ON z.id = g.zone_id JOIN vendors v ON v.id = z.vendor_id "
              "LEFT JOIN notice_versions n ON n.id = g.notice_version_id LEFT JOIN purposes p ON p.id = n.purpose_id "
              "WHERE g.posted_since < ?2 AND (g.retired_at IS NULL OR g.retired_at >= ?1) ORDER BY g.id",
              bindPeriod, [&ctx](const Query &q) {
                  return QStringList{QString::number(q.int64(0)), q.text(1), q.text(2), q.text(3), q.text(4),
                                     q.text(5), ctx.time(q, 6), ctx.time(q, 7), q.text(8),
                                     q.isNull(9) ? QString() : photoFile(q.int64(0), q.bytes(9))};
              }}));
    // The photos, one at a time (a photo is one blob: it is read whole, but only one).
    auto photos = ctx.session.db().query("SELECT g.id, g.photo " SIGNS_IN_PERIOD "AND g.photo IS NOT NULL ORDER BY g.id");
    bindPeriod(photos);
    return photos.forEach([&](const Query &row) -> Result<void> {
        const QByteArrayView photo = row.bytes(1);
        auto device = ctx.sink.begin(photoFile(row.int64(0), photo.first(qMin<qsizetype>(4, photo.size()))));
        if (!device)
            return device.error();
        if (device.value()->write(photo.data(), photo.size()) != photo.size())
            return makeError(ErrorCode::Failed, device.value()->errorString());
        return ctx.sink.end();
    });
}

} // namespace cd::evidence
