// Access control is enforced by the services, not by hidden buttons: every forbidden call returns
// Forbidden, changes nothing, and leaves an "access.denied" entry naming the user.
#include "core/ledgers/AuditLog.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectService.h"
#include "core/access/UserService.h"
#include "tests/support/StoreFixture.h"

#include <functional>
#include <optional>
#include "tests/support/NoticeItems.h"

using namespace cd;

namespace {

const QString kStaff = QStringLiteral("staff-one");
const QString kStaffPass = QStringLiteral("staff-one-pass");
const QString kStaffTwo = QStringLiteral("staff-two");
const QString kAuditor = QStringLiteral("auditor-one");
const QString kAuditorPass = QStringLiteral("auditor-one-pass");

template <typename T>
std::optional<Error> errorOf(const Result<T> &r)
{
    if (r.ok())
        return std::nullopt;
    return r.error();
}

} // namespace

class TestAccess : public QObject {
    Q_OBJECT

private:
    cdtest::TestStore m_s;
    std::unique_ptr<Session> m_staff;
    std::unique_ptr<Session> m_auditor;
    Purpose m_purpose;
    NoticeVersion m_notice;
    qint64 m_subjectId = 0;
    qint64 m_consentId = 0;

    Session &sessionFor(const QString &role) { return role == QLatin1String("staff") ? *m_staff : *m_auditor; }

    RegistrationInput registration(qint64 subjectId) const
    {
        RegistrationInput in;
        in.subjectId = subjectId;
        in.purposes.push_back(PurposeConsent{m_purpose.id, m_notice.id, false});
        return in;
    }

    // Runs one named action as `s`; nullopt when it succeeded.
    std::optional<Error> run(const QString &action, Session &s)
    {
        if (action == QLatin1String("purpose.add")) {
            Purpose p;
            p.code = QStringLiteral("sneaky-purpose");
            p.nameZh = QStringLiteral("偷偷的目的");
            p.nameEn = QStringLiteral("Sneaky purpose");
            p.legalBasis = QStringLiteral("consent");
            p.dataCategories = QStringLiteral("face");
            return errorOf(PurposeService(s).add(p));
        }
        if (action == QLatin1String("purpose.update")) {
            Purpose p = m_purpose;
            p.retentionDays = 400;
            p.dataCategories = QStringLiteral("visit-history,purchases");
            return errorOf(PurposeService(s).update(p));
        }
        if (action == QLatin1String("purpose.publishNotice"))
            return errorOf(PurposeService(s).publishNotice(m_purpose.id, QStringLiteral("新告知"), QStringLiteral("New notice"), cdtest::fullNoticeItems()));
        if (action == QLatin1String("purpose.setActive"))
            return errorOf(PurposeService(s).setActive(m_purpose.id, false));
        if (action == QLatin1String("user.add"))
            return errorOf(UserService(s).add(QStringLiteral("intruder"), QStringLiteral("Intruder"), Role::Officer,
                                              QStringLiteral("intruder-pass-1"), KdfLimits::minimum()));
        if (action == QLatin1String("user.remove"))
            return errorOf(UserService(s).remove(kStaffTwo));
        if (action == QLatin1String("user.removeOfficer"))
            return errorOf(UserService(s).remove(cdtest::kOfficer));
        if (action == QLatin1String("user.resetPassphrase"))
            return errorOf(UserService(s).resetPassphrase(cdtest::kOfficer, QStringLiteral("taken-over-1"), KdfLimits::minimum()));
        if (action == QLatin1String("user.renewRecoveryCode"))
            return errorOf(UserService(s).renewRecoveryCode(KdfLimits::minimum()));
        if (action == QLatin1String("store.add"))
            return errorOf(StoreService(s).add(QStringLiteral("S999"), QStringLiteral("Shadow store")));
        if (action == QLatin1String("consent.register"))
            return errorOf(ConsentService(s).registerConsent(registration(m_subjectId)));
        if (action == QLatin1String("consent.withdraw"))
            return errorOf(ConsentService(s).withdraw(m_consentId, QStringLiteral("counter")));
        if (action == QLatin1String("consent.withdrawAll"))
            return errorOf(ConsentService(s).withdrawAllForSubject(m_subjectId, QStringLiteral("counter")));
        if (action == QLatin1String("subject.create")) {
            SubjectInput in;
            in.name = QStringLiteral("访问测试");
            in.phone = QStringLiteral("13900009999");
            in.ageBand = AgeBand::Adult;
            return errorOf(SubjectService(s).create(in));
        }
        qFatal("unknown action in the test table");
    }

