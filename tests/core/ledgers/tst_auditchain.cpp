// The audit log as evidence: it grows with every change, the database refuses to edit it, and any
// edit made behind the application's back (triggers dropped with the real key) is found by
// verify(), which names the first broken row. It never holds a subject's personal data.
#include "core/ledgers/AuditLog.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectService.h"
#include "core/access/UserService.h"
#include "tests/support/ComplianceFixture.h"
#include "tests/support/StoreFixture.h"
#include "tests/support/NoticeItems.h"

using namespace cd;

namespace {

const QString kName = QStringLiteral("筱邬斓");
const QString kPhone = QStringLiteral("13912345678");
const QDate kBirth(1990, 3, 7);
const QString kGuardianName = QStringLiteral("蔺甄");

struct Snapshot {
    QList<qint64> seqs;
    QList<QByteArray> hashes;
    bool operator==(const Snapshot &o) const { return seqs == o.seqs && hashes == o.hashes; }
};

// canonical(row) as docs/formats.md defines it, written independently of AuditLog.
QByteArray canonicalPerDocs(const AuditEntry &e)
{
    QByteArray out;
    auto int64 = [&](qint64 v) {
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((quint64(v) >> shift) & 0xff));
    };
    auto text = [&](const QString &t) {
        const QByteArray u = t.toUtf8();
        const quint32 n = quint32(u.size());
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(char((n >> shift) & 0xff));
        out.append(u);
    };
    int64(e.seq);
    int64(e.at);
    int64(e.userId);
    text(e.userName);
    text(e.action);
    text(e.objectType);
    text(e.objectId);
    text(e.detail);
    return out;
}

} // namespace

class TestAuditChain : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<cdtest::TestStore> m_s;
    Purpose m_purpose;
    NoticeVersion m_notice;

    Database &db() { return m_s->officer->db(); }

    Result<std::vector<AuditEntry>> all() { return AuditLog::page(db(), 0, 100000); }

    Snapshot snapshot()
    {
        Snapshot s;
        auto q = db().query("SELECT seq, hash FROM audit_log ORDER BY seq");
        for (;;) {
            auto r = q.step();
            if (!r || !r.value())
                break;
            s.seqs << q.int64(0);
            s.hashes << q.blob(1);
        }
        return s;
    }

    qint64 registerOne(const QString &name, const QString &phone)
    {
        SubjectInput in;
        in.name = name;
        in.phone = phone;
        in.birthDate = kBirth;
        auto subject = SubjectService(*m_s->officer).create(in);
        if (!subject)
            return 0;
        RegistrationInput r;
        r.subjectId = subject.value().id;
        r.purposes.push_back(PurposeConsent{m_purpose.id, m_notice.id, true});
        auto ids = ConsentService(*m_s->officer).registerConsent(r);
        if (!ids || ids.value().empty())
            return 0;
        m_s->clock.advanceSecs(60);
        return ids.value().front();
    }

