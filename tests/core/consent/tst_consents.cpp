// The rules of consent, through the services: separate consent for face data, a guardian for
// children under 14, the current notice only, supersession, withdrawal, renewal after a change,
// the notice hash and expiry. The consents list is in tst_consentlist.cpp.
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectService.h"
#include "core/access/UserService.h"
#include "tests/support/ComplianceFixture.h"
#include "tests/support/StoreFixture.h"
#include "tests/support/NoticeItems.h"

using namespace cd;

namespace {

const QString kFaceZh = QStringLiteral("本店摄像头会识别您的面部，仅用于会员到店识别。");
const QString kFaceEn = QStringLiteral("Our cameras recognise your face, only to recognise members.");

} // namespace

class TestConsents : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<cdtest::TestStore> m_s;
    Purpose m_face;        // sensitive, separate consent required; consent holds until withdrawn
    Purpose m_stats;       // ordinary; a consent is valid for 30 days
    NoticeVersion m_faceV1;
    NoticeVersion m_statsV1;

    Session &officer() { return *m_s->officer; }

    Purpose addPurpose(const QString &code, bool sensitive, int retentionDays, int validityDays = 0)
    {
        Purpose p;
        p.code = code;
        p.nameZh = code + QStringLiteral("（中文）");
        p.nameEn = code + QStringLiteral(" (English)");
        p.legalBasis = QStringLiteral("consent");
        p.dataCategories = sensitive ? QStringLiteral("face") : QStringLiteral("visit-history");
        p.sensitive = sensitive;
        p.separateConsentRequired = sensitive;
        p.retentionDays = retentionDays;
        p.consentValidityDays = validityDays;
        if (sensitive && !cdtest::approvedPiia(officer(), PiiaScope::Purpose, code))
            return Purpose{};
        auto r = PurposeService(officer()).add(p);
        return r.ok() ? r.value() : Purpose{};
    }

    Result<Subject> subject(const QString &name, const QString &phone, std::optional<QDate> birth = std::nullopt,
                            AgeBand band = AgeBand::Adult)
    {
        SubjectInput in;
        in.name = name;
        in.phone = phone;
        in.birthDate = birth;
        in.ageBand = birth ? AgeBand::Unknown : band;
        return SubjectService(officer()).create(in);
    }

    Result<std::vector<qint64>> give(Session &s, qint64 subjectId, const Purpose &p, const NoticeVersion &n,
                                     bool separate, std::optional<Guardian> guardian = std::nullopt)
    {
        RegistrationInput in;
        in.subjectId = subjectId;
        in.purposes.push_back(PurposeConsent{p.id, n.id, separate});
        in.guardian = guardian;
        return ConsentService(s).registerConsent(in);
    }
    qint64 giveOne(qint64 subjectId, const Purpose &p, const NoticeVersion &n, bool separate)
    {
        auto r = give(officer(), subjectId, p, n, separate);
        return r.ok() && r.value().size() == 1 ? r.value().front() : 0;
    }

    qint64 total()
    {
        auto n = ConsentService(officer()).count(ConsentFilter{});
        return n.ok() ? n.value() : -1;
    }

    Consent consent(qint64 id)
    {
        auto c = ConsentService(officer()).get(id);
        return c.ok() ? c.value() : Consent{};
    }

