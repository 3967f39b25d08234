// The crash tests' writer: unlocks a prepared store and writes until it is killed, printing a
// line and flushing after every write that returned success, so the test knows exactly what the
// program was told was saved. Passphrase on the first line of stdin.
//   crash_writer <database> <user>
//       registers consents ("OK <consentId>"), as the counter does (tst_crash)
//   crash_writer <database> <user> withdraw <startMs>
//       per customer: face consent, enrolment at the simulated vendor, withdrawal
//       ("OK withdrawn <consentId> <subjectId>"), then the erasure jobs ("OK erased <subjectId> <receipt>")
//   crash_writer <database> <user> jobs <startMs>
//       runs the due vendor jobs as `jobs run` does, one minute of clock per run
//       ("OK job <jobId> <receipt>" for each closed with a receipt)
//   crash_writer <database> <user> sweep <startMs> <stepSecs>
//       retention sweeps, the clock moved on `stepSecs` before each
//       ("OK sweep <nowMs> <expired consents> <deletion seqs, comma-separated or ->")
// The modes with a clock start at `startMs` (the test's injected time) and print "OK ready" once
// unlocked, so that a kill can land in the first write too.
#include "core/cameras/VendorErasures.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/StoreService.h"
#include "core/consent/SubjectService.h"
#include "core/access/Vault.h"
#include "core/retention/RetentionService.h"
#include "vendors/VendorManager.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace {

const QString kVendor = QStringLiteral("simvendor");

int fail(const char *what, const cd::Error &e)
{
    // Error messages never hold personal data; the code is enough to tell what happened.
    std::fprintf(stderr, "ERR %s code=%d %s\n", what, int(e.code), e.message.toUtf8().constData());
    return 1;
}

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

cd::SubjectInput syntheticSubject(quint64 i)
{
    cd::SubjectInput s;
    s.name = QStringLiteral("合成%1").arg(i);
    s.phone = QStringLiteral("1370%1").arg(i % 10000000, 7, 10, QLatin1Char('0'));
    s.ageBand = cd::AgeBand::Adult;
    return s;
}

struct PurposeNotice {
    qint64 purposeId = 0, noticeId = 0;
};

cd::Result<PurposeNotice> purposeNotice(cd::Session &session, const QString &code)
{
    cd::PurposeService purposes(session);
    auto purpose = purposes.findByCode(code);
    if (!purpose)
        return purpose.error();
    auto notice = purposes.currentNotice(purpose->id);
    if (!notice)
        return notice.error();
    return PurposeNotice{purpose->id, notice->id};
}

