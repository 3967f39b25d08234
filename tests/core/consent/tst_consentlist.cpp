// The consents list: keyset paging newest first, the status / purpose / search filters, and
// masked names and phones only.
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectService.h"
#include "tests/support/ComplianceFixture.h"
#include "tests/support/StoreFixture.h"

#include <QSet>
#include <algorithm>
#include "tests/support/NoticeItems.h"

using namespace cd;

class TestConsentList : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<cdtest::TestStore> m_s;
    Purpose m_face;
    Purpose m_stats;
    NoticeVersion m_faceV1;
    NoticeVersion m_statsV1;

    Session &officer() { return *m_s->officer; }

    Purpose addPurpose(const QString &code, bool sensitive)
    {
        Purpose p;
        p.code = code;
        p.nameZh = code + QStringLiteral("（中文）");
        p.nameEn = code + QStringLiteral(" (English)");
        p.legalBasis = QStringLiteral("consent");
        p.dataCategories = sensitive ? QStringLiteral("face") : QStringLiteral("visit-history");
        p.sensitive = sensitive;
        p.separateConsentRequired = sensitive;
        if (sensitive && !cdtest::approvedPiia(officer(), PiiaScope::Purpose, code))
            return Purpose{};
        auto r = PurposeService(officer()).add(p);
        return r.ok() ? r.value() : Purpose{};
    }

    Result<Subject> subject(const QString &name, const QString &phone)
    {
        SubjectInput in;
        in.name = name;
        in.phone = phone;
        in.ageBand = AgeBand::Adult;
        return SubjectService(officer()).create(in);
    }

    qint64 giveOne(qint64 subjectId, const Purpose &p, const NoticeVersion &n, bool separate)
    {
        RegistrationInput in;
        in.subjectId = subjectId;
        in.purposes.push_back(PurposeConsent{p.id, n.id, separate});
        auto r = ConsentService(officer()).registerConsent(in);
        return r.ok() && r.value().size() == 1 ? r.value().front() : 0;
    }

    qint64 total()
    {
        auto n = ConsentService(officer()).count(ConsentFilter{});
        return n.ok() ? n.value() : -1;
    }

