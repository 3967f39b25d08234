// The face-consent rule at work in the camera services: a consent that needs renewal (or has
// expired, or lacks a guardian's consent for a child) stops enrolment, and an enrolled subject
// whose consent needs renewal is no longer counted as one the vendor may recognise.
#include "core/cameras/CameraInventory.h"
#include "core/cameras/Enrollments.h"
#include "core/consent/PurposeService.h"
#include "core/consent/RegistrationService.h"
#include "tests/support/ComplianceFixture.h"
#include "tests/support/StoreFixture.h"
#include "tests/support/NoticeItems.h"

using namespace cd;

class TestEnrollmentRules : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<cdtest::TestStore> m_s;  // a fresh store for every test
    Purpose m_face;
    qint64 m_vendorId = 0;

    Result<RegistrationOutcome> registerFace(const QString &phone, AgeBand band = AgeBand::Adult,
                                             std::optional<Guardian> guardian = std::nullopt)
    {
        auto notice = PurposeService(*m_s->officer).currentNotice(m_face.id);
        if (!notice)
            return notice.error();
        RegistrationRequest r;
        SubjectInput in;
        in.name = QStringLiteral("人脸测试");
        in.phone = phone;
        in.ageBand = band;
        r.newSubject = in;
        r.purposeIds = {m_face.id};
        r.noticeShown = {{m_face.id, notice->id}};
        r.separateConsentGiven = {m_face.id};
        r.guardian = guardian;
        return RegistrationService(*m_s->officer).registerCustomer(r);
    }

    bool awaiting(qint64 subjectId)
    {
        auto list = Enrollments(*m_s->officer).awaitingEnrollment(m_vendorId);
        if (!list)
            return false;
        for (const auto &[id, consent] : list.value()) {
            if (id == subjectId)
                return true;
        }
        return false;
    }

    bool stale(qint64 subjectId)
    {
        auto list = Enrollments(*m_s->officer).withoutValidConsent(m_vendorId);
        if (!list)
            return false;
        for (const auto &[id, pseudonym] : list.value()) {
            if (id == subjectId)
                return true;
        }
        return false;
    }

private slots:
    void init()
    {
        m_s = std::make_unique<cdtest::TestStore>();
        const QString e = m_s->create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        Purpose p;
        p.code = QStringLiteral("face-id");
        p.nameZh = QStringLiteral("人脸识别");
        p.nameEn = QStringLiteral("Face recognition");
        p.legalBasis = QStringLiteral("consent");
        p.dataCategories = QStringLiteral("face");
        p.sensitive = true;
        p.separateConsentRequired = true;
        p.consentValidityDays = 30;
        CDT_OK(cdtest::approvedPiia(*m_s->officer, PiiaScope::Purpose, p.code));
        auto added = PurposeService(*m_s->officer).addWithNotice(p, QStringLiteral("人脸识别告知。"),
                                                                QStringLiteral("Face notice."), cdtest::fullNoticeItems());
        CDT_OK(added);
        m_face = added->first;
        auto vendor = CameraInventory(*m_s->officer).upsertVendor(QStringLiteral("simvendor"), QStringLiteral("Sim"),
                                                                 QStringLiteral("1.0"), QStringLiteral("sim.so"));
        CDT_OK(vendor);
        m_vendorId = vendor->id;
    }

    void renewalStopsEnrolmentAndRecognition()
    {
        auto enrolled = registerFace(QStringLiteral("13900000001"));
        CDT_OK(enrolled);
        auto waiting = registerFace(QStringLiteral("13900000002"));
        CDT_OK(waiting);
        Enrollments enrollments(*m_s->officer);
        auto consent = enrollments.enrollmentConsent(enrolled->subjectId);
        CDT_OK(consent);
        CDT_OK(enrollments.recordEnrollment(enrolled->subjectId, m_vendorId, consent.value()));
        QVERIFY(awaiting(waiting->subjectId));
        QVERIFY(!awaiting(enrolled->subjectId));  // already enrolled
        QVERIFY(!stale(enrolled->subjectId));

        // A new notice version: both consents need renewal.
        CDT_OK(PurposeService(*m_s->officer).publishNotice(m_face.id, QStringLiteral("新的人脸识别告知。"),
                                                          QStringLiteral("New face notice."), cdtest::fullNoticeItems()));
        QVERIFY(!awaiting(waiting->subjectId));
        auto refused = enrollments.enrollmentConsent(waiting->subjectId);
        CDT_FAILS_WITH(refused, ErrorCode::Invalid);
        QVERIFY(refused.error().message.contains(QLatin1String("renewed")));
        QVERIFY(stale(enrolled->subjectId));

        // Renewed under the current notice: valid again.
        auto renewed = registerFace(QStringLiteral("13900000003"));
        CDT_OK(renewed);
        QVERIFY(awaiting(renewed->subjectId));
    }

    void expiryAndGuardianAreChecked()
    {
        auto adult = registerFace(QStringLiteral("13900000011"));
        CDT_OK(adult);
        // A child registered with a guardian may be enrolled.
        auto child = registerFace(QStringLiteral("13900000012"), AgeBand::Under14,
                                  Guardian{QStringLiteral("家长"), QStringLiteral("parent"), true});
        CDT_OK(child);
        QVERIFY(awaiting(adult->subjectId));
        QVERIFY(awaiting(child->subjectId));
        CDT_OK(Enrollments(*m_s->officer).enrollmentConsent(child->subjectId));

        // 30 days of validity: on day 31 the consent no longer counts, even before the expiry job.
        m_s->clock.advanceDays(31);
        QVERIFY(!awaiting(adult->subjectId));
        CDT_FAILS_WITH(Enrollments(*m_s->officer).enrollmentConsent(adult->subjectId), ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentRules)
#include "tst_enrollment_rules.moc"