private slots:
    void init()
    {
        m_s = std::make_unique<cdtest::TestStore>();
        const QString e = m_s->create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        Purpose p;
        p.code = QStringLiteral("face-recognition");
        p.nameZh = QStringLiteral("人脸识别");
        p.nameEn = QStringLiteral("Face recognition");
        p.legalBasis = QStringLiteral("consent");
        p.dataCategories = QStringLiteral("face");
        p.sensitive = true;
        p.separateConsentRequired = true;
        CDT_OK(cdtest::approvedPiia(*m_s->officer, PiiaScope::Purpose, p.code));
        auto added = PurposeService(*m_s->officer).add(p);
        CDT_OK(added);
        m_purpose = added.value();
        auto n = PurposeService(*m_s->officer).publishNotice(m_purpose.id, QStringLiteral("我们会识别您的面部。"),
                                                             QStringLiteral("We recognise your face."), cdtest::fullNoticeItems());
        CDT_OK(n);
        m_notice = n.value();
        for (int i = 0; i < 4; ++i)
            QVERIFY(registerOne(QStringLiteral("链测试%1").arg(i), QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'))) > 0);
    }
    void cleanup() { m_s.reset(); }

    void chainGrowsAndVerifies()
    {
        auto count = [&] {
            auto c = AuditLog::count(db());
            return c.ok() ? c.value() : -1;
        };
        qint64 n = count();
        QVERIFY(n >= 8);  // creating the store, the purpose, the notice, 4 subjects and 4 consents

        const qint64 consentId = registerOne(QStringLiteral("链测试新"), QStringLiteral("13900005555"));
        QVERIFY(consentId > 0);
        QVERIFY(count() >= n + 2);  // the subject and the consent
        n = count();
        CDT_OK(ConsentService(*m_s->officer).withdraw(consentId, QStringLiteral("phone")));
        QVERIFY(count() > n);
        n = count();
        CDT_OK(PurposeService(*m_s->officer).publishNotice(m_purpose.id, QStringLiteral("第二版"), QStringLiteral("Second"), cdtest::fullNoticeItems()));
        QVERIFY(count() > n);
        n = count();
        CDT_OK(UserService(*m_s->officer).add(QStringLiteral("late-staff"), QStringLiteral("Late"), Role::Staff,
                                              QStringLiteral("late-staff-pass"), KdfLimits::minimum()));
        QVERIFY(count() > n);
        n = count();

        auto v = AuditLog::verify(db());
        CDT_OK(v);
        QVERIFY2(v.value().ok, qPrintable(v.value().reason));
        QCOMPARE(v.value().rows, n);
        QCOMPARE(v.value().firstBrokenSeq, qint64(0));

        // Each hash is SHA-256(prev_hash || canonical bytes), and each row points at the one before.
        auto entries = all();
        CDT_OK(entries);
        QCOMPARE(qint64(entries.value().size()), n);
        QCOMPARE(v.value().headHash, entries.value().front().hash);  // newest first
        for (std::size_t i = 0; i < entries.value().size(); ++i) {
            const AuditEntry &e = entries.value()[i];
            QCOMPARE(int(e.hash.size()), 32);
            const QByteArray expected = QCryptographicHash::hash(e.prevHash + AuditLog::canonicalBytes(e),
                                                                 QCryptographicHash::Sha256);
            QVERIFY2(e.hash == expected, qPrintable(QStringLiteral("row %1").arg(e.seq)));
            QVERIFY2(AuditLog::canonicalBytes(e) == canonicalPerDocs(e),
                     qPrintable(QStringLiteral("row %1: canonical bytes differ from docs/formats.md").arg(e.seq)));
            if (i + 1 < entries.value().size()) {
                QVERIFY(entries.value()[i + 1].seq < e.seq);
                QCOMPARE(e.prevHash, entries.value()[i + 1].hash);
            }
        }
        // The chain starts at seq 1 from 32 zero bytes and has no gaps.
        QCOMPARE(entries.value().back().seq, qint64(1));
        QCOMPARE(entries.value().back().prevHash, QByteArray(32, '\0'));
        QCOMPARE(entries.value().front().seq, n);
        // Paging by seq, newest first, without gaps or repeats.
        auto firstPage = AuditLog::page(db(), 0, 3);
        CDT_OK(firstPage);
        QCOMPARE(int(firstPage.value().size()), 3);
        auto secondPage = AuditLog::page(db(), firstPage.value().back().seq, 3);
        CDT_OK(secondPage);
        QCOMPARE(secondPage.value().front().seq, entries.value()[3].seq);
    }

    void databaseRefusesEdits_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("update detail") << QByteArray("UPDATE audit_log SET detail = 'edited' WHERE seq = 3");
        QTest::newRow("update hash") << QByteArray("UPDATE audit_log SET hash = zeroblob(32) WHERE seq = 3");
        QTest::newRow("delete one") << QByteArray("DELETE FROM audit_log WHERE seq = 3");
        QTest::newRow("delete all") << QByteArray("DELETE FROM audit_log");
    }
    void databaseRefusesEdits()
    {
        QFETCH(QByteArray, sql);
        const Snapshot before = snapshot();
        QVERIFY(before.seqs.size() >= 8);
        auto r = db().exec(sql.constData());
        QVERIFY2(!r.ok(), "the database allowed an edit of the audit log");
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(snapshot() == before);
        auto v = AuditLog::verify(db());
        CDT_OK(v);
        QVERIFY(v.value().ok);
    }

    void editsBehindTheBackAreFound_data()
    {
        QTest::addColumn<QByteArray>("sql");       // %1 = the target row's seq
        QTest::addColumn<int>("brokenOffset");     // expected first broken row, relative to the target
        const QByteArray dropUpdate = "DROP TRIGGER audit_log_no_update; ";
        const QByteArray dropDelete = "DROP TRIGGER audit_log_no_delete; ";
        QTest::newRow("detail") << dropUpdate + "UPDATE audit_log SET detail = detail || ' ' WHERE seq = %1" << 0;
        QTest::newRow("action") << dropUpdate + "UPDATE audit_log SET action = action || '.x' WHERE seq = %1" << 0;
        QTest::newRow("at") << dropUpdate + "UPDATE audit_log SET at = at - 86400000 WHERE seq = %1" << 0;
        QTest::newRow("user_name") << dropUpdate + "UPDATE audit_log SET user_name = 'someone-else' WHERE seq = %1" << 0;
        QTest::newRow("user_id") << dropUpdate + "UPDATE audit_log SET user_id = coalesce(user_id, 0) + 7 WHERE seq = %1" << 0;
        QTest::newRow("object_id") << dropUpdate + "UPDATE audit_log SET object_id = object_id || '9' WHERE seq = %1" << 0;
        QTest::newRow("object_type") << dropUpdate + "UPDATE audit_log SET object_type = 'store' WHERE seq = %1" << 0;
        QTest::newRow("hash") << dropUpdate + "UPDATE audit_log SET hash = randomblob(32) WHERE seq = %1" << 0;
        QTest::newRow("prev_hash") << dropUpdate + "UPDATE audit_log SET prev_hash = randomblob(32) WHERE seq = %1" << 0;
        QTest::newRow("delete middle row") << dropDelete + "DELETE FROM audit_log WHERE seq = %1" << 1;
        // REPLACE deletes the old row without firing DELETE triggers (recursive_triggers is off):
        // if the database lets it through, verify() must still find it.
        QTest::newRow("insert or replace")
            << QByteArray("INSERT OR REPLACE INTO audit_log(seq, at, user_id, user_name, action, object_type, object_id,"
                          " detail, prev_hash, hash) SELECT seq, at, user_id, user_name, action || '.x', object_type,"
                          " object_id, detail, prev_hash, hash FROM audit_log WHERE seq = %1")
            << 0;
    }
    void editsBehindTheBackAreFound()
    {
        QFETCH(QByteArray, sql);
        QFETCH(int, brokenOffset);
        auto intact = AuditLog::verify(db());
        CDT_OK(intact);
        QVERIFY(intact.value().ok);
        const Snapshot before = snapshot();
        QVERIFY(before.seqs.size() >= 8);
        const int index = before.seqs.size() / 2;
        const qint64 target = before.seqs.at(index);
        const qint64 expectedBroken = before.seqs.at(index + brokenOffset);

        const QByteArray statement = QString::fromLatin1(sql).arg(target).toLatin1();
        auto r = db().exec(statement.constData());
        if (!r.ok()) {
            // Only acceptable for REPLACE: the database refused it, and nothing changed.
            QVERIFY2(QTest::currentDataTag() == QByteArray("insert or replace"), cdtest::describe(r.error()).constData());
            QVERIFY(snapshot() == before);
            return;
        }
        auto v = AuditLog::verify(db());
        CDT_OK(v);
        QVERIFY2(!v.value().ok, "verify() did not notice the edit");
        QCOMPARE(v.value().firstBrokenSeq, expectedBroken);
        QVERIFY(!v.value().reason.trimmed().isEmpty());
    }

    void subjectViewIsAudited()
    {
        SubjectInput in;
        in.name = kName;
        in.phone = kPhone;
        auto subject = SubjectService(*m_s->officer).create(in);
        CDT_OK(subject);
        for (int i = 1; i <= 2; ++i) {
            m_s->clock.advanceSecs(30);
            auto before = AuditLog::count(db());
            CDT_OK(before);
            auto viewed = SubjectService(*m_s->officer).view(subject.value().id);
            CDT_OK(viewed);
            QCOMPARE(viewed.value().name, kName);
            auto after = AuditLog::count(db());
            CDT_OK(after);
            QCOMPARE(after.value(), before.value() + 1);
            auto newest = AuditLog::page(db(), 0, 1);
            CDT_OK(newest);
            const AuditEntry &e = newest.value().front();
            QCOMPARE(e.action, QStringLiteral("subject.view"));
            QCOMPARE(e.userName, cdtest::kOfficer);
            QCOMPARE(e.at, m_s->clock.nowMs());
            QVERIFY(e.objectId == QString::number(subject.value().id) || e.objectId == subject.value().pseudonym);
        }
        // A masked search is not a view of personal data.
        auto before = AuditLog::page(db(), 0, 1, QStringLiteral("subject.view"));
        CDT_OK(before);
        CDT_OK(SubjectService(*m_s->officer).search(kPhone));
        auto after = AuditLog::page(db(), 0, 1, QStringLiteral("subject.view"));
        CDT_OK(after);
        QCOMPARE(after.value().front().seq, before.value().front().seq);
    }

    void auditNeverHoldsPersonalData()
    {
        SubjectInput in;
        in.name = kName;
        in.phone = kPhone;
        in.birthDate = kBirth;
        auto adult = SubjectService(*m_s->officer).create(in);
        CDT_OK(adult);
        SubjectInput child;
        child.name = kName + QStringLiteral("小");
        child.phone = QStringLiteral("13987654321");
        child.birthDate = m_s->clock.now().date().addYears(-8);
        auto minor = SubjectService(*m_s->officer).create(child);
        CDT_OK(minor);

        ConsentService consents(*m_s->officer);
        RegistrationInput r;
        r.subjectId = adult.value().id;
        r.purposes.push_back(PurposeConsent{m_purpose.id, m_notice.id, true});
        auto ids = consents.registerConsent(r);
        CDT_OK(ids);
        r.subjectId = minor.value().id;
        r.guardian = Guardian{kGuardianName, QStringLiteral("parent"), true};
        auto childIds = consents.registerConsent(r);
        CDT_OK(childIds);
        CDT_OK(consents.withdraw(ids.value().front(), QStringLiteral("counter")));
        CDT_OK(consents.withdrawAllForSubject(minor.value().id, QStringLiteral("phone")));
        CDT_OK(SubjectService(*m_s->officer).view(adult.value().id));
        CDT_OK(SubjectService(*m_s->officer).view(minor.value().id));
        CDT_OK(SubjectService(*m_s->officer).search(kName.left(2)));
        ConsentFilter f;
        f.search = kPhone;
        CDT_OK(consents.page(f, 0, 10, true));

        const QStringList forbidden{kName, kName.left(2), child.name, kPhone, kPhone.right(8), child.phone,
                                    child.phone.right(8), kGuardianName, kBirth.toString(Qt::ISODate),
                                    child.birthDate->toString(Qt::ISODate)};
        auto q = db().query("SELECT seq, user_name, action, object_type, object_id, detail FROM audit_log");
        int rows = 0;
        for (;;) {
            auto step = q.step();
            CDT_OK(step);
            if (!step.value())
                break;
            ++rows;
            for (int c = 1; c <= 5; ++c) {
                const QString value = q.text(c);
                for (const QString &pd : forbidden)
                    QVERIFY2(!value.contains(pd), qPrintable(QStringLiteral("audit row %1, column %2 holds personal data")
                                                                 .arg(q.int64(0)).arg(c)));
            }
        }
        QVERIFY(rows >= 15);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
