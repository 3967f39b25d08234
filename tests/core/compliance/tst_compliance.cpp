// Part 5 items 1-2: a sensitive purpose is activated, and a camera set to recognise, only with an
// approved, unexpired impact assessment and a valid vendor agreement whose processing location
// matches the plugin's declaration; every refusal names what is missing; with the records in place
// both are allowed. Real encrypted store, injected clock, the services as the console calls them.
#include "core/cameras/CameraInventory.h"
#include "core/cameras/CameraSigns.h"
#include "core/compliance/ComplianceGate.h"
#include "core/compliance/PiiaService.h"
#include "core/compliance/VendorAgreementService.h"
#include "core/consent/PurposeService.h"
#include "core/ledgers/AuditLog.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/Schema.h"
#include "tests/support/ComplianceFixture.h"
#include "tests/support/OldSchema.h"
#include "tests/support/StoreFixture.h"

using namespace cd;

namespace {

const QString kVendor = QStringLiteral("acme");
const QString kZone = QStringLiteral("entrance");

Purpose facePurpose(bool active = true)
{
    Purpose p;
    p.code = QStringLiteral("face-members");
    p.nameZh = QStringLiteral("会员人脸识别");
    p.nameEn = QStringLiteral("Member face recognition");
    p.legalBasis = QStringLiteral("separate consent");
    p.dataCategories = QStringLiteral("face-template");
    p.sensitive = true;
    p.separateConsentRequired = true;
    p.retentionDays = 180;
    p.active = active;
    return p;
}

QString messageOf(const Result<void> &r) { return r.ok() ? QString() : r.error().message; }

} // namespace

class TestCompliance : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<cdtest::TestStore> m_s;
    Session &officer() { return *m_s->officer; }

    void advanceDays(int days) { m_s->clock.advanceDays(days); }

    // The vendor as a plugin host would have recorded it, with one zone, one camera and a sign.
    DeviceRecord recordCamera(ProcessingLocation declared)
    {
        auto vendor = CameraInventory(officer()).upsertVendor(kVendor, QStringLiteral("Acme"), QStringLiteral("1"),
                                                              QStringLiteral("libacme.so"), declared);
        if (!vendor)
            return {};
        DeviceRecord d;
        d.vendorId = vendor->id;
        d.vendorCode = kVendor;
        d.key = QStringLiteral("cam-1");
        d.name = QStringLiteral("Entrance camera");
        d.zoneKey = kZone;
        if (!CameraInventory(officer()).syncInventory(vendor->id, {{kZone, QStringLiteral("Entrance")}}, {d}))
            return {};
        auto device = CameraInventory(officer()).device(vendor->id, d.key);
        if (!device || !CameraSigns(officer()).addSign(device->zoneId, QStringLiteral("Sign at the door"), 0,
                                                       QByteArrayLiteral("synthetic photo")))
            return {};
        return device.value();
    }

    qint64 auditCount(const QString &action)
    {
        auto rows = AuditLog::page(officer().db(), 0, 10000, action);
        return rows ? qint64(rows.value().size()) : -1;
    }

