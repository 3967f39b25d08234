// kill -9 at random points during retention sweeps: the jobs role sweeps with an injected clock
// that moves six hours before each sweep, over thousands of customers whose consents expire half an
// hour apart, so every sweep expires consents and erases customers' fields, and a vendor purge is
// queued once a day.
// After every kill: the database opens, integrity_check is ok, both ledgers verify, every
// acknowledged sweep's deletion-log entries are there and nothing due at its time is left, each
// erased customer is named by exactly one deletion-log entry (and each named one is erased), each
// expired consent has its audit row, and no erasure is recorded without its receipt.
// CONSENTDESK_SWEEP_CRASH_ITERATIONS sets the kills (default 50); CONSENTDESK_CRASH_SEED replays
// a run (the seed is printed).
#include "tests/support/ComplianceFixture.h"
#include "tests/support/CrashChecks.h"
#include "tests/support/KilledWriter.h"
#include "tests/support/StoreFixture.h"

#include "core/cameras/CameraInventory.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectService.h"
#include "core/demo/DemoData.h"
#include "core/retention/RetentionService.h"

#include <QHash>
#include <QSet>
#include "tests/support/NoticeItems.h"

using namespace cd;

namespace {

const QString kJobsUser = QStringLiteral("crash-timer");
const QString kJobsPass = QStringLiteral("crash-timer-pass");
constexpr int kCustomers = 6000;
constexpr qint64 kGrantEverySecs = 1800;
constexpr int kValidityDays = 10, kRetentionDays = 5;
constexpr qint64 kStepSecs = 6 * 3600;

QString writerProgram() { return QStringLiteral(CONSENTDESK_TEST_BIN_DIR "/crash_writer"); }

} // namespace

class TestRetentionCrash : public QObject {
    Q_OBJECT

private:
    cdtest::TestStore m_s;
    qint64 m_firstGrant = 0, m_lastGrant = 0;

    // Each erased customer is named by exactly one local deletion-log entry, and each customer
    // an entry names is erased with their fields gone. Empty when both hold.
    static QByteArray erasedExactlyAsLogged(Database &db)
    {
        QSet<qint64> logged;
        auto q = db.query("SELECT record_ids FROM deletion_log WHERE location = 'local' AND category = 'personal-fields'");
        auto rows = q.collect([](const Query &row) { return row.text(0); });
        if (!rows)
            return rows.error().message.toUtf8();
        for (const QString &r : rows.value()) {
            if (!r.startsWith(QLatin1String("subject:")))
                return "unexpected record ids in the deletion log";
            for (const QString &one : r.mid(8).split(QLatin1Char(','))) {
                const qint64 id = one.section(QLatin1Char('/'), 0, 0).toLongLong();
                if (id <= 0 || logged.contains(id))
                    return "customer " + QByteArray::number(id) + " is logged as erased twice (or unreadably)";
                logged.insert(id);
            }
        }
        auto e = db.query("SELECT id, name = '' AND phone = '' FROM subjects WHERE erased_at IS NOT NULL");
        auto erased = e.collect([](const Query &row) { return std::make_pair(row.int64(0), row.int64(1) != 0); });
        if (!erased)
            return erased.error().message.toUtf8();
        for (const auto &[id, empty] : erased.value()) {
            if (!empty)
                return "customer " + QByteArray::number(id) + " is marked erased with fields left";
            if (!logged.remove(id))
                return "customer " + QByteArray::number(id) + " is erased without a deletion-log entry";
        }
        if (!logged.isEmpty())
            return QByteArray::number(logged.size()) + " customers are logged as erased but are not";
        return {};
    }