int registerLoop(cd::Session &session)
{
    auto pn = purposeNotice(session, QStringLiteral("crash-test"));
    if (!pn)
        return fail("purpose", pn.error());
    cd::SubjectService subjects(session);
    cd::ConsentService consents(session);
    for (quint64 i = 0;; ++i) {
        auto subject = subjects.create(syntheticSubject(i));
        if (!subject)
            return fail("subject", subject.error());
        cd::RegistrationInput r;
        r.subjectId = subject->id;
        r.purposes.push_back(cd::PurposeConsent{pn->purposeId, pn->noticeId, false});
        auto ids = consents.registerConsent(r);
        if (!ids)
            return fail("register", ids.error());
        for (qint64 id : ids.value())
            std::printf("OK %lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}

// The simulated vendor in its own host, as the console starts it for this database.
cd::Result<std::unique_ptr<cd::VendorManager>> startVendor(cd::Session &session, const QString &dbPath)
{
    auto m = std::make_unique<cd::VendorManager>(session, cd::VendorManagerOptions::defaultsFor(dbPath));
    m->startAll();
    cd::VendorHost *h = m->host(kVendor);
    if (!h || h->health() != cd::VendorHealth::Ready)
        return cd::makeError(cd::ErrorCode::Failed, QStringLiteral("the simulated vendor is not ready"));
    return m;
}

// The receipt a closed erasure job of `subjectId` carries, or "" while none is closed.
cd::Result<QString> receiptFor(cd::Database &db, qint64 subjectId)
{
    auto q = db.query("SELECT coalesce(max(receipt_id), '') FROM vendor_jobs WHERE subject_id = ?1 AND state = 'done'");
    q.bind(1, subjectId);
    CD_TRY(q.single());
    return q.text(0);
}

int withdrawLoop(cd::Session &session, cd::ManualClock &clock, const QString &dbPath)
{
    auto pn = purposeNotice(session, QStringLiteral("face-recognition"));
    if (!pn)
        return fail("purpose", pn.error());
    auto vendor = startVendor(session, dbPath);
    if (!vendor)
        return fail("vendor", vendor.error());
    cd::SubjectService subjects(session);
    cd::ConsentService consents(session);
    say("OK ready");
    for (quint64 i = 0;; ++i) {
        clock.advanceSecs(60);
        auto subject = subjects.create(syntheticSubject(i));
        if (!subject)
            return fail("subject", subject.error());
        cd::RegistrationInput r;
        r.subjectId = subject->id;
        r.purposes.push_back(cd::PurposeConsent{pn->purposeId, pn->noticeId, true});
        auto ids = consents.registerConsent(r);
        if (!ids)
            return fail("register", ids.error());
        if (auto e = vendor.value()->enroll(subject->id, kVendor); !e)
            return fail("enroll", e.error());
        if (auto w = consents.withdraw(ids->front(), QStringLiteral("counter")); !w)
            return fail("withdraw", w.error());
        say("OK withdrawn " + QByteArray::number(ids->front()) + ' ' + QByteArray::number(subject->id));
        auto done = vendor.value()->runDueJobs();
        if (!done)
            return fail("jobs", done.error());
        auto receipt = receiptFor(session.db(), subject->id);
        if (!receipt)
            return fail("receipt", receipt.error());
        if (!receipt->isEmpty())
            say("OK erased " + QByteArray::number(subject->id) + ' ' + receipt->toUtf8());
    }
}

int jobsLoop(cd::Session &session, cd::ManualClock &clock, const QString &dbPath)
{
    auto vendor = startVendor(session, dbPath);
    if (!vendor)
        return fail("vendor", vendor.error());
    cd::VendorErasures erasures(session);
    say("OK ready");
    for (;;) {
        auto due = erasures.pendingJobs(true);
        if (!due)
            return fail("pending", due.error());
        if (due->empty())
            QThread::msleep(2);  // nothing left: the test tops the queue up between kills
        auto done = vendor.value()->runDueJobs();
        if (!done)
            return fail("jobs", done.error());
        for (const cd::VendorJob &job : due.value()) {
            auto q = session.db().query("SELECT coalesce(receipt_id, '') FROM vendor_jobs WHERE id = ?1 AND state = 'done'");
            q.bind(1, job.id);
            auto row = q.step();
            if (!row)
                return fail("job", row.error());
            if (row.value())
                say("OK job " + QByteArray::number(job.id) + ' ' + q.text(0).toUtf8());
        }
        clock.advanceSecs(60);
    }
}

int sweepLoop(cd::Session &session, cd::ManualClock &clock, qint64 stepSecs)
{
    cd::RetentionService retention(session);
    say("OK ready");
    for (;;) {
        clock.advanceSecs(stepSecs);
        auto swept = retention.sweep(false);
        if (!swept)
            return fail("sweep", swept.error());
        QByteArrayList seqs;
        for (const cd::SweepAction &a : swept->actions) {
            for (qint64 seq : a.deletionSeqs)
                seqs << QByteArray::number(seq);
        }
        say("OK sweep " + QByteArray::number(clock.nowMs()) + ' ' + QByteArray::number(swept->expiredConsents) + ' '
            + (seqs.isEmpty() ? QByteArray("-") : seqs.join(',')));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(3, QStringLiteral("register"));
    const bool known = (args.size() == 3) || (args.size() == 5 && (mode == QLatin1String("withdraw") || mode == QLatin1String("jobs")))
        || (args.size() == 6 && mode == QLatin1String("sweep"));
    if (!known) {
        std::fprintf(stderr, "usage: crash_writer <database> <user> [withdraw <startMs> | jobs <startMs> | "
                             "sweep <startMs> <stepSecs>]  (passphrase on stdin)\n");
        return 2;
    }
    QTextStream in(stdin);
    const QString passphrase = in.readLine();
    const QString dbPath = args.at(1);
    cd::ManualClock clock(args.size() > 4 ? QDateTime::fromMSecsSinceEpoch(args.at(4).toLongLong(), Qt::UTC)
                                          : QDateTime::currentDateTimeUtc());

    auto unlocked = args.size() == 3 ? cd::Vault::unlock(dbPath, args.at(2), passphrase)
                                     : cd::Vault::unlock(dbPath, args.at(2), passphrase, clock);
    if (!unlocked)
        return fail("unlock", unlocked.error());
    cd::Session &session = *unlocked.value();
    if (mode == QLatin1String("jobs"))
        return jobsLoop(session, clock, dbPath);
    if (mode == QLatin1String("sweep"))
        return sweepLoop(session, clock, args.at(5).toLongLong());
    // Registration records the store it happens in (the jobs role has none).
    if (session.currentStoreId() == 0) {
        auto stores = cd::StoreService(session).list();
        if (!stores || stores.value().empty())
            return fail("store", stores ? cd::makeError(cd::ErrorCode::NotFound, QStringLiteral("no store"))
                                        : stores.error());
        session.setCurrentStoreId(stores.value().front().id);
    }
    if (mode == QLatin1String("withdraw"))
        return withdrawLoop(session, clock, dbPath);
    return registerLoop(session);
}
