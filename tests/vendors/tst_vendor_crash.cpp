// kill -9 at random points while face consents are withdrawn with their vendor erasure, and while
// erasure jobs are recorded with the simulated vendor's receipts (the `jobs run` path). After
// every kill: the database opens, integrity_check is ok, both ledgers verify, every acknowledged
// withdrawal and erasure is there, the vendor holds nothing about an acknowledged erasure, and no
// erasure is recorded without its receipt. At the end the jobs a kill interrupted complete.
// CONSENTDESK_VENDOR_CRASH_ITERATIONS sets the kills per writer (default 50);
// CONSENTDESK_CRASH_SEED replays a run (the seed is printed).
#include "tests/support/CrashChecks.h"
#include "tests/support/KilledWriter.h"
#include "tests/support/VendorFixture.h"

#include "core/ledgers/AuditLog.h"

#include <QHash>
#include <QSet>

#include <functional>

using namespace cd;
using namespace cdptest;

namespace {

const QString kJobsUser = QStringLiteral("crash-jobs");
const QString kJobsPass = QStringLiteral("crash-jobs-pass");
// Pending erasures kept ready for the jobs writer: below kJobsLow the queue is topped up to
// kJobsHigh, so that the writer does not run dry before its kill (it closes one in ~10 ms).
constexpr int kJobsLow = 40, kJobsHigh = 120;

QString writerProgram() { return QStringLiteral(CONSENTDESK_TEST_BIN_DIR "/crash_writer"); }

} // namespace

class TestVendorCrash : public QObject {
    Q_OBJECT

private:
    VendorWorld m_w;
    quint32 m_seed = 0;

    QString dbPath() const { return m_w.store.dbPath; }
    QString dataRoot() const { return VendorManagerOptions::defaultsFor(dbPath()).dataRoot; }
    QString vendorDir() const { return dataRoot() + QLatin1Char('/') + kSim; }

    std::unique_ptr<Session> officer(const QByteArray &ctx)
    {
        QString why;
        auto s = m_w.store.unlock(cdtest::kOfficer, cdtest::kOfficerPass, &why);
        if (!s)
            qWarning("%s the store does not open: %s", ctx.constData(), qPrintable(why));
        return s;
    }

    // The manager the writer would start, for the test's own vendor calls between kills.
    std::unique_ptr<VendorManager> vendorFor(Session &s)
    {
        auto m = std::make_unique<VendorManager>(s, VendorManagerOptions::defaultsFor(dbPath()));
        m->startAll();
        VendorHost *h = m->host(kSim);
        if (!h || h->health() != VendorHealth::Ready)
            return nullptr;
        return m;
    }

    // What the store holds about withdrawals and vendor erasures, each table read once per check
    // (the ledgers grow with every round; a query per acknowledged write would not scale).
    struct Records {
        QHash<qint64, QString> pseudonyms;            // subject id
        QHash<qint64, std::pair<qint64, QString>> closedJobs;  // job id -> subject, receipt
        QHash<QString, int> erasureRows;              // "location|pseudonym|receipt|reason" in the deletion log
        QHash<QString, int> erasureAudits;            // "pseudonym|receipt" of vendor.erase audit rows
        QSet<qint64> withdrawnConsents;
        QHash<QString, int> withdrawAudits;           // consent id of consent.withdraw audit rows
        QHash<QString, int> owedForConsent;           // reason_ref of withdrawal erasure jobs
        QByteArray error;
    };

