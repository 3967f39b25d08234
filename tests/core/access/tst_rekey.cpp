// Re-keying on user removal and passphrase reset: a copy of the keyslot file taken before no
// longer opens the database (checked in code and with the sqlcipher shell), everyone else still
// unlocks, an interrupted re-key is finished at the next unlock; the keyslot MAC is checked before
// every save; an unknown user costs as much time as a real one; user names are compared in one
// normalised form.
#include "core/access/Rekey.h"
#include "core/access/UserService.h"
#include "core/domain/UserName.h"
#include "core/ledgers/Ledgers.h"
#include "core/store/Schema.h"
#include "tests/support/StoreFixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <algorithm>

using namespace cd;

namespace {

const QString kClerk = QStringLiteral("clerk");
const QString kClerkPass = QStringLiteral("clerk-pass-123");
const QString kStaff = QStringLiteral("staff-a");
const QString kStaffPass = QStringLiteral("alpha-pass-123");

QByteArray hexOf(const SecretBytes &key)
{
    auto k = key.read();
    return QByteArray(reinterpret_cast<const char *>(k.data()), qsizetype(k.size())).toHex();
}

OpenOptions ours()
{
    OpenOptions o;
    o.applicationId = schema::kApplicationId;
    o.maxSchemaVersion = schema::latestVersion();
    return o;
}

// The sqlcipher shell with a raw key: the user count, or "" when the key does not open the file.
QString shellUserCount(const QString &dbPath, const QByteArray &hexKey)
{
    QProcess p;
    p.start(QStringLiteral("sqlcipher"), {dbPath});
    if (!p.waitForStarted(10000))
        return QStringLiteral("no-shell");
    p.write("PRAGMA key = \"x'" + hexKey + "'\";\nPRAGMA cipher_page_size = 4096;\nSELECT count(*) FROM users;\n");
    p.closeWriteChannel();
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// The file as someone without the data key could edit it: a slot dropped, checksum recomputed.
QByteArray editedWithoutKey(const QByteArray &original)
{
    QJsonObject o = QJsonDocument::fromJson(original).object();
    QJsonArray slotList = o.value(QStringLiteral("keyslots")).toArray();
    slotList.removeAt(0);
    o.insert(QStringLiteral("keyslots"), slotList);
    QJsonObject body = o;
    for (const char *k : {"mac", "next_mac", "checksum"})
        body.remove(QLatin1String(k));
    const QByteArray mac = QByteArray::fromBase64(o.value(QStringLiteral("mac")).toString().toLatin1());
    o.insert(QStringLiteral("checksum"),
             QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact) + mac,
                                                          QCryptographicHash::Sha256).toHex()));
    return QJsonDocument(o).toJson();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

class TestRekey : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<cdtest::TestStore> m_s;

    void expectEveryoneElseUnlocks(const QString &staffPass)
    {
        CDT_OK(Vault::unlock(m_s->dbPath, cdtest::kOfficer, cdtest::kOfficerPass, m_s->clock));
        CDT_OK(Vault::unlock(m_s->dbPath, kStaff, staffPass, m_s->clock));
        CDT_OK(Vault::unlockWithRecoveryCode(m_s->dbPath, m_s->recoveryCode, m_s->clock));
    }

    void expectStoreSound(Session &s)
    {
        auto q = s.db().query("PRAGMA integrity_check");
        CDT_OK(q.single());
        QCOMPARE(q.text(0), QStringLiteral("ok"));
        auto ledgers = verifyLedgers(s);
        CDT_OK(ledgers);
        for (const LedgerCheck &c : ledgers.value())
            QVERIFY2(c.result.ok, qPrintable(c.result.reason));
    }

