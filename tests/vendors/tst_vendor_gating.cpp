// The rules that gate face recognition, with the simulated vendor running: no enrolment without
// separate consent (PIPL Art. 29) or, under 14, without a guardian's (Art. 31); no recognition in
// a zone without a current sign record (Art. 26); counting and switching off need no sign; only
// the officer may change what a camera does. Every refusal is Invalid/Forbidden with a reason,
// and nothing reaches the vendor.
#include "tests/support/VendorFixture.h"

#include "core/ledgers/AuditLog.h"
#include "core/access/UserService.h"
#include "core/store/Database.h"

using namespace cd;
using namespace cdptest;

class TestVendorGating : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<VendorWorld> m_w;
    std::unique_ptr<VendorManager> m_m;

    QString vendorDir() const { return m_w->dataRoot() + QStringLiteral("/simvendor"); }
    Session &officer() { return m_w->officer(); }
    bool hasTemplate(const QString &pseudonym) const
    {
        return QFile::exists(vendorDir() + QStringLiteral("/templates/") + pseudonym + QStringLiteral(".tpl"));
    }

    // The mode the vendor itself reports for a device (not the console's record).
    QString vendorMode(VendorManager &m, const QString &device)
    {
        auto reply = m.host(kSim)->callSync(QStringLiteral("devices"));
        if (!reply)
            return QStringLiteral("<no reply>");
        auto devices = cdvendor::wire::devicesFrom(reply.value());
        for (const cdvendor::Device &d : devices.value_or(QList<cdvendor::Device>{})) {
            if (d.id == device)
                return cdvendor::wire::modeId(d.mode);
        }
        return QStringLiteral("<no device>");
    }

    QString consoleMode(const QString &device)
    {
        auto vendor = cd::CameraInventory(officer()).vendorByCode(kSim);
        if (!vendor)
            return QStringLiteral("<no vendor>");
        auto d = cd::CameraInventory(officer()).device(vendor->id, device);
        return d ? cd::cameraModeId(d->mode) : QStringLiteral("<no device>");
    }

    qint64 auditCount(const QString &action)
    {
        auto page = AuditLog::page(officer().db(), 0, 1000, action);
        if (!page)
            return -1;
        qint64 n = 0;
        for (const AuditEntry &e : page.value())
            n += e.action == action ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(simvendorFile()), "libsimvendor.so is not built"); }

    void init()
    {
        m_w = std::make_unique<VendorWorld>();
        QCOMPARE(m_w->create(), QString());
        m_m = std::make_unique<VendorManager>(officer(), m_w->options({simvendorDir()}));
        m_m->startAll();
        QVERIFY(m_m->host(kSim));
        QCOMPARE(m_m->host(kSim)->health(), VendorHealth::Ready);
    }

    void cleanup()
    {
        m_m.reset();
        m_w.reset();
        QTRY_VERIFY_WITH_TIMEOUT(hostPids().isEmpty(), 3000);
    }

    void enrolmentNeedsSeparateConsent()
    {
        auto member = m_w->subject(QStringLiteral("Tester Delta"), QStringLiteral("19900006666"));
        auto nobody = m_w->subject(QStringLiteral("Tester Epsilon"), QStringLiteral("19900007777"));
        auto consenting = m_w->subject(QStringLiteral("Tester Zeta"), QStringLiteral("19900008888"));
        CDT_OK(member);
        CDT_OK(nobody);
        CDT_OK(consenting);
        // The registration itself refuses face recognition without the separate step.
        auto noSeparate = m_w->consent(member->id, m_w->face, m_w->faceNotice, false);
        CDT_FAILS_WITH(noSeparate, ErrorCode::Invalid);
        QVERIFY(noSeparate.error().message.contains(QLatin1String("separate consent")));
        // Membership only: consent to something, not to face data.
        CDT_OK(m_w->consent(member->id, m_w->membership, m_w->membershipNotice, false));

        for (const Subject *s : {&member.value(), &nobody.value()}) {
            auto r = m_m->enroll(s->id, kSim);
            CDT_FAILS_WITH(r, ErrorCode::Invalid);
            QVERIFY2(r.error().message.contains(QLatin1String("separate consent")), qPrintable(r.error().message));
            QVERIFY(!hasTemplate(s->pseudonym));
        }
        auto everyone = m_m->enrollAllConsented();
        CDT_OK(everyone);
        QCOMPARE(everyone.value(), 0);
        QCOMPARE(m_w->faceDataHolders(), qint64(0));

        // The control: with separate consent, the same call enrols.
        CDT_OK(m_w->faceConsent(consenting->id));
        CDT_OK(m_m->enroll(consenting->id, kSim));
        QVERIFY(hasTemplate(consenting->pseudonym));
        QCOMPARE(m_w->faceDataHolders(), qint64(1));
        QCOMPARE(countFiles(vendorDir(), {QStringLiteral("*.tpl")}), qint64(1));
    }

    void enrolmentOfAChildNeedsAGuardian()
    {
        const Guardian guardian{QStringLiteral("Tester Parent"), QStringLiteral("parent"), true};
        auto child = m_w->subject(QStringLiteral("Tester Child One"), QStringLiteral("19900010001"), std::nullopt, AgeBand::Under14);
        CDT_OK(child);
        QVERIFY(child->minor);
        // The registration refuses a child's face consent without a guardian who consents.
        auto alone = m_w->faceConsent(child->id);
        CDT_FAILS_WITH(alone, ErrorCode::Invalid);
        QVERIFY2(alone.error().message.contains(QLatin1String("under 14")), qPrintable(alone.error().message));
        auto refusingGuardian = m_w->faceConsent(child->id, Guardian{guardian.name, guardian.relation, false});
        CDT_FAILS_WITH(refusingGuardian, ErrorCode::Invalid);
        auto r = m_m->enroll(child->id, kSim);
        CDT_FAILS_WITH(r, ErrorCode::Invalid);
        QVERIFY(!hasTemplate(child->pseudonym));

        // A child whose guardian consented is enrolled (the control).
        auto guarded = m_w->subject(QStringLiteral("Tester Child Two"), QStringLiteral("19900010002"), std::nullopt, AgeBand::Under14);
        CDT_OK(guarded);
        CDT_OK(m_w->faceConsent(guarded->id, guardian));
        CDT_OK(m_m->enroll(guarded->id, kSim));
        QVERIFY(hasTemplate(guarded->pseudonym));

        // A child's face consent that records no guardian consent. The services cannot write
        // one (see above), so it is written as an import or an older version could have left it:
        // directly in the database.
        auto imported = m_w->subject(QStringLiteral("Tester Child Three"), QStringLiteral("19900010003"), std::nullopt, AgeBand::Under14);
        CDT_OK(imported);
        auto consent = m_w->faceConsent(imported->id, guardian);
        CDT_OK(consent);
        auto q = officer().db().query("UPDATE consents SET guardian_consent = 0 WHERE id = ?1");
        q.bind(1, consent.value());
        CDT_OK(q.run());
        auto refused = m_m->enroll(imported->id, kSim);
        CDT_FAILS_WITH(refused, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QLatin1String("under 14"))
                     && refused.error().message.contains(QLatin1String("guardian")),
                 qPrintable(refused.error().message));
        QVERIFY(!hasTemplate(imported->pseudonym));
        auto everyone = m_m->enrollAllConsented();
        CDT_OK(everyone);
        QCOMPARE(everyone.value(), 0);
        QCOMPARE(m_w->faceDataHolders(), qint64(1));
    }

    void enrolmentJudgesAgeOnTheDayOfConsent()
    {
        // Registered at 13, consents after the 14th birthday: the registration accepts the
        // person's own consent (age is judged on the day of consent), so enrolment should too.
        const QDate today = m_w->store.clock.now().date();
        const QDate birth = today.addYears(-14).addDays(10);
        auto teen = m_w->subject(QStringLiteral("Tester Teen"), QStringLiteral("19900010004"), birth);
        CDT_OK(teen);
        QVERIFY(teen->minor);
        m_w->store.clock.advanceDays(11);
        CDT_OK(m_w->faceConsent(teen->id));  // no guardian needed at 14
        auto r = m_m->enroll(teen->id, kSim);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }

    void recognitionNeedsASignForTheZone()
    {
        const QString cam = QStringLiteral("cam-entrance-1");
        const cd::CameraMode identify = cd::CameraMode::IdentifyConsented;
        const qint64 entrance = m_w->zoneId(kSim, QStringLiteral("entrance"));
        const qint64 checkout = m_w->zoneId(kSim, QStringLiteral("checkout"));
        QVERIFY(entrance > 0 && checkout > 0);

        auto refused = m_m->setMode(kSim, cam, identify, QStringLiteral("members"));
        CDT_FAILS_WITH(refused, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QLatin1String("sign")), qPrintable(refused.error().message));
        QCOMPARE(consoleMode(cam), QStringLiteral("off"));
        QCOMPARE(vendorMode(*m_m, cam), QStringLiteral("off"));

        // Counting sees people too: it needs the sign as well (Art. 26); switching off never does.
        auto notCounting = m_m->setMode(kSim, cam, cd::CameraMode::CountOnly, QStringLiteral("footfall"));
        CDT_FAILS_WITH(notCounting, ErrorCode::Invalid);
        QVERIFY2(notCounting.error().message.contains(QLatin1String("cannot count people")),
                 qPrintable(notCounting.error().message));
        QCOMPARE(vendorMode(*m_m, cam), QStringLiteral("off"));
        CDT_OK(m_m->setMode(kSim, cam, cd::CameraMode::Off, QStringLiteral("closed")));
        QCOMPARE(vendorMode(*m_m, cam), QStringLiteral("off"));
        // A mode change needs a reason; it goes into the audit log.
        CDT_FAILS_WITH(m_m->setMode(kSim, cam, cd::CameraMode::CountOnly, QStringLiteral("  ")), ErrorCode::Invalid);
        QCOMPARE(auditCount(QStringLiteral("camera.mode")), qint64(1));

        // A sign at another zone does not cover this camera; neither does one posted from tomorrow.
        CDT_OK(cd::CameraSigns(officer()).addSign(checkout, QStringLiteral("Notice at the checkout"), 0, QByteArrayLiteral("photo 1")));
        CDT_FAILS_WITH(m_m->setMode(kSim, cam, identify, QStringLiteral("members")), ErrorCode::Invalid);
        const qint64 tomorrow = m_w->store.clock.nowMs() + 86400000;
        auto sign = cd::CameraSigns(officer()).addSign(entrance, QStringLiteral("Notice at the entrance"), tomorrow,
                                     QByteArrayLiteral("photo 2"));
        CDT_OK(sign);
        CDT_FAILS_WITH(m_m->setMode(kSim, cam, identify, QStringLiteral("members")), ErrorCode::Invalid);
        QCOMPARE(vendorMode(*m_m, cam), QStringLiteral("off"));

        // Once the sign is up, the camera may recognise consented faces.
        m_w->store.clock.advanceDays(2);
        CDT_OK(m_m->setMode(kSim, cam, identify, QStringLiteral("members")));
        QCOMPARE(consoleMode(cam), cd::cameraModeId(identify));
        QCOMPARE(vendorMode(*m_m, cam), cd::cameraModeId(identify));

        // The zone's other camera counts under the same sign.
        CDT_OK(m_m->setMode(kSim, QStringLiteral("cam-entrance-2"), cd::CameraMode::CountOnly, QStringLiteral("footfall")));
        QCOMPARE(vendorMode(*m_m, QStringLiteral("cam-entrance-2")), QStringLiteral("count-only"));

        // Retiring the zone's last sign switches both cameras off, in the record and at the vendor.
        CDT_OK(m_m->retireSign(sign->id));
        QCOMPARE(consoleMode(cam), QStringLiteral("off"));
        QCOMPARE(vendorMode(*m_m, cam), QStringLiteral("off"));
        QCOMPARE(consoleMode(QStringLiteral("cam-entrance-2")), QStringLiteral("off"));
        QCOMPARE(vendorMode(*m_m, QStringLiteral("cam-entrance-2")), QStringLiteral("off"));

        // A retired sign covers nothing any more.
        auto afterRetire = m_m->setMode(kSim, QStringLiteral("cam-entrance-2"), identify, QStringLiteral("members"));
        CDT_FAILS_WITH(afterRetire, ErrorCode::Invalid);
        QVERIFY(afterRetire.error().message.contains(QLatin1String("sign")));
        QCOMPARE(vendorMode(*m_m, QStringLiteral("cam-entrance-2")), QStringLiteral("off"));

        // Without any purpose that asks for separate consent, no camera may recognise faces.
        auto sign2 = cd::CameraSigns(officer()).addSign(entrance, QStringLiteral("Notice at the entrance, new"), 0,
                                      QByteArrayLiteral("photo 3"));
        CDT_OK(sign2);
        CDT_OK(PurposeService(officer()).setActive(m_w->face.id, false));
        auto noPurpose = m_m->setMode(kSim, QStringLiteral("cam-entrance-2"), identify, QStringLiteral("members"));
        CDT_FAILS_WITH(noPurpose, ErrorCode::Invalid);
        QVERIFY2(noPurpose.error().message.contains(QLatin1String("separate consent")),
                 qPrintable(noPurpose.error().message));
    }

    // Part 5: the simulated vendor's plugin file declares on-device processing; the console records
    // it from the file, and a camera recognises only while the agreement says the same.
    void recognitionNeedsAnAgreementMatchingThePlugin()
    {
        const QString cam = QStringLiteral("cam-entrance-1");
        const cd::CameraMode identify = cd::CameraMode::IdentifyConsented;
        auto vendor = cd::CameraInventory(officer()).vendorByCode(kSim);
        CDT_OK(vendor);
        QCOMPARE(vendor->faceProcessing, cd::ProcessingLocation::OnDevice);
        CDT_OK(cd::CameraSigns(officer()).addSign(m_w->zoneId(kSim, QStringLiteral("entrance")),
                                                  QStringLiteral("Notice at the entrance"), 0, QByteArrayLiteral("photo")));
        // A newer agreement says the faces go to a cloud: the plugin disagrees, nothing reaches it.
        CDT_OK(cdtest::agreedVendor(officer(), kSim, cd::ProcessingLocation::Cloud));
        auto refused = m_m->setMode(kSim, cam, identify, QStringLiteral("members"));
        CDT_FAILS_WITH(refused, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QLatin1String("says face data is processed in a cloud, but its plugin "
                                                                "declares on the camera")),
                 qPrintable(refused.error().message));
        QCOMPARE(vendorMode(*m_m, cam), QStringLiteral("off"));
        QCOMPARE(consoleMode(cam), QStringLiteral("off"));
        QCOMPARE(auditCount(QStringLiteral("compliance.refused")), qint64(1));
        // Back in line with the plugin: allowed, at the vendor too.
        CDT_OK(cdtest::agreedVendor(officer(), kSim, cd::ProcessingLocation::OnDevice));
        CDT_OK(m_m->setMode(kSim, cam, identify, QStringLiteral("members")));
        QCOMPARE(vendorMode(*m_m, cam), cd::cameraModeId(identify));

        // The agreement says "cloud" again: the camera already recognising drops to counting at
        // the jobs round, at the vendor too, and no customer is enrolled there any more.
        auto subject = m_w->subject(QStringLiteral("Tester Theta"), QStringLiteral("19900008888"));
        CDT_OK(subject);
        CDT_OK(m_w->faceConsent(subject->id));
        CDT_OK(cdtest::agreedVendor(officer(), kSim, cd::ProcessingLocation::Cloud));
        auto dropped = m_m->enforceCompliance();
        CDT_OK(dropped);
        QCOMPARE(dropped.value(), 1);
        QCOMPARE(consoleMode(cam), QStringLiteral("count-only"));
        QCOMPARE(vendorMode(*m_m, cam), QStringLiteral("count-only"));
        auto enrolled = m_m->enrollAllConsented();
        CDT_OK(enrolled);
        QCOMPARE(enrolled.value(), 0);
        auto refusedEnrol = m_m->enroll(subject->id, kSim);
        CDT_FAILS_WITH(refusedEnrol, ErrorCode::Invalid);
        QVERIFY2(refusedEnrol.error().message.contains(QLatin1String("cannot be enrolled at vendor simvendor")),
                 qPrintable(refusedEnrol.error().message));
        QCOMPARE(m_w->faceDataHolders(), qint64(0));
    }

    void onlyTheOfficerChangesCameras_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("staff") << int(Role::Staff);
        QTest::newRow("auditor") << int(Role::Auditor);
    }

    void onlyTheOfficerChangesCameras()
    {
        QFETCH(int, role);
        CDT_OK(cd::CameraSigns(officer()).addSign(m_w->zoneId(kSim, QStringLiteral("entrance")), QStringLiteral("Notice at the entrance"),
                                0, QByteArrayLiteral("photo")));
        auto subject = m_w->subject(QStringLiteral("Tester Eta"), QStringLiteral("19900009999"));
        CDT_OK(subject);
        CDT_OK(m_w->faceConsent(subject->id));
        const QString name = QStringLiteral("user-%1").arg(role);
        const QString pass = QStringLiteral("user-pass-%1").arg(role);
        CDT_OK(UserService(officer()).add(name, QStringLiteral("Test user"), Role(role), pass, KdfLimits::minimum()));
        QString why;
        std::unique_ptr<Session> session = m_w->store.unlock(name, pass, &why);
        QVERIFY2(session, qPrintable(why));

        // The officer's console stops its host; the other user's console starts its own.
        m_m.reset();
        QTRY_VERIFY_WITH_TIMEOUT(hostPids().isEmpty(), 3000);
        VendorManager theirs(*session, m_w->options({simvendorDir()}));
        theirs.startAll();
        QVERIFY(theirs.host(kSim));
        const qint64 deniedBefore = auditCount(QStringLiteral("access.denied"));
        for (cd::CameraMode mode : {cd::CameraMode::Off, cd::CameraMode::CountOnly, cd::CameraMode::IdentifyConsented}) {
            for (const char *device : {"cam-entrance-1", "cam-checkout-1"}) {
                auto r = theirs.setMode(kSim, QLatin1String(device), mode, QStringLiteral("trying"));
                CDT_FAILS_WITH(r, ErrorCode::Forbidden);
                QCOMPARE(consoleMode(QLatin1String(device)), QStringLiteral("off"));
                QCOMPARE(vendorMode(theirs, QLatin1String(device)), QStringLiteral("off"));
            }
        }
        CDT_FAILS_WITH(theirs.enroll(subject->id, kSim), ErrorCode::Forbidden);
        QVERIFY(!hasTemplate(subject->pseudonym));
        QCOMPARE(auditCount(QStringLiteral("camera.mode")), qint64(0));
        QCOMPARE(auditCount(QStringLiteral("access.denied")), deniedBefore + 7);  // every refusal is on record
    }
};

QTEST_GUILESS_MAIN(TestVendorGating)
#include "tst_vendor_gating.moc"
