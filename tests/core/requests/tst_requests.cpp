// Data-subject requests on the real encrypted store: the whole transition table (every state,
// paused or not, against every action), auditing with the actor, duplicates, refusals with a
// reason and the Art. 50 rights, face recognition refused, roles, and deadlines in working days
// across the 2026 Spring Festival and the end of the calendar's years.
#include "core/access/UserService.h"
#include "core/consent/SubjectService.h"
#include "core/ledgers/AuditLog.h"
#include "core/requests/RequestService.h"
#include "tests/support/StoreFixture.h"

#include <QSet>
#include <cstring>

#include <sqlcipher/sqlite3.h>

using namespace cd;
using S = RequestState;
using A = RequestAction;

namespace {

const QString kStaff = QStringLiteral("sam");
const QString kStaffPass = QStringLiteral("staff-pass-1");
const QString kAuditor = QStringLiteral("ada");
const QString kAuditorPass = QStringLiteral("auditor-pass-1");

QDateTime noonUtc(const char *iso) { return QDateTime(QDate::fromString(QLatin1String(iso), Qt::ISODate), QTime(12, 0), Qt::UTC); }

// The table as the design states it, written independently of RequestRules: "state action" ->
// resulting state. Pause rules: start/await-vendors/complete/pause need a running request,
// resume a paused one; the rest do not care.
const QHash<QString, QString> &expectedTable()
{
    static const QHash<QString, QString> t = [] {
        QHash<QString, QString> m;
        m[QStringLiteral("needs-identity verify-identity")] = QStringLiteral("identity-verified");
        m[QStringLiteral("received verify-identity")] = QStringLiteral("identity-verified");
        m[QStringLiteral("identity-verified start")] = QStringLiteral("in-progress");
        m[QStringLiteral("in-progress await-vendors")] = QStringLiteral("awaiting-vendors");
        m[QStringLiteral("in-progress complete")] = QStringLiteral("completed");
        m[QStringLiteral("awaiting-vendors complete")] = QStringLiteral("completed");
        for (const char *s : {"needs-identity", "received", "identity-verified", "in-progress"}) {
            const QString st = QLatin1String(s);
            m[st + QStringLiteral(" refuse")] = QStringLiteral("refused");
            m[st + QStringLiteral(" cancel")] = QStringLiteral("cancelled");
            m[st + QStringLiteral(" pause")] = st;
            m[st + QStringLiteral(" resume")] = st;
        }
        for (const char *s : {"needs-identity", "received", "identity-verified", "in-progress", "awaiting-vendors"}) {
            m[QLatin1String(s) + QStringLiteral(" extend")] = QLatin1String(s);
            m[QLatin1String(s) + QStringLiteral(" assign")] = QLatin1String(s);
        }
        return m;
    }();
    return t;
}

// Writes once through another connection while a statement of `db` whose SQL contains `part`
// is running (from SQLite's progress callback): as the console's vendor thread or a headless
// sweep may write in the middle of a view.
struct WriteMidStatement {
    sqlite3 *db;
    const char *part;
    Session *other;
    int writes = 0;
    bool failed = false;

    static int callback(void *p)
    {
        auto *w = static_cast<WriteMidStatement *>(p);
        if (w->writes > 0)
            return 0;
        for (sqlite3_stmt *st = sqlite3_next_stmt(w->db, nullptr); st; st = sqlite3_next_stmt(w->db, st)) {
            if (sqlite3_stmt_busy(st) && std::strstr(sqlite3_sql(st), w->part)) {
                ++w->writes;
                w->failed = !AuditLog::append(*w->other, QStringLiteral("test.write"), QStringLiteral("test"),
                                              QStringLiteral("1"));
                break;
            }
        }
        return 0;
    }
};

bool allowedWhilePaused(A a, bool paused)
{
    if (a == A::Start || a == A::AwaitVendors || a == A::Complete || a == A::Pause)
        return !paused;
    if (a == A::Resume)
        return paused;
    return true;
}

} // namespace