    static Records readRecords(Database &db)
    {
        Records r;
        auto fail = [&r](const Error &e) { r.error = cdtest::describe(e); };
        auto rows = [&](const char *sql, const std::function<void(const Query &)> &each) {
            auto q = db.query(sql);
            for (;;) {
                auto step = q.step();
                if (!step) {
                    fail(step.error());
                    return;
                }
                if (!step.value())
                    return;
                each(q);
            }
        };
        rows("SELECT id, pseudonym FROM subjects", [&](const Query &q) { r.pseudonyms.insert(q.int64(0), q.text(1)); });
        rows("SELECT id, subject_id, receipt_id FROM vendor_jobs WHERE state = 'done'",
             [&](const Query &q) { r.closedJobs.insert(q.int64(0), {q.int64(1), q.text(2)}); });
        rows("SELECT location || '|' || subject_ref || '|' || receipt_id || '|' || reason FROM deletion_log "
             "WHERE category = 'face-data'",
             [&](const Query &q) { ++r.erasureRows[q.text(0)]; });
        rows("SELECT object_id, detail FROM audit_log WHERE action = 'vendor.erase'", [&](const Query &q) {
            // "vendor <code> receipt <id> <counts>; deletion log <seq>"
            ++r.erasureAudits[q.text(0) + QLatin1Char('|') + q.text(1).section(QLatin1Char(' '), 3, 3)];
        });
        rows("SELECT id FROM consents WHERE status = 'withdrawn'", [&](const Query &q) { r.withdrawnConsents.insert(q.int64(0)); });
        rows("SELECT object_id FROM audit_log WHERE action = 'consent.withdraw'",
             [&](const Query &q) { ++r.withdrawAudits[q.text(0)]; });
        rows("SELECT reason_ref FROM vendor_jobs WHERE op = 'erase-subject' AND reason = 'withdrawal'",
             [&](const Query &q) { ++r.owedForConsent[q.text(0)]; });
        return r;
    }

    // An erasure closed with `receipt`: the job, its deletion-log row (where, whose, why) and its
    // audit row; when `onDisk`, also that the vendor's disk holds nothing about the subject.
    QByteArray erasureRecorded(const Records &r, qint64 subjectId, const QString &receipt, const QString &reason,
                               bool onDisk)
    {
        const QString pseudonym = r.pseudonyms.value(subjectId);
        if (pseudonym.isEmpty())
            return "subject " + QByteArray::number(subjectId) + " is missing";
        int jobs = 0;
        for (const auto &[subject, closedWith] : r.closedJobs)
            jobs += subject == subjectId && closedWith == receipt ? 1 : 0;
        if (jobs != 1)
            return "no job closed with receipt " + receipt.toUtf8();
        if (r.erasureRows.value(QStringList{kSim, pseudonym, receipt, reason}.join(QLatin1Char('|'))) != 1)
            return "no deletion-log row for receipt " + receipt.toUtf8();
        if (r.erasureAudits.value(pseudonym + QLatin1Char('|') + receipt) != 1)
            return "no vendor.erase audit row for receipt " + receipt.toUtf8();
        if (onDisk && !simvendorItemIds(vendorDir(), pseudonym).isEmpty())
            return "the vendor still holds data about subject " + QByteArray::number(subjectId);
        return {};
    }

    // One kill of the writer: its acknowledgements (complete lines after "OK ready", in fields)
    // once its plugin host has gone too. Empty when all went as planned, else what did not.
    QByteArray killWriter(const QStringList &args, const QString &passphrase, int delayMs,
                          QList<QList<QByteArray>> *acks)
    {
        const auto run = cdtest::runAndKill(writerProgram(), args, passphrase.toUtf8(), delayMs);
        if (!run.error.isEmpty())
            return run.error;
        if (!cdtest::waitForHostsGone(dataRoot()))
            return "the killed writer's host did not quit";
        for (const QByteArray &line : cdtest::completeLines(run.out)) {
            if (line != "OK ready")
                acks->append(line.split(' '));
        }
        return {};
    }

    // The store after a kill: it opens, is sound (CrashChecks.h), and what it holds is read.
    QByteArray readAfterKill(std::unique_ptr<Session> &s, Records *r)
    {
        s = officer("after the kill:");
        if (!s)
            return "the store does not open after the kill";
        if (const QByteArray sound = cdtest::soundAfterKill(*s); !sound.isEmpty())
            return sound;
        *r = readRecords(s->db());
        return r->error;
    }

