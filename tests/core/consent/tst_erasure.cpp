// Erasing a customer locally (Art. 47): refused while a consent is granted; afterwards the
// personal fields are gone from the database as the sqlcipher shell with the key reads it, the
// consents stay as proof, the deletion log and the audit log say so, and a second erasure writes
// nothing. All names and phones here are synthetic.
#include "tests/support/ComplianceFixture.h"
#include "tests/support/StoreFixture.h"
#include "core/access/UserService.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectErasure.h"
#include "core/consent/SubjectService.h"
#include "core/demo/DemoData.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/DeletionLog.h"
#include "core/ledgers/Ledgers.h"

#include <QProcess>
#include <QStandardPaths>

using namespace cd;
using namespace cdtest;

namespace {
const QString kName = QStringLiteral("Synthetic Erasable Child");
const QString kPhone = QStringLiteral("15599887766");
const QString kGuardian = QStringLiteral("Synthetic Guardian Parent");
}

class TestErasure : public QObject {
    Q_OBJECT

    TestStore m_store;
    qint64 m_subject = 0;
    QString m_pseudonym;

    QByteArray dumpWithKey()
    {
        auto key = m_store.officer->dataKey().read();
        const QByteArray hex = QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())).toHex();
        QProcess shell;
        shell.start(QStringLiteral("sqlcipher"), {m_store.dbPath});
        shell.write("PRAGMA key = \"x'" + hex + "'\";\nPRAGMA cipher_page_size = 4096;\n.dump\n");
        shell.closeWriteChannel();
        shell.waitForFinished(60000);
        return shell.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_store.create(), QString());
        Session &s = *m_store.officer;
        QCOMPARE(cdtest::addFaceRecords(s), QString());
        CDT_OK(demo::addStandardPurposes(s));
        auto membership = PurposeService(s).findByCode(QStringLiteral("membership"));
        CDT_OK(membership);
        auto notice = PurposeService(s).currentNotice(membership->id);
        CDT_OK(notice);
        SubjectInput in;
        in.name = kName;
        in.phone = kPhone;
        in.birthDate = m_store.clock.today().addYears(-9);
        auto subject = SubjectService(s).create(in);
        CDT_OK(subject);
        m_subject = subject->id;
        m_pseudonym = subject->pseudonym;
        RegistrationInput reg;
        reg.subjectId = m_subject;
        reg.purposes.push_back({membership->id, notice->id, false});
        reg.guardian = Guardian{kGuardian, QStringLiteral("parent"), true};
        CDT_OK(ConsentService(s).registerConsent(reg));
    }

    void refusedWhileConsentGranted()
    {
        CDT_FAILS_WITH(SubjectErasure(*m_store.officer).erase({m_subject, QStringLiteral("request"), QStringLiteral("1")}),
                       ErrorCode::Conflict);
        auto entries = DeletionLog::page(m_store.officer->db(), 0, 10);
        CDT_OK(entries);
        QVERIFY(entries->empty());
    }

    void staffMayNotEraseAndTheRefusalIsAudited()
    {
        CDT_OK(UserService(*m_store.officer).add(QStringLiteral("clerk"), QStringLiteral("Clerk"), Role::Staff,
                                                 QStringLiteral("clerk-pass-123"), KdfLimits::minimum()));
        auto staff = m_store.unlock(QStringLiteral("clerk"), QStringLiteral("clerk-pass-123"));
        QVERIFY(staff);
        CDT_FAILS_WITH(SubjectErasure(*staff).erase({m_subject, QStringLiteral("request"), QStringLiteral("1")}),
                       ErrorCode::Forbidden);
        auto denied = AuditLog::page(m_store.officer->db(), 0, 1, QStringLiteral("access.denied"));
        CDT_OK(denied);
        QCOMPARE(denied->size(), size_t(1));
        QVERIFY(denied->front().detail.contains(QStringLiteral("subject.erase")));
    }

    void erasesPersonalFieldsAndKeepsProof()
    {
        Session &s = *m_store.officer;
        auto withdrawn = ConsentService(s).withdrawAllForSubject(m_subject, QStringLiteral("counter"));
        CDT_OK(withdrawn);
        QCOMPARE(withdrawn.value(), 1);
        auto erased = SubjectErasure(s).erase({m_subject, QStringLiteral("request"), QStringLiteral("7")});
        CDT_OK(erased);
        QCOMPARE(erased->pseudonym, m_pseudonym);
        QCOMPARE(erased->consentsKept, qint64(1));
        QVERIFY(!erased->alreadyErased);
        CDT_OK(SubjectErasure(s).flushWriteAheadLog());
        QCOMPARE(QFileInfo(m_store.dbPath + QStringLiteral("-wal")).size(), qint64(0));

        auto view = SubjectService(s).view(m_subject);
        CDT_OK(view);
        QVERIFY(view->name.isEmpty());
        QVERIFY(view->phone.isEmpty());
        QVERIFY(!view->birthDate.has_value());
        QCOMPARE(view->pseudonym, m_pseudonym);
        QVERIFY(view->minor);  // proof that a guardian's consent was needed stays

        auto entries = DeletionLog::page(s.db(), 0, 10);
        CDT_OK(entries);
        QCOMPARE(entries->size(), size_t(1));
        const DeletionEntry &e = entries->front();
        QCOMPARE(e.reason, QStringLiteral("request"));
        QCOMPARE(e.reasonRef, QStringLiteral("7"));
        QCOMPARE(e.category, QStringLiteral("personal-fields"));
        QCOMPARE(e.location, QStringLiteral("local"));
        QCOMPARE(e.subjectRef, m_pseudonym);
        QVERIFY2(e.counts.contains(QStringLiteral("name=1")) && e.counts.contains(QStringLiteral("guardian=1")),
                 qPrintable(e.counts));
        QVERIFY(!e.counts.contains(kName) && !e.recordIds.contains(kPhone));

        auto checks = verifyLedgers(s);
        CDT_OK(checks);
        for (const LedgerCheck &c : checks.value())
            QVERIFY2(c.result.ok, qPrintable(ledgerId(c.kind)));
    }

    void secondErasureWritesNothing()
    {
        Session &s = *m_store.officer;
        auto before = AuditLog::count(s.db());
        CDT_OK(before);
        auto again = SubjectErasure(s).erase({m_subject, QStringLiteral("retention"), QStringLiteral("rule")});
        CDT_OK(again);
        QVERIFY(again->alreadyErased);
        auto entries = DeletionLog::page(s.db(), 0, 10);
        CDT_OK(entries);
        QCOMPARE(entries->size(), size_t(1));
        auto after = AuditLog::count(s.db());
        CDT_OK(after);
        QCOMPARE(after.value(), before.value());
    }

    void externalShellFindsNoPersonalData()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty())
            QSKIP("the sqlcipher shell is not installed");
        const QByteArray dump = dumpWithKey();
        QVERIFY2(dump.contains(m_pseudonym.toUtf8()), "control: the shell decrypted the database");
        for (const QString &secret : {kName, kPhone, kGuardian})
            QVERIFY2(!dump.contains(secret.toUtf8()), qPrintable(QStringLiteral("still in the database: %1").arg(secret)));
        // Nor in the raw files (the WAL was emptied; pages are encrypted and freed ones zeroed).
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QByteArray raw = readFile(m_store.dbPath + suffix);
            for (const QString &secret : {kName, kPhone, kGuardian})
                QVERIFY(!raw.contains(secret.toUtf8()));
        }
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
