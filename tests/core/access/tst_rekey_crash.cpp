// kill -9 at random points while keyslots change and while the database is re-keyed: afterwards
// the keyslot file loads, the database opens (finishing an interrupted re-key), integrity_check is
// ok, both ledgers verify and every acknowledged change is there. The store holds a few thousand
// subjects so that PRAGMA rekey takes long enough to be hit.
// CONSENTDESK_REKEY_CRASH_ITERATIONS sets the kills per mode (default 50); CONSENTDESK_CRASH_SEED
// replays a run (the seed is printed).
#include "core/access/UserService.h"
#include "core/consent/SubjectService.h"
#include "core/ledgers/Ledgers.h"
#include "tests/support/KilledWriter.h"
#include "tests/support/StoreFixture.h"

#include <QRandomGenerator>
#include <QSet>

using namespace cd;

namespace {

const QString kWriter = QStringLiteral("writer");
const QString kVictim = QStringLiteral("victim");
constexpr int kSubjects = 4000;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

struct Ops {
    QString kind, arg;
};

} // namespace

class TestRekeyCrash : public QObject {
    Q_OBJECT

private:
    cdtest::TestStore m_s;
    QString m_writerPass = QStringLiteral("writer-pass-0");
    QString m_victimPass = QStringLiteral("victim-pass-0");
    QString m_recovery;  // empty while a renewal was cut off before it was reported
    QSet<QString> m_added, m_removed;
    QSet<QString> m_uncertain;  // a removal cut off before it was reported: either state is right
    quint32 m_seed = 0;

    // Unlocks `user` with `known`, else with the in-flight value (a change cut off after it took
    // effect but before it was reported); returns the passphrase that worked, or "".
    QString unlocksWith(const QString &user, const QString &known, const Ops &inFlight, const char *op)
    {
        if (m_s.unlock(user, known))
            return known;
        if (inFlight.kind == QLatin1String(op) && m_s.unlock(user, inFlight.arg))
            return inFlight.arg;
        return {};
    }