    // Subjects with a face consent, enrolled at the vendor, then withdrawn one clock minute apart:
    // each owes one erasure job. Returns an error text, empty on success.
    QByteArray queueErasures(int n)
    {
        auto s = officer("queue:");
        if (!s)
            return "the store does not open";
        auto m = vendorFor(*s);
        if (!m)
            return "the simulated vendor is not ready";
        for (int i = 0; i < n; ++i) {
            m_w.store.clock.advanceSecs(60);
            SubjectInput in;  // synthetic
            in.name = QStringLiteral("合成队列%1").arg(i);
            in.phone = QStringLiteral("1380%1").arg(i, 7, 10, QLatin1Char('0'));
            in.ageBand = AgeBand::Adult;
            auto subject = SubjectService(*s).create(in);
            if (!subject)
                return cdtest::describe(subject.error());
            RegistrationInput r;
            r.subjectId = subject->id;
            r.purposes.push_back(PurposeConsent{m_w.face.id, m_w.faceNotice.id, true});
            auto ids = ConsentService(*s).registerConsent(r);
            if (!ids)
                return cdtest::describe(ids.error());
            if (auto e = m->enroll(subject->id, kSim); !e)
                return cdtest::describe(e.error());
            if (auto w = ConsentService(*s).withdraw(ids->front(), QStringLiteral("counter")); !w)
                return cdtest::describe(w.error());
        }
        m.reset();
        return cdtest::waitForHostsGone(dataRoot()) ? QByteArray() : "the test's plugin host did not quit";
    }

