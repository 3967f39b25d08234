// The rules written once in core/domain: the face-consent rule in C++ and as SQL must agree on
// every combination of the facts, and the age rule takes the birth date, else the age band,
// else the flag stored at registration.
#include "core/consent/PurposeService.h"
#include "core/consent/RegistrationService.h"
#include "core/domain/CameraMode.h"
#include "core/domain/FaceConsent.h"
#include "tests/support/ComplianceFixture.h"
#include "tests/support/StoreFixture.h"

#include <set>
#include "tests/support/NoticeItems.h"

using namespace cd;

class TestRules : public QObject {
    Q_OBJECT

private slots:
    void faceConsentSqlAgreesWithThePredicate()
    {
        cdtest::TestStore s;
        const QString e = s.create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        Session &o = *s.officer;
        std::vector<qint64> purposeIds;
        for (int i = 0; i < 3; ++i) {
            Purpose p;
            p.code = QStringLiteral("p%1").arg(i);
            p.nameZh = p.nameEn = p.code;
            p.legalBasis = QStringLiteral("consent");
            const bool face = i < 2;  // p0 face, p1 face (made inactive), p2 visits
            p.dataCategories = face ? QStringLiteral("face") : QStringLiteral("visit-history");
            p.sensitive = p.separateConsentRequired = face;
            if (face)
                CDT_OK(cdtest::approvedPiia(o, PiiaScope::Purpose, p.code));
            auto added = PurposeService(o).addWithNotice(p, QStringLiteral("告知"), QStringLiteral("Notice"), cdtest::fullNoticeItems());
            CDT_OK(added);
            purposeIds.push_back(added->first.id);
        }
        const qint64 now = o.clock().nowMs();
        const QStringList statuses{QStringLiteral("granted"), QStringLiteral("withdrawn"), QStringLiteral("expired"),
                                   QStringLiteral("superseded")};
        const qint64 expiries[] = {0, now - 1, now + 86400000};
        std::map<qint64, FaceConsentFacts> expected;
        for (int n = 0; n < 48; ++n) {
            RegistrationRequest r;
            SubjectInput in;
            in.name = QStringLiteral("规则%1").arg(n);
            in.phone = QStringLiteral("1370000%1").arg(n, 4, 10, QLatin1Char('0'));
            r.newSubject = in;
            r.purposeIds = purposeIds;
            for (qint64 id : purposeIds) {
                r.noticeShown[id] = PurposeService(o).currentNotice(id)->id;
                r.separateConsentGiven.insert(id);
            }
            auto done = RegistrationService(o).registerCustomer(r);
            CDT_OK(done);
            for (std::size_t k = 0; k < done->consentIds.size(); ++k) {
                const int c = n;  // every combination of the consent's facts, for each purpose
                FaceConsentFacts f;
                f.status = statusFromId(statuses.at(c % 4)).value();
                f.separateConsent = (c / 4) % 2;
                f.needsRenewal = (c / 8) % 2;
                f.expiresAt = expiries[(c / 16) % 3];
                f.purposeActive = k != 1;
                f.purposeRequiresSeparateConsent = k != 2;
                auto q = o.db().query("UPDATE consents SET status = ?2, separate_consent = ?3, needs_renewal = ?4, "
                                      "expires_at = ?5 WHERE id = ?1");
                q.bind(1, done->consentIds[k]).bind(2, statuses.at(c % 4)).bind(3, f.separateConsent);
                q.bind(4, f.needsRenewal).bindOptional(5, f.expiresAt, f.expiresAt != 0);
                CDT_OK(q.run());
                expected[done->consentIds[k]] = f;
            }
        }
        CDT_OK(PurposeService(o).setActive(purposeIds[1], false));

        auto q = o.db().query("SELECT c.id FROM consents c JOIN purposes p ON p.id = c.purpose_id WHERE "
                              CD_VALID_FACE_CONSENT_SQL);
        q.bind(kFaceConsentNowParameter, now);
        auto valid = q.collect([](const Query &row) { return row.int64(0); });
        CDT_OK(valid);
        const std::set<qint64> bySql(valid->begin(), valid->end());
        int validCount = 0;
        for (const auto &[id, facts] : expected) {
            const bool byCpp = isValidFaceConsent(facts, now);
            validCount += byCpp;
            QVERIFY2(byCpp == (bySql.count(id) > 0), qPrintable(QStringLiteral("consent %1").arg(id)));
        }
        // Granted, separate, not renewing, no expiry or a future one, on the one active face purpose.
        QCOMPARE(validCount, 2);
    }

    void verdictNamesTheReason()
    {
        FaceConsentFacts f{ConsentStatus::Granted, true, false, 0, true, true};
        QCOMPARE(judgeFaceConsent(f, false, false, 1000), FaceConsentVerdict::Valid);
        QCOMPARE(judgeFaceConsent(f, true, false, 1000), FaceConsentVerdict::GuardianMissing);
        QCOMPARE(judgeFaceConsent(f, true, true, 1000), FaceConsentVerdict::Valid);
        f.needsRenewal = true;
        QCOMPARE(judgeFaceConsent(f, false, false, 1000), FaceConsentVerdict::NeedsRenewal);
        f.separateConsent = false;
        QCOMPARE(judgeFaceConsent(f, false, false, 1000), FaceConsentVerdict::NoSeparateConsent);
        f = FaceConsentFacts{ConsentStatus::Granted, true, false, 999, true, true};
        QVERIFY(!isValidFaceConsent(f, 1000));
        QVERIFY(isValidFaceConsent(f, 998));
    }

    void ageRule()
    {
        const QDate day(2025, 6, 15);
        // The birth date decides exactly: under 14 until the 14th birthday.
        QVERIFY(isUnder14(QStringLiteral("2011-06-16"), QString(), false, day));
        QVERIFY(!isUnder14(QStringLiteral("2011-06-15"), QString(), false, day));
        // It wins over the band and the stored flag.
        QVERIFY(!isUnder14(QStringLiteral("2000-01-01"), QStringLiteral("under14"), true, day));
        // Without a birth date, the band; without either, the flag stored at registration.
        QVERIFY(isUnder14(QString(), QStringLiteral("under14"), false, day));
        QVERIFY(!isUnder14(QString(), QStringLiteral("adult"), true, day));
        QVERIFY(isUnder14(QString(), QString(), true, day));
        QVERIFY(!isUnder14(QString(), QString(), false, day));
    }

    void cameraModeHasOneSpelling()
    {
        for (CameraMode m : {CameraMode::Off, CameraMode::CountOnly, CameraMode::IdentifyConsented}) {
            QVERIFY(!cameraModeId(m).isEmpty());
            QCOMPARE(cameraModeFromId(cameraModeId(m)), std::optional<CameraMode>(m));
        }
        QVERIFY(!cameraModeFromId(QStringLiteral("identify-everyone")));
        QVERIFY(recognisesFaces(CameraMode::IdentifyConsented));
        QVERIFY(!recognisesFaces(CameraMode::CountOnly));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
