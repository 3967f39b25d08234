// Fulfilment in core, on the real encrypted store: the access package (JSON and CSV hold what
// is held, why, since when, for how long), the letter in the customer's language, corrections
// with before/after kept apart and erased with the customer, a deletion with no vendor that
// settles by itself, and the refusals (wrong state, nothing to correct, staff, an erased customer).
#include "core/access/UserService.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectErasure.h"
#include "core/consent/SubjectService.h"
#include "core/demo/DemoData.h"
#include "core/ledgers/AuditLog.h"
#include "core/requests/FulfilmentService.h"
#include "core/requests/SubjectPackage.h"
#include "tests/support/ComplianceFixture.h"
#include "tests/support/StoreFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;

namespace {

const QString kName = QStringLiteral("欧阳测试");
const QString kPhone = QStringLiteral("13912345678");
const QDate kBirth(1988, 3, 9);

} // namespace

class TestFulfilment : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<cdtest::TestStore> m_store;
    Session &officer() { return *m_store->officer; }
    qint64 m_subject = 0;
    QString m_pseudonym;

    // A request of `type` for the customer, identity verified.
    qint64 verifiedRequest(RequestType type)
    {
        RequestService requests(officer());
        RequestIntake in;
        in.type = type;
        in.subjectId = m_subject;
        auto row = requests.intake(in);
        if (!row)
            return 0;
        auto verified = requests.verifyIdentity(row->id, IdentityMethod::IdDocument);
        return verified ? row->id : 0;
    }

    QList<AuditEntry> audit(const QString &action)
    {
        auto page = AuditLog::page(officer().db(), 0, 500, action);
        return page ? QList<AuditEntry>(page->begin(), page->end()) : QList<AuditEntry>{};
    }

