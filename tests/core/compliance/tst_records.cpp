// Part 5 items 3-6 in core: a camera that only counts needs a sign too, and retiring a zone's
// last sign switches its cameras off; the day the face-data count reaches the filing threshold
// is recorded with its deadline in working days (China's 2026 calendar, National Day inside it)
// until the filing is recorded; a notice version lacking a required item is refused naming it;
// the incident register (PIPL Art. 57). Real encrypted store, injected clock.
#include "core/cameras/CameraInventory.h"
#include "core/cameras/CameraCounts.h"
#include "core/cameras/CameraSigns.h"
#include "core/cameras/Enrollments.h"
#include "core/compliance/FilingService.h"
#include "core/compliance/IncidentService.h"
#include "core/compliance/OpenItems.h"
#include "core/compliance/PiiaService.h"
#include "core/compliance/VendorAgreementService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/RegistrationService.h"
#include "core/ledgers/AuditLog.h"
#include "tests/support/ComplianceFixture.h"
#include "tests/support/FaceHolders.h"
#include "tests/support/NoticeItems.h"
#include "tests/support/StoreFixture.h"

using namespace cd;

class TestRecords : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<cdtest::TestStore> m_s;
    Session &officer() { return *m_s->officer; }

    Purpose purpose(const QString &code, bool sensitive)
    {
        Purpose p;
        p.code = code;
        p.nameZh = QStringLiteral("测试目的");
        p.nameEn = QStringLiteral("Test purpose");
        p.legalBasis = QStringLiteral("consent");
        p.dataCategories = sensitive ? QStringLiteral("face") : QStringLiteral("phone");
        p.sensitive = sensitive;
        p.separateConsentRequired = sensitive;
        p.active = !sensitive;
        return p;
    }

    // How many open items of the kind the dashboard lists (OpenItems).
    int openItems(const QString &kindId)
    {
        auto items = OpenItems(officer()).list();
        if (!items)
            return -1;
        int n = 0;
        for (const OpenItem &i : items.value())
            n += openItemKindId(i) == kindId;
        return n;
    }

    qint64 auditCount(const QString &action)
    {
        auto rows = AuditLog::page(officer().db(), 0, 10000, action);
        return rows ? qint64(rows.value().size()) : -1;
    }

    // A vendor with one zone and its camera, as a plugin host records them.
    DeviceRecord camera()
    {
        auto vendor = CameraInventory(officer()).upsertVendor(QStringLiteral("acme"), QStringLiteral("Acme"),
                                                              QStringLiteral("1"), QStringLiteral("libacme.so"));
        if (!vendor)
            return {};
        DeviceRecord d;
        d.vendorId = vendor->id;
        d.vendorCode = QStringLiteral("acme");
        d.key = QStringLiteral("cam-1");
        d.name = QStringLiteral("Door counter");
        d.zoneKey = QStringLiteral("door");
        if (!CameraInventory(officer()).syncInventory(vendor->id, {{d.zoneKey, QStringLiteral("Door")}}, {d}))
            return {};
        auto device = CameraInventory(officer()).device(vendor->id, d.key);
        return device ? device.value() : DeviceRecord{};
    }

