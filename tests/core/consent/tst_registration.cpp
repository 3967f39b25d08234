// The registration use case: a new customer and their consents in one call, the registration
// rule (a face purpose without separate consent is dropped), a refused role audited, and a
// failure midway leaving nothing behind. Also "a purpose with its first notice".
#include "core/access/UserService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/RegistrationService.h"
#include "core/ledgers/AuditLog.h"
#include "tests/support/ComplianceFixture.h"
#include "tests/support/StoreFixture.h"
#include "tests/support/NoticeItems.h"

using namespace cd;

class TestRegistration : public QObject {
    Q_OBJECT

private:
    cdtest::TestStore m_s;
    std::unique_ptr<Session> m_auditor;
    Purpose m_visits, m_face;
    NoticeVersion m_visitsNotice, m_faceNotice;

    qint64 rows(const char *sql)
    {
        auto n = m_s.officer->db().queryInt(sql);
        return n ? n.value() : -1;
    }
    qint64 audited(const QString &action)
    {
        auto r = AuditLog::page(m_s.officer->db(), 0, 100000, action);
        return r ? qint64(r.value().size()) : -1;
    }

    static Purpose purpose(const QString &code, bool face)
    {
        Purpose p;
        p.code = code;
        p.nameZh = code + QStringLiteral("（中）");
        p.nameEn = code;
        p.legalBasis = QStringLiteral("consent");
        p.dataCategories = face ? QStringLiteral("face") : QStringLiteral("visit-history");
        p.sensitive = face;
        p.separateConsentRequired = face;
        return p;
    }

    RegistrationRequest newCustomer(const QString &phone) const
    {
        RegistrationRequest r;
        SubjectInput in;
        in.name = QStringLiteral("登记测试");
        in.phone = phone;
        in.ageBand = AgeBand::Adult;
        r.newSubject = in;
        r.purposeIds = {m_visits.id, m_face.id};
        r.noticeShown = {{m_visits.id, m_visitsNotice.id}, {m_face.id, m_faceNotice.id}};
        return r;
    }

private slots:
    void initTestCase()
    {
        const QString e = m_s.create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        Session &o = *m_s.officer;
        auto visits = PurposeService(o).addWithNotice(purpose(QStringLiteral("visits"), false),
                                                      QStringLiteral("我们统计到店。"), QStringLiteral("We count visits."), cdtest::fullNoticeItems());
        CDT_OK(visits);
        m_visits = visits->first;
        m_visitsNotice = visits->second;
        CDT_OK(cdtest::approvedPiia(o, PiiaScope::Purpose, QStringLiteral("face-id")));
        auto face = PurposeService(o).addWithNotice(purpose(QStringLiteral("face-id"), true),
                                                    QStringLiteral("人脸识别。"), QStringLiteral("Face recognition."), cdtest::fullNoticeItems());
        CDT_OK(face);
        m_face = face->first;
        m_faceNotice = face->second;
        CDT_OK(UserService(o).add(QStringLiteral("aud"), QStringLiteral("Auditor"), Role::Auditor,
                                  QStringLiteral("auditor-pass-1"), KdfLimits::minimum()));
        m_auditor = m_s.unlock(QStringLiteral("aud"), QStringLiteral("auditor-pass-1"));
        QVERIFY(m_auditor);
    }

    void theRuleDropsFacePurposesWithoutSeparateConsent()
    {
        const std::vector<Purpose> chosen{m_visits, m_face};
        QCOMPARE(int(purposesToRegister(chosen, {}).size()), 1);
        QCOMPARE(purposesToRegister(chosen, {}).front().id, m_visits.id);
        QCOMPARE(droppedPurposes(chosen, {}).front().id, m_face.id);
        QCOMPARE(int(purposesToRegister(chosen, {m_face.id}).size()), 2);
        QVERIFY(droppedPurposes(chosen, {m_face.id}).empty());
    }

