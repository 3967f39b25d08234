// The jobs role (the headless timer's account) may run jobs and erase, and nothing else: every
// other attempt is refused and audited. Staff and auditor consoles start no timed jobs, so one
// left open for a simulated day writes nothing to either ledger, while an officer's does run.
// Also: a database of schema version 4 migrates (users accept 'jobs', integrity is ok).
#include "tests/support/ComplianceFixture.h"
#include "tests/support/OldSchema.h"
#include "tests/support/StoreFixture.h"
#include "core/access/UserService.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectErasure.h"
#include "core/consent/SubjectService.h"
#include "core/crypto/SecretBytes.h"
#include "core/demo/DemoData.h"
#include "core/ledgers/AuditLog.h"
#include "core/requests/RequestService.h"
#include "core/retention/RetentionService.h"
#include "core/store/Schema.h"
#include "vendors/VendorManager.h"
#include "vendors/VendorScheduler.h"

using namespace cd;
using namespace cdtest;

class TestJobsRole : public QObject {
    Q_OBJECT

    TestStore m_store;
    qint64 m_subject = 0;

    Session &officer() { return *m_store.officer; }
    qint64 count(const char *sql)
    {
        auto n = officer().db().queryInt(sql);
        return n ? n.value() : -1;
    }
    qint64 ledgerRows() { return count("SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM deletion_log)"); }