    void runRounds(const QString &mode, int iterations)
    {
        QRandomGenerator gen(m_seed + (mode == QLatin1String("rekey") ? 1 : 0));
        QHash<QString, int> landed;  // where the kills fell
        int acknowledged = 0;
        for (int round = 1; round <= iterations; ++round) {
            const QByteArray ctx = mode.toUtf8() + " round " + QByteArray::number(round) + ", seed "
                + QByteArray::number(m_seed) + ": ";
            const auto run = cdtest::runAndKill(QStringLiteral(CONSENTDESK_TEST_BIN_DIR "/rekey_writer"),
                                                {m_s.dbPath, kWriter, mode, mode + QString::number(round)},
                                                m_writerPass.toUtf8(), int(gen.bounded(0, 400)));
            QVERIFY2(run.error.isEmpty(), (ctx + run.error).constData());
            const QByteArray &out = run.out;

            // Only complete lines count: a line cut off by the kill was never fully reported.
            Ops inFlight;
            QString last = QStringLiteral("start");
            const QList<QByteArray> lines = out.split('\n');
            for (int i = 0; i + 1 < lines.size(); ++i) {
                const QStringList f = QString::fromUtf8(lines[i]).split(QLatin1Char(' '));
                if (f.value(0) == QLatin1String("TRY")) {
                    inFlight = {f.value(1), f.value(2)};
                    last = QStringLiteral("during ") + f.value(1)
                        + (f.value(1) == QLatin1String("remove") || f.value(1) == QLatin1String("reset") ? QStringLiteral(", before PRAGMA rekey") : QString());
                } else if (f.value(0) == QLatin1String("P")) {
                    last = f.value(1) == QLatin1String("0") ? QStringLiteral("inside PRAGMA rekey")
                                                            : QStringLiteral("after PRAGMA rekey, before the final keyslot file");
                } else if (f.value(0) == QLatin1String("OK")) {
                    const QString op = f.value(1), arg = f.value(2);
                    if (op == QLatin1String("add"))
                        m_added.insert(arg);
                    else if (op == QLatin1String("remove"))
                        m_removed.insert(arg);
                    else if (op == QLatin1String("passwd"))
                        m_writerPass = arg;
                    else if (op == QLatin1String("reset"))
                        m_victimPass = arg;
                    else if (op == QLatin1String("recovery"))
                        m_recovery = arg;
                    inFlight = {};
                    ++acknowledged;
                    last = QStringLiteral("between changes");
                } else {
                    QFAIL((ctx + "unexpected output line: " + lines[i]).constData());
                }
            }
            ++landed[last];
            if (inFlight.kind == QLatin1String("remove"))
                m_uncertain.insert(inFlight.arg);

            // The keyslot file is whole, and the database opens with a key it holds.
            auto file = KeyslotFile::load(m_s.keysPath());
            if (!file)
                QFAIL((ctx + "keyslot file: " + cdtest::describe(file.error())).constData());
            QString why;
            auto officer = m_s.unlock(cdtest::kOfficer, cdtest::kOfficerPass, &why);
            QVERIFY2(officer, (ctx + "the store does not open after the kill: " + why.toUtf8()).constData());
            {  // queries end before the session does
                auto q = officer->db().query("PRAGMA integrity_check");
                CDT_OK(q.single());
                QCOMPARE(q.text(0), QStringLiteral("ok"));
                auto ledgers = verifyLedgers(*officer);
                CDT_OK(ledgers);
                for (const LedgerCheck &c : ledgers.value())
                    QVERIFY2(c.result.ok, (ctx + c.result.reason.toUtf8()).constData());
                auto subjects = officer->db().queryInt("SELECT count(*) FROM subjects");
                CDT_OK(subjects);
                QCOMPARE(subjects.value(), qint64(kSubjects));

                auto keyFile = KeyslotFile::load(m_s.keysPath());
                CDT_OK(keyFile);
                QVERIFY2(!keyFile->isPending(), (ctx + "the unlock left the re-key unfinished").constData());
                for (const QString &name : std::as_const(m_added)) {
                    if (m_uncertain.contains(name) && !m_removed.contains(name))
                        continue;
                    const bool removed = m_removed.contains(name);
                    auto u = UserService::findByName(officer->db(), name);
                    QVERIFY2(u.ok() != removed, (ctx + "user " + name.toUtf8() + " in the wrong state").constData());
                    QVERIFY2(keyFile->hasUserSlot(name) != removed, (ctx + "slot of " + name.toUtf8()).constData());
                }
                for (const char *action : {"user.add", "user.remove"}) {
                    auto q2 = officer->db().query("SELECT count(*) FROM audit_log WHERE action = ?1");
                    q2.bind(1, QString::fromLatin1(action));
                    CDT_OK(q2.single());
                    const qint64 expected = QByteArray(action) == "user.add" ? m_added.size() : m_removed.size();
                    QVERIFY2(q2.int64(0) >= expected, (ctx + action + " rows missing").constData());
                }
            }
            officer.reset();

            m_writerPass = unlocksWith(kWriter, m_writerPass, inFlight, "passwd");
            QVERIFY2(!m_writerPass.isEmpty(), (ctx + "the writer no longer unlocks").constData());
            m_victimPass = unlocksWith(kVictim, m_victimPass, inFlight, "reset");
            QVERIFY2(!m_victimPass.isEmpty(), (ctx + "the victim no longer unlocks").constData());
            if (!m_recovery.isEmpty()) {
                const bool works = Vault::unlockWithRecoveryCode(m_s.dbPath, m_recovery, m_s.clock).ok();
                QVERIFY2(works || inFlight.kind == QLatin1String("recovery"),
                         (ctx + "the acknowledged recovery code no longer works").constData());
                if (!works)
                    m_recovery.clear();  // renewed, but the new code was never reported
            }
        }
        QStringList where;
        for (auto it = landed.cbegin(); it != landed.cend(); ++it)
            where << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        where.sort();
        qInfo("%s: %d kills, %d changes acknowledged and found; kills landed %s", qPrintable(mode), iterations,
              acknowledged, qPrintable(where.join(QLatin1String("; "))));
        if (mode == QLatin1String("rekey"))
            QVERIFY2(landed.value(QStringLiteral("inside PRAGMA rekey")) > 0, "no kill landed inside PRAGMA rekey");
    }

private slots:
    void initTestCase()
    {
        const QString e = m_s.create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        m_recovery = m_s.recoveryCode;
        UserService users(*m_s.officer);
        CDT_OK(users.add(kWriter, QStringLiteral("Writer"), Role::Officer, m_writerPass, KdfLimits::minimum()));
        CDT_OK(users.add(kVictim, QStringLiteral("Victim"), Role::Staff, m_victimPass, KdfLimits::minimum()));
        {
            Transaction tx(m_s.officer->db());
            CDT_OK(tx.begin());
            SubjectService subjects(*m_s.officer);
            for (int i = 0; i < kSubjects; ++i) {
                SubjectInput s;  // synthetic
                s.name = QStringLiteral("合成%1").arg(i);
                s.phone = QStringLiteral("1370%1").arg(i, 7, 10, QLatin1Char('0'));
                s.ageBand = AgeBand::Adult;
                CDT_OK(subjects.create(s));
            }
            CDT_OK(tx.commit());
        }
        auto pages = m_s.officer->db().queryInt("PRAGMA page_count");
        CDT_OK(pages);
        qInfo("store: %lld pages of 4096 bytes", pages.value());
        m_s.officer.reset();  // the writer gets the database to itself
        m_seed = quint32(envInt("CONSENTDESK_CRASH_SEED", int(QRandomGenerator::system()->bounded(1, 1 << 30))));
        qInfo("rekey crash test: seed %u (replay with CONSENTDESK_CRASH_SEED=%u)", m_seed, m_seed);
        QVERIFY(QFile::exists(QStringLiteral(CONSENTDESK_TEST_BIN_DIR "/rekey_writer")));
    }

    void killedDuringKeyslotChanges() { runRounds(QStringLiteral("slots"), envInt("CONSENTDESK_REKEY_CRASH_ITERATIONS", 50)); }
    void killedDuringRekey() { runRounds(QStringLiteral("rekey"), envInt("CONSENTDESK_REKEY_CRASH_ITERATIONS", 50)); }
};

QTEST_GUILESS_MAIN(TestRekeyCrash)
#include "tst_rekey_crash.moc"
