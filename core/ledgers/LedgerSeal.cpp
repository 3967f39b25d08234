#include "LedgerSeal.h"
#include "AuditLog.h"
#include "Checkpoints.h"
#include "DeletionLog.h"
#include "LedgerHeads.h"
#include "Ledgers.h"
#include "core/access/Session.h"
#include "core/evidence/CsvWriter.h"
#include "core/store/Database.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {

namespace {

QString hex(const QByteArray &b) { return QString::fromLatin1(b.toHex()); }

// A text cell as the ledger files keep it: exact, so that the chain can be recomputed from the
// file. The CSV writer puts an apostrophe before a cell starting with = + - or @; one starting
// with an apostrophe gets one here, so a reader drops exactly one leading apostrophe.
QString exactText(const QString &s) { return s.startsWith(QLatin1Char('\'')) ? QLatin1Char('\'') + s : s; }

Result<void> writeFile(evidence::EntrySink &sink, const QString &name, const QStringList &header,
                       const std::function<Result<void>(evidence::CsvWriter &)> &rows)
{
    auto device = sink.begin(name);
    if (!device)
        return device.error();
    evidence::CsvWriter csv(*device.value());
    CD_TRY(csv.row(header));
    CD_TRY(rows(csv));
    CD_TRY(csv.flush());
    return sink.end();
}

// Every row of one ledger up to `lastSeq`, its hashed columns then prev_hash and hash.
Result<void> writeLedger(Database &db, evidence::EntrySink &sink, const ChainTable &t, const QString &name,
                         qint64 lastSeq)
{
    QStringList header = QString::fromLatin1(t.columns).split(QStringLiteral(", "));
    header << QStringLiteral("prev_hash") << QStringLiteral("hash");
    return writeFile(sink, name, header, [&](evidence::CsvWriter &csv) -> Result<void> {
        const QByteArray sql = QByteArray("SELECT ") + t.columns + ", prev_hash, hash FROM " + t.table
            + " WHERE seq <= ?1 ORDER BY seq";
        auto q = db.query(sql.constData());
        q.bind(1, lastSeq);
        return q.forEach([&](const Query &r) {
            QStringList cells;
            for (int c = 0; c < t.columnCount; ++c)
                cells << (t.kinds[c] == 'i' ? QString::number(r.isNull(c) ? 0 : r.int64(c)) : exactText(r.text(c)));
            cells << hex(r.blob(t.columnCount)) << hex(r.blob(t.columnCount + 1));
            (void)csv.row(cells);
        });
    });
}

QJsonObject headJson(const LedgerHead &h, const QByteArray &digest)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("at"), h.at},
            {QStringLiteral("user_id"), h.userId},
            {QStringLiteral("key_id"), h.keyId},
            {QStringLiteral("audit_seq"), h.auditSeq},
            {QStringLiteral("audit_hash"), hex(h.auditHash)},
            {QStringLiteral("deletion_seq"), h.deletionSeq},
            {QStringLiteral("deletion_hash"), hex(h.deletionHash)},
            {QStringLiteral("prev"), hex(h.prev)},
            {QStringLiteral("signature"), hex(h.signature)},
            {QStringLiteral("digest"), hex(digest)}};
}

QJsonObject keyJson(const CertifiedKey &k)
{
    return {{QStringLiteral("id"), k.id},
            {QStringLiteral("user_id"), k.userId},
            {QStringLiteral("user_name"), k.userName},
            {QStringLiteral("role"), k.role},
            {QStringLiteral("public_key"), hex(k.publicKey)},
            {QStringLiteral("issued_at"), k.issuedAt},
            {QStringLiteral("certificate"), hex(k.certificate)},
            {QStringLiteral("revoked_at"), k.revokedAt},
            {QStringLiteral("revocation"), hex(k.revocation)}};
}

// The audit rows written before the store had signatures (docs/threat-model.md).
qint64 signingSince(Database &db)
{
    auto q = db.query("SELECT value FROM meta WHERE key = 'signing_since'");
    auto row = q.step();
    return row && row.value() ? q.text(0).section(QLatin1Char(' '), 0, 0).toLongLong() : 0;
}

} // namespace