    // After the last kill: the jobs that a kill interrupted complete, with receipts, and the
    // vendor then holds nothing about any customer whose face consent was withdrawn.
    void finishInterruptedJobs()
    {
        auto s = officer("finish:");
        QVERIFY(s);
        auto latest = s->db().queryInt("SELECT max(created_at) FROM vendor_jobs");
        CDT_OK(latest);
        if (latest.value() >= m_w.store.clock.nowMs())  // after the writers' clocks, as a later run is
            m_w.store.clock.set(QDateTime::fromMSecsSinceEpoch(latest.value() + 60000, Qt::UTC));
        auto m = vendorFor(*s);
        QVERIFY(m);
        CDT_OK(m->runDueJobs(true));
        m.reset();
        QVERIFY(cdtest::waitForHostsGone(dataRoot()));
        auto pending = s->db().queryInt("SELECT count(*) FROM vendor_jobs WHERE state = 'pending'");
        CDT_OK(pending);
        QCOMPARE(pending.value(), qint64(0));
        const QByteArray e = cdtest::soundAfterKill(*s);
        QVERIFY2(e.isEmpty(), e.constData());
        auto q = s->db().query("SELECT DISTINCT s.pseudonym FROM consents c JOIN subjects s ON s.id = c.subject_id "
                               "WHERE c.status = 'withdrawn' AND c.purpose_id = ?1");
        q.bind(1, m_w.face.id);
        auto withdrawn = q.collect([](const Query &row) { return row.text(0); });
        CDT_OK(withdrawn);
        QVERIFY(!withdrawn->empty());
        for (const QString &p : withdrawn.value())
            QVERIFY2(simvendorItemIds(vendorDir(), p).isEmpty(), "the vendor still holds a withdrawn customer's data");
        // Every customer here was enrolled, so the vendor held a template. A row that does not
        // count it is a retry after a kill between the vendor's erasure and its record: the vendor
        // erased nothing the second time, and the first receipt (with the real counts) was lost.
        auto understated = s->db().queryInt("SELECT count(*) FROM deletion_log WHERE category = 'face-data' AND "
                                            "instr(counts, 'face-template=1') = 0");
        auto rows = s->db().queryInt("SELECT count(*) FROM deletion_log WHERE category = 'face-data'");
        CDT_OK(understated);
        CDT_OK(rows);
        qInfo("vendor erasures recorded: %lld, of which %lld with a receipt for an erasure of nothing (retried "
              "after a kill)",
              rows.value(), understated.value());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(hostExecutable()), "consentdesk-plugin-host is not built");
        QVERIFY2(QFile::exists(simvendorFile()), "libsimvendor.so is not built");
        QVERIFY(QFile::exists(writerProgram()));
        QCOMPARE(m_w.create(), QString());
        CDT_OK(UserService(m_w.officer()).add(kJobsUser, QStringLiteral("Crash jobs"), Role::Jobs, kJobsPass,
                                              KdfLimits::minimum()));
        {  // the entrance camera recognises consented faces, so enrolment is allowed
            auto m = vendorFor(m_w.officer());
            QVERIFY(m);
            const qint64 entrance = m_w.zoneId(kSim, QStringLiteral("entrance"));
            QVERIFY(entrance > 0);
            CDT_OK(CameraSigns(m_w.officer()).addSign(entrance, QStringLiteral("Face recognition notice at the entrance"),
                                                      0, QByteArrayLiteral("synthetic photo of the sign")));
            CDT_OK(m->setMode(kSim, QStringLiteral("cam-entrance-1"), CameraMode::IdentifyConsented,
                              QStringLiteral("members programme")));
        }
        m_w.store.officer.reset();  // the writers get the database to themselves
        QVERIFY(cdtest::waitForHostsGone(dataRoot()));
        m_seed = cdtest::crashSeed();
        qInfo("vendor crash test: seed %u (replay with CONSENTDESK_CRASH_SEED=%u)", m_seed, m_seed);
    }

    void killedDuringWithdrawalAndErasure()
    {
        const int iterations = cdtest::envInt("CONSENTDESK_VENDOR_CRASH_ITERATIONS", 50);
        QRandomGenerator gen(m_seed);
        QHash<qint64, qint64> withdrawn;  // consent -> subject, acknowledged
        QHash<qint64, QString> erased;    // subject -> receipt, acknowledged
        int leftOwed = 0;                 // kills that left an acknowledged withdrawal's erasure owed
        for (int round = 1; round <= iterations; ++round) {
            const QByteArray ctx = "withdraw round " + QByteArray::number(round) + ", seed " + QByteArray::number(m_seed) + ": ";
            const qint64 start = cdtest::testStart().addDays(round).toMSecsSinceEpoch();
            QList<QList<QByteArray>> acks;
            QByteArray e = killWriter({dbPath(), cdtest::kOfficer, QStringLiteral("withdraw"), QString::number(start)},
                                      cdtest::kOfficerPass, int(gen.bounded(0, 400)), &acks);
            QVERIFY2(e.isEmpty(), (ctx + e).constData());
            QSet<qint64> erasedNow;  // the vendor's disk is looked at for this round's erasures
            for (const QList<QByteArray> &f : std::as_const(acks)) {
                if (f.value(1) == "withdrawn" && f.size() == 4) {
                    withdrawn.insert(f[2].toLongLong(), f[3].toLongLong());
                } else {
                    QVERIFY2(f.value(1) == "erased" && f.size() == 4, (ctx + "unexpected output: " + f.join(' ')).constData());
                    erased.insert(f[2].toLongLong(), QString::fromUtf8(f[3]));
                    erasedNow.insert(f[2].toLongLong());
                }
            }
            std::unique_ptr<Session> s;
            Records r;
            e = readAfterKill(s, &r);
            QVERIFY2(e.isEmpty(), (ctx + e).constData());
            Database &db = s->db();
            for (auto it = withdrawn.cbegin(); it != withdrawn.cend(); ++it) {
                const QByteArray which = ctx + "consent " + QByteArray::number(it.key()) + ": ";
                const QString id = QString::number(it.key());
                QVERIFY2(r.withdrawnConsents.contains(it.key()), (which + "not withdrawn").constData());
                QVERIFY2(r.withdrawAudits.value(id) == 1, (which + "no audit row").constData());
                QVERIFY2(r.owedForConsent.value(id) == 1, (which + "no erasure owed").constData());
            }
            for (auto it = erased.cbegin(); it != erased.cend(); ++it) {
                const QByteArray broken = erasureRecorded(r, it.key(), it.value(), QStringLiteral("withdrawal"),
                                                          erasedNow.contains(it.key()));
                QVERIFY2(broken.isEmpty(), (ctx + broken).constData());
            }
            auto owed = db.queryInt("SELECT count(*) FROM vendor_jobs WHERE state = 'pending'");
            CDT_OK(owed);
            leftOwed += owed.value() > 0 ? 1 : 0;
        }
        qInfo("withdrawal: %d kills, %lld withdrawals and %lld erasures acknowledged and found; %d kills left an "
              "erasure owed (completed by the next writer)",
              iterations, qint64(withdrawn.size()), qint64(erased.size()), leftOwed);
        QVERIFY(!erased.isEmpty());
        finishInterruptedJobs();
    }

    void killedWhileRecordingErasures()
    {
        const int iterations = cdtest::envInt("CONSENTDESK_VENDOR_CRASH_ITERATIONS", 50);
        QRandomGenerator gen(m_seed + 1);
        m_w.store.clock.set(cdtest::testStart().addDays(200));  // after the withdrawal rounds
        QHash<qint64, QString> closed;  // job -> receipt, acknowledged
        int vendorAhead = 0;            // kills between the vendor's erasure and its record
        int ranDry = 0;                 // kills after the writer had closed every job
        for (int round = 1; round <= iterations; ++round) {
            const QByteArray ctx = "jobs round " + QByteArray::number(round) + ", seed " + QByteArray::number(m_seed + 1) + ": ";
            qint64 start = 0;
            {
                auto s = officer(ctx);
                QVERIFY(s);
                auto pending = s->db().queryInt("SELECT count(*) FROM vendor_jobs WHERE state = 'pending'");
                CDT_OK(pending);
                s.reset();
                if (pending.value() < kJobsLow) {
                    const QByteArray e = queueErasures(kJobsHigh - int(pending.value()));
                    QVERIFY2(e.isEmpty(), (ctx + e).constData());
                }
                s = officer(ctx);
                QVERIFY(s);
                auto first = s->db().queryInt("SELECT min(next_attempt_at) FROM vendor_jobs WHERE state = 'pending'");
                CDT_OK(first);
                start = first.value();
            }
            QList<QList<QByteArray>> acks;
            QByteArray e = killWriter({dbPath(), kJobsUser, QStringLiteral("jobs"), QString::number(start)}, kJobsPass,
                                      int(gen.bounded(0, 300)), &acks);
            QVERIFY2(e.isEmpty(), (ctx + e).constData());
            QSet<qint64> closedNow;
            for (const QList<QByteArray> &f : std::as_const(acks)) {
                QVERIFY2(f.value(1) == "job" && f.size() == 4, (ctx + "unexpected output: " + f.join(' ')).constData());
                closed.insert(f[2].toLongLong(), QString::fromUtf8(f[3]));
                closedNow.insert(f[2].toLongLong());
            }
            std::unique_ptr<Session> s;
            Records r;
            e = readAfterKill(s, &r);
            QVERIFY2(e.isEmpty(), (ctx + e).constData());
            Database &db = s->db();
            for (auto it = closed.cbegin(); it != closed.cend(); ++it) {
                const qint64 subject = r.closedJobs.value(it.key()).first;
                const QByteArray broken = erasureRecorded(r, subject, it.value(), QStringLiteral("withdrawal"),
                                                          closedNow.contains(it.key()));
                QVERIFY2(broken.isEmpty(), (ctx + "job " + QByteArray::number(it.key()) + ": " + broken).constData());
            }
            // A job still pending whose subject the vendor no longer holds: the kill fell after the
            // vendor erased and before the console recorded it. The next run must still close it.
            auto q = db.query("SELECT coalesce(s.pseudonym, '') FROM vendor_jobs j JOIN subjects s ON s.id = j.subject_id "
                              "WHERE j.state = 'pending'");
            auto pending = q.collect([](const Query &row) { return row.text(0); });
            CDT_OK(pending);
            ranDry += pending->empty() ? 1 : 0;
            for (const QString &p : pending.value()) {
                if (simvendorItemIds(vendorDir(), p).isEmpty()) {
                    ++vendorAhead;
                    break;
                }
            }
        }
        qInfo("erasure jobs: %d kills, %lld erasures acknowledged and found; %d kills fell between the vendor's "
              "erasure and its record, %d after the queue ran dry",
              iterations, qint64(closed.size()), vendorAhead, ranDry);
        QVERIFY(!closed.isEmpty());
        finishInterruptedJobs();
    }
};

QTEST_GUILESS_MAIN(TestVendorCrash)
#include "tst_vendor_crash.moc"
