// Kill -9 in the middle of registrations: every consent the program reported as saved must be
// there afterwards, the database intact and both ledgers verified.
// CONSENTDESK_CRASH_ITERATIONS sets the number of kills (default 50); CONSENTDESK_CRASH_SEED
// replays a run (the seed is printed).
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/access/UserService.h"
#include "tests/support/CrashChecks.h"
#include "tests/support/KilledWriter.h"
#include "tests/support/StoreFixture.h"

#include <QRandomGenerator>
#include <QSet>
#include "tests/support/NoticeItems.h"

using namespace cd;

namespace {

const QString kWriter = QStringLiteral("crash-staff");
const QString kWriterPass = QStringLiteral("crash-staff-pass");

} // namespace

class TestCrash : public QObject {
    Q_OBJECT

private:
    cdtest::TestStore m_s;

private slots:
    void initTestCase()
    {
        const QString e = m_s.create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        Purpose p;
        p.code = QStringLiteral("crash-test");
        p.nameZh = QStringLiteral("崩溃测试");
        p.nameEn = QStringLiteral("Crash test");
        p.legalBasis = QStringLiteral("consent");
        p.dataCategories = QStringLiteral("visit-history");
        auto added = PurposeService(*m_s.officer).add(p);
        CDT_OK(added);
        CDT_OK(PurposeService(*m_s.officer).publishNotice(added.value().id, QStringLiteral("崩溃测试告知"),
                                                          QStringLiteral("Crash test notice"), cdtest::fullNoticeItems()));
        CDT_OK(UserService(*m_s.officer).add(kWriter, QStringLiteral("Crash staff"), Role::Staff, kWriterPass,
                                             KdfLimits::minimum()));
        m_s.officer.reset();  // the writer gets the database to itself
        QVERIFY(QFile::exists(QStringLiteral(CONSENTDESK_TEST_BIN_DIR "/crash_writer")));
    }

    void killedWriterLosesNothingReported()
    {
        const int iterations = cdtest::envInt("CONSENTDESK_CRASH_ITERATIONS", 50);
        const quint32 seed = cdtest::crashSeed();
        qInfo("crash test: seed %u, %d iterations (replay with CONSENTDESK_CRASH_SEED=%u)", seed, iterations, seed);
        QRandomGenerator gen(seed);

        QSet<qint64> reported;
        for (int round = 1; round <= iterations; ++round) {
            const QByteArray ctx = "round " + QByteArray::number(round) + ", seed " + QByteArray::number(seed) + ": ";
            const auto run = cdtest::runAndKill(QStringLiteral(CONSENTDESK_TEST_BIN_DIR "/crash_writer"),
                                                {m_s.dbPath, kWriter}, kWriterPass.toUtf8(),
                                                int(gen.bounded(50, 401)));
            QVERIFY2(run.error.isEmpty(), (ctx + run.error).constData());
            const QByteArray &out = run.out;

            // Only complete lines count: a line cut off by the kill was never fully reported.
            const QList<QByteArray> lines = out.split('\n');
            int thisRound = 0;
            for (int i = 0; i + 1 < lines.size(); ++i) {
                QVERIFY2(lines[i].startsWith("OK "), (ctx + "unexpected output line").constData());
                bool ok = false;
                const qint64 id = lines[i].mid(3).toLongLong(&ok);
                QVERIFY2(ok && id > 0, (ctx + "bad id in output").constData());
                QVERIFY2(!reported.contains(id), (ctx + "an id was reported twice").constData());
                reported.insert(id);
                ++thisRound;
            }
            QVERIFY(thisRound >= 1);

            QString why;
            auto session = m_s.unlock(cdtest::kOfficer, cdtest::kOfficerPass, &why);
            QVERIFY2(session, (ctx + "the store does not open after the kill: " + why.toUtf8()).constData());
            const QByteArray broken = cdtest::soundAfterKill(*session);
            QVERIFY2(broken.isEmpty(), (ctx + broken).constData());

            ConsentService consents(*session);
            for (qint64 id : std::as_const(reported)) {
                auto c = consents.get(id);
                QVERIFY2(c.ok(), (ctx + "reported consent " + QByteArray::number(id) + " is missing").constData());
                QCOMPARE(c.value().status, ConsentStatus::Granted);
            }
            auto n = consents.count(ConsentFilter{});
            CDT_OK(n);
            QVERIFY(n.value() >= reported.size());
            // The audit log holds a registration for every reported consent.
            auto registered = session->db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'consent.register'");
            CDT_OK(registered);
            QVERIFY(registered.value() >= reported.size());
        }
        qInfo("crash test: %d kills, %lld consents reported and all found", iterations, qint64(reported.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