private slots:
    void init()
    {
        m_s = std::make_unique<cdtest::TestStore>();
        const QString e = m_s->create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        m_face = addPurpose(QStringLiteral("face-recognition"), true, 365);
        QVERIFY(m_face.id > 0);
        m_stats = addPurpose(QStringLiteral("visit-stats"), false, 90, 30);
        QVERIFY(m_stats.id > 0);
        auto f = PurposeService(officer()).publishNotice(m_face.id, kFaceZh, kFaceEn, cdtest::fullNoticeItems());
        CDT_OK(f);
        m_faceV1 = f.value();
        auto s = PurposeService(officer()).publishNotice(m_stats.id, QStringLiteral("我们统计到店次数。"),
                                                         QStringLiteral("We count visits."), cdtest::fullNoticeItems());
        CDT_OK(s);
        m_statsV1 = s.value();
        QCOMPARE(m_faceV1.version, 1);
        QCOMPARE(m_faceV1.purposeId, m_face.id);
    }
    void cleanup() { m_s.reset(); }

    void registrationRecordsTheEvidence()
    {
        auto sub = subject(QStringLiteral("证据甲"), QStringLiteral("13800000001"));
        CDT_OK(sub);
        QVERIFY(sub.value().pseudonym.startsWith(QLatin1String("S-")));
        m_s->clock.advanceSecs(3600);
        RegistrationInput in;
        in.subjectId = sub.value().id;
        in.method = ConsentMethod::PaperForm;
        in.purposes.push_back(PurposeConsent{m_face.id, m_faceV1.id, true});
        in.purposes.push_back(PurposeConsent{m_stats.id, m_statsV1.id, false});
        auto ids = ConsentService(officer()).registerConsent(in);
        CDT_OK(ids);
        QCOMPARE(int(ids.value().size()), 2);
        const Consent face = consent(ids.value()[0]);
        QCOMPARE(face.purposeId, m_face.id);
        QCOMPARE(face.subjectId, sub.value().id);
        QCOMPARE(face.noticeVersionId, m_faceV1.id);
        QCOMPARE(face.noticeSha256, m_faceV1.sha256);
        QCOMPARE(face.purposeRevision, 1);
        QCOMPARE(face.method, ConsentMethod::PaperForm);
        QCOMPARE(face.staffUserId, officer().user().id);
        QCOMPARE(face.storeId, officer().currentStoreId());
        QCOMPARE(face.grantedAt, m_s->clock.nowMs());
        QVERIFY(face.separateConsent);
        QCOMPARE(face.status, ConsentStatus::Granted);
        QVERIFY(!face.needsRenewal);
        QVERIFY(!face.guardian.has_value());
        QCOMPARE(consent(ids.value()[1]).purposeId, m_stats.id);
    }

    void separateConsentIsRequiredForFaceData()
    {
        auto sub = subject(QStringLiteral("单独乙"), QStringLiteral("13800000002"));
        CDT_OK(sub);
        CDT_FAILS_WITH(give(officer(), sub.value().id, m_face, m_faceV1, false), ErrorCode::Invalid);
        QCOMPARE(total(), 0);
        // One bad purpose refuses the whole registration: nothing half-written.
        RegistrationInput both;
        both.subjectId = sub.value().id;
        both.purposes.push_back(PurposeConsent{m_stats.id, m_statsV1.id, false});
        both.purposes.push_back(PurposeConsent{m_face.id, m_faceV1.id, false});
        CDT_FAILS_WITH(ConsentService(officer()).registerConsent(both), ErrorCode::Invalid);
        QCOMPARE(total(), 0);

        auto ok = give(officer(), sub.value().id, m_face, m_faceV1, true);
        CDT_OK(ok);
        QVERIFY(consent(ok.value().front()).separateConsent);
        CDT_OK(give(officer(), sub.value().id, m_stats, m_statsV1, false));
        QCOMPARE(total(), 2);
        // Nothing to register is not a registration.
        RegistrationInput none;
        none.subjectId = sub.value().id;
        QVERIFY(!ConsentService(officer()).registerConsent(none).ok());
        QCOMPARE(total(), 2);
    }

    void childrenNeedAGuardian_data()
    {
        QTest::addColumn<QDate>("birth");  // null: use the age band
        QTest::addColumn<int>("band");
        QTest::addColumn<bool>("minor");
        const QDate today = cdtest::testStart().date();  // 2025-06-15
        QTest::newRow("8 years old") << today.addYears(-8) << 0 << true;
        QTest::newRow("14 tomorrow") << today.addYears(-14).addDays(1) << 0 << true;
        QTest::newRow("14 today") << today.addYears(-14) << 0 << false;
        QTest::newRow("15") << today.addYears(-15) << 0 << false;
        QTest::newRow("band under14") << QDate() << int(AgeBand::Under14) << true;
        QTest::newRow("band 14-17") << QDate() << int(AgeBand::From14To17) << false;
        QTest::newRow("band adult") << QDate() << int(AgeBand::Adult) << false;
    }
    void childrenNeedAGuardian()
    {
        QFETCH(QDate, birth);
        QFETCH(int, band);
        QFETCH(bool, minor);
        SubjectInput in;
        in.name = QStringLiteral("年龄丙");
        in.phone = QStringLiteral("13800000003");
        if (birth.isValid())
            in.birthDate = birth;
        else
            in.ageBand = AgeBand(band);
        QCOMPARE(isUnder14(in, m_s->clock.now().date()), minor);
        auto sub = SubjectService(officer()).create(in);
        CDT_OK(sub);
        QCOMPARE(sub.value().minor, minor);
        if (!minor) {
            CDT_OK(give(officer(), sub.value().id, m_stats, m_statsV1, false));
            return;
        }
        CDT_FAILS_WITH(give(officer(), sub.value().id, m_stats, m_statsV1, false), ErrorCode::Invalid);
        CDT_FAILS_WITH(give(officer(), sub.value().id, m_face, m_faceV1, true), ErrorCode::Invalid);
        const Guardian refused{QStringLiteral("监护丁"), QStringLiteral("parent"), false};
        CDT_FAILS_WITH(give(officer(), sub.value().id, m_stats, m_statsV1, false, refused), ErrorCode::Invalid);
        const Guardian unnamed{QString(), QStringLiteral("parent"), true};
        CDT_FAILS_WITH(give(officer(), sub.value().id, m_stats, m_statsV1, false, unnamed), ErrorCode::Invalid);
        QCOMPARE(total(), 0);

        const Guardian g{QStringLiteral("监护丁"), QStringLiteral("parent"), true};
        auto ids = give(officer(), sub.value().id, m_face, m_faceV1, true, g);
        CDT_OK(ids);
        const Consent c = consent(ids.value().front());
        QVERIFY(c.guardian.has_value());
        QCOMPARE(c.guardian->name, g.name);
        QCOMPARE(c.guardian->relation, g.relation);
        QVERIFY(c.guardian->consented);
    }

    void onlyTheCurrentNoticeCounts()
    {
        auto sub = subject(QStringLiteral("告知戊"), QStringLiteral("13800000004"));
        CDT_OK(sub);
        m_s->clock.advanceDays(1);
        auto v2 = PurposeService(officer()).publishNotice(m_face.id, kFaceZh + QStringLiteral("（修订）"),
                                                          kFaceEn + QStringLiteral(" (revised)"), cdtest::fullNoticeItems());
        CDT_OK(v2);
        QCOMPARE(v2.value().version, 2);
        auto current = PurposeService(officer()).currentNotice(m_face.id);
        CDT_OK(current);
        QCOMPARE(current.value().id, v2.value().id);

        CDT_FAILS_WITH(give(officer(), sub.value().id, m_face, m_faceV1, true), ErrorCode::Invalid);
        CDT_FAILS_WITH(give(officer(), sub.value().id, m_face, m_statsV1, true), ErrorCode::Invalid);  // another purpose's
        QVERIFY(!give(officer(), sub.value().id, m_face, NoticeVersion{}, true).ok());
        QCOMPARE(total(), 0);
        CDT_OK(give(officer(), sub.value().id, m_face, v2.value(), true));

        // A notice that takes effect next week is not current yet.
        const qint64 nextWeek = m_s->clock.now().addDays(7).toMSecsSinceEpoch();
        auto v3 = PurposeService(officer()).publishNotice(m_face.id, QStringLiteral("第三版"), QStringLiteral("Third"), cdtest::fullNoticeItems(), nextWeek);
        CDT_OK(v3);
        current = PurposeService(officer()).currentNotice(m_face.id);
        CDT_OK(current);
        QCOMPARE(current.value().id, v2.value().id);
        CDT_FAILS_WITH(give(officer(), sub.value().id, m_face, v3.value(), true), ErrorCode::Invalid);
        m_s->clock.advanceDays(8);
        current = PurposeService(officer()).currentNotice(m_face.id);
        CDT_OK(current);
        QCOMPARE(current.value().id, v3.value().id);
        CDT_OK(give(officer(), sub.value().id, m_face, v3.value(), true));

        auto all = PurposeService(officer()).notices(m_face.id);
        CDT_OK(all);
        QCOMPARE(int(all.value().size()), 3);
    }

    void registeringAgainSupersedes()
    {
        auto sub = subject(QStringLiteral("重复己"), QStringLiteral("13800000005"));
        CDT_OK(sub);
        auto other = subject(QStringLiteral("旁人庚"), QStringLiteral("13800000006"));
        CDT_OK(other);
        const qint64 first = giveOne(sub.value().id, m_stats, m_statsV1, false);
        const qint64 otherPurpose = giveOne(sub.value().id, m_face, m_faceV1, true);
        const qint64 otherSubject = giveOne(other.value().id, m_stats, m_statsV1, false);
        QVERIFY(first > 0 && otherPurpose > 0 && otherSubject > 0);
        m_s->clock.advanceSecs(120);
        const qint64 second = giveOne(sub.value().id, m_stats, m_statsV1, false);
        QVERIFY(second > 0);
        QVERIFY(second != first);
        QCOMPARE(consent(first).status, ConsentStatus::Superseded);
        QCOMPARE(consent(second).status, ConsentStatus::Granted);
        QCOMPARE(consent(otherPurpose).status, ConsentStatus::Granted);
        QCOMPARE(consent(otherSubject).status, ConsentStatus::Granted);
        ConsentFilter granted;
        granted.status = ConsentStatus::Granted;
        granted.purposeId = m_stats.id;
        auto n = ConsentService(officer()).count(granted);
        CDT_OK(n);
        QCOMPARE(n.value(), 2);  // one per subject
    }

    void withdrawal()
    {
        CDT_OK(UserService(officer()).add(QStringLiteral("counter-staff"), QStringLiteral("Counter"), Role::Staff,
                                          QStringLiteral("counter-pass-1"), KdfLimits::minimum()));
        QString why;
        auto staff = m_s->unlock(QStringLiteral("counter-staff"), QStringLiteral("counter-pass-1"), &why);
        QVERIFY2(staff, qPrintable(why));
        auto sub = subject(QStringLiteral("撤回辛"), QStringLiteral("13800000007"));
        CDT_OK(sub);
        const qint64 id = giveOne(sub.value().id, m_face, m_faceV1, true);
        const qint64 keep = giveOne(sub.value().id, m_stats, m_statsV1, false);
        QVERIFY(id > 0 && keep > 0);

        m_s->clock.advanceDays(3);
        m_s->clock.advanceSecs(17);
        CDT_OK(ConsentService(*staff).withdraw(id, QStringLiteral("phone")));
        const Consent c = consent(id);
        QCOMPARE(c.status, ConsentStatus::Withdrawn);
        QCOMPARE(c.withdrawnAt, m_s->clock.nowMs());
        QCOMPARE(c.withdrawalChannel, QStringLiteral("phone"));
        QCOMPARE(c.withdrawnBy, staff->user().id);
        QCOMPARE(consent(keep).status, ConsentStatus::Granted);

        m_s->clock.advanceSecs(60);
        CDT_FAILS_WITH(ConsentService(*staff).withdraw(id, QStringLiteral("counter")), ErrorCode::Invalid);
        QCOMPARE(consent(id).withdrawnAt, c.withdrawnAt);  // the first withdrawal stands
        QCOMPARE(consent(id).withdrawalChannel, QStringLiteral("phone"));
        auto missing = ConsentService(*staff).withdraw(987654, QStringLiteral("counter"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().code == ErrorCode::NotFound || missing.error().code == ErrorCode::Invalid);

        // Withdrawing everything for a subject takes what is still granted.
        const qint64 again = giveOne(sub.value().id, m_face, m_faceV1, true);
        QVERIFY(again > 0);
        auto n = ConsentService(*staff).withdrawAllForSubject(sub.value().id, QStringLiteral("online"));
        CDT_OK(n);
        QCOMPARE(n.value(), 2);
        QCOMPARE(consent(keep).status, ConsentStatus::Withdrawn);
        QCOMPARE(consent(again).status, ConsentStatus::Withdrawn);
        QCOMPARE(consent(again).withdrawalChannel, QStringLiteral("online"));
        n = ConsentService(*staff).withdrawAllForSubject(sub.value().id, QStringLiteral("online"));
        CDT_OK(n);
        QCOMPARE(n.value(), 0);
    }

    void newNoticeMarksOlderConsentsForRenewal()
    {
        auto a = subject(QStringLiteral("续期壬"), QStringLiteral("13800000008"));
        auto b = subject(QStringLiteral("续期癸"), QStringLiteral("13800000009"));
        CDT_OK(a);
        CDT_OK(b);
        const qint64 oldFace = giveOne(a.value().id, m_face, m_faceV1, true);
        const qint64 stats = giveOne(a.value().id, m_stats, m_statsV1, false);
        QVERIFY(oldFace > 0 && stats > 0);
        m_s->clock.advanceDays(2);
        auto v2 = PurposeService(officer()).publishNotice(m_face.id, QStringLiteral("第二版"), QStringLiteral("Second"), cdtest::fullNoticeItems());
        CDT_OK(v2);
        const qint64 newFace = giveOne(b.value().id, m_face, v2.value(), true);
        QVERIFY(newFace > 0);
        QVERIFY(consent(oldFace).needsRenewal);
        QCOMPARE(consent(oldFace).status, ConsentStatus::Granted);  // still valid evidence of what was agreed
        QVERIFY(!consent(newFace).needsRenewal);
        QVERIFY(!consent(stats).needsRenewal);
        ConsentFilter f;
        f.needsRenewalOnly = true;
        auto n = ConsentService(officer()).count(f);
        CDT_OK(n);
        QCOMPARE(n.value(), 1);
        // Renewing (registering again under the new notice) clears it.
        const qint64 renewed = giveOne(a.value().id, m_face, v2.value(), true);
        QVERIFY(renewed > 0);
        QVERIFY(!consent(renewed).needsRenewal);
        QCOMPARE(consent(oldFace).status, ConsentStatus::Superseded);
    }

    void changeOfPurposeMarksConsentsForRenewal()
    {
        auto a = subject(QStringLiteral("变更甲"), QStringLiteral("13800000010"));
        auto b = subject(QStringLiteral("变更乙"), QStringLiteral("13800000011"));
        CDT_OK(a);
        CDT_OK(b);
        const qint64 granted = giveOne(a.value().id, m_face, m_faceV1, true);
        const qint64 withdrawn = giveOne(b.value().id, m_face, m_faceV1, true);
        const qint64 stats = giveOne(a.value().id, m_stats, m_statsV1, false);
        QVERIFY(granted > 0 && withdrawn > 0 && stats > 0);
        CDT_OK(ConsentService(officer()).withdraw(withdrawn, QStringLiteral("counter")));

        Purpose changed = m_face;
        changed.dataCategories = QStringLiteral("face,visit-history");
        changed.retentionDays = 730;
        auto marked = PurposeService(officer()).update(changed);
        CDT_OK(marked);
        QCOMPARE(marked.value(), 1);
        auto now = PurposeService(officer()).get(m_face.id);
        CDT_OK(now);
        QCOMPARE(now.value().revision, m_face.revision + 1);
        QCOMPARE(now.value().retentionDays, 730);
        QVERIFY(consent(granted).needsRenewal);
        QCOMPARE(consent(granted).purposeRevision, 1);
        QVERIFY(!consent(stats).needsRenewal);

        const qint64 fresh = giveOne(b.value().id, m_face, m_faceV1, true);
        QVERIFY(fresh > 0);
        QCOMPARE(consent(fresh).purposeRevision, now.value().revision);
        QVERIFY(!consent(fresh).needsRenewal);
    }

    void noticeVersionsAreImmutable()
    {
        auto sub = subject(QStringLiteral("不变甲"), QStringLiteral("13800000012"));
        CDT_OK(sub);
        QVERIFY(giveOne(sub.value().id, m_face, m_faceV1, true) > 0);
        const QByteArray id = QByteArray::number(m_faceV1.id);
        QVERIFY(!officer().db().exec("UPDATE notice_versions SET text_en = 'changed' WHERE id = " + id).ok());
        QVERIFY(!officer().db().exec("UPDATE notice_versions SET sha256 = 'x' WHERE id = " + id).ok());
        QVERIFY(!officer().db().exec("DELETE FROM notice_versions WHERE id = " + id).ok());
        auto all = PurposeService(officer()).notices(m_face.id);
        CDT_OK(all);
        QCOMPARE(int(all.value().size()), 1);
        QCOMPARE(all.value().front().textEn, kFaceEn);
        QCOMPARE(all.value().front().textZh, kFaceZh);
        QCOMPARE(all.value().front().sha256, m_faceV1.sha256);
    }

    void noticeHashIsOverTheDocumentedBytes()
    {
        // Records.h: SHA-256 hex over the UTF-8 bytes of "zh:" + textZh + "\nen:" + textEn.
        const QByteArray bytes = QByteArray("zh:") + kFaceZh.toUtf8() + QByteArray("\nen:") + kFaceEn.toUtf8();
        const QString mine = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(noticeHash(kFaceZh, kFaceEn), mine);
        QCOMPARE(m_faceV1.sha256, mine);
        QCOMPARE(m_faceV1.textZh, kFaceZh);
        QCOMPARE(m_faceV1.textEn, kFaceEn);
        QVERIFY(noticeHash(kFaceEn, kFaceZh) != mine);
        QVERIFY(noticeHash(kFaceZh + QLatin1Char(' '), kFaceEn) != mine);
        auto sub = subject(QStringLiteral("哈希甲"), QStringLiteral("13800000013"));
        CDT_OK(sub);
        const qint64 id = giveOne(sub.value().id, m_face, m_faceV1, true);
        QVERIFY(id > 0);
        QCOMPARE(consent(id).noticeSha256, mine);
    }

    void expiryFollowsTheClock()
    {
        auto a = subject(QStringLiteral("到期甲"), QStringLiteral("13800000020"));
        auto b = subject(QStringLiteral("到期乙"), QStringLiteral("13800000021"));
        CDT_OK(a);
        CDT_OK(b);
        const qint64 stats = giveOne(a.value().id, m_stats, m_statsV1, false);   // valid 30 days
        const qint64 face = giveOne(a.value().id, m_face, m_faceV1, true);       // until withdrawn
        const qint64 gone = giveOne(b.value().id, m_stats, m_statsV1, false);
        QVERIFY(stats > 0 && face > 0 && gone > 0);
        CDT_OK(ConsentService(officer()).withdraw(gone, QStringLiteral("counter")));
        const Consent c = consent(stats);
        QCOMPARE(c.expiresAt, c.grantedAt + 30LL * 24 * 3600 * 1000);  // consentValidityDays
        QCOMPARE(consent(face).expiresAt, qint64(0));  // 0: holds until withdrawn

        auto n = ConsentService(officer()).expireDue();
        CDT_OK(n);
        QCOMPARE(n.value(), 0);
        m_s->clock.set(QDateTime::fromMSecsSinceEpoch(c.expiresAt - 1000, Qt::UTC));
        n = ConsentService(officer()).expireDue();
        CDT_OK(n);
        QCOMPARE(n.value(), 0);
        QCOMPARE(consent(stats).status, ConsentStatus::Granted);
        m_s->clock.set(QDateTime::fromMSecsSinceEpoch(c.expiresAt + 1000, Qt::UTC));
        n = ConsentService(officer()).expireDue();
        CDT_OK(n);
        QCOMPARE(n.value(), 1);
        QCOMPARE(consent(stats).status, ConsentStatus::Expired);
        QCOMPARE(consent(face).status, ConsentStatus::Granted);
        QCOMPARE(consent(gone).status, ConsentStatus::Withdrawn);
        n = ConsentService(officer()).expireDue();
        CDT_OK(n);
        QCOMPARE(n.value(), 0);
        m_s->clock.advanceDays(400);  // a consent without a validity never expires
        n = ConsentService(officer()).expireDue();
        CDT_OK(n);
        QCOMPARE(n.value(), 0);
        QCOMPARE(consent(face).status, ConsentStatus::Granted);
    }
};

QTEST_GUILESS_MAIN(TestConsents)
#include "tst_consents.moc"