private slots:
    void initTestCase()
    {
        m_s = std::make_unique<cdtest::TestStore>();
        const QString e = m_s->create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        m_face = addPurpose(QStringLiteral("face-recognition"), true);
        m_stats = addPurpose(QStringLiteral("visit-stats"), false);
        QVERIFY(m_face.id > 0 && m_stats.id > 0);
        auto f = PurposeService(officer()).publishNotice(m_face.id, QStringLiteral("人脸识别告知"), QStringLiteral("Face notice"), cdtest::fullNoticeItems());
        CDT_OK(f);
        m_faceV1 = f.value();
        auto s = PurposeService(officer()).publishNotice(m_stats.id, QStringLiteral("到店统计告知"), QStringLiteral("Visit notice"), cdtest::fullNoticeItems());
        CDT_OK(s);
        m_statsV1 = s.value();
    }
    void cleanupTestCase() { m_s.reset(); }

    void listPagingFiltersAndMasking()
    {
        struct Made {
            QString name, phone, pseudonym;
            qint64 subjectId;
            QList<qint64> consents;
        };
        QList<Made> made;
        int withdrawnCount = 0, faceCount = 0;
        for (int i = 0; i < 23; ++i) {
            const QString name = (i % 2 ? QStringLiteral("岚") : QStringLiteral("棠")) + QStringLiteral("测%1").arg(i);
            const QString phone = QStringLiteral("1381234%1").arg(i, 4, 10, QLatin1Char('0'));
            auto sub = subject(name, phone);
            CDT_OK(sub);
            Made m{name, phone, sub.value().pseudonym, sub.value().id, {}};
            const qint64 s = giveOne(m.subjectId, m_stats, m_statsV1, false);
            QVERIFY(s > 0);
            m.consents << s;
            if (i % 3 == 0) {
                const qint64 f = giveOne(m.subjectId, m_face, m_faceV1, true);
                QVERIFY(f > 0);
                m.consents << f;
                ++faceCount;
            }
            if (i % 4 == 1) {
                CDT_OK(ConsentService(officer()).withdraw(s, QStringLiteral("counter")));
                ++withdrawnCount;
            }
            made << m;
            m_s->clock.advanceSecs(10);
        }
        ConsentService svc(officer());
        const qint64 all = total();
        QCOMPARE(all, qint64(23 + faceCount));

        // Pages through everything matching `f`; checks order and uniqueness.
        auto pageAll = [&](const ConsentFilter &f, bool chinese, QList<ConsentRow> *rows) -> QString {
            QSet<qint64> seen;
            qint64 before = 0;
            for (int guard = 0; guard < 100; ++guard) {
                auto page = svc.page(f, before, 4, chinese);
                if (!page)
                    return QString::fromUtf8(cdtest::describe(page.error()));
                if (page.value().empty())
                    return {};
                if (int(page.value().size()) > 4)
                    return QStringLiteral("a page is longer than the limit");
                for (const ConsentRow &r : page.value()) {
                    if (before != 0 && r.id >= before)
                        return QStringLiteral("not newest first across pages");
                    if (seen.contains(r.id))
                        return QStringLiteral("a row appears twice");
                    seen.insert(r.id);
                    before = r.id;
                    *rows << r;
                }
            }
            return QStringLiteral("paging does not end");
        };
        auto countOf = [&](const ConsentFilter &f) {
            auto n = svc.count(f);
            return n.ok() ? n.value() : -1;
        };

        QList<ConsentRow> rows;
        QString e = pageAll(ConsentFilter{}, true, &rows);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(qint64(rows.size()), all);
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i].id < rows[i - 1].id);
        // Masked in lists, never the full name or phone.
        for (const ConsentRow &r : rows) {
            const auto it = std::find_if(made.begin(), made.end(), [&](const Made &m) { return m.pseudonym == r.pseudonym; });
            QVERIFY(it != made.end());
            QVERIFY(it->consents.contains(r.id));
            QCOMPARE(r.maskedName, maskName(it->name));
            QCOMPARE(r.maskedPhone, maskPhone(it->phone));
            QVERIFY(r.maskedName != it->name);
            QVERIFY(!r.maskedPhone.contains(it->phone.mid(3, 4)));
            QCOMPARE(r.purposeName, r.purposeCode == m_face.code ? m_face.nameZh : m_stats.nameZh);
            QCOMPARE(r.storeCode, QStringLiteral("S001"));
            QCOMPARE(r.noticeVersion, 1);
        }
        rows.clear();
        e = pageAll(ConsentFilter{}, false, &rows);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(rows.first().purposeName, rows.first().purposeCode == m_face.code ? m_face.nameEn : m_stats.nameEn);

        ConsentFilter withdrawn;
        withdrawn.status = ConsentStatus::Withdrawn;
        rows.clear();
        e = pageAll(withdrawn, true, &rows);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(rows.size(), withdrawnCount);
        QCOMPARE(countOf(withdrawn), qint64(withdrawnCount));
        for (const ConsentRow &r : rows)
            QCOMPARE(r.status, ConsentStatus::Withdrawn);

        ConsentFilter face;
        face.purposeId = m_face.id;
        rows.clear();
        e = pageAll(face, true, &rows);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(rows.size(), faceCount);
        QCOMPARE(countOf(face), qint64(faceCount));
        for (const ConsentRow &r : rows) {
            QCOMPARE(r.purposeCode, m_face.code);
            QVERIFY(r.separateConsent);
        }

        const Made &target = made[9];  // has a face consent too
        QCOMPARE(target.consents.size(), 2);
        for (const QString &search : {target.pseudonym, target.phone}) {
            ConsentFilter f;
            f.search = search;
            rows.clear();
            e = pageAll(f, true, &rows);
            QVERIFY2(e.isEmpty(), qPrintable(e));
            QCOMPARE(rows.size(), 2);
            for (const ConsentRow &r : rows)
                QCOMPARE(r.pseudonym, target.pseudonym);
            QCOMPARE(countOf(f), 2);
        }
        ConsentFilter partialPhone;
        partialPhone.search = target.phone.left(7);  // phones match exactly, not by prefix
        QCOMPARE(countOf(partialPhone), 0);

        ConsentFilter prefix;
        prefix.search = QStringLiteral("岚");
        int expected = 0;
        for (const Made &m : made)
            expected += m.name.startsWith(QStringLiteral("岚")) ? int(m.consents.size()) : 0;
        rows.clear();
        e = pageAll(prefix, true, &rows);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(rows.size(), expected);
        for (const ConsentRow &r : rows)
            QVERIFY(r.maskedName.startsWith(QStringLiteral("岚")));
        ConsentFilter inner;
        inner.search = QStringLiteral("测1");  // a middle part of names is not a prefix
        QCOMPARE(countOf(inner), 0);

        ConsentFilter combined;
        combined.search = QStringLiteral("棠");
        combined.purposeId = m_stats.id;
        combined.status = ConsentStatus::Granted;
        int expectedCombined = 0;
        for (int i = 0; i < made.size(); ++i)
            expectedCombined += (i % 2 == 0 && i % 4 != 1) ? 1 : 0;
        QCOMPARE(countOf(combined), qint64(expectedCombined));
    }
};

QTEST_GUILESS_MAIN(TestConsentList)
#include "tst_consentlist.moc"
