#pragma once
// People whose face data a vendor holds, made through the real services: a face purpose (with
// its approved assessment and a complete notice), a vendor record, and `count` synthetic
// customers who consented separately and are recorded as enrolled. For the filing threshold.
#include "core/cameras/CameraInventory.h"
#include "core/cameras/Enrollments.h"
#include "core/consent/PurposeService.h"
#include "core/consent/RegistrationService.h"
#include "tests/support/ComplianceFixture.h"
#include "tests/support/NoticeItems.h"

namespace cdtest {

class FaceHolders {
public:
    explicit FaceHolders(cd::Session &officer) : m_officer(officer) {}

    // Empty on success, else what went wrong.
    QString setUp()
    {
        if (auto r = approvedPiia(m_officer, cd::PiiaScope::Purpose, QStringLiteral("face-holders")); !r)
            return r.error().message;
        cd::Purpose p;
        p.code = QStringLiteral("face-holders");
        p.nameZh = QStringLiteral("人脸识别（测试）");
        p.nameEn = QStringLiteral("Face recognition (test)");
        p.legalBasis = QStringLiteral("separate consent");
        p.dataCategories = QStringLiteral("face");
        p.sensitive = true;
        p.separateConsentRequired = true;
        auto added = cd::PurposeService(m_officer).addWithNotice(p, QStringLiteral("人脸告知"), QStringLiteral("Face notice"),
                                                                 fullNoticeItems());
        if (!added)
            return added.error().message;
        m_purpose = added->first.id;
        m_notice = added->second.id;
        auto vendor = cd::CameraInventory(m_officer).upsertVendor(QStringLiteral("simvendor"), QStringLiteral("Sim"),
                                                                  QStringLiteral("1"), QStringLiteral("sim.so"));
        if (!vendor)
            return vendor.error().message;
        m_vendor = vendor->id;
        return {};
    }

    // Registers and enrols one more synthetic customer; empty on success.
    QString enrolOne()
    {
        cd::RegistrationRequest r;
        cd::SubjectInput in;
        in.name = QStringLiteral("测试顾客");
        in.phone = QStringLiteral("1380000%1").arg(++m_next, 4, 10, QLatin1Char('0'));
        in.ageBand = cd::AgeBand::Adult;
        r.newSubject = in;
        r.purposeIds = {m_purpose};
        r.noticeShown = {{m_purpose, m_notice}};
        r.separateConsentGiven = {m_purpose};
        auto reg = cd::RegistrationService(m_officer).registerCustomer(r);
        if (!reg)
            return reg.error().message;
        cd::Enrollments enrollments(m_officer);
        auto consent = enrollments.enrollmentConsent(reg->subjectId);
        if (!consent)
            return consent.error().message;
        if (auto e = enrollments.recordEnrollment(reg->subjectId, m_vendor, consent.value()); !e)
            return e.error().message;
        return {};
    }

    qint64 purposeId() const { return m_purpose; }
    qint64 noticeId() const { return m_notice; }
    qint64 vendorId() const { return m_vendor; }

private:
    cd::Session &m_officer;
    qint64 m_purpose = 0, m_notice = 0, m_vendor = 0;
    int m_next = 0;
};

} // namespace cdtest
