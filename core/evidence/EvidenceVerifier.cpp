#include "EvidenceVerifier.h"
#include "CsvReader.h"
#include "ZipReader.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Signing.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/DeletionLog.h"
#include "core/ledgers/HashChain.h"
#include "core/ledgers/LedgerHeads.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <vector>

namespace cd::evidence {

namespace {

const QStringList kUnlisted{QStringLiteral("SHA256SUMS"), QStringLiteral("SHA256SUMS.sig"), QStringLiteral("public_key.pem")};

QByteArray unhex(const QString &s) { return QByteArray::fromHex(s.toLatin1()); }
QString shortKey(const QByteArray &key) { return QString::fromLatin1(crypto::sha256(key).toHex().left(16)); }

struct Chain {
    std::vector<QByteArray> hashes;  // hashes[seq - 1]
    std::vector<std::pair<qint64, qint64>> authors;  // audit: (seq, user id)
    QString failure;
    QByteArray at(qint64 seq) const
    {
        return seq == 0 ? hashchain::genesis() : seq <= qint64(hashes.size()) ? hashes[std::size_t(seq - 1)] : QByteArray();
    }
};

// One ledger's rows recomputed from the file: the columns as the chain hashes them, then
// prev_hash and hash.
Chain readChain(const QByteArray &csv, const ChainTable &t, bool audit)
{
    Chain chain;
    bool header = true;
    QByteArray prev = hashchain::genesis();
    const auto result = forEachCsvRow(csv, [&](const QStringList &cells) {
        if (header) {
            header = false;
            return true;
        }
        const qint64 expected = qint64(chain.hashes.size()) + 1;
        if (cells.size() != t.columnCount + 2) {
            chain.failure = EvidenceVerifier::tr("row %1 of the %2 has the wrong number of columns").arg(expected).arg(QString::fromLatin1(t.table));
            return false;
        }
        std::vector<ChainField> fields;
        for (int c = 0; c < t.columnCount; ++c) {
            if (t.kinds[c] == 'i')
                fields.emplace_back(cells[c].toLongLong());
            else
                fields.emplace_back(exactText(cells[c]));
        }
        if (std::get<qint64>(fields[0]) != expected) {
            chain.failure = EvidenceVerifier::tr("the %1 skips from row %2 to row %3").arg(QString::fromLatin1(t.table)).arg(expected - 1).arg(cells[0]);
            return false;
        }
        const QByteArray hash = crypto::sha256(prev, hashchain::canonical(fields));
        if (unhex(cells[t.columnCount]) != prev || unhex(cells[t.columnCount + 1]) != hash) {
            chain.failure = EvidenceVerifier::tr("row %1 of the %2 does not match its hash").arg(expected).arg(QString::fromLatin1(t.table));
            return false;
        }
        chain.hashes.push_back(hash);
        if (audit)
            chain.authors.emplace_back(expected, std::get<qint64>(fields[2]));
        prev = hash;
        return true;
    });
    if (!result)
        chain.failure = result.error().message;
    return chain;
}

EvidenceCheck failed(EvidenceCheck c, const QString &why)
{
    c.ok = false;
    c.failure = why;
    return c;
}

} // namespace

Result<EvidenceCheck> EvidenceVerifier::verify(const QString &path)
{
    auto zip = ZipReader::open(path);
    if (!zip)
        return zip.error();
    EvidenceCheck check;

    // 1. Every file against SHA256SUMS, every file listed once.
    auto sums = zip->read(QStringLiteral("SHA256SUMS"), 16 << 20);
    if (!sums)
        return failed(check, sums.error().message);
    QSet<QString> listed;
    for (const QByteArray &line : sums->split('\n')) {
        if (line.isEmpty())
            continue;
        const qsizetype space = line.indexOf(' ');
        if (space != 64 || line.size() < 67 || (line[65] != ' ' && line[65] != '*'))
            return failed(check, tr("SHA256SUMS has a line that is not \"<hash>  <file>\""));
        const QString name = QString::fromUtf8(line.mid(66));
        if (listed.contains(name))
            return failed(check, tr("SHA256SUMS lists %1 twice").arg(name));
        listed.insert(name);
        auto bytes = zip->read(name);
        if (!bytes)
            return failed(check, tr("%1 is listed in SHA256SUMS but missing or damaged").arg(name));
        if (crypto::sha256(bytes.value()).toHex() != line.left(64).toLower())
            return failed(check, tr("%1 does not match its SHA-256 in SHA256SUMS").arg(name));
    }
    for (const ZipReader::Entry &e : zip->entries())
        if (!listed.contains(e.name) && !kUnlisted.contains(e.name))
            return failed(check, tr("%1 is in the package but not in SHA256SUMS").arg(e.name));
    check.checked << tr("%n file(s) match their SHA-256 in SHA256SUMS, and nothing else is in the package.", nullptr,
                        int(listed.size()));

    // 2. SHA256SUMS signed by the store identity.
    auto pem = zip->read(QStringLiteral("public_key.pem"), 4096);
    auto sig = zip->read(QStringLiteral("SHA256SUMS.sig"), 4096);
    if (!pem || !sig)
        return failed(check, tr("public_key.pem or SHA256SUMS.sig is missing"));
    check.identity = crypto::publicKeyFromPem(pem.value());
    if (check.identity.isEmpty())
        return failed(check, tr("public_key.pem is not an Ed25519 public key"));
    if (!crypto::verifySignature(check.identity, sums.value(), sig.value()))
        return failed(check, tr("SHA256SUMS.sig is not a signature over SHA256SUMS by the key in public_key.pem"));
    check.checked << tr("SHA256SUMS is signed by the store identity in public_key.pem (key %1).").arg(shortKey(check.identity));

    // 3. heads.json names the same identity.
    auto headsBytes = zip->read(QStringLiteral("heads.json"), 1 << 20);
    if (!headsBytes)
        return failed(check, headsBytes.error().message);
    const QJsonObject heads = QJsonDocument::fromJson(headsBytes.value()).object();
    if (heads.value(QStringLiteral("format")).toString() != QLatin1String("consentdesk-heads-1")
        || unhex(heads.value(QStringLiteral("identity_public_key")).toString()) != check.identity)
        return failed(check, tr("heads.json does not name the identity in public_key.pem"));
    check.databaseId = unhex(heads.value(QStringLiteral("database_id")).toString());

    // 4. Every key's certificate (and revocation) by the identity.
    QHash<qint64, CertifiedKey> keys;
    {
        CertifiedKey self;
        self.publicKey = check.identity;
        self.userName = QStringLiteral("recovery");
        self.certificateOk = true;
        keys.insert(0, self);
    }
    auto keyFile = zip->read(QStringLiteral("ledgers/keys.csv"));
    if (!keyFile)
        return failed(check, keyFile.error().message);
    bool header = true;
    QString keyFailure;
    CD_TRY(forEachCsvRow(keyFile.value(), [&](const QStringList &c) {
        if (std::exchange(header, false))
            return true;
        if (c.size() != 9) {
            keyFailure = tr("ledgers/keys.csv has a row with the wrong number of columns");
            return false;
        }
        CertifiedKey k;
        k.id = c[0].toLongLong();
        k.userId = c[1].toLongLong();
        k.userName = exactText(c[2]);
        k.role = exactText(c[3]);
        k.publicKey = unhex(c[4]);
        k.issuedAt = c[5].toLongLong();
        k.certificate = unhex(c[6]);
        k.revokedAt = c[7].toLongLong();
        k.revocation = unhex(c[8]);
        k.certificateOk = crypto::verifySignature(check.identity, SigningKeys::certificateMessage(check.databaseId, k), k.certificate);
        k.revocationOk = !k.revokedAt || crypto::verifySignature(check.identity, SigningKeys::revocationMessage(check.databaseId, k), k.revocation);
        keys.insert(k.id, k);
        return true;
    }));
    if (!keyFailure.isEmpty())
        return failed(check, keyFailure);

    // 5. Both ledgers, recomputed.
    auto auditCsv = zip->read(QStringLiteral("ledgers/audit_log.csv"));
    auto deletionCsv = zip->read(QStringLiteral("ledgers/deletion_log.csv"));
    if (!auditCsv || !deletionCsv)
        return failed(check, tr("the package does not hold both ledgers"));
    const Chain audit = readChain(auditCsv.value(), AuditLog::table(), true);
    if (!audit.failure.isEmpty())
        return failed(check, audit.failure);
    const Chain deletion = readChain(deletionCsv.value(), DeletionLog::table(), false);
    if (!deletion.failure.isEmpty())
        return failed(check, deletion.failure);
    check.auditRows = qint64(audit.hashes.size());
    check.deletionRows = qint64(deletion.hashes.size());
    check.auditHead = audit.at(check.auditRows);
    check.deletionHead = deletion.at(check.deletionRows);
    check.checked << tr("The audit log's %1 rows and the deletion log's %2 rows hash into an unbroken chain each.")
                         .arg(check.auditRows)
                         .arg(check.deletionRows);

    // 6. Every signed head, and the last one is heads.json's.
    auto headFile = zip->read(QStringLiteral("ledgers/heads.csv"));
    if (!headFile)
        return failed(check, headFile.error().message);
    header = true;
    QString headFailure;
    LedgerHead previous;
    QByteArray expectedPrev = hashchain::genesis();
    std::vector<std::pair<qint64, qint64>> ends;  // (audit seq, signer user id)
    qint64 auditTip = 0, deletionTip = 0;
    CD_TRY(forEachCsvRow(headFile.value(), [&](const QStringList &c) {
        if (std::exchange(header, false))
            return true;
        if (c.size() != 10) {
            headFailure = tr("ledgers/heads.csv has a row with the wrong number of columns");
            return false;
        }
        LedgerHead h;
        h.id = c[0].toLongLong();
        h.at = c[1].toLongLong();
        h.userId = c[2].toLongLong();
        h.keyId = c[3].toLongLong();
        h.auditSeq = c[4].toLongLong();
        h.auditHash = unhex(c[5]);
        h.deletionSeq = c[6].toLongLong();
        h.deletionHash = unhex(c[7]);
        h.prev = unhex(c[8]);
        h.signature = unhex(c[9]);
        headFailure = LedgerHeads::checkHead(h, previous.id, expectedPrev, keys, check.databaseId);
        if (headFailure.isEmpty() && (h.auditSeq < auditTip || h.deletionSeq < deletionTip))
            headFailure = tr("head %1 goes back in a ledger").arg(h.id);
        if (headFailure.isEmpty() && (audit.at(h.auditSeq) != h.auditHash || deletion.at(h.deletionSeq) != h.deletionHash))
            headFailure = tr("head %1, signed by %2, does not match the ledgers' rows").arg(h.id).arg(LedgerHeads::signerName(keys, h));
        if (!headFailure.isEmpty())
            return false;
        auditTip = h.auditSeq;
        deletionTip = h.deletionSeq;
        ends.emplace_back(h.auditSeq, h.userId);
        expectedPrev = LedgerHeads::digest(check.databaseId, h);
        previous = h;
        return true;
    }));
    if (!headFailure.isEmpty())
        return failed(check, headFailure);
    const QJsonObject last = heads.value(QStringLiteral("head")).toObject();
    if (previous.id == 0 || last.value(QStringLiteral("id")).toInteger() != previous.id
        || unhex(last.value(QStringLiteral("signature")).toString()) != previous.signature
        || auditTip != check.auditRows || deletionTip != check.deletionRows)
        return failed(check, tr("the last signed head is not the one heads.json names, or rows lie beyond it"));
    check.lastHeadId = previous.id;
    check.lastHeadSignature = previous.signature;

    // 7. Every audit row naming a user was committed under that user's signature.
    const qint64 since = qint64(heads.value(QStringLiteral("signing_since")).toInteger());
    std::size_t head = 0;
    for (const auto &[seq, userId] : audit.authors) {
        if (seq <= since)
            continue;
        while (head < ends.size() && ends[head].first < seq)
            ++head;
        if (head < ends.size() && userId != 0 && ends[head].second != userId)
            return failed(check, tr("audit row %1 names user #%2 but its commit is signed by user #%3")
                                     .arg(seq).arg(userId).arg(ends[head].second));
    }
    check.checked << tr("%n signed head(s) checked: each links to the one before and is signed by a key the store "
                        "identity certified, and the last covers every row.", nullptr, int(previous.id));
    check.ok = true;
    return check;
}

Result<EvidenceCheck> EvidenceVerifier::verifySince(const QString &newer, const QString &older)
{
    auto now = verify(newer);
    if (!now)
        return now.error();
    if (!now->ok)
        return now;
    auto before = verify(older);
    if (!before)
        return before.error();
    EvidenceCheck check = now.value();
    if (!before->ok)
        return failed(check, tr("The older package does not verify: %1").arg(before->failure));
    if (before->identity != check.identity || before->databaseId != check.databaseId)
        return failed(check, tr("The packages are not from the same store identity: the store or its identity was "
                                "replaced in between"));
    // Recomputed from genesis in both, equal hashes at the older heads mean the same rows.
    auto nowPackage = ZipReader::open(newer);
    if (!nowPackage)
        return nowPackage.error();
    const Chain audit = readChain(nowPackage->read(QStringLiteral("ledgers/audit_log.csv")).value(), AuditLog::table(), false);
    const Chain deletion =
        readChain(nowPackage->read(QStringLiteral("ledgers/deletion_log.csv")).value(), DeletionLog::table(), false);
    if (before->auditRows > check.auditRows || audit.at(before->auditRows) != before->auditHead)
        return failed(check, tr("The audit log was rewritten or cut since the older package: its first %1 rows are not "
                                "the same").arg(before->auditRows));
    if (before->deletionRows > check.deletionRows || deletion.at(before->deletionRows) != before->deletionHead)
        return failed(check, tr("The deletion log was rewritten or cut since the older package: its first %1 rows are "
                                "not the same").arg(before->deletionRows));
    check.checked << tr("The history extends the older package's: the same %1 audit rows and %2 deletion rows, bit "
                        "for bit, then %3 and %4 more.")
                         .arg(before->auditRows)
                         .arg(before->deletionRows)
                         .arg(check.auditRows - before->auditRows)
                         .arg(check.deletionRows - before->deletionRows);
    return check;
}

} // namespace cd::evidence
