// A store from before Part 6 (no signing keys, no identity, no signed heads; the schema step that
// adds them has run) upgraded by use: each user gets a key at their first sign-in, the first
// officer's sign-in creates the store identity and certifies the keys waiting for it, and from
// then on verify-ledger, the checkpoint file and the evidence package vouch for the whole history.
// The old store is made from a new one by taking away, with the sqlcipher shell and the data key,
// what Part 6 added, and by sealing every keyslot again without keys, as Part 5 sealed them.
#include "tests/support/CliFixture.h"
#include "core/access/Keyslots.h"
#include "core/ledgers/Checkpoints.h"
#include "core/store/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace clitest;
using namespace cd;

class TestCliSigningUpgrade : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestStore> m_store;
    SecretBytes m_key;

    Result<std::unique_ptr<Database>> open() { return Database::open(m_store->dbPath(), &m_key); }

    qint64 count(const char *sql)
    {
        auto db = open();
        return db ? db.value()->queryInt(sql).value() : -1;
    }

    KeyslotFile::Opened slotOf(const QString &user)
    {
        auto file = KeyslotFile::load(m_store->keysPath());
        for (const Account &a : accounts())
            if (a.name == user && file)
                if (auto opened = file->unlock(a.name, a.passphrase))
                    return std::move(opened).value();
        return {};
    }

    CliRun verifyLedger()
    {
        return m_store->cli(QStringLiteral("auditor1"), {QStringLiteral("verify-ledger"), QStringLiteral("--json")});
    }

    CliRun addConsent(const QString &user, const QString &phone)
    {
        return m_store->cli(user, {QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("Synthetic Upgrade"), QStringLiteral("--phone"), phone,
                                   QStringLiteral("--purpose"), QStringLiteral("visits")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(cliPath()), "build the consentdesk-cli target first");
        if (QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty())
            QSKIP("the sqlcipher shell is not installed");
        m_store = std::make_unique<TestStore>(m_tmp.filePath(QStringLiteral("store")));
        QVERIFY(m_store->create(3));
        QCOMPARE(addConsent(QStringLiteral("staff1"), QStringLiteral("15500016001")).exitCode, 0);
        {
            auto session = m_store->unlock();
            QVERIFY(session);
            auto read = session.value()->dataKey().read();
            m_key = SecretBytes::fromBytes(read.data(), read.size());
        }

        // What Part 6 added, taken away: keys, heads, identity; signatures begin after today's rows.
        QByteArray drop, restore;
        {
            auto db = open();
            QVERIFY(db);
            auto q = db.value()->query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                                       "('ledger_heads', 'signing_keys')");
            QVERIFY(q.forEach([&](const Query &r) {
                drop += "DROP TRIGGER " + r.text(0).toUtf8() + ";\n";
                restore += r.text(1).toUtf8() + ";\n";
            }));
        }
        QVERIFY(!drop.isEmpty());
        auto key = m_key.read();
        const QByteArray hexKey = QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())).toHex();
        auto shell = runProgram(
            QStringLiteral("sqlcipher"), {m_store->dbPath()},
            "PRAGMA key = \"x'" + hexKey + "'\";\nPRAGMA cipher_page_size = 4096;\nBEGIN;\n" + drop
                + "DELETE FROM ledger_heads;\nDELETE FROM signing_keys;\n"
                  "DELETE FROM meta WHERE key = 'identity_public_key';\n"
                  "UPDATE meta SET value = (SELECT coalesce(max(seq), 0) FROM audit_log) || ' ' || "
                  "(SELECT coalesce(max(seq), 0) FROM deletion_log) WHERE key = 'signing_since';\n"
                + restore + "COMMIT;\n",
            60000);
        QVERIFY2(shell.exitCode == 0 && shell.err.isEmpty(), shell.err.constData());
        QVERIFY(QFile::remove(Checkpoints::pathFor(m_store->dbPath())));

        auto file = KeyslotFile::loadForChange(m_store->keysPath(), m_key);
        QVERIFY(file);
        for (const Account &a : accounts())
            QVERIFY(file->setUserSlot(a.name, a.passphrase, m_key, file->userSlotLimits(a.name)));
        QVERIFY(file->setRecoverySlot(m_store->recoveryCode(), m_key, KdfLimits::minimum()));
        QVERIFY(file->save(m_store->keysPath(), m_key));

        QCOMPARE(count("SELECT count(*) FROM signing_keys"), 0);
        QVERIFY(slotOf(QStringLiteral("staff1")).signing.isNull());
        QVERIFY(slotOf(QStringLiteral("officer")).identity.isNull());
    }

    // Staff work first: their new key signs, uncertified until an officer comes.
    void staffSignInGivesAKeyWaitingForCertification()
    {
        QCOMPARE(addConsent(QStringLiteral("staff1"), QStringLiteral("15500016002")).exitCode, 0);
        QVERIFY(!slotOf(QStringLiteral("staff1")).signing.isNull());
        QCOMPARE(count("SELECT count(*) FROM signing_keys k JOIN users u ON u.id = k.user_id "
                       "WHERE u.name = 'staff1' AND length(k.certificate) = 0"),
                 1);
        QVERIFY(count("SELECT count(*) FROM ledger_heads") >= 1);
        // Without an identity nothing vouches for the keys yet (nor, through the first head, for
        // the rows before it): verification says so.
        auto r = verifyLedger();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("did not certify")),
                 r.out.constData());
    }

    // The officer's first sign-in creates the identity, seals it in the officer's slot and
    // certifies every waiting key; the whole history then verifies.
    void officerSignInCreatesTheIdentityAndCertifies()
    {
        QCOMPARE(m_store->cli(QStringLiteral("officer"), {QStringLiteral("purpose"), QStringLiteral("list")}).exitCode, 0);
        const KeyslotFile::Opened officer = slotOf(QStringLiteral("officer"));
        QVERIFY(!officer.identity.isNull());
        QVERIFY(!officer.signing.isNull());
        QCOMPARE(count("SELECT count(*) FROM signing_keys WHERE length(certificate) = 0"), 0);
        QCOMPARE(count("SELECT count(*) FROM meta WHERE key = 'identity_public_key'"), 1);
        QVERIFY(QFileInfo::exists(Checkpoints::pathFor(m_store->dbPath())));
        auto r = verifyLedger();
        QVERIFY2(r.exitCode == 0, r.all().toUtf8().constData());
        // The auditor's key (given at the check above) was certified with the staff key; the staff
        // member's next change is signed by a certified key and verifies too.
        QCOMPARE(addConsent(QStringLiteral("staff1"), QStringLiteral("15500016003")).exitCode, 0);
        r = verifyLedger();
        QVERIFY2(r.exitCode == 0, r.all().toUtf8().constData());
    }

    // The upgraded store's evidence verifies offline, the rows from before signatures included.
    void upgradedStoreExportsVerifiableEvidence()
    {
        const QString zip = m_tmp.filePath(QStringLiteral("upgraded.zip"));
        auto exported = m_store->cli(QStringLiteral("officer"),
                                     {QStringLiteral("export-evidence"), QStringLiteral("--from"),
                                      QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                                      QStringLiteral("--out"), zip, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(exported.exitCode == 0, exported.all().toUtf8().constData());
        auto verified = runCli({QStringLiteral("verify-evidence"), zip});
        QVERIFY2(verified.exitCode == 0, verified.all().toUtf8().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSigningUpgrade)
#include "tst_cli_signingupgrade.moc"