    // What the database holds, minus the audit log: must not move when a call is refused.
    QString fingerprint()
    {
        auto q = m_s.officer->db().query(
            "SELECT (SELECT count(*) FROM purposes) || '/' || (SELECT coalesce(sum(revision * 10 + active), 0) FROM purposes)"
            " || '/' || (SELECT coalesce(sum(retention_days), 0) FROM purposes)"
            " || '/' || (SELECT count(*) FROM notice_versions) || '/' || (SELECT count(*) FROM users)"
            " || '/' || (SELECT count(*) FROM users WHERE active = 1) || '/' || (SELECT count(*) FROM stores)"
            " || '/' || (SELECT count(*) FROM subjects) || '/' || (SELECT count(*) FROM consents)"
            " || '/' || (SELECT count(*) FROM consents WHERE status = 'granted')"
            " || '/' || (SELECT coalesce(sum(needs_renewal), 0) FROM consents)");
        auto r = q.step();
        return r.ok() && r.value() ? q.text(0) : QStringLiteral("query failed");
    }

    Result<qint64> deniedCount()
    {
        auto q = m_s.officer->db().query("SELECT count(*) FROM audit_log WHERE action = 'access.denied'");
        auto r = q.step();
        if (!r)
            return r.error();
        return q.int64(0);
    }

private slots:
    void initTestCase()
    {
        const QString e = m_s.create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        Session &o = *m_s.officer;
        UserService users(o);
        CDT_OK(users.add(kStaff, QStringLiteral("Staff One"), Role::Staff, kStaffPass, KdfLimits::minimum()));
        CDT_OK(users.add(kStaffTwo, QStringLiteral("Staff Two"), Role::Staff, QStringLiteral("staff-two-pass"),
                         KdfLimits::minimum()));
        CDT_OK(users.add(kAuditor, QStringLiteral("Auditor One"), Role::Auditor, kAuditorPass, KdfLimits::minimum()));

        Purpose p;
        p.code = QStringLiteral("visit-stats");
        p.nameZh = QStringLiteral("到店统计");
        p.nameEn = QStringLiteral("Visit statistics");
        p.legalBasis = QStringLiteral("consent");
        p.dataCategories = QStringLiteral("visit-history");
        p.retentionDays = 180;
        auto added = PurposeService(o).add(p);
        CDT_OK(added);
        m_purpose = added.value();
        auto notice = PurposeService(o).publishNotice(m_purpose.id, QStringLiteral("我们统计到店次数。"),
                                                      QStringLiteral("We count visits."), cdtest::fullNoticeItems());
        CDT_OK(notice);
        m_notice = notice.value();

        SubjectInput in;
        in.name = QStringLiteral("权限测试");
        in.phone = QStringLiteral("13900001111");
        in.ageBand = AgeBand::Adult;
        auto subject = SubjectService(o).create(in);
        CDT_OK(subject);
        m_subjectId = subject.value().id;
        auto ids = ConsentService(o).registerConsent(registration(m_subjectId));
        CDT_OK(ids);
        QCOMPARE(int(ids.value().size()), 1);
        m_consentId = ids.value().front();

        QString why;
        m_staff = m_s.unlock(kStaff, kStaffPass, &why);
        QVERIFY2(m_staff, qPrintable(why));
        QCOMPARE(m_staff->user().role, Role::Staff);
        m_auditor = m_s.unlock(kAuditor, kAuditorPass, &why);
        QVERIFY2(m_auditor, qPrintable(why));
        QCOMPARE(m_auditor->user().role, Role::Auditor);
    }

