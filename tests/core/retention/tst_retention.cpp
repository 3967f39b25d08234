// Retention timers with an injected clock: each kind of data becomes due exactly when its rule
// says (not a millisecond earlier), the sweep deletes it and logs it, a second sweep writes
// nothing, a dry run writes nothing at all, and a face consent left unrenewed past its grace
// period ends the enrolment and queues the vendors' erasure. Names and phones are synthetic.
#include "tests/support/ComplianceFixture.h"
#include "tests/support/OldSchema.h"
#include "tests/support/StoreFixture.h"
#include "tests/support/CipherPages.h"
#include "tests/support/StoreEvidence.h"
#include "core/access/UserService.h"
#include "core/cameras/CameraInventory.h"
#include "core/cameras/Enrollments.h"
#include "core/cameras/VendorErasures.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectService.h"
#include "core/demo/DemoData.h"
#include "core/ledgers/AuditLog.h"
#include "core/ledgers/DeletionLog.h"
#include "core/ledgers/Ledgers.h"
#include "core/requests/RequestService.h"
#include "core/retention/RetentionService.h"
#include "tests/support/NoticeItems.h"

using namespace cd;
using namespace cdtest;

namespace {
const QString kJobs = QStringLiteral("timer");
const QString kJobsPass = QStringLiteral("timer-pass-123");
}