private slots:
    void init()
    {
        m_s = std::make_unique<cdtest::TestStore>();
        const QString e = m_s->create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY(m_s->addTestUsers().isEmpty());
    }

    // --- the rules of core/domain, on their own ---------------------------------------------------
    void piiaRule()
    {
        const QDate today(2026, 3, 1);
        PiiaFacts f;
        QCOMPARE(judgePiia(f, today), PiiaVerdict::NotApproved);
        f.approvedBy = 1;
        f.approvedOn = today.addDays(-10);
        f.reviewOn = today;
        QCOMPARE(judgePiia(f, today), PiiaVerdict::Valid);  // valid through its review date
        QCOMPARE(judgePiia(f, today.addDays(1)), PiiaVerdict::ReviewDue);
        f.approvedBy = 0;
        QCOMPARE(judgePiia(f, today), PiiaVerdict::NotApproved);
        QCOMPARE(earliestKeepUntil(today, today.addYears(1)), today.addYears(4));
        QCOMPARE(earliestKeepUntil(today, today.addDays(-1)), today.addYears(3));
    }

    void agreementRule()
    {
        const QDate today(2026, 3, 1);
        AgreementFacts full = cdtest::completeAgreement(kVendor, ProcessingLocation::OnDevice, today).facts;
        QVERIFY(missingAgreementFields(full).empty());
        QCOMPARE(judgeAgreement(full, today), AgreementVerdict::Valid);
        QCOMPARE(judgeAgreement(full, full.validUntil), AgreementVerdict::Valid);
        QCOMPARE(judgeAgreement(full, full.validUntil.addDays(1)), AgreementVerdict::Expired);
        QCOMPARE(judgeAgreement(full, full.validFrom.addDays(-1)), AgreementVerdict::NotYetInForce);
        const std::pair<AgreementField, std::function<void(AgreementFacts &)>> blanks[] = {
            {AgreementField::Purpose, [](AgreementFacts &f) { f.purpose = QStringLiteral("  "); }},
            {AgreementField::Period, [](AgreementFacts &f) { f.validUntil = QDate(); }},
            {AgreementField::Method, [](AgreementFacts &f) { f.method.clear(); }},
            {AgreementField::Categories, [](AgreementFacts &f) { f.categories.clear(); }},
            {AgreementField::Protection, [](AgreementFacts &f) { f.protection.clear(); }},
            {AgreementField::EndOfTerm, [](AgreementFacts &f) { f.endOfTerm = EndOfTerm::Unset; }},
            {AgreementField::SubProcessors, [](AgreementFacts &f) { f.subProcessors.clear(); }},
            {AgreementField::Location, [](AgreementFacts &f) { f.location = ProcessingLocation::Undeclared; }},
        };
        for (const auto &[field, blank] : blanks) {
            AgreementFacts f = full;
            blank(f);
            const auto missing = missingAgreementFields(f);
            QCOMPARE(int(missing.size()), 1);
            QCOMPARE(missing.front(), field);
            QCOMPARE(judgeAgreement(f, today), AgreementVerdict::FieldsMissing);
            // The gap's text names the field, in words.
            const auto gaps = agreementGaps(kVendor, f, ProcessingLocation::OnDevice, today);
            QVERIFY(!gaps.empty());
            QVERIFY2(describeGap(gaps.front()).contains(agreementFieldDisplayName(field)),
                     qPrintable(describeGap(gaps.front())));
        }
        // Location against the plugin's declaration.
        QVERIFY(agreementGaps(kVendor, full, ProcessingLocation::OnDevice, today).empty());
        auto gaps = agreementGaps(kVendor, full, ProcessingLocation::Cloud, today);
        QCOMPARE(int(gaps.size()), 1);
        QCOMPARE(gaps.front().kind, ComplianceGap::LocationMismatch);
        gaps = agreementGaps(kVendor, full, ProcessingLocation::Undeclared, today);
        QCOMPARE(int(gaps.size()), 1);
        QCOMPARE(gaps.front().kind, ComplianceGap::LocationUndeclared);
        gaps = agreementGaps(kVendor, std::nullopt, ProcessingLocation::OnDevice, today);
        QCOMPARE(int(gaps.size()), 1);
        QCOMPARE(gaps.front().kind, ComplianceGap::AgreementMissing);
    }

    // --- a sensitive purpose -----------------------------------------------------------------------
    void facePurposeNeedsAnApprovedPiia()
    {
        PurposeService purposes(officer());
        // No PIIA at all: adding it active is refused, naming the missing record.
        auto refused = purposes.add(facePurpose());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("no impact assessment (PIIA) for purpose face-members")),
                 qPrintable(refused.error().message));
        QCOMPARE(auditCount(QStringLiteral("compliance.refused")), qint64(1));
        // Inactive it may be added, and switching it on is refused the same way.
        auto draft = purposes.add(facePurpose(false));
        CDT_OK(draft);
        QVERIFY(!draft->active);
        QVERIFY(messageOf(purposes.setActive(draft->id, true)).contains(QStringLiteral("no impact assessment")));

        // Written but not approved.
        PiiaInput in;
        in.scope = PiiaScope::Purpose;
        in.subject = QStringLiteral("face-members");
        in.title = QStringLiteral("Assessment");
        in.legality = QStringLiteral("Separate consent, necessary");
        in.impact = QStringLiteral("Templates; leak risk");
        in.measures = QStringLiteral("On device; erasure receipts");
        in.reviewOn = officer().clock().today().addDays(90);
        in.attachments.push_back({QStringLiteral("report.pdf"), QByteArrayLiteral("%PDF synthetic")});
        auto piia = PiiaService(officer()).add(in);
        CDT_OK(piia);
        QCOMPARE(piia->version, 1);
        QCOMPARE(piia->keepUntil, earliestKeepUntil(officer().clock().today(), in.reviewOn));
        QCOMPARE(int(piia->attachments.size()), 1);
        const QString notApproved = messageOf(purposes.setActive(draft->id, true));
        QVERIFY2(notApproved.contains(QStringLiteral("face-members is not approved")), qPrintable(notApproved));

        // Approved: allowed (no vendor is recorded yet, so no agreement is asked for).
        CDT_OK(PiiaService(officer()).approve(piia->id));
        CDT_OK(purposes.setActive(draft->id, true));
        QVERIFY(purposes.get(draft->id)->active);

        // Once its review date has passed, switching it on again is refused.
        CDT_OK(purposes.setActive(draft->id, false));
        advanceDays(91);
        const QString due = messageOf(purposes.setActive(draft->id, true));
        QVERIFY2(due.contains(QStringLiteral("due for review on %1").arg(in.reviewOn.toString(Qt::ISODate))), qPrintable(due));
        // A new approved version fixes it.
        in.reviewOn = officer().clock().today().addDays(365);
        auto v2 = PiiaService(officer()).add(in);
        CDT_OK(v2);
        QCOMPARE(v2->version, 2);
        CDT_OK(PiiaService(officer()).approve(v2->id));
        CDT_OK(purposes.setActive(draft->id, true));
        // A draft of the next revision does not unsettle the approved version.
        CDT_OK(PiiaService(officer()).add(in));
        CDT_OK(purposes.setActive(draft->id, false));
        CDT_OK(purposes.setActive(draft->id, true));
    }

    void purposeBecomingSensitiveIsGated()
    {
        Purpose plain = facePurpose();
        plain.code = QStringLiteral("visits");
        plain.dataCategories = QStringLiteral("visit-count");
        plain.sensitive = false;
        plain.separateConsentRequired = false;
        auto added = PurposeService(officer()).add(plain);
        CDT_OK(added);
        Purpose sensitive = added.value();
        sensitive.sensitive = true;
        auto r = PurposeService(officer()).update(sensitive);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("purpose visits")), qPrintable(r.error().message));
        QVERIFY(!PurposeService(officer()).get(added->id)->sensitive);
    }

    void facePurposeNeedsEveryVendorsAgreement()
    {
        CDT_OK(cdtest::approvedPiia(officer(), PiiaScope::Purpose, QStringLiteral("face-members")));
        QVERIFY(recordCamera(ProcessingLocation::OnDevice).id != 0);
        PurposeService purposes(officer());
        auto refused = purposes.add(facePurpose());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("no entrusted-processing agreement with vendor acme")),
                 qPrintable(refused.error().message));
        CDT_OK(cdtest::agreedVendor(officer(), kVendor));
        CDT_OK(purposes.add(facePurpose()));
    }

    // --- a camera set to recognise -----------------------------------------------------------------
    void recognitionNeedsZonePiiaAndAgreement()
    {
        CDT_OK(cdtest::approvedPiia(officer(), PiiaScope::Purpose, QStringLiteral("face-members")));
        const DeviceRecord camera = recordCamera(ProcessingLocation::OnDevice);
        QVERIFY(camera.id != 0);
        CDT_OK(cdtest::agreedVendor(officer(), kVendor));
        CDT_OK(PurposeService(officer()).add(facePurpose()));
        CameraSigns signs(officer());

        // No PIIA for the zone.
        QString why = messageOf(signs.checkModeAllowed(camera, CameraMode::IdentifyConsented));
        QVERIFY2(why.contains(QStringLiteral("no impact assessment (PIIA) for camera zone acme/entrance")), qPrintable(why));
        QVERIFY2(!why.contains(QStringLiteral("agreement")), qPrintable(why));  // names only what is missing
        CDT_OK(signs.checkModeAllowed(camera, CameraMode::CountOnly));  // counting needs no assessment

        CDT_OK(cdtest::approvedPiia(officer(), PiiaScope::Zone, zoneSubjectKey(kVendor, kZone), 30));
        CDT_OK(signs.checkModeAllowed(camera, CameraMode::IdentifyConsented));

        // The agreement lacks a field: named.
        AgreementInput a = cdtest::completeAgreement(kVendor, ProcessingLocation::OnDevice, officer().clock().today());
        a.facts.subProcessors.clear();
        CDT_OK(VendorAgreementService(officer()).set(a));
        why = messageOf(signs.checkModeAllowed(camera, CameraMode::IdentifyConsented));
        QVERIFY2(why.contains(QStringLiteral("does not state: sub-processors")), qPrintable(why));

        // It disagrees with the plugin's declaration.
        a = cdtest::completeAgreement(kVendor, ProcessingLocation::Cloud, officer().clock().today());
        CDT_OK(VendorAgreementService(officer()).set(a));
        why = messageOf(signs.checkModeAllowed(camera, CameraMode::IdentifyConsented));
        QVERIFY2(why.contains(QStringLiteral("says face data is processed in a cloud, but its plugin declares on the camera")),
                 qPrintable(why));

        // Back in order, then the agreement ends.
        a = cdtest::completeAgreement(kVendor, ProcessingLocation::OnDevice, officer().clock().today());
        a.facts.validUntil = officer().clock().today().addYears(2);
        auto v3 = VendorAgreementService(officer()).set(a);
        CDT_OK(v3);
        QCOMPARE(v3->version, 4);  // every change is a new version
        CDT_OK(signs.checkModeAllowed(camera, CameraMode::IdentifyConsented));
        advanceDays(2 * 366 + 1);
        why = messageOf(signs.checkModeAllowed(camera, CameraMode::IdentifyConsented));
        QVERIFY2(why.contains(QStringLiteral("The agreement with vendor acme ended on %1")
                                  .arg(v3->facts.validUntil.toString(Qt::ISODate))),
                 qPrintable(why));
        // The zone's PIIA was due for review long before: both are named.
        QVERIFY2(why.contains(QStringLiteral("camera zone acme/entrance was due for review")), qPrintable(why));
    }

    void undeclaredPluginNeverRecognises()
    {
        CDT_OK(cdtest::approvedPiia(officer(), PiiaScope::Purpose, QStringLiteral("face-members")));
        CDT_OK(cdtest::approvedPiia(officer(), PiiaScope::Zone, zoneSubjectKey(kVendor, kZone)));
        CDT_OK(cdtest::agreedVendor(officer(), kVendor));
        CDT_OK(PurposeService(officer()).add(facePurpose()));
        const DeviceRecord camera = recordCamera(ProcessingLocation::Undeclared);
        QVERIFY(camera.id != 0);
        const QString why = messageOf(CameraSigns(officer()).checkModeAllowed(camera, CameraMode::IdentifyConsented));
        QVERIFY2(why.contains(QStringLiteral("does not declare where it processes face data")), qPrintable(why));
        // A plugin update that declares it is recorded, and then it may.
        CDT_OK(CameraInventory(officer()).upsertVendor(kVendor, QStringLiteral("Acme"), QStringLiteral("2"),
                                                       QStringLiteral("libacme.so"), ProcessingLocation::OnDevice));
        auto device = CameraInventory(officer()).device(camera.vendorId, camera.key);
        CDT_OK(device);
        CDT_OK(CameraSigns(officer()).checkModeAllowed(device.value(), CameraMode::IdentifyConsented));
    }

    // --- the records themselves --------------------------------------------------------------------
    void piiaRecordsFollowArt56()
    {
        PiiaService piias(officer());
        PiiaInput in;
        in.scope = PiiaScope::Zone;
        in.subject = QStringLiteral("acme");  // not vendor/zone
        in.title = in.legality = in.impact = in.measures = QStringLiteral("x");
        in.reviewOn = officer().clock().today().addDays(10);
        CDT_FAILS_WITH(piias.add(in), ErrorCode::Invalid);
        in.subject = zoneSubjectKey(kVendor, kZone);
        in.attachments.push_back({QStringLiteral("minutes.txt"), QByteArrayLiteral("synthetic minutes")});
        in.impact.clear();
        auto r = piias.add(in);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("impact on individuals")), qPrintable(r.error().message));
        in.impact = QStringLiteral("x");
        in.keepUntil = in.reviewOn.addYears(3).addDays(-1);
        CDT_FAILS_WITH(piias.add(in), ErrorCode::Invalid);
        in.keepUntil = QDate();
        auto added = piias.add(in);
        CDT_OK(added);
        auto approved = piias.approve(added->id);
        CDT_OK(approved);
        QCOMPARE(approved->approvedOn, officer().clock().today());
        QCOMPARE(approved->approvedByName, cdtest::kOfficer);
        CDT_FAILS_WITH(piias.approve(added->id), ErrorCode::Conflict);
        // Kept and fixed once approved, even against a direct write.
        QVERIFY(!officer().db().exec("UPDATE piias SET title = 'y'").ok());
        QVERIFY(!officer().db().exec("DELETE FROM piias").ok());
        QVERIFY(!officer().db().exec("DELETE FROM piia_attachments").ok());
        CDT_OK(cdtest::agreedVendor(officer(), kVendor));
        QVERIFY(!officer().db().exec("DELETE FROM vendor_agreements").ok());
        QVERIFY(!officer().db().exec("UPDATE vendor_agreements SET location = 'cloud'").ok());
        QCOMPARE(auditCount(QStringLiteral("piia.add")), qint64(1));
        QCOMPARE(auditCount(QStringLiteral("piia.approve")), qint64(1));
        // An unapproved version past its review date cannot be approved.
        in.reviewOn = officer().clock().today().addDays(1);
        auto late = piias.add(in);
        CDT_OK(late);
        advanceDays(2);
        CDT_FAILS_WITH(piias.approve(late->id), ErrorCode::Invalid);
    }

    void attachmentsAreKeptInTheDatabase()
    {
        PiiaInput in;
        in.scope = PiiaScope::Purpose;
        in.subject = QStringLiteral("face-members");
        in.title = in.legality = in.impact = in.measures = QStringLiteral("x");
        in.reviewOn = officer().clock().today().addDays(10);
        const QByteArray bytes = QByteArrayLiteral("synthetic assessment report\n");
        in.attachments.push_back({QStringLiteral("report.txt"), bytes});
        auto added = PiiaService(officer()).add(in);
        CDT_OK(added);
        QCOMPARE(int(added->attachments.size()), 1);
        auto file = PiiaService(officer()).attachment(added->attachments.front().id);
        CDT_OK(file);
        QCOMPARE(file->content, bytes);
        QCOMPARE(file->fileName, QStringLiteral("report.txt"));
        // Nothing of it sits in the directory as plain text: the database file is encrypted.
        for (const QFileInfo &f : QDir(m_s->dir.path()).entryInfoList(QDir::Files))
            QVERIFY2(!cdtest::readFile(f.filePath()).contains(bytes), qPrintable(f.fileName()));
    }

    void onlyOfficersWrite()
    {
        auto staff = m_s->unlockAs(cdtest::staffUser());
        auto auditor = m_s->unlockAs(cdtest::auditorUser());
        QVERIFY(staff && auditor);
        PiiaInput in;
        in.scope = PiiaScope::Purpose;
        in.subject = QStringLiteral("face-members");
        in.title = in.legality = in.impact = in.measures = QStringLiteral("x");
        in.reviewOn = officer().clock().today().addDays(10);
        CDT_FAILS_WITH(PiiaService(*staff).add(in), ErrorCode::Forbidden);
        CDT_FAILS_WITH(PiiaService(*auditor).add(in), ErrorCode::Forbidden);
        CDT_FAILS_WITH(VendorAgreementService(*auditor).set(cdtest::completeAgreement(kVendor)), ErrorCode::Forbidden);
        auto added = PiiaService(officer()).add(in);
        CDT_OK(added);
        CDT_FAILS_WITH(PiiaService(*auditor).approve(added->id), ErrorCode::Forbidden);
        CDT_FAILS_WITH(PiiaService(*staff).list(), ErrorCode::Forbidden);
        CDT_OK(PiiaService(*auditor).list());  // the auditor reads
        CDT_OK(VendorAgreementService(*auditor).list());
        QVERIFY(!roleAllows(Role::Jobs, Permission::ManageCompliance));
    }

    // --- the schema step -----------------------------------------------------------------------------
    void previousSchemaMigrates()
    {
        cdtest::OldSchemaDb old(8);  // the version before step 9, which adds the compliance records
        QVERIFY2(old.created(), qPrintable(old.error()));
        CDT_OK(old.created()->exec("INSERT INTO vendors(code, name, version, plugin_file, added_at) "
                                   "VALUES ('acme', 'Acme', '1', 'libacme.so', 1)"));
        QVERIFY(!old.created()->exec("SELECT count(*) FROM piias").ok());
        auto db = old.reopen();
        CDT_OK(db);
        CDT_OK(schema::migrate(*db.value()));
        QCOMPARE(db.value()->queryInt("PRAGMA user_version").value(), qint64(schema::latestVersion()));
        auto check = db.value()->query("PRAGMA integrity_check");
        CDT_OK(check.single());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
        // The vendor recorded before is undeclared until its plugin says hello again.
        auto q = db.value()->query("SELECT face_processing FROM vendors WHERE code = 'acme'");
        CDT_OK(q.single());
        QCOMPARE(q.text(0), QString());
        QVERIFY(!db.value()->exec("UPDATE vendors SET face_processing = 'moon'").ok());
        CDT_OK(db.value()->exec("INSERT INTO vendor_agreements(vendor_code, version, created_at) VALUES ('acme', 1, 1)"));
        QCOMPARE(db.value()->queryInt("SELECT count(*) FROM piias").value(), qint64(0));
    }
};

QTEST_MAIN(TestCompliance)
#include "tst_compliance.moc"
