// The threat model of docs/threat-model.md, one test per line. A staff member derives the data key
// and their own signing key from their keyslot (as a twenty-line libsodium script would), opens
// the database with the sqlcipher shell, drops the triggers, rewrites the ledgers, recomputes the
// hash chain, re-signs what their key can sign and puts the triggers back. verify-ledger (run by
// the auditor) must exit 1 naming the row and why, wherever a head or a checkpoint signed by
// someone else covers what was changed; the limits the document states are shown to hold too.
#include "tests/support/CliFixture.h"
#include "core/crypto/Crypto.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/Checkpoints.h"
#include "core/ledgers/HashChain.h"
#include "core/ledgers/LedgerHeads.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace clitest;
using namespace cd;

namespace {

QByteArray sqlText(const QString &s) { return "'" + s.toUtf8().replace("'", "''") + "'"; }
QByteArray sqlBlob(const QByteArray &b) { return "x'" + b.toHex() + "'"; }

// What the staff member holds after opening their own slot.
struct Insider {
    QString name;
    SecretBytes dataKey;
    crypto::SigningKey key;
    qint64 userId = 0;
    qint64 keyId = 0;
};

} // namespace

class TestCliSignedLedgers : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestStore> m_store;
    int m_copies = 0;

    // A copy of the store's three files (database, keyslots, checkpoints) to attack.
    QString copyOfStore(bool withCheckpoints = true)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("copy%1").arg(++m_copies));
        QDir().mkpath(dir);
        const QString db = dir + QStringLiteral("/store.cdb");
        bool ok = QFile::copy(m_store->dbPath(), db) && QFile::copy(m_store->keysPath(), db + QStringLiteral(".keys"));
        if (withCheckpoints)
            ok = ok && QFile::copy(Checkpoints::pathFor(m_store->dbPath()), Checkpoints::pathFor(db));
        return ok ? db : QString();
    }

    Insider insider(const QString &db, const QString &name)
    {
        Insider in;
        in.name = name;
        auto slots_ = KeyslotFile::load(KeyslotFile::pathFor(db));
        if (!slots_)
            return in;
        for (const Account &a : accounts()) {
            if (a.name != name)
                continue;
            auto opened = slots_->unlock(a.name, a.passphrase);
            if (!opened)
                return in;
            in.dataKey = std::move(opened->key);
            in.key = std::move(opened->signing);
        }
        auto open = Database::open(db, &in.dataKey);
        if (!open)
            return in;
        in.userId = open.value()->queryInt(QByteArray("SELECT id FROM users WHERE name = " + sqlText(name)).constData()).value();
        auto keyId = SigningKeys::keyIdOf(*open.value(), in.key.publicKey);
        in.keyId = keyId ? keyId.value() : 0;
        return in;
    }

    // SQL through the sqlcipher shell with the insider's key, triggers of both ledgers and the
    // heads dropped before and put back after (their SQL read from the file itself).
    CliRun shell(const QString &db, const Insider &in, const QByteArray &sql)
    {
        QByteArray drop, restore;
        auto open = Database::open(db, &in.dataKey);
        if (open) {
            auto q = open.value()->query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                                         "('audit_log', 'deletion_log', 'ledger_heads', 'signing_keys')");
            (void)q.forEach([&](const Query &r) {
                drop += "DROP TRIGGER " + r.text(0).toUtf8() + ";\n";
                restore += r.text(1).toUtf8() + ";\n";
            });
        }
        auto key = in.dataKey.read();
        const QByteArray hexKey = QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())).toHex();
        const QByteArray script = "PRAGMA key = \"x'" + hexKey + "'\";\nPRAGMA cipher_page_size = 4096;\n"
                                  "BEGIN;\n" + drop + sql + restore + "COMMIT;\n";
        return runProgram(QStringLiteral("sqlcipher"), {db}, script, 60000);
    }

    std::vector<AuditEntry> auditRows(const QString &db, const Insider &in)
    {
        auto open = Database::open(db, &in.dataKey);
        auto rows = AuditLog::page(*open.value(), 0, 1000000);
        std::vector<AuditEntry> all = rows.value();
        std::reverse(all.begin(), all.end());
        return all;
    }

    std::vector<LedgerHead> heads(const QString &db, const Insider &in)
    {
        auto open = Database::open(db, &in.dataKey);
        std::vector<LedgerHead> out;
        auto q = open.value()->query("SELECT id, at, user_id, key_id, audit_seq, audit_hash, deletion_seq, "
                                     "deletion_hash, prev, signature FROM ledger_heads ORDER BY id");
        (void)q.forEach([&](const Query &r) {
            LedgerHead h;
            h.id = r.int64(0);
            h.at = r.int64(1);
            h.userId = r.int64(2);
            h.keyId = r.int64(3);
            h.auditSeq = r.int64(4);
            h.auditHash = r.blob(5);
            h.deletionSeq = r.int64(6);
            h.deletionHash = r.blob(7);
            h.prev = r.blob(8);
            h.signature = r.blob(9);
            out.push_back(h);
        });
        return out;
    }

    QByteArray databaseId(const QString &db, const Insider &in)
    {
        auto open = Database::open(db, &in.dataKey);
        return SigningKeys::databaseId(*open.value());
    }

    // The audit rows from `from` on, written again as `rows` with the chain recomputed (seq
    // renumbered from `from`): returns the SQL and, through `hashOf`, each new seq's hash.
    QByteArray rechain(const std::vector<AuditEntry> &all, qint64 from, std::vector<AuditEntry> rows,
                       QHash<qint64, QByteArray> &hashOf)
    {
        QByteArray prev = from > 1 ? all[std::size_t(from - 2)].hash : hashchain::genesis();
        QByteArray sql = "DELETE FROM audit_log WHERE seq >= " + QByteArray::number(from) + ";\n";
        qint64 seq = from;
        for (AuditEntry &e : rows) {
            e.seq = seq++;
            e.prevHash = prev;
            e.hash = crypto::sha256(prev, AuditLog::canonicalBytes(e));
            prev = e.hash;
            hashOf.insert(e.seq, e.hash);
            sql += "INSERT INTO audit_log(seq, at, user_id, user_name, action, object_type, object_id, detail, "
                   "prev_hash, hash) VALUES (" + QByteArray::number(e.seq) + ", " + QByteArray::number(e.at) + ", "
                + QByteArray::number(e.userId) + ", " + sqlText(e.userName) + ", " + sqlText(e.action) + ", "
                + sqlText(e.objectType) + ", " + sqlText(e.objectId) + ", " + sqlText(e.detail) + ", "
                + sqlBlob(e.prevHash) + ", " + sqlBlob(e.hash) + ");\n";
        }
        return sql;
    }

    // Heads from index `first` on, signed again by the insider (their user and key) over the new
    // audit hashes; `newSeq` maps an old audit seq to the new one.
    QByteArray resign(const QByteArray &dbId, const std::vector<LedgerHead> &all, std::size_t first,
                      const Insider &in, const std::function<qint64(qint64)> &newSeq,
                      const QHash<qint64, QByteArray> &hashOf)
    {
        QByteArray sql = "DELETE FROM ledger_heads WHERE id >= " + QByteArray::number(all[first].id) + ";\n";
        QByteArray prev = first ? LedgerHeads::digest(dbId, all[first - 1]) : hashchain::genesis();
        for (std::size_t i = first; i < all.size(); ++i) {
            LedgerHead h = all[i];
            h.userId = in.userId;
            h.keyId = in.keyId;
            h.auditSeq = newSeq(h.auditSeq);
            h.auditHash = hashOf.value(h.auditSeq, h.auditHash);
            h.prev = prev;
            h.signature = crypto::sign(in.key, LedgerHeads::message(dbId, h));
            prev = LedgerHeads::digest(dbId, h);
            sql += headInsert(h);
        }
        return sql;
    }

    static QByteArray headInsert(const LedgerHead &h)
    {
        return "INSERT INTO ledger_heads(id, at, user_id, key_id, audit_seq, audit_hash, deletion_seq, deletion_hash, "
               "prev, signature) VALUES (" + QByteArray::number(h.id) + ", " + QByteArray::number(h.at) + ", "
            + QByteArray::number(h.userId) + ", " + QByteArray::number(h.keyId) + ", " + QByteArray::number(h.auditSeq)
            + ", " + sqlBlob(h.auditHash) + ", " + QByteArray::number(h.deletionSeq) + ", " + sqlBlob(h.deletionHash)
            + ", " + sqlBlob(h.prev) + ", " + sqlBlob(h.signature) + ");\n";
    }

    CliRun verifyLedger(const QString &db, const QString &user = QStringLiteral("auditor1"))
    {
        return runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), user, QStringLiteral("--passphrase-file"),
                       m_store->passFile(user), QStringLiteral("verify-ledger"), QStringLiteral("--json")});
    }

    static qint64 seqOf(const std::vector<AuditEntry> &rows, const QString &action, const QString &userName,
                        const QString &objectId = {})
    {
        for (const AuditEntry &e : rows)
            if (e.action == action && e.userName == userName && (objectId.isEmpty() || e.objectId == objectId))
                return e.seq;
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(cliPath()), "build the consentdesk-cli target first");
        if (QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty())
            QSKIP("the sqlcipher shell is not installed");
        m_store = std::make_unique<TestStore>(m_tmp.filePath(QStringLiteral("store")));
        QVERIFY(m_store->create(5));
        // The staff member is refused something (the row they will want gone), then registers a
        // customer; the officer works after that (a sign-in, a purpose listing, a sign-out).
        QCOMPARE(m_store->cli(QStringLiteral("staff1"), {QStringLiteral("user"), QStringLiteral("remove"),
                                                         QStringLiteral("auditor1")})
                     .exitCode,
                 1);
        QCOMPARE(m_store->cli(QStringLiteral("staff1"),
                              {QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("Synthetic Insider"), QStringLiteral("--phone"),
                               QStringLiteral("15500019999"), QStringLiteral("--purpose"), QStringLiteral("visits")})
                     .exitCode,
                 0);
        QCOMPARE(m_store->cli(QStringLiteral("officer"), {QStringLiteral("purpose"), QStringLiteral("list")}).exitCode, 0);
        QVERIFY(QFileInfo::exists(Checkpoints::pathFor(m_store->dbPath())));
        auto honest = verifyLedger(m_store->dbPath());
        QVERIFY2(honest.exitCode == 0, honest.all().toUtf8().constData());
    }

    // "Nobody can rewrite a row that a head signed by someone else covers": the seed story's
    // attack in full — the refusal deleted, the staff member's own user.add row made to say
    // officer, the chain recomputed and every head from there re-signed with the staff key.
    void insiderRewriteIsCaught()
    {
        const QString db = copyOfStore(false);  // the checkpoint file deleted as well
        Insider staff = insider(db, QStringLiteral("staff1"));
        QVERIFY(!staff.key.isNull());
        QVERIFY(staff.keyId > 0);
        const std::vector<AuditEntry> all = auditRows(db, staff);
        const qint64 denied = seqOf(all, QStringLiteral("access.denied"), QStringLiteral("staff1"));
        const qint64 added = seqOf(all, QStringLiteral("user.add"), QStringLiteral("officer"), QStringLiteral("staff1"));
        QVERIFY(denied > added && added > 0);

        std::vector<AuditEntry> rewritten;
        for (qint64 s = added; s <= qint64(all.size()); ++s) {
            AuditEntry e = all[std::size_t(s - 1)];
            if (s == denied)
                continue;
            if (s == added)
                e.detail = QStringLiteral("officer");
            rewritten.push_back(e);
        }
        QHash<qint64, QByteArray> hashOf;
        QByteArray sql = rechain(all, added, rewritten, hashOf);
        const std::vector<LedgerHead> hs = heads(db, staff);
        std::size_t first = 0;
        while (first < hs.size() && hs[first].auditSeq < added)
            ++first;
        QVERIFY(first < hs.size());
        sql += resign(databaseId(db, staff), hs, first, staff, [&](qint64 s) { return s >= denied ? s - 1 : s; },
                      hashOf);
        auto tamper = shell(db, staff, sql);
        QVERIFY2(tamper.exitCode == 0 && tamper.err.isEmpty(), tamper.err.constData());
        // The chain alone is now consistent: only the signatures can tell.
        auto open = Database::open(db, &staff.dataKey);
        QVERIFY(open);
        QVERIFY(AuditLog::verify(*open.value())->ok);
        open.value().reset();

        auto r = verifyLedger(db);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("ledger")).toString(), QStringLiteral("audit"));
        QCOMPARE(r.json().value(QStringLiteral("firstBrokenSeq")).toInteger(), added);
        QVERIFY2(r.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("signed by user")),
                 r.out.constData());
    }

    // The same rewrite without re-signing: the officer's head no longer matches the rows.
    void rewriteWithoutResigningIsCaught()
    {
        const QString db = copyOfStore(false);
        Insider staff = insider(db, QStringLiteral("staff1"));
        const std::vector<AuditEntry> all = auditRows(db, staff);
        const qint64 added = seqOf(all, QStringLiteral("user.add"), QStringLiteral("officer"), QStringLiteral("staff1"));
        std::vector<AuditEntry> rewritten(all.begin() + (added - 1), all.end());
        rewritten.front().detail = QStringLiteral("officer");
        QHash<qint64, QByteArray> hashOf;
        auto tamper = shell(db, staff, rechain(all, added, rewritten, hashOf));
        QVERIFY2(tamper.exitCode == 0, tamper.err.constData());
        auto r = verifyLedger(db);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.json().value(QStringLiteral("firstBrokenSeq")).toInteger() <= added);
        QVERIFY2(r.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("rewritten")), r.out.constData());
        QVERIFY2(r.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("officer")), r.out.constData());
    }

    // "A head re-signed with the wrong key": the officer's head signed by the staff key.
    void headSignedWithWrongKeyIsCaught()
    {
        const QString db = copyOfStore();
        Insider staff = insider(db, QStringLiteral("staff1"));
        const std::vector<LedgerHead> hs = heads(db, staff);
        std::size_t officerHead = 0;
        while (officerHead < hs.size() && hs[officerHead].userId == staff.userId)
            ++officerHead;
        LedgerHead h = hs[officerHead];
        h.signature = crypto::sign(staff.key, LedgerHeads::message(databaseId(db, staff), h));
        auto tamper = shell(db, staff, "DELETE FROM ledger_heads WHERE id = " + QByteArray::number(h.id) + ";\n" + headInsert(h));
        QVERIFY2(tamper.exitCode == 0, tamper.err.constData());
        auto r = verifyLedger(db);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("does not match")), r.out.constData());
    }

    // "A cut tail is caught by the checkpoint": the officer's last work removed with its heads.
    void cutTailIsCaughtByCheckpoint()
    {
        const QString db = copyOfStore();
        Insider staff = insider(db, QStringLiteral("staff1"));
        const std::vector<AuditEntry> all = auditRows(db, staff);
        const std::vector<LedgerHead> hs = heads(db, staff);
        const qint64 keep = all.size() - 2;
        QByteArray sql = "DELETE FROM audit_log WHERE seq > " + QByteArray::number(keep) + ";\n"
                         "DELETE FROM ledger_heads WHERE audit_seq > " + QByteArray::number(keep) + ";\n";
        auto tamper = shell(db, staff, sql);
        QVERIFY2(tamper.exitCode == 0, tamper.err.constData());
        auto r = verifyLedger(db);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("checkpoint")), r.out.constData());
        // And a sign-in sees it too: the database opens read-only, says why, and a change fails.
        auto write = m_store->cli(QStringLiteral("staff1"), {QStringLiteral("consent"), QStringLiteral("add"),
                                                             QStringLiteral("--name"), QStringLiteral("Synthetic Later"),
                                                             QStringLiteral("--phone"), QStringLiteral("15500018888"),
                                                             QStringLiteral("--purpose"), QStringLiteral("visits")});
        Q_UNUSED(write);  // against the original store: it must still work
        auto onCopy = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("staff1"),
                              QStringLiteral("--passphrase-file"), m_store->passFile(QStringLiteral("staff1")),
                              QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Synthetic Later"), QStringLiteral("--phone"), QStringLiteral("15500018888"),
                              QStringLiteral("--purpose"), QStringLiteral("visits")});
        QVERIFY(onCopy.exitCode != 0);
        QVERIFY2(onCopy.err.contains("read-only"), onCopy.err.constData());
    }

    // The limit: rows cut off the end together with their heads, and the checkpoint file deleted,
    // leave nothing in this copy to compare with (an earlier evidence package does: --since).
    void cutTailWithoutCheckpointIsTheStatedLimit()
    {
        const QString db = copyOfStore(false);
        Insider staff = insider(db, QStringLiteral("staff1"));
        const std::vector<AuditEntry> all = auditRows(db, staff);
        const qint64 keep = all.size() - 2;
        auto tamper = shell(db, staff, "DELETE FROM audit_log WHERE seq > " + QByteArray::number(keep) + ";\n"
                                       "DELETE FROM ledger_heads WHERE audit_seq > " + QByteArray::number(keep) + ";\n");
        QVERIFY2(tamper.exitCode == 0, tamper.err.constData());
        QCOMPARE(verifyLedger(db).exitCode, 0);
    }

    // "Rows at the end can be forged only as oneself": a row claiming to be the officer's is
    // caught; one as the staff member, signed by them after the last foreign head, is not.
    void forgedTailRows_data()
    {
        QTest::addColumn<QString>("claimedUser");
        QTest::addColumn<bool>("caught");
        QTest::newRow("as the officer") << QStringLiteral("officer") << true;
        QTest::newRow("as oneself (the limit)") << QStringLiteral("staff1") << false;
    }
    void forgedTailRows()
    {
        QFETCH(QString, claimedUser);
        QFETCH(bool, caught);
        const QString db = copyOfStore(false);
        Insider staff = insider(db, QStringLiteral("staff1"));
        const std::vector<AuditEntry> all = auditRows(db, staff);
        AuditEntry e = all.back();
        e.userName = claimedUser;
        e.userId = claimedUser == QLatin1String("staff1") ? staff.userId : all.front().userId;
        e.action = QStringLiteral("consent.register");
        e.detail.clear();
        QHash<qint64, QByteArray> hashOf;
        const qint64 seq = qint64(all.size()) + 1;
        QByteArray sql = rechain(all, seq, {e}, hashOf);
        const std::vector<LedgerHead> hs = heads(db, staff);
        LedgerHead h = hs.back();
        h.id += 1;
        h.auditSeq = seq;
        h.auditHash = hashOf.value(seq);
        h.userId = staff.userId;
        h.keyId = staff.keyId;
        const QByteArray dbId = databaseId(db, staff);
        h.prev = LedgerHeads::digest(dbId, hs.back());
        h.signature = crypto::sign(staff.key, LedgerHeads::message(dbId, h));
        sql += headInsert(h);
        auto tamper = shell(db, staff, sql);
        QVERIFY2(tamper.exitCode == 0, tamper.err.constData());
        auto r = verifyLedger(db);
        QCOMPARE(r.exitCode, caught ? 1 : 0);
        if (caught)
            QCOMPARE(r.json().value(QStringLiteral("firstBrokenSeq")).toInteger(), seq);
    }

    // "Nobody can give their key another role": a certificate edited to say officer.
    void editedCertificateIsCaught()
    {
        const QString db = copyOfStore(false);
        Insider staff = insider(db, QStringLiteral("staff1"));
        auto tamper = shell(db, staff, "UPDATE signing_keys SET role = 'officer' WHERE id = "
                                           + QByteArray::number(staff.keyId) + ";\n");
        QVERIFY2(tamper.exitCode == 0, tamper.err.constData());
        auto r = verifyLedger(db);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("did not certify")), r.out.constData());
    }

    // "A removed user cannot sign after the removal": the staff member kept their signing seed;
    // the officer removes them (their key is revoked, the database re-keyed); someone holding the
    // new data key then adds a head signed with the kept seed, dated after the removal.
    void removedUsersKeyIsRevoked()
    {
        const QString db = copyOfStore(false);
        Insider staff = insider(db, QStringLiteral("staff1"));
        QVERIFY(!staff.key.isNull());
        auto removed = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("officer"),
                               QStringLiteral("--passphrase-file"), m_store->passFile(QStringLiteral("officer")),
                               QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("staff1")});
        QVERIFY2(removed.exitCode == 0, removed.all().toUtf8().constData());
        QCOMPARE(verifyLedger(db).exitCode, 0);
        Insider officer = insider(db, QStringLiteral("officer"));
        const std::vector<LedgerHead> hs = heads(db, officer);
        LedgerHead h = hs.back();
        const QByteArray dbId = databaseId(db, officer);
        h.id += 1;
        h.at += 60000;
        h.userId = staff.userId;
        h.keyId = staff.keyId;
        h.prev = LedgerHeads::digest(dbId, hs.back());
        h.signature = crypto::sign(staff.key, LedgerHeads::message(dbId, h));
        auto tamper = shell(db, officer, headInsert(h));
        QVERIFY2(tamper.exitCode == 0, tamper.err.constData());
        auto r = verifyLedger(db);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("after it was revoked")),
                 r.out.constData());
    }

    // "A replaced store identity is seen by every officer": a new identity in meta, every key
    // certified again by it. The auditor's check passes; the officer's sign-in opens read-only
    // and verify-ledger fails.
    void replacedIdentityIsCaughtByOfficer()
    {
        const QString db = copyOfStore(false);
        Insider staff = insider(db, QStringLiteral("staff1"));
        const crypto::SigningKey fake = crypto::SigningKey::generate();
        const QByteArray dbId = databaseId(db, staff);
        QByteArray sql = "UPDATE meta SET value = '" + fake.publicKey.toHex() + "' WHERE key = 'identity_public_key';\n";
        {
            auto open = Database::open(db, &staff.dataKey);
            auto keys = SigningKeys::loadAll(*open.value(), {});
            for (const CertifiedKey &k : keys.value()) {
                if (k.id == 0)
                    continue;
                sql += "UPDATE signing_keys SET certificate = " + sqlBlob(crypto::sign(fake, SigningKeys::certificateMessage(dbId, k)))
                    + " WHERE id = " + QByteArray::number(k.id) + ";\n";
            }
        }
        auto tamper = shell(db, staff, sql);
        QVERIFY2(tamper.exitCode == 0, tamper.err.constData());
        auto r = verifyLedger(db, QStringLiteral("officer"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.all().contains(QStringLiteral("identity")), r.all().toUtf8().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSignedLedgers)
#include "tst_cli_signedledgers.moc"