private slots:
    void init()
    {
        m_s = std::make_unique<cdtest::TestStore>();
        const QString e = m_s->create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY(m_s->addTestUsers().isEmpty());
    }

    // Item 3: counting people is seeing them (Art. 26); only "off" needs no sign.
    void countingNeedsASignAndRetiringTheLastSwitchesOff()
    {
        DeviceRecord cam = camera();
        QVERIFY(cam.id != 0);
        CameraSigns signs(officer());
        auto refused = signs.checkModeAllowed(cam, CameraMode::CountOnly);
        CDT_FAILS_WITH(refused, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QLatin1String("cannot count people"))
                     && refused.error().message.contains(cam.name),
                 qPrintable(refused.error().message));
        CDT_OK(signs.checkModeAllowed(cam, CameraMode::Off));

        auto first = signs.addSign(cam.zoneId, QStringLiteral("Sign at the door"), 0, QByteArrayLiteral("photo 1"));
        auto second = signs.addSign(cam.zoneId, QStringLiteral("Sign inside"), 0, QByteArrayLiteral("photo 2"));
        CDT_OK(first);
        CDT_OK(second);
        CDT_OK(signs.checkModeAllowed(cam, CameraMode::CountOnly));
        CDT_OK(signs.recordModeChange(cam, CameraMode::CountOnly, QStringLiteral("footfall")));

        // One of two signs retired: the zone is still signed, the camera keeps counting.
        CDT_OK(signs.retireSign(first->id));
        auto still = CameraInventory(officer()).device(cam.vendorId, cam.key);
        CDT_OK(still);
        QCOMPARE(still->mode, CameraMode::CountOnly);
        // The last one: off, recorded with the reason and audited.
        const qint64 modeRows = auditCount(QStringLiteral("camera.mode"));
        CDT_OK(signs.retireSign(second->id));
        auto after = CameraInventory(officer()).device(cam.vendorId, cam.key);
        CDT_OK(after);
        QCOMPARE(after->mode, CameraMode::Off);
        QCOMPARE(auditCount(QStringLiteral("camera.mode")), modeRows + 1);
        CDT_FAILS_WITH(signs.checkModeAllowed(after.value(), CameraMode::CountOnly), ErrorCode::Invalid);
    }

    // A camera already recognising stops when its vendor's agreement lapses: back to counting.
    void lapsedAgreementStopsRecognitionAlreadyRunning()
    {
        DeviceRecord cam = camera();
        QVERIFY(cam.id != 0);
        CDT_OK(cdtest::approvedPiia(officer(), PiiaScope::Zone, zoneSubjectKey(QStringLiteral("acme"), cam.zoneKey)));
        AgreementInput agreement = cdtest::completeAgreement(QStringLiteral("acme"), ProcessingLocation::OnDevice,
                                                             m_s->clock.today());
        agreement.facts.validUntil = m_s->clock.today().addDays(10);
        CDT_OK(VendorAgreementService(officer()).set(agreement));
        CDT_OK(CameraInventory(officer()).upsertVendor(QStringLiteral("acme"), QStringLiteral("Acme"), QStringLiteral("1"),
                                                       QStringLiteral("libacme.so"), ProcessingLocation::OnDevice));
        CDT_OK(cdtest::approvedPiia(officer(), PiiaScope::Purpose, QStringLiteral("face")));
        Purpose face = purpose(QStringLiteral("face"), true);
        face.active = true;
        CDT_OK(PurposeService(officer()).add(face));
        CameraSigns signs(officer());
        CDT_OK(signs.addSign(cam.zoneId, QStringLiteral("Sign at the door"), 0, QByteArrayLiteral("photo")));
        CDT_OK(signs.recordModeChange(cam, CameraMode::IdentifyConsented, QStringLiteral("members")));
        auto kept = signs.switchOffWhatLapsed(cam.vendorId);
        CDT_OK(kept);
        QCOMPARE(kept.value(), 0);  // everything in force

        m_s->clock.advanceDays(11);
        auto dropped = signs.switchOffWhatLapsed(cam.vendorId);
        CDT_OK(dropped);
        QCOMPARE(dropped.value(), 1);
        auto after = CameraInventory(officer()).device(cam.vendorId, cam.key);
        CDT_OK(after);
        QCOMPARE(after->mode, CameraMode::CountOnly);
        QVERIFY2(after->modeReason.contains(QLatin1String("agreement-expired")), qPrintable(after->modeReason));

        // A counting camera whose zone lost its sign some other way (an older store, a vendor that
        // moved the camera) is switched off at the next round.
        QVERIFY(officer().db().exec("UPDATE sign_records SET retired_at = 1").ok());
        dropped = signs.switchOffWhatLapsed(cam.vendorId);
        CDT_OK(dropped);
        QCOMPARE(dropped.value(), 1);
        after = CameraInventory(officer()).device(cam.vendorId, cam.key);
        CDT_OK(after);
        QCOMPARE(after->mode, CameraMode::Off);
        QVERIFY2(after->modeReason.contains(QLatin1String("sign-missing")), qPrintable(after->modeReason));
    }

    // Item 4: the day the threshold is reached starts 30 working days. From Monday 2026-09-21,
    // counted by hand on the State Council's 2026 calendar: Mid-Autumn (25-27 Sep) and National
    // Day (1-7 Oct) are off, Saturday 10 Oct is worked: the 30th working day is Monday 9 Nov.
    // Monday to Friday alone would give Monday 2 Nov.
    void reachingTheThresholdRecordsTheDayAndTheDeadline()
    {
        m_s->clock.set(QDateTime(QDate(2026, 9, 21), QTime(10, 0), Qt::UTC));
        cdtest::FaceHolders holders(officer());
        QCOMPARE(holders.setUp(), QString());
        CDT_OK(CameraCounts(officer()).setFilingThreshold(3));
        FilingService filing(officer());
        QCOMPARE(holders.enrolOne(), QString());
        QCOMPARE(holders.enrolOne(), QString());
        auto none = filing.current();
        CDT_OK(none);
        QVERIFY(!none->has_value());  // 2 of 3: nothing to file

        QCOMPARE(holders.enrolOne(), QString());  // the 3rd person: reached
        auto open = filing.current();
        CDT_OK(open);
        QVERIFY(open->has_value());
        QCOMPARE(open->value().crossedOn, QDate(2026, 9, 21));
        QCOMPARE(open->value().holders, qint64(3));
        QCOMPARE(open->value().deadline, QDate(2026, 11, 9));
        QVERIFY(!open->value().deadlineEstimated);
        QVERIFY(!open->value().filed());
        QCOMPARE(auditCount(QStringLiteral("filing.threshold-reached")), qint64(1));
        QCOMPARE(openItems(QStringLiteral("unfiled-threshold")), 1);

        // Another enrolment does not start a second clock.
        m_s->clock.advanceDays(3);
        QCOMPARE(holders.enrolOne(), QString());
        auto same = filing.current();
        CDT_OK(same);
        QCOMPARE(same->value().id, open->value().id);
        // Thu 24 Sep: the 22nd, 23rd and 24th were the first 3 of the 30.
        QCOMPARE(filing.workingDaysLeft(same->value()).days, 27);

        // Recording the filing: its fields are required, then it is fixed.
        FilingInput in;
        in.filedOn = QDate(2026, 9, 24);
        CDT_FAILS_WITH(filing.recordFiling(in), ErrorCode::Invalid);
        in.authority = QStringLiteral("市网信办 (test)");
        in.reference = QStringLiteral("TEST-2026-001");
        in.document = {QStringLiteral("receipt.pdf"), QByteArrayLiteral("%PDF synthetic receipt")};
        CDT_FAILS_WITH(FilingService(*m_s->unlockAs(cdtest::staffUser())).recordFiling(in), ErrorCode::Forbidden);
        auto filed = filing.recordFiling(in);
        CDT_OK(filed);
        QVERIFY(filed->filed());
        QCOMPARE(filed->reference, in.reference);
        CDT_FAILS_WITH(filing.recordFiling(in), ErrorCode::NotFound);  // nothing left to file
        QCOMPARE(openItems(QStringLiteral("unfiled-threshold")), 0);
        auto doc = filing.document(filed->id);
        CDT_OK(doc);
        QCOMPARE(doc->content, in.document.content);
        // The database refuses to change a recorded filing, whoever holds the key.
        QVERIFY(!officer().db().exec("UPDATE filing_records SET reference = 'forged'").ok());
    }

    // Setting the threshold checks it at once; a crossing that only a lowered threshold made is
    // withdrawn when the threshold goes back up, and a real one later starts a new record.
    void aLoweredThresholdCrossingIsWithdrawnWhenRaised()
    {
        CDT_OK(CameraCounts(officer()).setFilingThreshold(1));
        auto none = FilingService(officer()).current();
        CDT_OK(none);
        QVERIFY(!none->has_value());  // nobody's face data is held

        cdtest::FaceHolders holders(officer());
        QCOMPARE(holders.setUp(), QString());
        QCOMPARE(holders.enrolOne(), QString());
        auto open = FilingService(officer()).current();
        CDT_OK(open);
        QVERIFY(open->has_value() && open->value().open());
        CDT_OK(CameraCounts(officer()).setFilingThreshold(100000));
        auto withdrawn = FilingService(officer()).current();
        CDT_OK(withdrawn);
        QVERIFY(withdrawn->value().withdrawn && !withdrawn->value().open());
        QCOMPARE(auditCount(QStringLiteral("filing.withdrawn")), qint64(1));
        CDT_FAILS_WITH(FilingService(officer()).recordFiling({m_s->clock.today(), QStringLiteral("Office"),
                                                              QStringLiteral("R-1"), {}}),
                       ErrorCode::NotFound);
        // The setting may be lower than the measures' 100,000, never higher.
        CDT_FAILS_WITH(CameraCounts(officer()).setFilingThreshold(100001), ErrorCode::Invalid);
        // Reached again for real (here: the threshold at the count): a new record.
        CDT_OK(CameraCounts(officer()).setFilingThreshold(1));
        auto again = FilingService(officer()).current();
        CDT_OK(again);
        QVERIFY(again->value().open());
        QVERIFY(again->value().id != withdrawn->value().id);
        // Raising the threshold while the count still reaches it withdraws nothing.
        QCOMPARE(holders.enrolOne(), QString());
        CDT_OK(CameraCounts(officer()).setFilingThreshold(2));
        auto kept = FilingService(officer()).current();
        CDT_OK(kept);
        QCOMPARE(kept->value().id, again->value().id);
        QVERIFY(kept->value().open());
    }

    // A crossing at the legal threshold stands whatever the setting is later (here recorded as a
    // store with 100,000 people would have it; the count in this store is small).
    void aCrossingAtTheLegalThresholdIsNeverWithdrawn()
    {
        QVERIFY(officer().db().exec("INSERT INTO filing_records(crossed_on, holders, threshold, deadline_on, created_at) "
                                    "VALUES ('2025-06-01', 100000, 100000, '2025-07-14', 1)").ok());
        CDT_OK(CameraCounts(officer()).setFilingThreshold(100000));
        auto still = FilingService(officer()).current();
        CDT_OK(still);
        QVERIFY(still->value().open());
        QCOMPARE(auditCount(QStringLiteral("filing.withdrawn")), qint64(0));
    }

    // Item 5: Art. 17 and, for sensitive data, Art. 30.
    void aNoticeLackingAnItemIsRefusedNamingIt()
    {
        PurposeService purposes(officer());
        auto plain = purposes.add(purpose(QStringLiteral("sms"), false));
        CDT_OK(plain);
        NoticeItems items = cdtest::fullNoticeItems();
        items.remove(noticeItemId(NoticeItem::Necessity));
        items.remove(noticeItemId(NoticeItem::Impact));
        CDT_OK(purposes.publishNotice(plain->id, QStringLiteral("短信告知"), QStringLiteral("SMS notice"), items));

        items.insert(noticeItemId(NoticeItem::Contact), QStringLiteral("   "));
        auto refused = purposes.publishNotice(plain->id, QStringLiteral("短信告知二"), QStringLiteral("SMS notice 2"), items);
        CDT_FAILS_WITH(refused, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(noticeItemDisplayName(NoticeItem::Contact)),
                 qPrintable(refused.error().message));

        // A face purpose's notice also says why it is necessary and how it affects the person.
        CDT_OK(cdtest::approvedPiia(officer(), PiiaScope::Purpose, QStringLiteral("face")));
        auto face = purposes.add(purpose(QStringLiteral("face"), true));
        CDT_OK(face);
        NoticeItems faceItems = cdtest::fullNoticeItems();
        faceItems.remove(noticeItemId(NoticeItem::Impact));
        refused = purposes.publishNotice(face->id, QStringLiteral("人脸告知"), QStringLiteral("Face notice"), faceItems);
        CDT_FAILS_WITH(refused, ErrorCode::Invalid);
        QVERIFY(refused.error().message.contains(noticeItemDisplayName(NoticeItem::Impact)));
        QVERIFY(!refused.error().message.contains(noticeItemDisplayName(NoticeItem::Necessity)));
        auto published = purposes.publishNotice(face->id, QStringLiteral("人脸告知"), QStringLiteral("Face notice"),
                                                cdtest::fullNoticeItems());
        CDT_OK(published);
        auto stored = purposes.noticeItems(published->id);
        CDT_OK(stored);
        QCOMPARE(stored.value(), cdtest::fullNoticeItems());
        QVERIFY(!officer().db().exec("UPDATE notice_items SET value = 'x'").ok());
        QVERIFY(!officer().db().exec("DELETE FROM notice_items").ok());
    }

    // Item 6: the register, and Art. 57's two notifications before an incident is closed.
    void incidentsAreClosedOnlyWithBothNotificationsAnswered()
    {
        IncidentService incidents(officer());
        IncidentInput in;
        in.title = QStringLiteral("Lost USB stick (test)");
        in.description = QStringLiteral("A stick with a synthetic export was lost.");
        in.categories = QStringLiteral("name, phone");
        in.peopleAffected = 12;
        CDT_FAILS_WITH(incidents.add(in), ErrorCode::Invalid);  // no measures
        in.measures = QStringLiteral("Export keys revoked.");
        in.occurredAt = m_s->clock.nowMs() + 1000;
        CDT_FAILS_WITH(incidents.add(in), ErrorCode::Invalid);  // in the future
        in.occurredAt = m_s->clock.nowMs() - 86400000;
        CDT_FAILS_WITH(IncidentService(*m_s->unlockAs(cdtest::staffUser())).add(in), ErrorCode::Forbidden);
        auto added = incidents.add(in);
        CDT_OK(added);
        QVERIFY(added->open());
        auto count = incidents.openCount();
        CDT_OK(count);
        QCOMPARE(count.value(), qint64(1));
        QCOMPARE(openItems(QStringLiteral("open-incident")), 1);

        auto refused = incidents.close(added->id);
        CDT_FAILS_WITH(refused, ErrorCode::Invalid);
        QVERIFY(refused.error().message.contains(QLatin1String("authority")));
        m_s->clock.advanceSecs(3600);
        CDT_OK(incidents.recordAuthorityNotified(added->id, m_s->clock.nowMs(), QStringLiteral("市网信办 (test)")));
        refused = incidents.close(added->id);
        CDT_FAILS_WITH(refused, ErrorCode::Invalid);
        QVERIFY(refused.error().message.contains(QLatin1String("people affected")));
        CDT_FAILS_WITH(incidents.recordPeopleNotNotified(added->id, QStringLiteral(" ")), ErrorCode::Invalid);
        CDT_OK(incidents.recordPeopleNotified(added->id, m_s->clock.nowMs()));
        // Once told, the people cannot be recorded as not told.
        CDT_FAILS_WITH(incidents.recordPeopleNotNotified(added->id, QStringLiteral("No harm")), ErrorCode::Invalid);
        auto closed = incidents.close(added->id);
        CDT_OK(closed);
        QVERIFY(!closed->open());
        count = incidents.openCount();
        CDT_OK(count);
        QCOMPARE(count.value(), qint64(0));
        QCOMPARE(openItems(QStringLiteral("open-incident")), 0);
        CDT_FAILS_WITH(incidents.update(added->id, in), ErrorCode::Invalid);  // closed is fixed
        QVERIFY(!officer().db().exec("DELETE FROM incidents").ok());
        QVERIFY(!officer().db().exec("UPDATE incidents SET people_affected = 0").ok());
        QCOMPARE(auditCount(QStringLiteral("incident.close")), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