class TestRequests : public QObject {
    Q_OBJECT

    cdtest::TestStore m_store;
    std::unique_ptr<Session> m_staff;
    std::unique_ptr<Session> m_auditor;
    QList<qint64> m_subjects;  // synthetic customers, each used by at most one request of a type
    int m_nextSubject = 0;

    qint64 freshSubject() { return m_subjects.at(m_nextSubject++); }

    QString lastAction()
    {
        auto page = AuditLog::page(m_store.officer->db(), 0, 1);
        return page && !page->empty() ? page->front().action : QString();
    }

    // A request driven through the table into `state`, paused when asked.
    qint64 requestIn(S state, bool paused)
    {
        RequestService svc(*m_store.officer);
        RequestIntake in;
        in.type = RequestType::Deletion;
        if (state == S::NeedsIdentity) {
            in.contactName = QStringLiteral("Walk-in Person");
            in.contactPhone = QStringLiteral("15500009999");
        } else {
            in.subjectId = freshSubject();
        }
        auto r = svc.intake(in);
        if (!r)
            return 0;
        const qint64 id = r->id;
        auto step = [&](A a, const QString &note = QStringLiteral("test reason")) {
            RequestActionInput input;
            input.note = note;
            return bool(svc.apply(id, a, input));
        };
        bool ok = true;
        if (state == S::IdentityVerified || state == S::InProgress || state == S::AwaitingVendors || state == S::Completed)
            ok &= step(A::VerifyIdentity);
        if (state == S::InProgress || state == S::AwaitingVendors || state == S::Completed)
            ok &= step(A::Start);
        if (state == S::AwaitingVendors)
            ok &= step(A::AwaitVendors);
        if (state == S::Completed)
            ok &= step(A::Complete);
        if (state == S::Refused)
            ok &= step(A::Refuse);
        if (state == S::Cancelled)
            ok &= step(A::Cancel);
        if (paused)
            ok &= step(A::Pause);
        return ok ? id : 0;
    }

private slots:
    void initTestCase()
    {
        const QString e = m_store.create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        UserService users(*m_store.officer);
        CDT_OK(users.add(kStaff, QStringLiteral("Staff S"), Role::Staff, kStaffPass, KdfLimits::minimum()));
        CDT_OK(users.add(kAuditor, QStringLiteral("Auditor A"), Role::Auditor, kAuditorPass, KdfLimits::minimum()));
        QString why;
        m_staff = m_store.unlock(kStaff, kStaffPass, &why);
        QVERIFY2(m_staff, qPrintable(why));
        m_auditor = m_store.unlock(kAuditor, kAuditorPass, &why);
        QVERIFY2(m_auditor, qPrintable(why));
        Transaction tx(m_store.officer->db());
        CDT_OK(tx.begin());
        for (int i = 0; i < 220; ++i) {
            SubjectInput in;
            in.name = QStringLiteral("Synthetic Person %1").arg(i);
            in.phone = QStringLiteral("1550000%1").arg(i, 4, 10, QLatin1Char('0'));
            in.ageBand = AgeBand::Adult;
            auto s = SubjectService(*m_store.officer).create(in);
            CDT_OK(s);
            m_subjects << s->id;
        }
        CDT_OK(tx.commit());
    }