    void forbiddenActionsAreRefusedAndAudited_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("action");
        const QStringList managerial{QStringLiteral("purpose.add"), QStringLiteral("purpose.update"),
                                     QStringLiteral("purpose.publishNotice"), QStringLiteral("purpose.setActive"),
                                     QStringLiteral("user.add"), QStringLiteral("user.remove"),
                                     QStringLiteral("user.removeOfficer"), QStringLiteral("user.resetPassphrase"),
                                     QStringLiteral("user.renewRecoveryCode"), QStringLiteral("store.add")};
        for (const QString &a : managerial)
            QTest::newRow(qPrintable(QStringLiteral("staff ") + a)) << QStringLiteral("staff") << a;
        const QStringList writes{QStringLiteral("consent.register"), QStringLiteral("consent.withdraw"),
                                 QStringLiteral("consent.withdrawAll"), QStringLiteral("subject.create")};
        for (const QString &a : managerial + writes)
            QTest::newRow(qPrintable(QStringLiteral("auditor ") + a)) << QStringLiteral("auditor") << a;
    }
    void forbiddenActionsAreRefusedAndAudited()
    {
        QFETCH(QString, role);
        QFETCH(QString, action);
        Session &s = sessionFor(role);
        const QString before = fingerprint();
        const QByteArray keysBefore = cdtest::fileSha256(m_s.keysPath());
        auto denied = deniedCount();
        CDT_OK(denied);
        auto total = AuditLog::count(m_s.officer->db());
        CDT_OK(total);

        const std::optional<Error> e = run(action, s);
        QVERIFY2(e.has_value(), "the service allowed a forbidden action");
        QVERIFY2(e->code == ErrorCode::Forbidden, cdtest::describe(*e).constData());
        QVERIFY(!e->message.trimmed().isEmpty());

        QCOMPARE(fingerprint(), before);
        QCOMPARE(cdtest::fileSha256(m_s.keysPath()), keysBefore);
        auto deniedAfter = deniedCount();
        CDT_OK(deniedAfter);
        QCOMPARE(deniedAfter.value(), denied.value() + 1);
        auto totalAfter = AuditLog::count(m_s.officer->db());
        CDT_OK(totalAfter);
        QCOMPARE(totalAfter.value(), total.value() + 1);  // the refusal and nothing else

        auto newest = AuditLog::page(m_s.officer->db(), 0, 1, QStringLiteral("access.denied"));
        CDT_OK(newest);
        QCOMPARE(int(newest.value().size()), 1);
        const AuditEntry &entry = newest.value().front();
        QCOMPARE(entry.action, QStringLiteral("access.denied"));
        QCOMPARE(entry.userName, s.user().name);
        QCOMPARE(entry.userId, s.user().id);
        QCOMPARE(entry.at, m_s.clock.nowMs());
        // The refusal is still part of an intact chain.
        auto verified = AuditLog::verify(m_s.officer->db());
        CDT_OK(verified);
        QVERIFY(verified.value().ok);
        m_s.clock.advanceSecs(1);
    }

    void staffMayRegisterAndWithdraw()
    {
        auto denied = deniedCount();
        CDT_OK(denied);
        SubjectInput in;
        in.name = QStringLiteral("柜台顾客");
        in.phone = QStringLiteral("13900002222");
        in.ageBand = AgeBand::Adult;
        auto subject = SubjectService(*m_staff).create(in);
        CDT_OK(subject);
        auto ids = ConsentService(*m_staff).registerConsent(registration(subject.value().id));
        CDT_OK(ids);
        QCOMPARE(int(ids.value().size()), 1);
        auto c = ConsentService(*m_staff).get(ids.value().front());
        CDT_OK(c);
        QCOMPARE(c.value().staffUserId, m_staff->user().id);
        CDT_OK(ConsentService(*m_staff).withdraw(ids.value().front(), QStringLiteral("counter")));
        CDT_OK(SubjectService(*m_staff).view(subject.value().id));
        CDT_OK(ConsentService(*m_staff).page(ConsentFilter{}, 0, 20, true));
        CDT_OK(PurposeService(*m_staff).list());
        auto deniedAfter = deniedCount();
        CDT_OK(deniedAfter);
        QCOMPARE(deniedAfter.value(), denied.value());
    }

    void auditorMayRead()
    {
        auto denied = deniedCount();
        CDT_OK(denied);
        auto rows = ConsentService(*m_auditor).page(ConsentFilter{}, 0, 50, false);
        CDT_OK(rows);
        QVERIFY(!rows.value().empty());
        auto n = ConsentService(*m_auditor).count(ConsentFilter{});
        CDT_OK(n);
        QCOMPARE(n.value(), qint64(rows.value().size()));
        CDT_OK(ConsentService(*m_auditor).get(m_consentId));
        CDT_OK(PurposeService(*m_auditor).list(true));
        CDT_OK(SubjectService(*m_auditor).view(m_subjectId));
        auto verified = AuditLog::verify(m_auditor->db());
        CDT_OK(verified);
        QVERIFY(verified.value().ok);
        auto deniedAfter = deniedCount();
        CDT_OK(deniedAfter);
        QCOMPARE(deniedAfter.value(), denied.value());
    }

    void officerMayManage()
    {
        // The same calls the others were refused work for the officer (so the refusals above
        // are about the role, not about bad input).
        Session &o = *m_s.officer;
        // user.remove re-keys the database, which needs it open in no other session.
        m_staff.reset();
        m_auditor.reset();
        for (const char *a : {"purpose.publishNotice", "purpose.update", "store.add", "user.remove"}) {
            const std::optional<Error> e = run(QString::fromLatin1(a), o);
            if (e)
                QFAIL((QByteArray(a) + ": " + cdtest::describe(*e)).constData());
        }
    }

    void cleanupTestCase()
    {
        m_staff.reset();
        m_auditor.reset();
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