Result<evidence::PackageSeal> LedgerSeal::make(Session &session)
{
    CD_TRY(session.require(Permission::ExportEvidence, QStringLiteral("evidence.seal")));
    if (session.identityKey().isNull())
        return makeError(ErrorCode::Forbidden, tr("Only an officer whose keyslot holds the store identity can sign an "
                                                  "evidence package. Sign in again, or ask another officer."));
    if (session.isReadOnly())
        return makeError(ErrorCode::Invalid, tr("The ledgers cannot be vouched for: %1").arg(session.readOnlyReason()));
    auto checks = verifyLedgers(session);
    if (!checks)
        return checks.error();
    for (const LedgerCheck &c : checks.value())
        if (!c.result.ok)
            return makeError(ErrorCode::Invalid, tr("The %1 does not verify (%2), so no package can vouch for it.")
                                                     .arg(ledgerDisplayName(c.kind), c.result.reason));
    Database &db = session.db();
    auto head = LedgerHeads::last(db);
    if (!head)
        return head.error();
    auto identity = SigningKeys::identityPublicKey(db);
    if (!identity)
        return identity.error();
    auto keys = SigningKeys::loadAll(db, identity.value());
    if (!keys)
        return keys.error();
    auto points = Checkpoints::read(db, Checkpoints::pathFor(session.databasePath()));
    if (!points)
        return points.error();
    const QByteArray dbId = SigningKeys::databaseId(db);

    QJsonObject heads{{QStringLiteral("format"), QStringLiteral("consentdesk-heads-1")},
                      {QStringLiteral("database_id"), hex(dbId)},
                      {QStringLiteral("identity_public_key"), hex(identity.value())},
                      {QStringLiteral("sealed_at"), session.clock().nowMs()},
                      {QStringLiteral("sealed_by"), session.user().name},
                      {QStringLiteral("audit"), QJsonObject{{QStringLiteral("rows"), head->auditSeq},
                                                            {QStringLiteral("head_hash"), hex(head->auditHash)}}},
                      {QStringLiteral("deletion"), QJsonObject{{QStringLiteral("rows"), head->deletionSeq},
                                                               {QStringLiteral("head_hash"), hex(head->deletionHash)}}},
                      {QStringLiteral("head"), headJson(head.value(), LedgerHeads::digest(dbId, head.value()))},
                      {QStringLiteral("signer"), keyJson(keys->value(head->keyId))},
                      {QStringLiteral("signing_since"), signingSince(db)}};
    if (!points->empty()) {
        const Checkpoint &c = points->back();
        heads.insert(QStringLiteral("checkpoint"),
                     QJsonObject{{QStringLiteral("n"), c.n},
                                 {QStringLiteral("at"), c.at},
                                 {QStringLiteral("audit_seq"), c.auditSeq},
                                 {QStringLiteral("deletion_seq"), c.deletionSeq}});
    }

    evidence::PackageSeal seal;
    seal.headsJson = QJsonDocument(heads).toJson(QJsonDocument::Indented);
    seal.publicKeyPem = crypto::publicKeyPem(identity.value());
    const LedgerHead sealed = head.value();
    Session *s = &session;
    seal.writeLedgers = [s, sealed](evidence::EntrySink &sink) -> Result<void> {
        Database &d = s->db();
        CD_TRY(writeLedger(d, sink, AuditLog::table(), QStringLiteral("ledgers/audit_log.csv"), sealed.auditSeq));
        CD_TRY(writeLedger(d, sink, DeletionLog::table(), QStringLiteral("ledgers/deletion_log.csv"), sealed.deletionSeq));
        CD_TRY(writeFile(sink, QStringLiteral("ledgers/heads.csv"),
                         {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user_id"), QStringLiteral("key_id"),
                          QStringLiteral("audit_seq"), QStringLiteral("audit_hash"), QStringLiteral("deletion_seq"),
                          QStringLiteral("deletion_hash"), QStringLiteral("prev"), QStringLiteral("signature")},
                         [&](evidence::CsvWriter &csv) -> Result<void> {
                             auto q = d.query("SELECT id, at, user_id, key_id, audit_seq, audit_hash, deletion_seq, "
                                              "deletion_hash, prev, signature FROM ledger_heads WHERE id <= ?1 ORDER BY id");
                             q.bind(1, sealed.id);
                             return q.forEach([&](const Query &r) {
                                 (void)csv.row({QString::number(r.int64(0)), QString::number(r.int64(1)),
                                                QString::number(r.int64(2)), QString::number(r.int64(3)),
                                                QString::number(r.int64(4)), hex(r.blob(5)), QString::number(r.int64(6)),
                                                hex(r.blob(7)), hex(r.blob(8)), hex(r.blob(9))});
                             });
                         }));
        return writeFile(sink, QStringLiteral("ledgers/keys.csv"),
                         {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("user_name"),
                          QStringLiteral("role"), QStringLiteral("public_key"), QStringLiteral("issued_at"),
                          QStringLiteral("certificate"), QStringLiteral("revoked_at"), QStringLiteral("revocation")},
                         [&](evidence::CsvWriter &csv) -> Result<void> {
                             auto q = d.query("SELECT id, user_id, user_name, role, public_key, issued_at, certificate, "
                                              "coalesce(revoked_at, 0), coalesce(revocation, x'') FROM signing_keys ORDER BY id");
                             return q.forEach([&](const Query &r) {
                                 (void)csv.row({QString::number(r.int64(0)), QString::number(r.int64(1)),
                                                exactText(r.text(2)), exactText(r.text(3)), hex(r.blob(4)),
                                                QString::number(r.int64(5)), hex(r.blob(6)), QString::number(r.int64(7)),
                                                hex(r.blob(8))});
                             });
                         });
    };
    const crypto::SigningKey *identityKey = &session.identityKey();
    seal.sign = [identityKey](const QByteArray &sums) -> Result<QByteArray> { return crypto::sign(*identityKey, sums); };
    return seal;
}

} // namespace cd