    void newCustomerAndConsentsInOneCall()
    {
        const qint64 subjectsBefore = rows("SELECT count(*) FROM subjects");
        RegistrationRequest r = newCustomer(QStringLiteral("13800000001"));
        r.separateConsentGiven = {m_face.id};
        auto done = RegistrationService(*m_s.officer).registerCustomer(r);
        CDT_OK(done);
        QCOMPARE(int(done->consentIds.size()), 2);
        QVERIFY(done->pseudonym.startsWith(QLatin1String("S-")));
        QVERIFY(done->droppedPurposeCodes.empty());
        QCOMPARE(rows("SELECT count(*) FROM subjects"), subjectsBefore + 1);
        QVERIFY(!m_s.officer->db().inTransaction());

        // The same customer again without the face step: only visits is registered.
        RegistrationRequest again;
        again.existingSubjectId = done->subjectId;
        again.purposeIds = {m_visits.id, m_face.id};
        again.noticeShown = r.noticeShown;
        auto second = RegistrationService(*m_s.officer).registerCustomer(again);
        CDT_OK(second);
        QCOMPARE(int(second->consentIds.size()), 1);
        QCOMPARE(second->droppedPurposeCodes, std::vector<QString>{QStringLiteral("face-id")});
        QCOMPARE(second->pseudonym, done->pseudonym);

        // Only the face purpose, without separate consent: nothing to register.
        again.purposeIds = {m_face.id};
        CDT_FAILS_WITH(RegistrationService(*m_s.officer).registerCustomer(again), ErrorCode::Invalid);
    }

    void refusalForARoleWithoutPermissionIsAudited()
    {
        const qint64 subjectsBefore = rows("SELECT count(*) FROM subjects");
        const qint64 deniedBefore = audited(QStringLiteral("access.denied"));
        CDT_FAILS_WITH(RegistrationService(*m_auditor).registerCustomer(newCustomer(QStringLiteral("13800000002"))),
                       ErrorCode::Forbidden);
        QCOMPARE(rows("SELECT count(*) FROM subjects"), subjectsBefore);
        QCOMPARE(audited(QStringLiteral("access.denied")), deniedBefore + 1);
        auto verified = AuditLog::verify(m_s.officer->db());
        CDT_OK(verified);
        QVERIFY(verified->ok);
    }

    void aFailureMidwayLeavesNothing()
    {
        const qint64 subjectsBefore = rows("SELECT count(*) FROM subjects");
        const qint64 consentsBefore = rows("SELECT count(*) FROM consents");
        const qint64 auditBefore = rows("SELECT count(*) FROM audit_log");
        // The customer is valid and is created first; the stale notice then fails the consent.
        RegistrationRequest r = newCustomer(QStringLiteral("13800000003"));
        r.separateConsentGiven = {m_face.id};
        r.noticeShown[m_face.id] = m_visitsNotice.id;
        CDT_FAILS_WITH(RegistrationService(*m_s.officer).registerCustomer(r), ErrorCode::Invalid);
        QCOMPARE(rows("SELECT count(*) FROM subjects"), subjectsBefore);
        QCOMPARE(rows("SELECT count(*) FROM consents"), consentsBefore);
        QCOMPARE(rows("SELECT count(*) FROM audit_log"), auditBefore);
        QVERIFY(!m_s.officer->db().inTransaction());

        // A child without a guardian: refused, and no orphan customer.
        RegistrationRequest child = newCustomer(QStringLiteral("13800000004"));
        child.newSubject->ageBand = AgeBand::Under14;
        child.purposeIds = {m_visits.id};
        CDT_FAILS_WITH(RegistrationService(*m_s.officer).registerCustomer(child), ErrorCode::Invalid);
        QCOMPARE(rows("SELECT count(*) FROM subjects"), subjectsBefore);
        child.guardian = Guardian{QStringLiteral("监护人"), QStringLiteral("parent"), true};
        CDT_OK(RegistrationService(*m_s.officer).registerCustomer(child));
        QCOMPARE(rows("SELECT count(*) FROM subjects"), subjectsBefore + 1);
    }

    void purposeWithItsFirstNoticeIsOneChange()
    {
        const qint64 purposesBefore = rows("SELECT count(*) FROM purposes");
        // An empty English text fails the notice after the purpose was inserted: neither stays.
        CDT_FAILS_WITH(PurposeService(*m_s.officer).addWithNotice(purpose(QStringLiteral("half"), false),
                                                                  QStringLiteral("只有中文"), QString(), cdtest::fullNoticeItems()),
                       ErrorCode::Invalid);
        QCOMPARE(rows("SELECT count(*) FROM purposes"), purposesBefore);
        const qint64 deniedBefore = audited(QStringLiteral("access.denied"));
        CDT_FAILS_WITH(PurposeService(*m_auditor).addWithNotice(purpose(QStringLiteral("nope"), false),
                                                                QStringLiteral("中文"), QStringLiteral("English"), cdtest::fullNoticeItems()),
                       ErrorCode::Forbidden);
        QCOMPARE(audited(QStringLiteral("access.denied")), deniedBefore + 1);
        QCOMPARE(rows("SELECT count(*) FROM purposes"), purposesBefore);
    }
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
