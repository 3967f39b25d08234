#include "DemoData.h"
#include "core/compliance/ComplianceGate.h"
#include "core/compliance/PiiaService.h"
#include "core/compliance/VendorAgreementService.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/StoreService.h"
#include "core/consent/SubjectService.h"
#include "core/access/UserService.h"

#include <QRandomGenerator>

namespace cd::demo {

namespace {

struct StandardPurpose {
    Purpose purpose;
    const char *noticeZh;
    const char *noticeEn;
    const char *methods, *retention, *necessity, *impact;  // the checklist items the text states
};

std::vector<StandardPurpose> standardPurposes()
{
    auto make = [](const char *code, const char *zh, const char *en, const char *basis, const char *categories,
                   bool sensitive, int retention, int validity) {
        Purpose p;
        p.code = QLatin1String(code);
        p.nameZh = QString::fromUtf8(zh);
        p.nameEn = QLatin1String(en);
        p.legalBasis = QLatin1String(basis);
        p.dataCategories = QLatin1String(categories);
        p.sensitive = sensitive;
        p.separateConsentRequired = sensitive;
        p.retentionDays = retention;
        p.consentValidityDays = validity;
        return p;
    };
    return {
        {make("face-recognition", "会员到店人脸识别", "Face recognition of members on arrival",
              "separate consent (PIPL Art. 13(1), 29)", "face-image,face-template", true, 180, 365),
         "本店在入口区域设有摄像头。经您单独同意后，我们会采集您的人脸图像并生成人脸特征，仅用于在您到店时识别您的"
         "会员身份并提供会员服务。人脸信息属于敏感个人信息，保存在本店的设备上，最长保存 180 天，不会提供给第三方。"
         "人脸识别不是验证您身份的唯一方式：您也可以出示会员码或报手机号。您可以随时在柜台、电话或线上撤回同意，"
         "撤回与给予同意一样方便；撤回后我们将删除您的人脸信息。",
         "This store has cameras in the entrance area. Only with your separate consent do we capture images of your "
         "face and derive a face template, used solely to recognise you as a member when you arrive and to serve "
         "you. Face data is sensitive personal information; it stays on the store's devices, is kept for at most "
         "180 days and is not given to third parties. Face recognition is not the only way to identify you: you "
         "can show your member code or give your phone number instead. You may withdraw consent at any time at the "
         "counter, by phone or online, as easily as you gave it; we then delete your face data.",
         "入口摄像头采集人脸图像，在本店设备上生成人脸特征并与已同意会员比对；未同意者的人脸即时丢弃",
         "最长 180 天；撤回同意后删除",
         "用于到店时识别会员身份；会员码或手机号可替代，不同意不影响购物",
         "人脸信息一旦泄露难以更改；本店仅在设备上处理、限期保存、撤回即删除，以降低对您的影响"},
        {make("membership", "会员服务与积分", "Membership and loyalty points", "consent (PIPL Art. 13(1))",
              "name,phone,purchase-history", false, 730, 0),
         "为提供会员服务与积分，我们处理您的姓名、手机号和购买记录，保存至您退出会员后 2 年。您可以查阅、复制、"
         "更正或删除这些信息，也可以随时撤回同意。",
         "To provide membership services and loyalty points we process your name, phone number and purchase "
         "history, and keep them for up to 2 years after you leave the programme. You may see, copy, correct or "
         "delete this information, and withdraw consent at any time.",
         "在柜台登记并在收银系统中记录购买", "退出会员后 2 年", "", ""},
        {make("marketing-sms", "短信优惠通知", "Offers by text message", "consent (PIPL Art. 13(1))", "phone",
              false, 365, 730),
         "经您同意，我们会通过短信向您发送优惠信息，每月不超过 4 条。同意有效期 2 年，您可随时回复“TD”或在柜台撤回。",
         "With your consent we send you offers by text message, at most 4 a month. The consent lasts 2 years; you "
         "can withdraw it at any time by replying \"TD\" or at the counter.",
         "短信发送，每月不超过 4 条", "同意有效期 2 年；撤回后停止发送并删除", "", ""},
    };
}

NoticeItems standardNoticeItems(const StandardPurpose &sp, const QString &handler)
{
    auto set = [](NoticeItems &items, NoticeItem item, const QString &value) {
        if (!value.isEmpty())
            items.insert(noticeItemId(item), value);
    };
    NoticeItems items;
    set(items, NoticeItem::Handler, handler);
    set(items, NoticeItem::Contact, QStringLiteral("本店服务台（到店或致电门店）"));
    set(items, NoticeItem::Purposes, sp.purpose.nameZh);
    set(items, NoticeItem::Methods, QString::fromUtf8(sp.methods));
    set(items, NoticeItem::Categories, sp.purpose.dataCategories);
    set(items, NoticeItem::Retention, QString::fromUtf8(sp.retention));
    set(items, NoticeItem::Rights, QStringLiteral("可在服务台查阅、复制、更正、删除个人信息或撤回同意"));
    set(items, NoticeItem::Necessity, QString::fromUtf8(sp.necessity));
    set(items, NoticeItem::Impact, QString::fromUtf8(sp.impact));
    return items;
}

} // namespace

const std::vector<DemoUser> &users()
{
    static const std::vector<DemoUser> all = {
        {"officer", "officer-demo-2026", Role::Officer},
        {"staff", "staff-demo-2026", Role::Staff},
        {"auditor", "auditor-demo-2026", Role::Auditor},
    };
    return all;
}

Result<void> addStandardPurposes(Session &session)
{
    // The handler is the store the console was set up for; its counter is where customers
    // exercise their rights, so that is the contact until the officer publishes a better one.
    auto stores = StoreService(session).list();
    if (!stores)
        return stores.error();
    const QString handler = stores->empty() ? QString() : stores->front().name;
    PurposeService purposes(session);
    for (StandardPurpose sp : standardPurposes()) {
        auto gaps = ComplianceGate(session).purposeGaps(sp.purpose);
        if (!gaps)
            return gaps.error();
        sp.purpose.active = gaps->empty();
        auto added = purposes.add(sp.purpose);
        if (!added)
            return added.error();
        auto notice = purposes.publishNotice(added->id, QString::fromUtf8(sp.noticeZh), QLatin1String(sp.noticeEn),
                                             standardNoticeItems(sp, handler));
        if (!notice)
            return notice.error();
    }
    return {};
}

Result<void> addDemoCompliance(Session &session)
{
    const QDate today = session.clock().today();
    PiiaService piias(session);
    const std::pair<PiiaScope, QString> subjects[] = {
        {PiiaScope::Purpose, QStringLiteral("face-recognition")},
        {PiiaScope::Zone, zoneSubjectKey(QStringLiteral("simvendor"), QStringLiteral("entrance"))}};
    for (const auto &[scope, subject] : subjects) {
        PiiaInput in;
        in.scope = scope;
        in.subject = subject;
        in.title = scope == PiiaScope::Purpose ? QStringLiteral("会员到店人脸识别 影响评估 (demo)")
                                               : QStringLiteral("入口区域人脸识别摄像头 影响评估 (demo)");
        in.legality = QStringLiteral("Separate consent (PIPL Art. 13(1), 29); recognition only of enrolled members "
                                     "who agreed; member code or phone as the alternative.");
        in.impact = QStringLiteral("Face templates of consenting members; risk of misuse or leak, limited by "
                                   "processing on the camera and 180-day retention.");
        in.measures = QStringLiteral("On-device processing, erasure on withdrawal with vendor receipts, signs at "
                                     "the entrance, encrypted records; proportionate to a members' service.");
        in.reviewOn = today.addYears(1);
        in.attachments.push_back({QStringLiteral("assessment-demo.txt"), QByteArrayLiteral("Synthetic demo assessment.\n")});
        auto added = piias.add(in);
        if (!added)
            return added.error();
        CD_TRY(piias.approve(added->id));
    }
    AgreementInput a;
    a.vendorCode = QStringLiteral("simvendor");
    a.reference = QStringLiteral("DEMO-2026-001");
    a.facts.purpose = QStringLiteral("Recognise consenting members at the entrance; anonymous visitor counts.");
    a.facts.method = QStringLiteral("Face templates compared on the camera; counts aggregated per zone and hour.");
    a.facts.categories = QStringLiteral("face-image, face-template, visitor counts");
    a.facts.protection = QStringLiteral("Encryption at rest, access control, erasure receipts, audit.");
    a.facts.endOfTerm = EndOfTerm::Delete;
    a.facts.subProcessors = QStringLiteral("none");
    a.facts.location = ProcessingLocation::OnDevice;
    a.facts.validFrom = today.addDays(-1);
    a.facts.validUntil = today.addYears(2);
    auto agreement = VendorAgreementService(session).set(a);
    if (!agreement)
        return agreement.error();
    return {};
}

Result<void> addSyntheticCustomers(Session &session, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    PurposeService purposes(session);
    SubjectService subjects(session);
    ConsentService consents(session);
    auto all = purposes.list();
    if (!all)
        return all.error();
    std::vector<std::pair<Purpose, NoticeVersion>> current;
    for (const Purpose &p : all.value()) {
        auto n = purposes.currentNotice(p.id);
        if (n)
            current.emplace_back(p, n.value());
    }
    if (current.empty())
        return {};
    Transaction tx(session.db());
    CD_TRY(tx.begin());
    for (int i = 0; i < count; ++i) {
        // Obviously synthetic: a numbered customer and a phone number in a range no carrier uses.
        SubjectInput in;
        in.name = QStringLiteral("顾客%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        in.phone = QStringLiteral("100%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
        const int ageRoll = int(rng.bounded(100));
        in.ageBand = ageRoll < 4 ? AgeBand::Under14 : ageRoll < 10 ? AgeBand::From14To17 : AgeBand::Adult;
        auto subject = subjects.create(in);
        if (!subject)
            return subject.error();
        RegistrationInput reg;
        reg.subjectId = subject->id;
        reg.method = ConsentMethod(rng.bounded(3));
        for (const auto &[p, n] : current) {
            if (rng.bounded(100) < (p.separateConsentRequired ? 40 : 70))
                reg.purposes.push_back({p.id, n.id, p.separateConsentRequired});
        }
        if (reg.purposes.empty())
            reg.purposes.push_back({current.front().first.id, current.front().second.id,
                                    current.front().first.separateConsentRequired});
        if (subject->minor)
            reg.guardian = Guardian{QStringLiteral("监护人%1").arg(i + 1), QStringLiteral("parent"), true};
        auto ids = consents.registerConsent(reg);
        if (!ids)
            return ids.error();
        if (rng.bounded(100) < 8)
            CD_TRY(consents.withdraw(ids->front(), QStringLiteral("counter")));
    }
    return tx.commit();
}

Result<CreatedVault> createDemoStore(const QString &dbPath, int subjects, Clock &clock, const KdfLimits &kdf)
{
    CreateOptions o;
    o.storeCode = QStringLiteral("SH-001");
    o.storeName = QStringLiteral("演示门店 Demo Store");
    o.officerName = QLatin1String(users().front().name);
    o.officerDisplayName = QStringLiteral("Privacy officer (demo)");
    o.officerPassphrase = QLatin1String(users().front().passphrase);
    o.kdf = kdf;
    auto created = Vault::create(dbPath, o, clock);
    if (!created)
        return created.error();
    Session &session = *created->session;
    UserService userService(session);
    for (std::size_t i = 1; i < users().size(); ++i) {
        const DemoUser &u = users()[i];
        auto added = userService.add(QLatin1String(u.name), roleDisplayName(u.role), u.role,
                                     QLatin1String(u.passphrase), kdf);
        if (!added)
            return added.error();
    }
    CD_TRY(addDemoCompliance(session));
    CD_TRY(addStandardPurposes(session));
    CD_TRY(addSyntheticCustomers(session, subjects));
    return created;
}

} // namespace cd::demo