    std::unique_ptr<Session> user(const QString &name, Role role)
    {
        const QString pass = name + QStringLiteral("-pass-123");
        if (!UserService(officer()).add(name, name, role, pass, KdfLimits::minimum()))
            return nullptr;
        return m_store.unlock(name, pass);
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_store.create(), QString());
        QCOMPARE(cdtest::addFaceRecords(officer()), QString());
        CDT_OK(demo::addStandardPurposes(officer()));
        SubjectInput in;
        in.name = QStringLiteral("Synthetic Jobs Customer");
        in.phone = QStringLiteral("15500004444");
        auto subject = SubjectService(officer()).create(in);
        CDT_OK(subject);
        m_subject = subject->id;
        auto p = PurposeService(officer()).findByCode(QStringLiteral("membership"));
        CDT_OK(p);
        auto notice = PurposeService(officer()).currentNotice(p->id);
        CDT_OK(notice);
        RegistrationInput reg;
        reg.subjectId = m_subject;
        reg.purposes.push_back({p->id, notice->id, false});
        CDT_OK(ConsentService(officer()).registerConsent(reg));
    }

    void jobsHoldsOnlyRunJobsAndEraseData()
    {
        for (int p = int(Permission::RegisterConsent); p <= int(Permission::RunJobs); ++p) {
            const bool expected = Permission(p) == Permission::RunJobs || Permission(p) == Permission::EraseData;
            QVERIFY2(roleAllows(Role::Jobs, Permission(p)) == expected, qPrintable(permissionId(Permission(p))));
        }
        QVERIFY(roleAllows(Role::Officer, Permission::RunJobs));
        QVERIFY(!roleAllows(Role::Staff, Permission::RunJobs));
        QVERIFY(!roleAllows(Role::Auditor, Permission::RunJobs));
        QCOMPARE(roleFromId(QStringLiteral("jobs")), std::optional<Role>(Role::Jobs));
    }

    void jobsSessionIsRefusedEverythingButJobs()
    {
        auto jobs = user(QStringLiteral("timer"), Role::Jobs);
        QVERIFY(jobs);
        const qint64 denied = count("SELECT count(*) FROM audit_log WHERE action = 'access.denied'");
        CDT_FAILS_WITH(SubjectService(*jobs).view(m_subject), ErrorCode::Forbidden);
        CDT_FAILS_WITH(ConsentService(*jobs).page({}, 0, 10, false), ErrorCode::Forbidden);
        CDT_FAILS_WITH(UserService(*jobs).add(QStringLiteral("x"), QStringLiteral("X"), Role::Officer,
                                              QStringLiteral("x-pass-12345"), KdfLimits::minimum()),
                       ErrorCode::Forbidden);
        Purpose changed = PurposeService(officer()).findByCode(QStringLiteral("membership")).value();
        changed.retentionDays += 1;
        CDT_FAILS_WITH(PurposeService(*jobs).update(changed), ErrorCode::Forbidden);
        CDT_FAILS_WITH(AuditLog::verify(*jobs), ErrorCode::Forbidden);
        CDT_FAILS_WITH(RequestService(*jobs).list(), ErrorCode::Forbidden);
        CDT_FAILS_WITH(RetentionService(*jobs).setSettings({}), ErrorCode::Forbidden);
        const qint64 refusals = count("SELECT count(*) FROM audit_log WHERE action = 'access.denied' AND user_name = 'timer'");
        QCOMPARE(refusals, qint64(7));
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'access.denied'"), denied + 7);

        // What it is for: sweeps, and erasures (refused here only by the rule, not the role).
        CDT_OK(RetentionService(*jobs).sweep(true));
        CDT_FAILS_WITH(SubjectErasure(*jobs).erase({m_subject, QStringLiteral("retention"), QStringLiteral("t")}),
                       ErrorCode::Conflict);
    }

    void staffAndAuditorConsolesWriteNothingInADay_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("staff") << int(Role::Staff);
        QTest::newRow("auditor") << int(Role::Auditor);
        QTest::newRow("officer (control)") << int(Role::Officer);
    }

    void staffAndAuditorConsolesWriteNothingInADay()
    {
        QFETCH(int, role);
        static int n = 0;
        auto session = Role(role) == Role::Officer ? m_store.unlock(kOfficer, kOfficerPass)
                                                   : user(QStringLiteral("console%1").arg(++n), Role(role));
        QVERIFY(session);
        // Something is due for the jobs: a consent that expires during the day.
        auto p = PurposeService(officer()).findByCode(QStringLiteral("membership"));
        CDT_OK(p);
        CDT_OK(officer().db().exec("UPDATE consents SET expires_at = 0 WHERE status = 'granted'"));
        QTemporaryDir noPlugins;
        VendorManagerOptions options;
        options.pluginDirs = {noPlugins.path()};
        VendorManager vendors(*session, options);
        vendors.startAll(0);
        VendorScheduler scheduler(vendors);
        const bool started = scheduler.start(5, 5, 5);
        QCOMPARE(started, Role(role) == Role::Officer);
        const qint64 before = ledgerRows();
        for (int step = 0; step < 48; ++step) {  // a day in half hours, the timers firing between
            m_store.clock.advanceSecs(1800);
            QTest::qWait(10);
        }
        scheduler.stop();
        if (Role(role) == Role::Officer)
            QVERIFY(ledgerRows() > before);  // the same loop does write when jobs may run
        else
            QCOMPARE(ledgerRows(), before);
    }

    void version4DatabaseMigrates()
    {
        OldSchemaDb old(4);
        QVERIFY2(old.created(), qPrintable(old.error()));
        QCOMPARE(old.created()->queryInt("PRAGMA user_version").value(), qint64(4));
        CDT_OK(old.created()->exec("INSERT INTO users(name, display_name, role, created_at) VALUES "
                                   "('o', 'O', 'officer', 1)"));
        QVERIFY(!old.created()->exec("INSERT INTO users(name, display_name, role, created_at) VALUES "
                                     "('j', 'J', 'jobs', 1)"));
        auto db = old.reopen();
        CDT_OK(db);
        CDT_OK(schema::migrate(*db.value()));
        QCOMPARE(db.value()->queryInt("PRAGMA user_version").value(), qint64(schema::latestVersion()));
        auto check = db.value()->query("PRAGMA integrity_check");
        CDT_OK(check.single());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
        // The same connection accepts the new role at once; anything else is still refused.
        CDT_OK(db.value()->exec("INSERT INTO users(name, display_name, role, created_at) VALUES ('j', 'J', 'jobs', 1)"));
        QVERIFY(!db.value()->exec("INSERT INTO users(name, display_name, role, created_at) VALUES "
                                  "('x', 'X', 'root', 1)"));
        QCOMPARE(db.value()->queryInt("SELECT count(*) FROM users").value(), qint64(2));
    }
};

QTEST_MAIN(TestJobsRole)
#include "tst_jobsrole.moc"