class TestRetention : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Session> m_jobs;

    Session &officer() { return *m_store->officer; }
    ManualClock &clock() { return m_store->clock; }

    qint64 count(const char *sql)
    {
        auto n = officer().db().queryInt(sql);
        return n ? n.value() : -1;
    }
    qint64 ledgerRows() { return count("SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM deletion_log)"); }

    Purpose purpose(const char *code)
    {
        auto p = PurposeService(officer()).findByCode(QLatin1String(code));
        return p ? p.value() : Purpose{};
    }

    // A customer with a consent to `code` (separate consent when the purpose asks for it).
    qint64 customer(const char *code, const QString &name, const QString &phone)
    {
        SubjectInput in;
        in.name = name;
        in.phone = phone;
        in.birthDate = clock().today().addYears(-30);
        auto subject = SubjectService(officer()).create(in);
        if (!subject)
            return 0;
        const Purpose p = purpose(code);
        auto notice = PurposeService(officer()).currentNotice(p.id);
        if (!notice)
            return 0;
        RegistrationInput reg;
        reg.subjectId = subject->id;
        reg.purposes.push_back({p.id, notice->id, p.separateConsentRequired});
        return ConsentService(officer()).registerConsent(reg) ? subject->id : 0;
    }

    std::optional<RetentionItem> scheduled(RetentionKind kind, const QString &ref)
    {
        auto items = RetentionService(officer()).schedule();
        if (!items)
            return std::nullopt;
        for (const RetentionItem &i : items.value()) {
            if (i.kind == kind && i.ref == ref)
                return i;
        }
        return std::nullopt;
    }

    const SweepAction *action(const SweepResult &r, RetentionKind kind)
    {
        for (const SweepAction &a : r.actions) {
            if (a.kind == kind)
                return &a;
        }
        return nullptr;
    }

    // Sweeps just before `due` (nothing of `kind`), dry at `due` (nothing written), then for real.
    SweepResult sweepAcross(qint64 due, RetentionKind kind)
    {
        clock().set(QDateTime::fromMSecsSinceEpoch(due - 1, Qt::UTC));
        auto early = RetentionService(*m_jobs).sweep(false);
        if (!early || action(early.value(), kind))
            return {};
        clock().set(QDateTime::fromMSecsSinceEpoch(due, Qt::UTC));
        const qint64 before = ledgerRows();
        auto dry = RetentionService(*m_jobs).sweep(true);
        if (!dry || !action(dry.value(), kind) || ledgerRows() != before)
            return {};
        auto real = RetentionService(*m_jobs).sweep(false);
        return real ? real.value() : SweepResult{};
    }

    void expectSecondSweepWritesNothing()
    {
        const qint64 before = ledgerRows();
        const qint64 jobs = count("SELECT count(*) FROM vendor_jobs");
        auto again = RetentionService(*m_jobs).sweep(false);
        CDT_OK(again);
        QCOMPARE(again->total(), qint64(0));
        QVERIFY(again->actions.empty());
        QCOMPARE(ledgerRows(), before);
        QCOMPARE(count("SELECT count(*) FROM vendor_jobs"), jobs);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QCOMPARE(m_store->create(), QString());
        QCOMPARE(cdtest::addFaceRecords(officer()), QString());
        CDT_OK(demo::addStandardPurposes(officer()));
        CDT_OK(UserService(officer()).add(kJobs, QStringLiteral("Timed jobs"), Role::Jobs, kJobsPass,
                                          KdfLimits::minimum()));
        QString why;
        m_jobs = m_store->unlock(kJobs, kJobsPass, &why);
        QVERIFY2(m_jobs, qPrintable(why));
    }

    void cleanup()
    {
        m_jobs.reset();
        m_store.reset();
    }

    void customerFieldsAfterTheLastConsentEnds()
    {
        const qint64 id = customer("membership", QStringLiteral("Synthetic Keeper"), QStringLiteral("15500001111"));
        QVERIFY(id);
        auto pseudonym = Enrollments(officer()).pseudonymOf(id);
        CDT_OK(pseudonym);
        QVERIFY(!scheduled(RetentionKind::CustomerFields, pseudonym.value()));  // a granted consent: no timer
        clock().advanceDays(3);
        CDT_OK(ConsentService(officer()).withdrawAllForSubject(id, QStringLiteral("counter")));
        const qint64 due = clock().nowMs() + qint64(purpose("membership").retentionDays) * kDayMs;
        auto item = scheduled(RetentionKind::CustomerFields, pseudonym.value());
        QVERIFY(item);
        QCOMPARE(item->dueAt, due);

        const SweepResult r = sweepAcross(due, RetentionKind::CustomerFields);
        const SweepAction *a = action(r, RetentionKind::CustomerFields);
        QVERIFY(a);
        QCOMPARE(a->count, qint64(1));
        QCOMPARE(a->deletionSeqs.size(), size_t(1));
        auto view = SubjectService(officer()).view(id);
        CDT_OK(view);
        QVERIFY(view->name.isEmpty() && view->phone.isEmpty());
        auto entries = DeletionLog::page(officer().db(), 0, 5);
        CDT_OK(entries);
        QCOMPARE(entries->front().category, QStringLiteral("personal-fields"));
        QCOMPARE(entries->front().reason, QStringLiteral("retention"));
        QCOMPARE(entries->front().actorName, kJobs);
        QVERIFY2(entries->front().recordIds.contains(pseudonym.value()), qPrintable(entries->front().recordIds));
        QVERIFY(!entries->front().recordIds.contains(QStringLiteral("Synthetic")));
        expectSecondSweepWritesNothing();
        auto checks = verifyLedgers(officer());
        CDT_OK(checks);
        for (const LedgerCheck &c : checks.value())
            QVERIFY2(c.result.ok, qPrintable(ledgerId(c.kind)));
    }

    void closedRequestsAfterTheSetPeriod()
    {
        CDT_OK(RetentionService(officer()).setSettings({10, 30}));
        const qint64 id = customer("membership", QStringLiteral("Synthetic Asker"), QStringLiteral("15500002222"));
        QVERIFY(id);
        RequestIntake in;
        in.type = RequestType::Access;
        in.subjectId = id;
        in.details = QStringLiteral("Synthetic words of the customer");
        auto request = RequestService(officer()).intake(in);
        CDT_OK(request);
        clock().advanceDays(1);
        CDT_OK(RequestService(officer()).refuse(request->id, QStringLiteral("Synthetic refusal reason")));
        const qint64 due = clock().nowMs() + 10 * kDayMs;
        const QString ref = QStringLiteral("request:%1").arg(request->id);
        auto item = scheduled(RetentionKind::ClosedRequest, ref);
        QVERIFY(item);
        QCOMPARE(item->dueAt, due);

        const SweepResult r = sweepAcross(due, RetentionKind::ClosedRequest);
        const SweepAction *a = action(r, RetentionKind::ClosedRequest);
        QVERIFY(a);
        QCOMPARE(a->count, qint64(1));
        auto shown = RequestService(officer()).show(request->id);
        CDT_OK(shown);
        QVERIFY(shown->details.isEmpty());
        QVERIFY(shown->refusalLetter.isEmpty());
        QVERIFY(!shown->refusalReason.contains(QStringLiteral("Synthetic")));
        for (const auto &e : shown->events)
            QVERIFY(e.note.isEmpty());
        QCOMPARE(count("SELECT count(*) FROM deletion_log WHERE category = 'request-details'"), qint64(1));
        QVERIFY(!action(r, RetentionKind::CustomerFields));  // the customer's consent still stands
        expectSecondSweepWritesNothing();
    }

    void vendorCapturesPurgedAtTheFacePeriod()
    {
        const qint64 added = clock().nowMs();
        auto vendor = CameraInventory(officer()).upsertVendor(QStringLiteral("simvendor"), QStringLiteral("Sim"),
                                                              QStringLiteral("1"), QStringLiteral("libsimvendor.so"));
        CDT_OK(vendor);
        const int days = purpose("face-recognition").retentionDays;
        QCOMPARE(days, 180);  // what the face notice promises
        const qint64 due = added + qint64(days) * kDayMs;
        auto item = scheduled(RetentionKind::VendorCaptures, QStringLiteral("simvendor"));
        QVERIFY(item);
        QCOMPARE(item->dueAt, due);

        const SweepResult r = sweepAcross(due, RetentionKind::VendorCaptures);
        const SweepAction *a = action(r, RetentionKind::VendorCaptures);
        QVERIFY(a);
        QCOMPARE(a->vendorJobs, qint64(1));
        auto jobs = VendorErasures(*m_jobs).pendingJobs(false);
        CDT_OK(jobs);
        QCOMPARE(jobs->size(), size_t(1));
        QCOMPARE(jobs->front().op, QStringLiteral("purge-before"));
        QCOMPARE(jobs->front().purgeBefore, due - qint64(days) * kDayMs);
        expectSecondSweepWritesNothing();  // the purge waits for its receipt

        // With the vendor's receipt the purge is logged; the next one is due a day after.
        CDT_OK(VendorErasures(*m_jobs).completeJob(jobs->front(), ErasureProof{QStringLiteral("r-1"),
                                                                               {{QStringLiteral("face-image"), 4}},
                                                                               QStringLiteral("ab")}));
        QCOMPARE(count("SELECT count(*) FROM deletion_log WHERE category = 'face-data' AND location = 'simvendor' "
                       "AND receipt_id = 'r-1'"),
                 qint64(1));
        expectSecondSweepWritesNothing();
        const SweepResult next = sweepAcross(due + kDayMs, RetentionKind::VendorCaptures);
        QVERIFY(action(next, RetentionKind::VendorCaptures));
    }

    void unrenewedFaceConsentEndsEnrolmentAfterGrace()
    {
        CDT_OK(RetentionService(officer()).setSettings({1095, 7}));
        auto vendor = CameraInventory(officer()).upsertVendor(QStringLiteral("simvendor"), QStringLiteral("Sim"),
                                                              QStringLiteral("1"), QStringLiteral("libsimvendor.so"));
        CDT_OK(vendor);
        const qint64 id = customer("face-recognition", QStringLiteral("Synthetic Face"), QStringLiteral("15500003333"));
        QVERIFY(id);
        auto consent = Enrollments(officer()).enrollmentConsent(id);
        CDT_OK(consent);
        CDT_OK(Enrollments(officer()).recordEnrollment(id, vendor->id, consent.value()));
        auto pseudonym = Enrollments(officer()).pseudonymOf(id);
        CDT_OK(pseudonym);
        QVERIFY(!scheduled(RetentionKind::RenewalLapsed, pseudonym.value()));

        clock().advanceDays(2);
        const qint64 asked = clock().nowMs();
        CDT_OK(PurposeService(officer()).publishNotice(purpose("face-recognition").id, QStringLiteral("新的告知"),
                                                       QStringLiteral("A new notice"), cdtest::fullNoticeItems(), 0));
        const qint64 due = asked + 7 * kDayMs;
        auto item = scheduled(RetentionKind::RenewalLapsed, pseudonym.value());
        QVERIFY(item);
        QCOMPARE(item->dueAt, due);

        const SweepResult r = sweepAcross(due, RetentionKind::RenewalLapsed);
        const SweepAction *a = action(r, RetentionKind::RenewalLapsed);
        QVERIFY(a);
        QCOMPARE(a->count, qint64(1));
        QCOMPARE(a->vendorJobs, qint64(1));
        auto active = Enrollments(officer()).activeEnrollments(vendor->id);
        CDT_OK(active);
        QVERIFY(active->empty());
        auto jobs = VendorErasures(*m_jobs).pendingJobs(false);
        CDT_OK(jobs);
        bool erase = false;
        for (const VendorJob &j : jobs.value())
            erase = erase || (j.op == QLatin1String("erase-subject") && j.subjectId == id);
        QVERIFY(erase);
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'retention.renewal-lapsed'"), qint64(1));
        expectSecondSweepWritesNothing();
    }

    // Few due: erased row by row. Many due (1 in RetentionService::kRebuildShare or more): the
    // name and phone indexes are dropped and built again in the sweep's transaction. Either way
    // the indexes come back exactly as defined and still serve lookups, and no erased name or
    // phone is left in any page or WAL frame, decrypted as it lies on disk (freed index pages too).
    void manyOrFewDue_data()
    {
        QTest::addColumn<int>("customers");
        QTest::addColumn<int>("due");
        QTest::newRow("few: row by row") << 24 << 2;
        QTest::newRow("many: indexes rebuilt") << 24 << 18;
    }

    void manyOrFewDue()
    {
        QFETCH(int, customers);
        QFETCH(int, due);
        const QByteArray indexSql = "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE "
                                    "name IN ('subjects_name', 'subjects_phone') ORDER BY name)";
        const auto definitions = [&] {
            auto q = officer().db().query(indexSql.constData());
            return q.single() ? q.text(0) : QString();
        };
        const QString before = definitions();
        QVERIFY(before.contains(QStringLiteral("subjects_phone")));
        std::vector<qint64> ids;
        for (int i = 0; i < customers; ++i) {
            ids.push_back(customer("membership", QStringLiteral("Synthetic Rebuild%1").arg(i, 2, 10, QLatin1Char('0')),
                                   QStringLiteral("155%1").arg(i, 8, 10, QLatin1Char('0'))));
            QVERIFY(ids.back());
        }
        for (int i = 0; i < due; ++i)
            CDT_OK(ConsentService(officer()).withdrawAllForSubject(ids[size_t(i)], QStringLiteral("counter")));
        clock().advanceDays(purpose("membership").retentionDays + 1);
        auto r = RetentionService(*m_jobs).sweep(false);
        CDT_OK(r);
        const SweepAction *a = action(r.value(), RetentionKind::CustomerFields);
        QVERIFY(a);
        QCOMPARE(a->count, qint64(due));
        QCOMPARE(definitions(), before);
        expectSecondSweepWritesNothing();

        // A kept customer is still found by phone and name, through the (partial) indexes, in the
        // form the searches write (SubjectService::search).
        QString steps;
        {
            auto plan = officer().db().query("EXPLAIN QUERY PLAN SELECT id FROM subjects WHERE pseudonym = ?1 OR "
                                             "(phone = ?1 AND phone <> '') OR (name >= ?1 AND name < ?2 AND name <> '')");
            plan.bind(1, QStringLiteral("15500000023")).bind(2, QStringLiteral("15500000024"));
            CDT_OK(plan.forEach([&](const Query &q) { steps += q.text(3); }));
        }
        QVERIFY2(steps.contains(QStringLiteral("subjects_phone")) && steps.contains(QStringLiteral("subjects_name")),
                 qPrintable(steps));
        auto kept = SubjectService(officer()).search(QStringLiteral("15500000023"));
        CDT_OK(kept);
        QCOMPARE(kept->size(), size_t(1));
        auto byName = SubjectService(officer()).search(QStringLiteral("Synthetic Rebuild2"));
        CDT_OK(byName);
        QCOMPARE(byName->size(), size_t(customers - 20));  // 20..23; those below 20 that were due are gone

        CDT_OK(officer().db().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QByteArray key = rawKey(officer());
        const PlainPages pages = decryptDatabase(readElsewhere(m_store->dbPath), key);
        QVERIFY2(pages.error.isEmpty(), qPrintable(pages.error));
        const PlainPages frames = decryptWal(readElsewhere(m_store->dbPath + QStringLiteral("-wal")), key);
        QVERIFY2(frames.error.isEmpty(), qPrintable(frames.error));
        const QByteArray all = pages.bytes + frames.bytes;
        for (int i = 0; i < customers; ++i) {
            const QByteArray name = QStringLiteral("Synthetic Rebuild%1").arg(i, 2, 10, QLatin1Char('0')).toUtf8();
            const QByteArray phone = QStringLiteral("155%1").arg(i, 8, 10, QLatin1Char('0')).toUtf8();
            if (i < due) {
                QVERIFY2(!all.contains(name) && !all.contains(phone), name.constData());
            } else {
                QVERIFY2(all.contains(name) && all.contains(phone), "control: a customer not erased is in the pages");
            }
        }
    }

    // The due date is cleared by a new grant (the sweep reads the date alone): registering again
    // after a withdrawal, or renewing a granted consent (the old one superseded), keeps the fields.
    void aGrantClearsTheDueDate()
    {
        const qint64 back = customer("membership", QStringLiteral("Synthetic Returner"), QStringLiteral("15500002222"));
        const qint64 renews = customer("membership", QStringLiteral("Synthetic Renewer"), QStringLiteral("15500003333"));
        QVERIFY(back && renews);
        const QString backRef = Enrollments(officer()).pseudonymOf(back).value();
        CDT_OK(ConsentService(officer()).withdrawAllForSubject(back, QStringLiteral("counter")));
        QVERIFY(scheduled(RetentionKind::CustomerFields, backRef));  // the control: a date was set

        const Purpose p = purpose("membership");
        auto notice = PurposeService(officer()).currentNotice(p.id);
        CDT_OK(notice);
        for (qint64 id : {back, renews}) {
            RegistrationInput reg;
            reg.subjectId = id;
            reg.purposes.push_back({p.id, notice->id, p.separateConsentRequired});
            CDT_OK(ConsentService(officer()).registerConsent(reg));
        }
        QCOMPARE(count("SELECT count(*) FROM subjects WHERE fields_due_at IS NOT NULL"), qint64(0));
        QVERIFY(!scheduled(RetentionKind::CustomerFields, backRef));
        clock().advanceDays(p.retentionDays + 1);
        auto r = RetentionService(*m_jobs).sweep(false);
        CDT_OK(r);
        QVERIFY(!action(r.value(), RetentionKind::CustomerFields));
        auto kept = SubjectService(officer()).view(back);
        CDT_OK(kept);
        QCOMPARE(kept->name, QStringLiteral("Synthetic Returner"));
    }

    // Schema step 11 on a database of step 10: a date left on a customer with a granted consent
    // (an older build set it on a renewal) is cleared, a customer without one keeps theirs, and the
    // name and phone indexes become partial.
    void stepElevenClearsStaleDueDates()
    {
        OldSchemaDb old(10);
        QVERIFY2(old.created(), qPrintable(old.error()));
        Database &d = *old.created();
        CDT_OK(d.exec("PRAGMA foreign_keys = OFF"));  // bare rows: no purposes, notices or users
        CDT_OK(d.exec("INSERT INTO subjects(id, pseudonym, name, phone, created_at, updated_at) VALUES "
                      "(1, 'S-1', 'Synthetic Granted', '15500004444', 1, 1), "
                      "(2, 'S-2', 'Synthetic Ended', '15500005555', 1, 1)"));
        CDT_OK(d.exec("INSERT INTO consents(subject_id, purpose_id, purpose_revision, notice_version_id, "
                      "notice_sha256, method, staff_user_id, store_id, granted_at) VALUES "
                      "(1, 1, 1, 1, 'x', 'counter_tablet', 1, 1, 1), (2, 1, 1, 1, 'x', 'counter_tablet', 1, 1, 1)"));
        CDT_OK(d.exec("UPDATE consents SET status = 'withdrawn', withdrawn_at = 2 WHERE subject_id = 2"));
        CDT_OK(d.exec("UPDATE subjects SET fields_due_at = 99"));
        auto db = old.reopen();
        CDT_OK(db);
        CDT_OK(schema::migrate(*db.value()));
        auto dates = db.value()->query("SELECT group_concat(id || ':' || coalesce(fields_due_at, 'null')) FROM subjects");
        CDT_OK(dates.single());
        QCOMPARE(dates.text(0), QStringLiteral("1:null,2:99"));
        auto partial = db.value()->queryInt("SELECT count(*) FROM sqlite_master WHERE name IN ('subjects_name', "
                                            "'subjects_phone') AND sql LIKE '%WHERE %<> ''''%'");
        CDT_OK(partial);
        QCOMPARE(partial.value(), qint64(2));
    }

    void onlyJobsRolesSweep()
    {
        CDT_OK(UserService(officer()).add(QStringLiteral("aud"), QStringLiteral("Auditor"), Role::Auditor,
                                          QStringLiteral("auditor-pass-1"), KdfLimits::minimum()));
        auto auditor = m_store->unlock(QStringLiteral("aud"), QStringLiteral("auditor-pass-1"));
        QVERIFY(auditor);
        const qint64 denied = count("SELECT count(*) FROM audit_log WHERE action = 'access.denied'");
        CDT_FAILS_WITH(RetentionService(*auditor).sweep(true), ErrorCode::Forbidden);
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'access.denied'"), denied + 1);
        CDT_OK(RetentionService(*auditor).schedule());  // seeing what is due is reading
        CDT_OK(RetentionService(officer()).sweep(true));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
