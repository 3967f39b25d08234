// Keyslots and sessions: each user opens the store with their own passphrase, the recovery code
// works, and any change to the sidecar file locks people out (never lets anyone in) without
// touching either file.
#include "core/crypto/SecretBytes.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectService.h"
#include "core/access/UserService.h"
#include "tests/support/StoreFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace cd;

namespace {

const QString kStaffA = QStringLiteral("staff-a");
const QString kPassA = QStringLiteral("alpha-pass-123");
const QString kStaffB = QStringLiteral("staff-b");
const QString kPassB = QStringLiteral("bravo-pass-456");

QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// The checksum as the format defines it: SHA-256 hex over the compact JSON of everything except
// "mac" and "checksum", followed by the raw MAC bytes. An attacker can recompute it; only the
// MAC (keyed by the data key) and the per-slot binding stop a careful edit.
QString checksumFor(const QJsonObject &o)
{
    QJsonObject body = o;
    body.remove(QStringLiteral("mac"));
    body.remove(QStringLiteral("checksum"));
    const QByteArray mac = QByteArray::fromBase64(o.value(QStringLiteral("mac")).toString().toLatin1());
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact) + mac;
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray serialise(QJsonObject o, bool reseal)
{
    if (reseal)
        o.insert(QStringLiteral("checksum"), checksumFor(o));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString flipBase64Char(const QString &s, int at)
{
    QString out = s;
    out[at] = out[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return out;
}

} // namespace

class TestKeyslots : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<cdtest::TestStore> m_s;

    // Index in "keyslots" of the user slot that opens for `user`: found by elimination, since labels
    // are keyed hashes. Removes and restores slotList in a scratch copy to find out.
    int slotIndexOf(const QString &user)
    {
        const QJsonObject o = parse(cdtest::readFile(m_s->keysPath()));
        const QJsonArray slotList = o.value(QStringLiteral("keyslots")).toArray();
        auto loaded = KeyslotFile::load(m_s->keysPath());
        if (!loaded)
            return -1;
        const QString scratch = m_s->dir.filePath(QStringLiteral("scratch.keys"));
        for (int i = 0; i < slotList.size(); ++i) {
            QJsonArray fewer = slotList;
            fewer.removeAt(i);
            QJsonObject copy = o;
            copy.insert(QStringLiteral("keyslots"), fewer);
            cdtest::writeFile(scratch, serialise(copy, true));
            auto f = KeyslotFile::load(scratch);
            if (f && !f.value().hasUserSlot(user))
                return i;
        }
        return -1;
    }

    void expectAllLockedOut(const QList<ErrorCode> &allowed, const QString &why)
    {
        const QByteArray keysBefore = cdtest::fileSha256(m_s->keysPath());
        const QByteArray dbBefore = cdtest::fileSha256(m_s->dbPath);
        struct Attempt {
            const char *who;
            Result<std::unique_ptr<Session>> result;
        };
        std::vector<Attempt> attempts;
        attempts.push_back({"officer", Vault::unlock(m_s->dbPath, cdtest::kOfficer, cdtest::kOfficerPass, m_s->clock)});
        attempts.push_back({"staff-a", Vault::unlock(m_s->dbPath, kStaffA, kPassA, m_s->clock)});
        attempts.push_back({"recovery", Vault::unlockWithRecoveryCode(m_s->dbPath, m_s->recoveryCode, m_s->clock)});
        for (const Attempt &a : attempts) {
            const QByteArray ctx = why.toUtf8() + " / " + a.who;
            QVERIFY2(!a.result.ok(), (ctx + ": unlocked a tampered store").constData());
            QVERIFY2(allowed.contains(a.result.error().code),
                     (ctx + ": " + cdtest::describe(a.result.error())).constData());
            QVERIFY2(!a.result.error().message.trimmed().isEmpty(), ctx.constData());
        }
        QCOMPARE(cdtest::fileSha256(m_s->keysPath()), keysBefore);
        QCOMPARE(cdtest::fileSha256(m_s->dbPath), dbBefore);
    }

private slots:
    void init()
    {
        m_s = std::make_unique<cdtest::TestStore>();
        const QString e = m_s->create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        UserService users(*m_s->officer);
        CDT_OK(users.add(kStaffA, QStringLiteral("Staff A"), Role::Staff, kPassA, KdfLimits::minimum()));
        CDT_OK(users.add(kStaffB, QStringLiteral("Staff B"), Role::Staff, kPassB, KdfLimits::minimum()));
    }
    void cleanup() { m_s.reset(); }

    void eachUserUnlocksWithOwnPassphraseOnly()
    {
        auto a = Vault::unlock(m_s->dbPath, kStaffA, kPassA, m_s->clock);
        CDT_OK(a);
        QCOMPARE(a.value()->user().name, kStaffA);
        QCOMPARE(a.value()->user().role, Role::Staff);
        QCOMPARE(int(a.value()->dataKey().size()), KeyslotFile::kDataKeyBytes);
        auto b = Vault::unlock(m_s->dbPath, kStaffB, kPassB, m_s->clock);
        CDT_OK(b);
        QCOMPARE(b.value()->user().name, kStaffB);
        auto o = Vault::unlock(m_s->dbPath, cdtest::kOfficer, cdtest::kOfficerPass, m_s->clock);
        CDT_OK(o);
        QCOMPARE(o.value()->user().role, Role::Officer);

        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, kStaffA, kPassB, m_s->clock), ErrorCode::WrongPassphrase);
        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, kStaffB, kPassA, m_s->clock), ErrorCode::WrongPassphrase);
        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, kStaffA, cdtest::kOfficerPass, m_s->clock), ErrorCode::WrongPassphrase);
        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, cdtest::kOfficer, kPassA, m_s->clock), ErrorCode::WrongPassphrase);
        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, kStaffA, QString(), m_s->clock), ErrorCode::WrongPassphrase);
        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, kStaffA, kPassA + QLatin1Char(' '), m_s->clock),
                       ErrorCode::WrongPassphrase);
        // User names are case-insensitive.
        auto upper = Vault::unlock(m_s->dbPath, kStaffA.toUpper(), kPassA, m_s->clock);
        CDT_OK(upper);
        QCOMPARE(upper.value()->user().name.toLower(), kStaffA);
    }

    void unknownUser()
    {
        const QByteArray keys = cdtest::fileSha256(m_s->keysPath());
        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, QStringLiteral("nobody-here"), kPassA, m_s->clock),
                       ErrorCode::UnknownUser);
        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, QString(), kPassA, m_s->clock), ErrorCode::UnknownUser);
        QCOMPARE(cdtest::fileSha256(m_s->keysPath()), keys);
    }

    void removedUserLosesSlotAndAccess()
    {
        auto before = KeyslotFile::load(m_s->keysPath());
        CDT_OK(before);
        QVERIFY(before.value().hasUserSlot(kStaffB));
        QCOMPARE(before.value().userSlotCount(), 3);

        CDT_OK(UserService(*m_s->officer).remove(kStaffB));
        auto after = KeyslotFile::load(m_s->keysPath());
        CDT_OK(after);
        QVERIFY(!after.value().hasUserSlot(kStaffB));
        QVERIFY(after.value().hasUserSlot(kStaffA));
        QVERIFY(after.value().hasUserSlot(cdtest::kOfficer));
        QCOMPARE(after.value().userSlotCount(), 2);

        auto b = Vault::unlock(m_s->dbPath, kStaffB, kPassB, m_s->clock);
        QVERIFY(!b.ok());
        QVERIFY2(b.error().code == ErrorCode::UnknownUser || b.error().code == ErrorCode::WrongPassphrase,
                 cdtest::describe(b.error()).constData());
        CDT_OK(Vault::unlock(m_s->dbPath, kStaffA, kPassA, m_s->clock));

        auto listed = UserService(*m_s->officer).list();
        CDT_OK(listed);
        for (const User &u : listed.value())
            QVERIFY(u.name.compare(kStaffB, Qt::CaseInsensitive) != 0);
    }

    void recoveryCodeUnlocks()
    {
        QVERIFY(!m_s->recoveryCode.isEmpty());
        auto r = Vault::unlockWithRecoveryCode(m_s->dbPath, m_s->recoveryCode, m_s->clock);
        CDT_OK(r);
        QCOMPARE(r.value()->user().role, Role::Officer);
        r = Error{};

        // As a person might type it from paper: lower case, groups separated by spaces.
        QString typed = m_s->recoveryCode.toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        CDT_OK(Vault::unlockWithRecoveryCode(m_s->dbPath, typed, m_s->clock));
        CDT_OK(Vault::unlockWithRecoveryCode(m_s->dbPath, QStringLiteral("  ") + typed + QStringLiteral(" "), m_s->clock));

        QString wrong = m_s->recoveryCode;
        const int at = wrong.indexOf(QRegularExpression(QStringLiteral("[A-Z2-7]")));
        QVERIFY(at >= 0);
        wrong[at] = wrong[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        auto bad = Vault::unlockWithRecoveryCode(m_s->dbPath, wrong, m_s->clock);
        QVERIFY(!bad.ok());
        QVERIFY(!bad.error().message.trimmed().isEmpty());
        QVERIFY(!Vault::unlockWithRecoveryCode(m_s->dbPath, QString(), m_s->clock).ok());
    }

    void renewedRecoveryCodeReplacesTheOld()
    {
        auto fresh = UserService(*m_s->officer).renewRecoveryCode(KdfLimits::minimum());
        CDT_OK(fresh);
        QVERIFY(fresh.value() != m_s->recoveryCode);
        QVERIFY(!Vault::unlockWithRecoveryCode(m_s->dbPath, m_s->recoveryCode, m_s->clock).ok());
        CDT_OK(Vault::unlockWithRecoveryCode(m_s->dbPath, fresh.value(), m_s->clock));
    }

    void changingPassphrase()
    {
        auto a = Vault::unlock(m_s->dbPath, kStaffA, kPassA, m_s->clock);
        CDT_OK(a);
        const QString newPass = QStringLiteral("alpha-new-789");
        // The old passphrase must be proven.
        auto refused = UserService(*a.value()).changeOwnPassphrase(QStringLiteral("not-the-old-one"), newPass,
                                                                   KdfLimits::minimum());
        QVERIFY(!refused.ok());
        CDT_OK(Vault::unlock(m_s->dbPath, kStaffA, kPassA, m_s->clock));

        CDT_OK(UserService(*a.value()).changeOwnPassphrase(kPassA, newPass, KdfLimits::minimum()));
        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, kStaffA, kPassA, m_s->clock), ErrorCode::WrongPassphrase);
        CDT_OK(Vault::unlock(m_s->dbPath, kStaffA, newPass, m_s->clock));
        // Others are not affected.
        CDT_OK(Vault::unlock(m_s->dbPath, kStaffB, kPassB, m_s->clock));

        // The officer resets B's passphrase (a re-key: no other session may have the database open).
        a = Error{};
        const QString resetPass = QStringLiteral("bravo-reset-000");
        CDT_OK(UserService(*m_s->officer).resetPassphrase(kStaffB, resetPass, KdfLimits::minimum()));
        CDT_FAILS_WITH(Vault::unlock(m_s->dbPath, kStaffB, kPassB, m_s->clock), ErrorCode::WrongPassphrase);
        CDT_OK(Vault::unlock(m_s->dbPath, kStaffB, resetPass, m_s->clock));
    }

    void createRefusesExistingFiles()
    {
        const QByteArray db = cdtest::fileSha256(m_s->dbPath);
        const QByteArray keys = cdtest::fileSha256(m_s->keysPath());
        CreateOptions o;
        o.storeName = QStringLiteral("Again");
        o.officerName = QStringLiteral("other");
        o.officerPassphrase = QStringLiteral("other-pass-1");
        o.kdf = KdfLimits::minimum();
        auto again = Vault::create(m_s->dbPath, o, m_s->clock);
        QVERIFY(!again.ok());
        QVERIFY(!again.error().message.isEmpty());
        QCOMPARE(cdtest::fileSha256(m_s->dbPath), db);
        QCOMPARE(cdtest::fileSha256(m_s->keysPath()), keys);

        // A keyslot file alone (its database moved away) also blocks creating a new database there.
        const QString moved = m_s->dbPath + QStringLiteral(".moved");
        QVERIFY(QFile::rename(m_s->dbPath, moved));
        QVERIFY(!Vault::create(m_s->dbPath, o, m_s->clock).ok());
        QCOMPARE(cdtest::fileSha256(m_s->keysPath()), keys);
        QVERIFY(!QFile::exists(m_s->dbPath));
    }

    void tamperedSidecarFailsClosed_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<bool>("reseal");  // recompute the checksum as a careful attacker would
        for (const char *e : {"wrapped-key", "drop-slot", "swap-labels", "database-id", "salt", "kdf-limits"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 (naive)").arg(QLatin1String(e)))) << QString::fromLatin1(e) << false;
            QTest::newRow(qPrintable(QStringLiteral("%1 (checksum recomputed)").arg(QLatin1String(e))))
                << QString::fromLatin1(e) << true;
        }
        QTest::newRow("checksum") << QStringLiteral("checksum") << false;
        QTest::newRow("mac (checksum recomputed)") << QStringLiteral("mac") << true;
        QTest::newRow("truncated") << QStringLiteral("truncate") << false;
        QTest::newRow("not json") << QStringLiteral("garbage") << false;
        QTest::newRow("another database's file") << QStringLiteral("other-db") << false;
    }
    void tamperedSidecarFailsClosed()
    {
        QFETCH(QString, edit);
        QFETCH(bool, reseal);
        const QByteArray original = cdtest::readFile(m_s->keysPath());
        QJsonObject o = parse(original);
        QVERIFY(!o.isEmpty());
        // The test's idea of the checksum must match the real one, or the "recomputed" rows
        // would only test the checksum again.
        QCOMPARE(checksumFor(o), o.value(QStringLiteral("checksum")).toString());
        QJsonArray slotList = o.value(QStringLiteral("keyslots")).toArray();
        QCOMPARE(slotList.size(), 4);  // officer, two staff, recovery
        const int ia = slotIndexOf(kStaffA);
        const int ib = slotIndexOf(kStaffB);
        QVERIFY(ia >= 0 && ib >= 0 && ia != ib);
        m_s->officer.reset();  // the officer's session is not needed and holds the database open

        QList<ErrorCode> allowed{ErrorCode::Damaged, ErrorCode::WrongPassphrase, ErrorCode::NotADatabase};
        QByteArray tampered;
        auto slotAt = [&](int i) { return slotList.at(i).toObject(); };
        if (edit == QLatin1String("wrapped-key")) {
            QJsonObject s = slotAt(ia);
            s.insert(QStringLiteral("wrapped_key"), flipBase64Char(s.value(QStringLiteral("wrapped_key")).toString(), 5));
            slotList.replace(ia, s);
        } else if (edit == QLatin1String("salt")) {
            QJsonObject s = slotAt(ia);
            s.insert(QStringLiteral("salt"), flipBase64Char(s.value(QStringLiteral("salt")).toString(), 3));
            slotList.replace(ia, s);
        } else if (edit == QLatin1String("kdf-limits")) {
            QJsonObject s = slotAt(ia);
            s.insert(QStringLiteral("opslimit"), s.value(QStringLiteral("opslimit")).toDouble() + 1);
            slotList.replace(ia, s);
        } else if (edit == QLatin1String("drop-slot")) {
            slotList.removeAt(ib);
        } else if (edit == QLatin1String("swap-labels")) {
            QJsonObject a = slotAt(ia), b = slotAt(ib);
            const QJsonValue la = a.value(QStringLiteral("label"));
            a.insert(QStringLiteral("label"), b.value(QStringLiteral("label")));
            b.insert(QStringLiteral("label"), la);
            slotList.replace(ia, a);
            slotList.replace(ib, b);
        } else if (edit == QLatin1String("database-id")) {
            QString id = o.value(QStringLiteral("database_id")).toString();
            id[0] = id[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
            o.insert(QStringLiteral("database_id"), id);
        } else if (edit == QLatin1String("checksum")) {
            QString c = o.value(QStringLiteral("checksum")).toString();
            c[10] = c[10] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
            o.insert(QStringLiteral("checksum"), c);
        } else if (edit == QLatin1String("mac")) {
            o.insert(QStringLiteral("mac"), flipBase64Char(o.value(QStringLiteral("mac")).toString(), 4));
        } else if (edit == QLatin1String("truncate")) {
            tampered = original.left(original.size() / 2);
        } else if (edit == QLatin1String("garbage")) {
            tampered = QByteArray("this is not a keyslot file\n");
        } else if (edit == QLatin1String("other-db")) {
            // Another store with the same officer and passphrase: its slot opens, but with a key
            // for the other database.
            cdtest::TestStore other;
            const QString e = other.create();
            QVERIFY2(e.isEmpty(), qPrintable(e));
            CDT_OK(UserService(*other.officer).add(kStaffA, QStringLiteral("Staff A"), Role::Staff, kPassA,
                                                   KdfLimits::minimum()));
            other.officer.reset();
            tampered = cdtest::readFile(other.keysPath());
        }
        if (tampered.isEmpty()) {
            o.insert(QStringLiteral("keyslots"), slotList);
            tampered = serialise(o, reseal);
        }
        QVERIFY(tampered != original);
        QVERIFY(cdtest::writeFile(m_s->keysPath(), tampered));
        if (!reseal && edit != QLatin1String("other-db"))
            allowed = {ErrorCode::Damaged};  // the checksum or the parser catches these before any KDF runs
        expectAllLockedOut(allowed, edit);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(cdtest::readFile(m_s->keysPath()), tampered);

        // Putting the original back restores access: the attempts changed nothing.
        QVERIFY(cdtest::writeFile(m_s->keysPath(), original));
        CDT_OK(Vault::unlock(m_s->dbPath, kStaffA, kPassA, m_s->clock));
    }

    void missingSidecar()
    {
        m_s->officer.reset();
        const QString moved = m_s->keysPath() + QStringLiteral(".away");
        QVERIFY(QFile::rename(m_s->keysPath(), moved));
        const QByteArray db = cdtest::fileSha256(m_s->dbPath);
        auto r = Vault::unlock(m_s->dbPath, kStaffA, kPassA, m_s->clock);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.trimmed().isEmpty());
        QVERIFY(!QFile::exists(m_s->keysPath()));  // never recreated
        QCOMPARE(cdtest::fileSha256(m_s->dbPath), db);
    }

    void secretBytesWipe()
    {
        SecretBytes s = SecretBytes::random(32);
        QCOMPARE(int(s.size()), 32);
        QVERIFY(!s.isEmpty());
        {
            auto r = s.read();
            bool allZero = true;
            for (std::size_t i = 0; i < r.size(); ++i)
                allZero = allZero && r.data()[i] == 0;
            QVERIFY(!allZero);
        }
        s.wipe();
        QVERIFY(s.isEmpty());
        QCOMPARE(int(s.size()), 0);
        s.wipe();  // twice is harmless
        QVERIFY(s.isEmpty());

        SecretBytes a = SecretBytes::random(16);
        SecretBytes b = std::move(a);
        QVERIFY(a.isEmpty());  // NOLINT: checking the moved-from state is the point
        QCOMPARE(int(b.size()), 16);
        const unsigned char raw[4] = {1, 2, 3, 4};
        SecretBytes c = SecretBytes::fromBytes(raw, 4);
        QCOMPARE(c.read().data()[3], static_cast<unsigned char>(4));
    }

    void lockedSessionIsUseless()
    {
        auto a = Vault::unlock(m_s->dbPath, kStaffA, kPassA, m_s->clock);
        CDT_OK(a);
        Session &s = *a.value();
        QVERIFY(!s.isLocked());
        CDT_OK(s.ensureUnlocked());
        s.lock();
        QVERIFY(s.isLocked());
        QVERIFY(s.dataKey().isEmpty());
        CDT_FAILS_WITH(s.ensureUnlocked(), ErrorCode::Locked);
        s.lock();  // locking twice is harmless
        QVERIFY(s.isLocked());
    }

    // Services check the lock themselves instead of reaching for a closed database.
    void servicesRefuseOnLockedSession()
    {
        auto a = Vault::unlock(m_s->dbPath, kStaffA, kPassA, m_s->clock);
        CDT_OK(a);
        Session &s = *a.value();
        s.lock();
        CDT_FAILS_WITH(ConsentService(s).count(ConsentFilter{}), ErrorCode::Locked);
        CDT_FAILS_WITH(ConsentService(s).page(ConsentFilter{}, 0, 10, true), ErrorCode::Locked);
        CDT_FAILS_WITH(SubjectService(s).search(QStringLiteral("S-"), 10), ErrorCode::Locked);
        SubjectInput in;
        in.name = QStringLiteral("Locked Test");
        CDT_FAILS_WITH(SubjectService(s).create(in), ErrorCode::Locked);
        CDT_FAILS_WITH(PurposeService(s).list(), ErrorCode::Locked);
        CDT_FAILS_WITH(UserService(s).changeOwnPassphrase(kPassA, QStringLiteral("whatever-123"), KdfLimits::minimum()),
                       ErrorCode::Locked);
        // Nothing was written by the refused calls.
        CDT_OK(Vault::unlock(m_s->dbPath, kStaffA, kPassA, m_s->clock));
    }

    // The real limits once, to be sure the defaults work end to end (about a second).
    void moderateLimitsUnlock()
    {
        const QString name = QStringLiteral("staff-moderate");
        const QString pass = QStringLiteral("moderate-pass-1");
        CDT_OK(UserService(*m_s->officer).add(name, QStringLiteral("Staff M"), Role::Staff, pass));
        const QJsonArray slotList = parse(cdtest::readFile(m_s->keysPath())).value(QStringLiteral("keyslots")).toArray();
        bool hasModerateSlot = false;
        for (const QJsonValue &v : slotList) {
            hasModerateSlot = hasModerateSlot
                || (quint64(v.toObject().value(QStringLiteral("memlimit")).toDouble()) == KdfLimits::moderate().memLimit
                    && quint64(v.toObject().value(QStringLiteral("opslimit")).toDouble()) == KdfLimits::moderate().opsLimit);
        }
        QVERIFY2(hasModerateSlot, "UserService::add by default does not use KdfLimits::moderate()");
        auto s = Vault::unlock(m_s->dbPath, name, pass, m_s->clock);
        CDT_OK(s);
        QCOMPARE(s.value()->user().name, name);
    }
};

QTEST_GUILESS_MAIN(TestKeyslots)
#include "tst_keyslots.moc"