    void tableMatchesTheDesign()
    {
        QSet<QString> seen;
        for (const RequestTransition &t : RequestRules::transitions()) {
            const QString key = RequestRules::stateId(t.from) + QLatin1Char(' ') + RequestRules::actionId(t.action);
            QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("listed twice: ") + key));
            seen.insert(key);
            QVERIFY2(expectedTable().contains(key), qPrintable(QStringLiteral("not in the design: ") + key));
            QCOMPARE(RequestRules::stateId(t.to), expectedTable().value(key));
        }
        QCOMPARE(seen.size(), expectedTable().size());
    }

    // Every (state, paused, action): allowed ones change the state as the table says and are
    // audited with the actor and on the timeline; every other is refused, audited, and changes nothing.
    void everyStateAndAction()
    {
        RequestService svc(*m_store.officer);
        int allowed = 0, refused = 0;
        for (S state : RequestRules::allStates()) {
            for (bool paused : {false, true}) {
                if (paused && !expectedTable().contains(RequestRules::stateId(state) + QStringLiteral(" pause")))
                    continue;
                for (A action : RequestRules::allActions()) {
                    const QString key = RequestRules::stateId(state) + QLatin1Char(' ') + RequestRules::actionId(action);
                    const QByteArray where = (key + (paused ? QStringLiteral(" (paused)") : QString())).toUtf8();
                    const qint64 id = requestIn(state, paused);
                    QVERIFY2(id != 0, where.constData());
                    auto before = svc.show(id);
                    CDT_OK(before);
                    RequestActionInput in;
                    in.note = QStringLiteral("because of the test");
                    in.assigneeId = m_store.officer->user().id;
                    in.extensionDays = 5;
                    if (state == S::NeedsIdentity)
                        in.subjectId = freshSubject();
                    auto r = svc.apply(id, action, in);
                    const bool expectOk = expectedTable().contains(key) && allowedWhilePaused(action, paused);
                    if (expectOk) {
                        QVERIFY2(r.ok(), (where + ": " + (r.ok() ? QByteArray() : cdtest::describe(r.error()))).constData());
                        QCOMPARE(RequestRules::stateId(r->state), expectedTable().value(key));
                        QCOMPARE(lastAction(), QStringLiteral("request.") + RequestRules::actionId(action));
                        auto page = AuditLog::page(m_store.officer->db(), 0, 1);
                        QCOMPARE(page->front().userName, cdtest::kOfficer);
                        QCOMPARE(page->front().objectId, QString::number(id));
                        auto after = svc.show(id);
                        CDT_OK(after);
                        QCOMPARE(after->events.size(), before->events.size() + 1);
                        QCOMPARE(after->events.back().action, RequestRules::actionId(action));
                        QCOMPARE(after->events.back().actor, cdtest::kOfficer);
                        if (action == A::Pause)
                            QVERIFY(after->row.deadline.paused);
                        if (RequestRules::endsPause(action))
                            QVERIFY(!after->row.deadline.paused);
                        ++allowed;
                    } else {
                        QVERIFY2(!r.ok(), where.constData());
                        QCOMPARE(r.error().code, ErrorCode::Invalid);
                        QVERIFY2(!r.error().message.isEmpty(), where.constData());
                        QCOMPARE(lastAction(), QStringLiteral("request.refused"));
                        auto after = svc.show(id);
                        CDT_OK(after);
                        QCOMPARE(after->row.state, state);
                        QCOMPARE(after->row.deadline.paused, paused);
                        QCOMPARE(after->events.size(), before->events.size());
                        ++refused;
                    }
                }
            }
        }
        // 12 (state, paused) combinations x 10 actions.
        QCOMPARE(allowed + refused, 120);
        QVERIFY(allowed > 20 && refused > 60);
        auto chain = AuditLog::verify(m_store.officer->db());
        CDT_OK(chain);
    }

    void closedRequestsSayTheyAreClosed()
    {
        const qint64 id = requestIn(S::Completed, false);
        auto r = RequestService(*m_store.officer).apply(id, A::Start);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("closed")));
    }

    void duplicatesAreDetected()
    {
        RequestService svc(*m_store.officer);
        RequestIntake in;
        in.type = RequestType::Access;
        in.subjectId = freshSubject();
        auto first = svc.intake(in);
        CDT_OK(first);
        QCOMPARE(first->state, S::Received);
        CDT_FAILS_WITH(svc.intake(in), ErrorCode::Conflict);
        QCOMPARE(lastAction(), QStringLiteral("request.refused"));
        auto dup = svc.findOpenDuplicate(in.subjectId, RequestType::Access);
        CDT_OK(dup);
        QCOMPARE(dup.value(), first->id);
        in.type = RequestType::Copy;  // another type is not a duplicate
        CDT_OK(svc.intake(in));
        in.type = RequestType::Access;
        CDT_OK(svc.cancel(first->id, QStringLiteral("customer withdrew it")));
        CDT_OK(svc.intake(in));  // no longer open: a new one may be taken

        // An unmatched request that turns out to be the same customer is caught at verification.
        RequestIntake walkIn;
        walkIn.type = RequestType::Access;
        walkIn.contactName = QStringLiteral("Walk-in Person");
        walkIn.contactPhone = QStringLiteral("15500008888");
        auto unmatched = svc.intake(walkIn);
        CDT_OK(unmatched);
        QCOMPARE(unmatched->state, S::NeedsIdentity);
        QVERIFY(unmatched->subjectPseudonym.isEmpty());
        QVERIFY(!unmatched->maskedContact.isEmpty());
        QVERIFY(!unmatched->maskedContact.contains(QStringLiteral("Walk-in Person")));
        CDT_FAILS_WITH(svc.verifyIdentity(unmatched->id, IdentityMethod::PhoneCode, in.subjectId), ErrorCode::Conflict);
        CDT_FAILS_WITH(svc.verifyIdentity(unmatched->id, IdentityMethod::PhoneCode), ErrorCode::Invalid);  // whom?
        RequestIntake nobody;
        CDT_FAILS_WITH(svc.intake(nobody), ErrorCode::Invalid);  // unmatched needs contact details
    }

    void refusalNeedsReasonAndStatesRights()
    {
        RequestService svc(*m_store.officer);
        const qint64 id = requestIn(S::InProgress, false);
        CDT_FAILS_WITH(svc.refuse(id, QString()), ErrorCode::Invalid);
        CDT_FAILS_WITH(svc.refuse(id, QStringLiteral("   ")), ErrorCode::Invalid);
        CDT_FAILS_WITH(svc.cancel(id, QString()), ErrorCode::Invalid);
        const QString reason = QStringLiteral("The data asked for is not held by this store.");
        auto r = svc.refuse(id, reason);
        CDT_OK(r);
        QCOMPARE(r->state, S::Refused);
        auto d = svc.show(id);
        CDT_OK(d);
        QCOMPARE(d->refusalReason, reason);
        QVERIFY(d->refusalLetter.contains(reason));
        QVERIFY(d->refusalLetter.contains(QStringLiteral("Article 50")));
        QVERIFY(d->refusalLetter.contains(QStringLiteral("complaint")));
        QVERIFY(d->refusalLetter.contains(QStringLiteral("lawsuit")));
        // The reason stays in the encrypted timeline, not in the audit log.
        auto page = AuditLog::page(m_store.officer->db(), 0, 50);
        for (const AuditEntry &e : page.value())
            QVERIFY(!e.detail.contains(reason));
    }

    void faceRecognitionIsNeverAccepted()
    {
        QCOMPARE(RequestRules::methodFromId(QStringLiteral("face-recognition")), IdentityMethod::Face);
        QCOMPARE(RequestRules::methodFromId(QStringLiteral("face")), IdentityMethod::Face);
        RequestService svc(*m_staff);
        const qint64 id = requestIn(S::Received, false);
        auto r = svc.verifyIdentity(id, IdentityMethod::Face);
        CDT_FAILS_WITH(r, ErrorCode::Invalid);
        QVERIFY(r.error().message.contains(QStringLiteral("Face recognition")));
        auto d = RequestService(*m_store.officer).show(id);
        QCOMPARE(d->row.state, S::Received);
        QVERIFY(d->identityMethod.isEmpty());
        // Verified by staff at the counter with the ID document: method, who and when are kept.
        CDT_OK(svc.verifyIdentity(id, IdentityMethod::IdDocument));
        d = RequestService(*m_store.officer).show(id);
        QCOMPARE(d->identityMethod, QStringLiteral("id-document"));
        QCOMPARE(d->identityBy, kStaff);
        QCOMPARE(d->identityAt, m_store.clock.nowMs());
    }

    void rolesDecideWhoDoesWhat()
    {
        RequestService staff(*m_staff), auditor(*m_auditor), officer(*m_store.officer);
        RequestIntake in;
        in.type = RequestType::Explanation;
        in.subjectId = freshSubject();
        auto r = staff.intake(in);  // staff take requests in at the counter
        CDT_OK(r);
        CDT_FAILS_WITH(staff.apply(r->id, A::Cancel, RequestActionInput{QStringLiteral("x"), IdentityMethod::IdDocument, 0, 0, 0}),
                       ErrorCode::Forbidden);
        QCOMPARE(lastAction(), QStringLiteral("access.denied"));
        CDT_OK(staff.list());
        in.subjectId = freshSubject();
        CDT_FAILS_WITH(auditor.intake(in), ErrorCode::Forbidden);
        CDT_FAILS_WITH(auditor.verifyIdentity(r->id, IdentityMethod::IdDocument), ErrorCode::Forbidden);
        CDT_FAILS_WITH(auditor.setResponseDays(20), ErrorCode::Forbidden);
        CDT_OK(auditor.list());
        CDT_OK(auditor.show(r->id));
        QCOMPARE(lastAction(), QStringLiteral("request.view"));
        // Assignment only to an active officer.
        auto staffUser = UserService::findByName(m_store.officer->db(), kStaff);
        CDT_OK(staffUser);
        CDT_FAILS_WITH(officer.assign(r->id, staffUser->id), ErrorCode::Invalid);
        auto assigned = officer.assign(r->id, m_store.officer->user().id);
        CDT_OK(assigned);
        QCOMPARE(assigned->assignedTo, cdtest::kOfficer);
    }

    void deadlinesAcrossSpringFestivalWithPauseAndExtension()
    {
        RequestService svc(*m_store.officer);
        m_store.clock.set(noonUtc("2026-02-09"));
        RequestIntake in;
        in.type = RequestType::Correction;
        in.subjectId = freshSubject();
        auto r = svc.intake(in);
        CDT_OK(r);
        QCOMPARE(r->deadline.due, QDate(2026, 3, 6));
        QCOMPARE(r->deadline.daysLeft, 15);
        QVERIFY(!r->deadline.estimated);

        // The setting applies to new requests; one taken in already keeps its deadline.
        QCOMPARE(svc.responseDays().value(), 15);
        CDT_OK(svc.setResponseDays(10));
        in.subjectId = freshSubject();
        auto shorter = svc.intake(in);
        CDT_OK(shorter);
        QCOMPARE(shorter->deadline.due, QDate(2026, 2, 28));  // the working Saturday
        QCOMPARE(svc.show(r->id)->row.deadline.due, QDate(2026, 3, 6));
        CDT_OK(svc.setResponseDays(15));

        m_store.clock.set(noonUtc("2026-03-02"));
        CDT_OK(svc.pause(r->id, QStringLiteral("waiting for the customer's documents")));
        m_store.clock.set(noonUtc("2026-03-04"));
        QCOMPARE(svc.show(r->id)->row.deadline.due, QDate(2026, 3, 10));
        CDT_OK(svc.resume(r->id));
        m_store.clock.set(noonUtc("2026-03-10"));
        CDT_FAILS_WITH(svc.extend(r->id, 5, QString()), ErrorCode::Invalid);   // a reason is required
        CDT_FAILS_WITH(svc.extend(r->id, 16, QStringLiteral("too long")), ErrorCode::Invalid);
        auto extended = svc.extend(r->id, 5, QStringLiteral("a vendor's copy must be checked"));
        CDT_OK(extended);
        QCOMPARE(extended->deadline.due, QDate(2026, 3, 17));
        QCOMPARE(extended->deadline.daysLeft, 5);
        CDT_FAILS_WITH(svc.extend(r->id, 1, QStringLiteral("again")), ErrorCode::Invalid);  // once only
        m_store.clock.set(noonUtc("2026-03-18"));
        auto late = svc.show(r->id);
        QVERIFY(late->row.deadline.overdue);
        QCOMPARE(late->row.deadline.daysLeft, -1);
    }

    void overdueRequestsCannotBeFilteredAway()
    {
        RequestService svc(*m_store.officer);
        m_store.clock.set(noonUtc("2026-03-18"));
        RequestFilter onlyExplanations;
        onlyExplanations.type = RequestType::Explanation;
        auto rows = svc.list(onlyExplanations);
        CDT_OK(rows);
        bool sawOverdue = false;
        for (const RequestRow &row : rows.value()) {
            QVERIFY(row.type == RequestType::Explanation || (row.deadline.overdue && row.shownBecauseOverdue));
            sawOverdue |= row.shownBecauseOverdue;
        }
        QVERIFY(sawOverdue);
        for (size_t i = 1; i < rows->size(); ++i)
            QVERIFY(rows->at(i - 1).deadline.daysLeft <= rows->at(i).deadline.daysLeft);
    }

    // A view is read, then audited. Another connection that wrote while the read ran must not make
    // the view fail: the read's snapshot has to end before the audit row is written, else SQLite
    // refuses that write at once (SQLITE_BUSY, no busy wait helps).
    void viewsStayAuditedWhileAnotherConnectionWrites()
    {
        const qint64 id = requestIn(S::Received, false);
        QVERIFY(id > 0);
        Session &officer = *m_store.officer;
        auto before = AuditLog::count(officer.db());
        CDT_OK(before);
        const qint64 subject = m_subjects.at(m_nextSubject - 1);
        for (const char *part : {"FROM requests r LEFT JOIN users", "FROM subjects WHERE id"}) {
            WriteMidStatement w{officer.db().handle(), part, m_staff.get()};
            sqlite3_progress_handler(w.db, 1, &WriteMidStatement::callback, &w);
            const bool request = std::strstr(part, "requests") != nullptr;
            QString error;
            if (request) {
                auto shown = RequestService(officer).show(id);
                error = shown ? QString() : QString::fromUtf8(cdtest::describe(shown.error()));
            } else {
                auto viewed = SubjectService(officer).view(subject);
                error = viewed ? QString() : QString::fromUtf8(cdtest::describe(viewed.error()));
            }
            sqlite3_progress_handler(w.db, 0, nullptr, nullptr);
            QCOMPARE(w.writes, 1);  // the other connection did write in the middle
            QVERIFY(!w.failed);
            QVERIFY2(error.isEmpty(), qPrintable(QLatin1String(part) + QStringLiteral(": ") + error));
            QCOMPARE(lastAction(), request ? QStringLiteral("request.view") : QStringLiteral("subject.view"));
        }
        auto after = AuditLog::count(officer.db());
        CDT_OK(after);
        QCOMPARE(after.value(), before.value() + 4);  // two views and two writes, none lost
    }

    void deadlineIntoAnUncoveredYearIsFlagged()
    {
        RequestService svc(*m_store.officer);
        m_store.clock.set(noonUtc("2026-12-21"));
        RequestIntake in;
        in.type = RequestType::Portability;
        in.subjectId = freshSubject();
        auto r = svc.intake(in);
        CDT_OK(r);
        QCOMPARE(r->deadline.due, QDate(2027, 1, 11));
        QVERIFY(r->deadline.estimated);
        QCOMPARE(r->deadline.uncoveredYears, QList<int>{2027});
        // The officer drops in the 2027 file next to the database: the deadline becomes exact.
        QDir().mkpath(WorkingCalendar::directoryFor(m_store.dbPath));
        QVERIFY(cdtest::writeFile(WorkingCalendar::directoryFor(m_store.dbPath) + QStringLiteral("/cn-2027.txt"),
                                  "year: 2027\nsource: test data\noff: 2027-01-01 .. 2027-01-03\n"));
        auto exact = RequestService(*m_store.officer).show(r->id);
        CDT_OK(exact);
        QCOMPARE(exact->row.deadline.due, QDate(2027, 1, 12));
        QVERIFY(!exact->row.deadline.estimated);
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
