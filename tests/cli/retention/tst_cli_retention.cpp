// consentdesk-cli sweep [--dry-run] and retention list, as the jobs role: a dry run counts and
// writes nothing, the sweep erases the customer whose retention period is over and logs it, a
// second sweep does nothing, and an auditor is refused with one audited row. Synthetic data.
#include "tests/support/CliFixture.h"
#include "core/access/UserService.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectService.h"

using namespace clitest;

namespace {
const QString kJobs = QStringLiteral("timer");
}

class TestCliRetention : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;
    qint64 m_subject = 0;

    qint64 count(const char *sql)
    {
        auto s = m_store->unlock();
        if (!s)
            return -1;
        auto n = s.value()->db().queryInt(sql);
        return n ? n.value() : -1;
    }
    qint64 ledgerRows() { return count("SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM deletion_log)"); }
    CliRun sweep(const QString &user, bool dry)
    {
        QStringList args{QStringLiteral("--json"), QStringLiteral("sweep")};
        if (dry)
            args << QStringLiteral("--dry-run");
        return m_store->cli(user, args);
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestStore>(m_dir.path());
        QVERIFY(m_store->create(2));
        auto s = m_store->unlock();
        QVERIFY(s.ok());
        cd::Session &o = *s.value();
        QVERIFY(writeFile(m_store->passFile(kJobs), "timer-pass-123\n"));
        QVERIFY(cd::UserService(o).add(kJobs, QStringLiteral("Timed jobs"), cd::Role::Jobs,
                                       QStringLiteral("timer-pass-123"), cd::KdfLimits::minimum()));
        // A one-day period, and one customer's consent withdrawn in 2025: long due by now.
        auto visits = cd::PurposeService(o).findByCode(QStringLiteral("visits"));
        QVERIFY(visits.ok());
        cd::Purpose p = visits.value();
        p.retentionDays = 1;
        QVERIFY(cd::PurposeService(o).update(p));
        auto found = cd::SubjectService(o).search(QStringLiteral("Synthetic Person 1"), 5);
        QVERIFY(found.ok() && !found->empty());
        m_subject = found->front().id;
        QVERIFY(cd::ConsentService(o).withdrawAllForSubject(m_subject, QStringLiteral("counter")));
    }

    void listShowsWhatIsDue()
    {
        CliRun run = m_store->cli(QStringLiteral("officer"), {QStringLiteral("--json"), QStringLiteral("retention"),
                                                              QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        const QJsonArray items = run.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("customer-fields"));
        QVERIFY(items.at(0)[QStringLiteral("isDue")].toBool());
    }

    void dryRunWritesNothing()
    {
        const qint64 rows = ledgerRows();
        CliRun run = sweep(kJobs, true);
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        QVERIFY(run.json().value(QStringLiteral("dryRun")).toBool());
        QCOMPARE(run.json().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(ledgerRows(), rows);
        auto s = m_store->unlock();
        QVERIFY(s.ok());
        auto view = cd::SubjectService(*s.value()).view(m_subject);
        QVERIFY(view.ok() && !view->name.isEmpty());
    }

    void auditorIsRefusedOnce()
    {
        const qint64 denied = count("SELECT count(*) FROM audit_log WHERE action = 'access.denied'");
        CliRun run = sweep(QStringLiteral("auditor1"), false);
        QCOMPARE(run.exitCode, cd::exitCodeFor(cd::ErrorCode::Forbidden));
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'access.denied'"), denied + 1);
        run = m_store->cli(QStringLiteral("auditor1"), {QStringLiteral("jobs"), QStringLiteral("run")});
        QVERIFY(run.exitCode != 0);
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'access.denied'"), denied + 2);
        QCOMPARE(count("SELECT count(*) FROM deletion_log"), qint64(0));
    }

    void sweepErasesThenDoesNothing()
    {
        CliRun run = sweep(kJobs, false);
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        QCOMPARE(run.json().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(count("SELECT count(*) FROM deletion_log WHERE category = 'personal-fields' AND actor_name = 'timer'"),
                 qint64(1));
        QCOMPARE(count("SELECT count(*) FROM subjects WHERE erased_at IS NOT NULL"), qint64(1));
        const qint64 rows = ledgerRows();
        run = sweep(kJobs, false);
        QVERIFY2(run.exitCode == 0, run.all().toUtf8().constData());
        QCOMPARE(run.json().value(QStringLiteral("total")).toInt(), 0);
        QCOMPARE(ledgerRows(), rows);
        run = m_store->cli(kJobs, {QStringLiteral("sweep")});
        QVERIFY2(run.out.contains("Nothing is due."), run.all().toUtf8().constData());
    }

    void jobsRoleCannotListCustomers()
    {
        CliRun run = m_store->cli(kJobs, {QStringLiteral("consent"), QStringLiteral("list")});
        QVERIFY(run.exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRetention)
#include "tst_cli_retention.moc"