    // After a sweep acknowledged at `at`, nothing that was due then is left (a vendor purge only
    // queued), and every expired consent has its one audit row.
    QByteArray nothingDueAt(Session &s, qint64 at)
    {
        Database &db = s.db();
        auto granted = db.query("SELECT count(*) FROM consents WHERE expires_at <= ?1 AND status = 'granted'");
        granted.bind(1, at);
        if (!granted.single() || granted.int64(0) != 0) {
            auto latest = db.queryInt("SELECT coalesce(max(expires_at), 0) FROM consents WHERE status = 'expired'");
            return QByteArray::number(granted.int64(0)) + " consents due to expire are still granted; the latest "
                "expired one was due at " + QByteArray::number(latest ? latest.value() : -1);
        }
        // Each table read once: a lookup per consent in the unindexed audit log would be quadratic.
        QHash<QString, int> audited;
        auto a = db.query("SELECT object_id FROM audit_log WHERE action = 'consent.expire'");
        if (auto r = a.forEach([&](const Query &row) { ++audited[row.text(0)]; }); !r)
            return r.error().message.toUtf8();
        auto e = db.query("SELECT id FROM consents WHERE status = 'expired'");
        auto expired = e.collect([](const Query &row) { return QString::number(row.int64(0)); });
        if (!expired)
            return expired.error().message.toUtf8();
        for (const QString &id : expired.value()) {
            if (audited.take(id) != 1)
                return "expired consent " + id.toUtf8() + " without exactly one audit row";
        }
        if (!audited.isEmpty())
            return QByteArray::number(audited.size()) + " consent.expire audit rows for consents not expired";
        m_s.clock.set(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
        auto items = RetentionService(s).schedule(50);
        if (!items)
            return items.error().message.toUtf8();
        for (const RetentionItem &i : items.value()) {
            if (i.dueAt <= at && !i.queued)
                return retentionKindId(i.kind).toUtf8() + " item due at " + QByteArray::number(i.dueAt)
                    + " still there after the sweep acknowledged at " + QByteArray::number(at);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(writerProgram()));
        const QString e = m_s.create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        Session &officer = *m_s.officer;
        QCOMPARE(cdtest::addFaceRecords(officer), QString());
        CDT_OK(demo::addStandardPurposes(officer));  // a face purpose: vendor captures have a period
        // A vendor known for longer than face captures are kept: a purge is due from the first sweep.
        m_s.clock.advanceDays(-175);
        CDT_OK(CameraInventory(officer).upsertVendor(QStringLiteral("simvendor"), QStringLiteral("Simulated vendor"),
                                                     QStringLiteral("1.0"), QStringLiteral("libsimvendor.so")));
        m_s.clock.set(cdtest::testStart());
        Purpose p;
        p.code = QStringLiteral("crash-sweep");
        p.nameZh = QStringLiteral("保留期测试");
        p.nameEn = QStringLiteral("Retention crash test");
        p.legalBasis = QStringLiteral("consent");
        p.dataCategories = QStringLiteral("name,phone");
        p.retentionDays = kRetentionDays;
        p.consentValidityDays = kValidityDays;
        auto added = PurposeService(officer).add(p);
        CDT_OK(added);
        auto notice = PurposeService(officer).publishNotice(added->id, QStringLiteral("保留期测试告知"),
                                                            QStringLiteral("Retention crash test notice"), cdtest::fullNoticeItems());
        CDT_OK(notice);
        CDT_OK(UserService(officer).add(kJobsUser, QStringLiteral("Crash timer"), Role::Jobs, kJobsPass,
                                        KdfLimits::minimum()));
        {  // one customer every half hour, each with a consent that expires after kValidityDays
            Transaction tx(officer.db());
            CDT_OK(tx.begin());
            m_firstGrant = m_s.clock.nowMs();
            for (int i = 0; i < kCustomers; ++i) {
                SubjectInput in;  // synthetic
                in.name = QStringLiteral("合成%1").arg(i);
                in.phone = QStringLiteral("1390%1").arg(i, 7, 10, QLatin1Char('0'));
                in.ageBand = AgeBand::Adult;
                auto subject = SubjectService(officer).create(in);
                CDT_OK(subject);
                RegistrationInput r;
                r.subjectId = subject->id;
                r.purposes.push_back(PurposeConsent{added->id, notice->id, false});
                CDT_OK(ConsentService(officer).registerConsent(r));
                m_lastGrant = m_s.clock.nowMs();
                m_s.clock.advanceSecs(kGrantEverySecs);
            }
            CDT_OK(tx.commit());
        }
        m_s.officer.reset();  // the writer gets the database to itself
    }

    void killedDuringSweeps()
    {
        const int iterations = cdtest::envInt("CONSENTDESK_SWEEP_CRASH_ITERATIONS", 50);
        const quint32 seed = cdtest::crashSeed();
        qInfo("sweep crash test: seed %u, %d iterations (replay with CONSENTDESK_CRASH_SEED=%u)", seed, iterations, seed);
        QRandomGenerator gen(seed);

        // The first sweep that finds customers' fields due; each round resumes after the last
        // acknowledged sweep, so a sweep cut off by the kill is run again.
        qint64 acknowledgedAt = m_firstGrant + qint64(kValidityDays + kRetentionDays) * kDayMs - kStepSecs * 1000;
        QSet<qint64> seqs;
        int sweeps = 0, cutInFirst = 0;
        for (int round = 1; round <= iterations; ++round) {
            const QByteArray ctx = "round " + QByteArray::number(round) + ", seed " + QByteArray::number(seed) + ": ";
            const auto run = cdtest::runAndKill(writerProgram(), {m_s.dbPath, kJobsUser, QStringLiteral("sweep"),
                                                                  QString::number(acknowledgedAt), QString::number(kStepSecs)},
                                                kJobsPass.toUtf8(), int(gen.bounded(0, 400)));
            QVERIFY2(run.error.isEmpty(), (ctx + run.error).constData());
            int thisRound = 0;
            for (const QByteArray &line : cdtest::completeLines(run.out)) {
                const QList<QByteArray> f = line.split(' ');
                if (line == "OK ready")
                    continue;
                QVERIFY2(f.value(1) == "sweep" && f.size() == 5, (ctx + "unexpected output line: " + line).constData());
                const qint64 at = f[2].toLongLong();
                QVERIFY2(at == acknowledgedAt + kStepSecs * 1000, (ctx + "sweeps out of step").constData());
                acknowledgedAt = at;
                if (f[4] != "-") {
                    for (const QByteArray &seq : f[4].split(','))
                        seqs.insert(seq.toLongLong());
                }
                ++thisRound;
            }
            sweeps += thisRound;
            cutInFirst += thisRound == 0 ? 1 : 0;

            QString why;
            auto s = m_s.unlock(cdtest::kOfficer, cdtest::kOfficerPass, &why);
            QVERIFY2(s, (ctx + "the store does not open after the kill: " + why.toUtf8()).constData());
            QByteArray broken = cdtest::soundAfterKill(*s);
            QVERIFY2(broken.isEmpty(), (ctx + broken).constData());
            for (qint64 seq : std::as_const(seqs)) {
                auto q = s->db().query("SELECT count(*) FROM deletion_log WHERE seq = ?1 AND reason = 'retention'");
                q.bind(1, seq);
                CDT_OK(q.single());
                QVERIFY2(q.int64(0) == 1, (ctx + "acknowledged deletion-log entry " + QByteArray::number(seq) + " is missing").constData());
            }
            broken = erasedExactlyAsLogged(s->db());
            if (broken.isEmpty() && sweeps > 0)  // before the first acknowledged sweep nothing is promised
                broken = nothingDueAt(*s, acknowledgedAt);
            QVERIFY2(broken.isEmpty(), (ctx + broken + "\n" + run.out).constData());
        }

        QString why;
        auto s = m_s.unlock(cdtest::kOfficer, cdtest::kOfficerPass, &why);
        QVERIFY2(s, qPrintable(why));
        auto erased = s->db().queryInt("SELECT count(*) FROM subjects WHERE erased_at IS NOT NULL");
        auto purges = s->db().queryInt("SELECT count(*) FROM vendor_jobs WHERE op = 'purge-before'");
        CDT_OK(erased);
        CDT_OK(purges);
        qInfo("sweeps: %d kills (%d inside a round's first sweep), %d sweeps acknowledged with %lld deletion-log "
              "entries, all found; %lld of %d customers erased, %lld vendor purges queued; swept up to %s, last "
              "customer due %s",
              iterations, cutInFirst, sweeps, qint64(seqs.size()), erased.value(), kCustomers, purges.value(),
              qPrintable(QDateTime::fromMSecsSinceEpoch(acknowledgedAt, Qt::UTC).toString(Qt::ISODate)),
              qPrintable(QDateTime::fromMSecsSinceEpoch(m_lastGrant + qint64(kValidityDays + kRetentionDays) * kDayMs, Qt::UTC)
                             .toString(Qt::ISODate)));
        QVERIFY(erased.value() > 0);
        QVERIFY(purges.value() > 0);
    }
};

QTEST_GUILESS_MAIN(TestRetentionCrash)
#include "tst_retention_crash.moc"