private slots:
    void init()
    {
        m_s = std::make_unique<cdtest::TestStore>();
        const QString e = m_s->create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        UserService users(*m_s->officer);
        CDT_OK(users.add(kClerk, QStringLiteral("Clerk"), Role::Staff, kClerkPass, KdfLimits::minimum()));
        CDT_OK(users.add(kStaff, QStringLiteral("Staff A"), Role::Staff, kStaffPass, KdfLimits::minimum()));
    }
    void cleanup() { m_s.reset(); }

    void removalMakesAnOldKeyslotCopyUseless()
    {
        const QString copy = m_s->dir.filePath(QStringLiteral("before-remove.keys"));
        QVERIFY(QFile::copy(m_s->keysPath(), copy));
        const QByteArray oldHex = hexOf(m_s->officer->dataKey());
        QVERIFY(shellUserCount(m_s->dbPath, oldHex).toInt() == 3);

        QStringList steps;
        qint64 pages = 0;
        CDT_OK(UserService(*m_s->officer).remove(kClerk, [&](const QString &step, qint64 done, qint64 total) {
            steps << step;
            pages = qMax(pages, qMax(done, total));
        }));
        QVERIFY2(steps.size() >= 3, qPrintable(steps.join(QLatin1String(" | "))));
        QVERIFY(pages > 0);
        const QByteArray newHex = hexOf(m_s->officer->dataKey());
        QVERIFY(newHex != oldHex);

        // The removed user's slot from the old copy still opens, but its key no longer opens the database.
        auto oldFile = KeyslotFile::load(copy);
        CDT_OK(oldFile);
        auto oldKey = oldFile->unlock(kClerk, kClerkPass);
        CDT_OK(oldKey);
        QCOMPARE(hexOf(oldKey->key), oldHex);
        CDT_FAILS_WITH(Database::open(m_s->dbPath, &oldKey->key, ours()), ErrorCode::NotADatabase);
        QCOMPARE(shellUserCount(m_s->dbPath, oldHex), QString());
        QCOMPARE(shellUserCount(m_s->dbPath, newHex), QStringLiteral("3"));

        // The live file has no slot for them, and the old copy put back does not open anything.
        auto live = KeyslotFile::load(m_s->keysPath());
        CDT_OK(live);
        QVERIFY(!live->hasUserSlot(kClerk));
        QVERIFY(!live->isPending());
        QVERIFY(!QFile::exists(m_s->keysPath() + QStringLiteral(".tmp")));
        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, kClerk, kClerkPass, m_s->clock), ErrorCode::UnknownUser);
        expectEveryoneElseUnlocks(kStaffPass);
        // The officer's session goes on with the new key.
        CDT_OK(UserService(*m_s->officer).list());
        expectStoreSound(*m_s->officer);
        auto audited = m_s->officer->db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'user.remove'");
        CDT_OK(audited);
        QCOMPARE(audited.value(), 1);

        const QByteArray live_ = cdtest::readFile(m_s->keysPath());
        QVERIFY(cdtest::writeFile(m_s->keysPath(), cdtest::readFile(copy)));
        m_s->officer.reset();
        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, kStaff, kStaffPass, m_s->clock), ErrorCode::NotADatabase);
        QVERIFY(cdtest::writeFile(m_s->keysPath(), live_));
        CDT_OK(Vault::unlock(m_s->dbPath, kStaff, kStaffPass, m_s->clock));
    }

    void resetMakesAnOldKeyslotCopyUseless()
    {
        const QString copy = m_s->dir.filePath(QStringLiteral("before-reset.keys"));
        QVERIFY(QFile::copy(m_s->keysPath(), copy));
        const QByteArray oldHex = hexOf(m_s->officer->dataKey());
        const QString newPass = QStringLiteral("alpha-reset-999");
        CDT_OK(UserService(*m_s->officer).resetPassphrase(kStaff, newPass, KdfLimits::minimum()));

        auto oldKey = KeyslotFile::load(copy)->unlock(kStaff, kStaffPass);
        CDT_OK(oldKey);
        CDT_FAILS_WITH(Database::open(m_s->dbPath, &oldKey->key, ours()), ErrorCode::NotADatabase);
        QCOMPARE(shellUserCount(m_s->dbPath, oldHex), QString());
        QCOMPARE(shellUserCount(m_s->dbPath, hexOf(m_s->officer->dataKey())), QStringLiteral("3"));

        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, kStaff, kStaffPass, m_s->clock), ErrorCode::WrongPassphrase);
        expectEveryoneElseUnlocks(newPass);
        CDT_OK(Vault::unlock(m_s->dbPath, kClerk, kClerkPass, m_s->clock));
        expectStoreSound(*m_s->officer);
    }

    // The journal left by a kill is finished at the next unlock, whichever side of PRAGMA rekey
    // the kill fell on.
    void interruptedRekeyIsFinishedAtUnlock_data()
    {
        QTest::addColumn<bool>("databaseRekeyed");
        QTest::newRow("killed before PRAGMA rekey") << false;
        QTest::newRow("killed after PRAGMA rekey") << true;
    }
    void interruptedRekeyIsFinishedAtUnlock()
    {
        QFETCH(bool, databaseRekeyed);
        const QByteArray oldHex = hexOf(m_s->officer->dataKey());
        auto f = KeyslotFile::loadForChange(m_s->keysPath(), m_s->officer->dataKey());
        CDT_OK(f);
        SecretBytes next = SecretBytes::random(KeyslotFile::kDataKeyBytes);
        const QByteArray nextHex = hexOf(next);
        CDT_OK(f->beginRekey(next));
        CDT_OK(f->save(m_s->keysPath(), m_s->officer->dataKey(), &next));
        QVERIFY(KeyslotFile::load(m_s->keysPath())->isPending());
        if (databaseRekeyed)
            CDT_OK(m_s->officer->db().rekey(next));
        m_s->officer.reset();

        auto s = m_s->unlock(kStaff, kStaffPass);
        QVERIFY(s);
        QCOMPARE(hexOf(s->dataKey()), nextHex);
        auto done = KeyslotFile::load(m_s->keysPath());
        CDT_OK(done);
        QVERIFY(!done->isPending());
        CDT_OK(done->verifyMac(s->dataKey()));
        s.reset();
        QCOMPARE(shellUserCount(m_s->dbPath, oldHex), QString());
        QCOMPARE(shellUserCount(m_s->dbPath, nextHex), QStringLiteral("3"));
        CDT_OK(Vault::unlock(m_s->dbPath, kClerk, kClerkPass, m_s->clock));
        auto o = m_s->unlock(cdtest::kOfficer, cdtest::kOfficerPass);
        QVERIFY(o);
        expectStoreSound(*o);
    }

    // Every load that ends in a save checks the MAC with the data key: an edit made without it
    // (checksum recomputed) is refused instead of being signed, and the file is left alone.
    void editedKeyslotFileIsNotSigned()
    {
        const QByteArray edited = editedWithoutKey(cdtest::readFile(m_s->keysPath()));
        QVERIFY(cdtest::writeFile(m_s->keysPath(), edited));
        QVERIFY(KeyslotFile::load(m_s->keysPath()).ok());  // the checksum alone accepts it
        UserService users(*m_s->officer);
        CDT_FAILS_WITH(users.add(QStringLiteral("newcomer"), {}, Role::Staff, kStaffPass, KdfLimits::minimum()),
                       ErrorCode::Damaged);
        CDT_FAILS_WITH(users.remove(kClerk), ErrorCode::Damaged);
        CDT_FAILS_WITH(users.resetPassphrase(kClerk, kStaffPass, KdfLimits::minimum()), ErrorCode::Damaged);
        CDT_FAILS_WITH(users.renewRecoveryCode(KdfLimits::minimum()), ErrorCode::Damaged);
        CDT_FAILS_WITH(users.changeOwnPassphrase(cdtest::kOfficerPass, kStaffPass, KdfLimits::minimum()),
                       ErrorCode::Damaged);
        QCOMPARE(cdtest::readFile(m_s->keysPath()), edited);
        auto listed = users.list();
        CDT_OK(listed);
        QCOMPARE(int(listed.value().size()), 3);  // nothing half-done in the database either
    }

    // Argon2id runs for an unknown user too (a decoy with the same limits): the medians of the two
    // are close. The bar (unknown >= 50% of known) is loose so that a busy machine cannot fail it;
    // without the decoy the ratio is near 0.
    void unknownUserTakesAsLongAsAKnownOne()
    {
        auto file = KeyslotFile::load(m_s->keysPath());
        CDT_OK(file);
        std::vector<double> known, unknown, knownVault, unknownVault;
        QElapsedTimer t;
        for (int i = 0; i < 41; ++i) {
            t.start();
            (void)file->unlock(kStaff, QStringLiteral("wrong-pass-000"));
            known.push_back(double(t.nsecsElapsed()) / 1e6);
            t.start();
            (void)file->unlock(QStringLiteral("nobody-%1").arg(i), QStringLiteral("wrong-pass-000"));
            unknown.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        for (int i = 0; i < 15; ++i) {
            t.start();
            (void)Vault::unlock(m_s->dbPath, kStaff, QStringLiteral("wrong-pass-000"), m_s->clock);
            knownVault.push_back(double(t.nsecsElapsed()) / 1e6);
            t.start();
            (void)Vault::unlock(m_s->dbPath, QStringLiteral("nobody"), QStringLiteral("wrong-pass-000"), m_s->clock);
            unknownVault.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        qInfo("unlock timing, minimum KDF limits, medians: slot known %.3f ms, unknown %.3f ms (ratio %.2f); "
              "Vault::unlock known %.3f ms, unknown %.3f ms (ratio %.2f)",
              median(known), median(unknown), median(unknown) / median(known), median(knownVault),
              median(unknownVault), median(unknownVault) / median(knownVault));
        QVERIFY(median(unknown) >= 0.5 * median(known));
        QVERIFY(median(unknownVault) >= 0.5 * median(knownVault));
        // The error is the same for both (the screen does not confirm names).
        auto a = Vault::unlock(m_s->dbPath, kStaff, QStringLiteral("wrong-pass-000"), m_s->clock);
        auto b = Vault::unlock(m_s->dbPath, QStringLiteral("nobody"), QStringLiteral("wrong-pass-000"), m_s->clock);
        QVERIFY(!a.ok() && !b.ok());
        QCOMPARE(a.error().message, b.error().message);
    }

    // One normalisation (NFKC + case folding) for the keyslot label and the users table: names
    // that would share a slot cannot both exist.
    void normalisedNamesCollide_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("accented capital (NOCASE folds ASCII only)") << QStringLiteral("Émile") << QStringLiteral("émile");
        QTest::newRow("fullwidth") << QStringLiteral("dora") << QStringLiteral("ＤＯＲＡ");
        QTest::newRow("Kelvin sign") << QStringLiteral("kate") << QStringLiteral("\u212Aate");
        QTest::newRow("Greek capitals") << QStringLiteral("σοφία") << QStringLiteral("ΣΟΦΊΑ");
        QTest::newRow("ligature") << QStringLiteral("fiona") << QStringLiteral("\uFB01ona");
    }
    void normalisedNamesCollide()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QCOMPARE(normalisedUserName(first), normalisedUserName(second));
        UserService users(*m_s->officer);
        auto added = users.add(first, {}, Role::Staff, kStaffPass, KdfLimits::minimum());
        CDT_OK(added);
        const QByteArray keys = cdtest::fileSha256(m_s->keysPath());
        CDT_FAILS_WITH(users.add(second, {}, Role::Staff, kClerkPass, KdfLimits::minimum()), ErrorCode::Conflict);
        QCOMPARE(cdtest::fileSha256(m_s->keysPath()), keys);
        // Either spelling signs in as the one user.
        auto s = Vault::unlock(m_s->dbPath, second, kStaffPass, m_s->clock);
        CDT_OK(s);
        QCOMPARE(s.value()->user().id, added.value().id);
        QCOMPARE(users.findByName(m_s->officer->db(), second).value().id, added.value().id);
        // Distinct names stay distinct, in any script.
        CDT_OK(users.add(QStringLiteral("张伟"), {}, Role::Staff, kClerkPass, KdfLimits::minimum()));
        CDT_OK(users.add(QStringLiteral("emile"), {}, Role::Staff, kClerkPass, KdfLimits::minimum()));
        CDT_OK(Vault::unlock(m_s->dbPath, QStringLiteral("张伟"), kClerkPass, m_s->clock));
    }
};

QTEST_GUILESS_MAIN(TestRekey)
#include "tst_rekey.moc"