private slots:
    void init()
    {
        m_store = std::make_unique<cdtest::TestStore>();
        QCOMPARE(m_store->create(), QString());
        QCOMPARE(cdtest::addFaceRecords(officer()), QString());
        CDT_OK(demo::addStandardPurposes(officer()));
        SubjectInput in;
        in.name = kName;
        in.phone = kPhone;
        in.birthDate = kBirth;
        auto s = SubjectService(officer()).create(in);
        CDT_OK(s);
        m_subject = s->id;
        m_pseudonym = s->pseudonym;
        PurposeService purposes(officer());
        auto membership = purposes.findByCode(QStringLiteral("membership"));
        CDT_OK(membership);
        auto notice = purposes.currentNotice(membership->id);
        CDT_OK(notice);
        RegistrationInput reg;
        reg.subjectId = m_subject;
        reg.purposes.push_back(PurposeConsent{membership->id, notice->id, false});
        CDT_OK(ConsentService(officer()).registerConsent(reg));
    }

    void accessPackageHoldsWhatWhyAndHowLong()
    {
        const qint64 id = verifiedRequest(RequestType::Access);
        QVERIFY(id > 0);
        FulfilmentService service(officer());
        auto begun = service.begin(id, QStringLiteral("en"));
        CDT_OK(begun);
        QCOMPARE(begun->state, RequestState::InProgress);

        auto pkg = SubjectPackages(officer()).build(m_subject, id, QStringLiteral("en"));
        CDT_OK(pkg);
        const QJsonObject json = QJsonDocument::fromJson(SubjectPackages::toJson(pkg.value())).object();
        QCOMPARE(json.value(QStringLiteral("request")).toInteger(), id);
        const QJsonObject subject = json.value(QStringLiteral("subject")).toObject();
        QCOMPARE(subject.value(QStringLiteral("name")).toString(), kName);
        QCOMPARE(subject.value(QStringLiteral("phone")).toString(), kPhone);
        QCOMPARE(subject.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1988-03-09"));
        QCOMPARE(subject.value(QStringLiteral("pseudonym")).toString(), m_pseudonym);
        QVERIFY(subject.value(QStringLiteral("since")).toString().startsWith(QLatin1String("2025-06-15")));
        const QJsonArray consents = json.value(QStringLiteral("consents")).toArray();
        QCOMPARE(consents.size(), 1);
        const QJsonObject c = consents.first().toObject();
        QCOMPARE(c.value(QStringLiteral("purposeCode")).toString(), QStringLiteral("membership"));
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("granted"));
        QVERIFY(!c.value(QStringLiteral("legalBasis")).toString().isEmpty());
        QVERIFY(c.value(QStringLiteral("retentionDays")).toInt() > 0);
        QCOMPARE(c.value(QStringLiteral("noticeSha256")).toString().size(), 64);
        QVERIFY(json.value(QStringLiteral("sharedWith")).toArray().isEmpty());

        const QByteArray csv = SubjectPackages::toCsv(pkg.value());
        QVERIFY(csv.startsWith("record,id,field,value\r\n"));
        QVERIFY(csv.contains("subject," + m_pseudonym.toUtf8() + ",name," + kName.toUtf8() + "\r\n"));
        QVERIFY(csv.contains(",purposeCode,membership\r\n"));
        QVERIFY(csv.contains(",retentionDays," + QByteArray::number(c.value(QStringLiteral("retentionDays")).toInt())));

        // The customer's letter holds the data; Chinese letters name purposes in Chinese.
        const ResponseLetter letter = SubjectPackages::letter(pkg.value());
        QCOMPARE(letter.language, QStringLiteral("en"));
        QVERIFY(letter.toPlainText().contains(kName));
        QVERIFY(letter.toPlainText().contains(QStringLiteral("no. %1").arg(id)));
        auto zh = SubjectPackages(officer()).build(m_subject, id, QStringLiteral("zh_CN"));
        CDT_OK(zh);
        QVERIFY(zh->consents.front().purpose != pkg->consents.front().purpose);
        // ... and the letter itself is Chinese: its texts reach the translation files (lupdate
        // once missed them), and the package's letter reads them from there.
        const QString zhText = SubjectPackages::letter(zh.value()).toPlainText();
        QVERIFY2(zhText.startsWith(QStringLiteral("本店持有的您的个人信息")), qPrintable(zhText.left(200)));

        // The stored record letter says what was done, without the personal fields.
        auto done = service.completeWithLetter(
            id, FulfilmentService::accessRecordLetter(begun.value(), QStringLiteral("en"), officer().clock().nowMs(), 1, 0));
        CDT_OK(done);
        QCOMPARE(done->state, RequestState::Completed);
        auto stored = service.letter(id);
        CDT_OK(stored);
        QVERIFY(stored->toPlainText().contains(m_pseudonym));
        QVERIFY(!stored->toPlainText().contains(kName) && !stored->toPlainText().contains(kPhone));
        // Building the package viewed the full record: audited.
        QVERIFY(!audit(QStringLiteral("subject.view")).isEmpty());
    }

    void correctionKeepsBeforeAndAfterApart()
    {
        const qint64 id = verifiedRequest(RequestType::Correction);
        FulfilmentService service(officer());
        CDT_OK(service.begin(id, QStringLiteral("zh_CN")));
        CDT_FAILS_WITH(service.correct(id, {}), ErrorCode::Invalid);
        SubjectCorrection c;
        c.name = QStringLiteral("欧阳更正");
        c.phone = QStringLiteral("139-1234-0000");
        c.birthDate = kBirth;  // unchanged: not recorded
        auto fields = service.correct(id, c);
        CDT_OK(fields);
        QCOMPARE(fields.value(), (QStringList{QStringLiteral("name"), QStringLiteral("phone")}));
        auto now = SubjectService(officer()).view(m_subject);
        CDT_OK(now);
        QCOMPARE(now->name, QStringLiteral("欧阳更正"));
        QCOMPARE(now->phone, QStringLiteral("13912340000"));

        auto records = SubjectService(officer()).corrections(id);
        CDT_OK(records);
        QCOMPARE(int(records->size()), 2);
        QCOMPARE(records->at(0).field, QStringLiteral("name"));
        QCOMPARE(records->at(0).before, kName);
        QCOMPARE(records->at(0).after, QStringLiteral("欧阳更正"));
        QCOMPARE(records->at(1).before, kPhone);
        // The audit names the fields, never the values.
        const auto audited = audit(QStringLiteral("subject.correct"));
        QCOMPARE(audited.size(), 1);
        QVERIFY(audited.front().detail.contains(QLatin1String("name,phone")));
        QVERIFY(!audited.front().detail.contains(kName) && !audited.front().detail.contains(kPhone));
        // The same values again change nothing.
        auto again = SubjectService(officer()).correct(m_subject, c, id);
        CDT_OK(again);
        QVERIFY(again->isEmpty());

        // Erasing the customer erases the old and the new values too.
        CDT_OK(ConsentService(officer()).withdrawAllForSubject(m_subject, QStringLiteral("counter")));
        auto erased = SubjectErasure(officer()).erase({m_subject, QStringLiteral("request"), QStringLiteral("x")});
        CDT_OK(erased);
        auto after = SubjectService(officer()).corrections(id);
        CDT_OK(after);
        for (const CorrectionRecord &r : after.value())
            QVERIFY(r.before.isEmpty() && r.after.isEmpty());
        CDT_FAILS_WITH(SubjectService(officer()).correct(m_subject, c, id), ErrorCode::Conflict);
    }

    void deletionWithoutVendorsSettlesByItself()
    {
        const qint64 id = verifiedRequest(RequestType::Deletion);
        FulfilmentService service(officer());
        CDT_OK(service.begin(id, QStringLiteral("en")));
        auto step = service.eraseAndAwaitVendors(id);
        CDT_OK(step);
        QCOMPARE(step->consentsWithdrawn, 1);
        QVERIFY(step->erasedLocally);
        QCOMPARE(step->vendorErasuresOwed, 0);
        auto row = RequestService(officer()).show(id);
        CDT_OK(row);
        QCOMPARE(row->row.state, RequestState::AwaitingVendors);
        // Not an officer's decision: the completion may be recorded by any role (the jobs timer).
        auto settled = service.settleAwaitingVendors();
        CDT_OK(settled);
        QCOMPARE(settled.value(), 1);
        row = RequestService(officer()).show(id);
        CDT_OK(row);
        QCOMPARE(row->row.state, RequestState::Completed);
        auto letter = service.letter(id);
        CDT_OK(letter);
        const QString text = letter->toPlainText();
        QVERIFY(text.contains(m_pseudonym));
        QVERIFY2(text.contains(QLatin1String("name=1")) && text.contains(QLatin1String("phone=1")), qPrintable(text));
        QVERIFY(!text.contains(kName) && !text.contains(kPhone));
        QCOMPARE(service.settleAwaitingVendors().value(), 0);
    }

    void refusals()
    {
        FulfilmentService service(officer());
        // Not verified yet.
        RequestIntake in;
        in.type = RequestType::Access;
        in.subjectId = m_subject;
        auto received = RequestService(officer()).intake(in);
        CDT_OK(received);
        CDT_FAILS_WITH(service.begin(received->id, QStringLiteral("en")), ErrorCode::Invalid);
        CDT_FAILS_WITH(service.begin(99999, QStringLiteral("en")), ErrorCode::NotFound);
        // Closed.
        CDT_OK(RequestService(officer()).cancel(received->id, QStringLiteral("asked twice")));
        CDT_FAILS_WITH(service.begin(received->id, QStringLiteral("en")), ErrorCode::Invalid);
        // Completing "by receipts" only from awaiting vendors.
        const qint64 id = verifiedRequest(RequestType::Deletion);
        CDT_OK(service.begin(id, QStringLiteral("en")));
        CDT_FAILS_WITH(RequestService(officer()).completeAwaited(id), ErrorCode::Invalid);
        // Staff take requests in; they do not fulfil them.
        CDT_OK(UserService(officer()).add(QStringLiteral("sam"), QStringLiteral("Staff S"), Role::Staff,
                                          QStringLiteral("staff-pass-1"), KdfLimits::minimum()));
        auto staff = m_store->unlock(QStringLiteral("sam"), QStringLiteral("staff-pass-1"));
        QVERIFY(staff);
        CDT_FAILS_WITH(FulfilmentService(*staff).begin(id, QStringLiteral("en")), ErrorCode::Forbidden);
        CDT_FAILS_WITH(FulfilmentService(*staff).eraseAndAwaitVendors(id), ErrorCode::Forbidden);
        auto view = SubjectService(officer()).view(m_subject);
        CDT_OK(view);
        QCOMPARE(view->name, kName);  // nothing was erased by the refused call
    }
};

QTEST_GUILESS_MAIN(TestFulfilment)
#include "tst_fulfilment.moc"
