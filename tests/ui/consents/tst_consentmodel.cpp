// ConsentTableModel over the real encrypted database with more than a thousand consents:
// keyset paging newest first, filters, and the model contract (QAbstractItemModelTester).
// Runs under QCoreApplication on purpose: the model must not need widgets.
#include "ui/consents/ConsentTableModel.h"
#include "core/i18n/Language.h"
#include "core/consent/ConsentService.h"
#include "core/demo/DemoData.h"
#include "core/consent/PurposeService.h"
#include "core/consent/SubjectService.h"
#include "core/access/Vault.h"
#include "tests/support/ComplianceFixture.h"
#include "tests/support/StoreFixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include "tests/support/NoticeItems.h"

namespace {
constexpr int kSubjects = 700;
}

class TestConsentModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstPageIsOnePage();
    void pagesNewestFirstUntilTheEnd();
    void filtersWithTesterAttached();
    void headersAndPurposeNamesFollowTheLanguage();
    void cleanupTestCase();

private:
    qint64 fetchAll(ConsentTableModel &model, int *pages = nullptr);
    qint64 expectedCount(const cd::ConsentFilter &filter);
    cd::Purpose purpose(const char *code);

    cdtest::TestStore m_store;  // the one store fixture; the officer's session is used throughout
    cd::ManualClock &m_clock = m_store.clock;
    std::unique_ptr<cd::Session> &m_session = m_store.officer;
    QString m_knownPseudonym;
    int m_knownConsents = 0;
    int m_withdrawn = 0;
};

cd::Purpose TestConsentModel::purpose(const char *code)
{
    cd::PurposeService purposes(*m_session);
    auto p = purposes.findByCode(QLatin1String(code));
    return p ? p.value() : cd::Purpose{};
}

void TestConsentModel::initTestCase()
{
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    QCOMPARE(m_store.create(), QString());
    QCOMPARE(cdtest::addFaceRecords(*m_session), QString());
    QVERIFY(cd::demo::addStandardPurposes(*m_session).ok());

    const cd::Purpose face = purpose("face-recognition");
    const cd::Purpose membership = purpose("membership");
    const cd::Purpose sms = purpose("marketing-sms");
    QVERIFY(face.id && membership.id && sms.id);
    cd::PurposeService purposes(*m_session);
    auto faceNotice = purposes.currentNotice(face.id);
    auto memberNotice = purposes.currentNotice(membership.id);
    auto smsNotice = purposes.currentNotice(sms.id);
    QVERIFY(faceNotice.ok() && memberNotice.ok() && smsNotice.ok());

    // One outer transaction: each registration's own transaction joins it.
    cd::Transaction tx(m_session->db());
    QVERIFY(tx.begin().ok());
    cd::SubjectService subjects(*m_session);
    cd::ConsentService consents(*m_session);
    for (int i = 0; i < kSubjects; ++i) {
        m_clock.advanceSecs(60);
        cd::SubjectInput in;
        // Synthetic names; every hundredth shares a prefix the search test looks for.
        in.name = (i % 100 == 0 ? QStringLiteral("Zed Tester %1") : QStringLiteral("Model Customer %1")).arg(i);
        in.phone = QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'));
        in.ageBand = cd::AgeBand::Adult;
        auto s = subjects.create(in);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        cd::RegistrationInput reg;
        reg.subjectId = s->id;
        reg.purposes.push_back({membership.id, memberNotice->id, false});
        if (i % 3 == 0)
            reg.purposes.push_back({face.id, faceNotice->id, true});
        if (i % 4 == 0)
            reg.purposes.push_back({sms.id, smsNotice->id, false});
        auto ids = consents.registerConsent(reg);
        QVERIFY2(ids.ok(), ids.ok() ? "" : qPrintable(ids.error().message));
        if (i % 7 == 0) {
            QVERIFY(consents.withdraw(ids->front(), QStringLiteral("counter")).ok());
            ++m_withdrawn;
        }
        if (i == 300) {
            m_knownPseudonym = s->pseudonym;
            m_knownConsents = int(ids->size());
        }
    }
    QVERIFY(tx.commit().ok());
    auto total = consents.count({});
    QVERIFY(total.ok());
    QVERIFY2(total.value() >= 1000, "the paging test needs at least 1000 consents");
}

qint64 TestConsentModel::expectedCount(const cd::ConsentFilter &filter)
{
    cd::ConsentService consents(*m_session);
    auto n = consents.count(filter);
    return n.ok() ? n.value() : -1;
}

qint64 TestConsentModel::fetchAll(ConsentTableModel &model, int *pages)
{
    int fetches = 0;
    while (model.canFetchMore(QModelIndex()) && fetches < 100) {
        model.fetchMore(QModelIndex());
        ++fetches;
    }
    if (pages)
        *pages = fetches;
    return model.rowCount();
}

void TestConsentModel::firstPageIsOnePage()
{
    ConsentTableModel model(*m_session);
    QCOMPARE(model.rowCount(), 0);
    model.reload();
    QCOMPARE(model.rowCount(), ConsentTableModel::kPageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QCOMPARE(model.columnCount(), int(ConsentTableModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, 0), ConsentTableModel::ConsentIdRole).toLongLong(), model.consentId(0));
    QCOMPARE(model.consentId(model.rowCount()), qint64(0));  // out of range
}

void TestConsentModel::pagesNewestFirstUntilTheEnd()
{
    ConsentTableModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    int pages = 0;
    const qint64 rows = fetchAll(model, &pages);
    QCOMPARE(rows, expectedCount({}));
    QVERIFY2(pages >= 4, "several fetchMore pages should have happened");
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.atEnd());

    // Newest first, no gaps or repeats across page boundaries.
    QSet<qint64> seen;
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 id = model.data(model.index(r, 0), Qt::UserRole + 1).toLongLong();
        QVERIFY(id > 0);
        if (r > 0)
            QVERIFY2(id < model.consentId(r - 1), "rows must be newest first");
        seen.insert(id);
    }
    QCOMPARE(qint64(seen.size()), rows);

    // At the end, fetching more changes nothing.
    model.fetchMore(QModelIndex());
    QCOMPARE(qint64(model.rowCount()), rows);
}

void TestConsentModel::filtersWithTesterAttached()
{
    ConsentTableModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();

    // Status
    cd::ConsentFilter withdrawn;
    withdrawn.status = cd::ConsentStatus::Withdrawn;
    model.setFilter(withdrawn);
    QCOMPARE(fetchAll(model), qint64(m_withdrawn));
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.data(model.index(r, 0), ConsentTableModel::StatusIdRole).toString(), QStringLiteral("withdrawn"));
        QCOMPARE(model.data(model.index(r, ConsentTableModel::StatusColumn)).toString(),
                 cd::statusDisplayName(cd::ConsentStatus::Withdrawn));
    }

    // Purpose: face recognition, always with separate consent
    cd::ConsentFilter face;
    face.purposeId = purpose("face-recognition").id;
    model.setFilter(face);
    QCOMPARE(fetchAll(model), expectedCount(face));
    QVERIFY(model.rowCount() > ConsentTableModel::kPageSize);
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.data(model.index(r, 0), ConsentTableModel::PurposeCodeRole).toString(),
                 QStringLiteral("face-recognition"));
        QCOMPARE(model.data(model.index(r, ConsentTableModel::SeparateConsentColumn)).toString(),
                 QStringLiteral("\u2713"));
    }

    // Search by pseudonym: exactly that customer's consents
    cd::ConsentFilter byPseudonym;
    byPseudonym.search = m_knownPseudonym;
    model.setFilter(byPseudonym);
    QCOMPARE(model.rowCount(), m_knownConsents);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.data(model.index(r, 0), ConsentTableModel::PseudonymRole).toString(), m_knownPseudonym);

    // Search by exact phone: subject 300 again; masked in the list
    cd::ConsentFilter byPhone;
    byPhone.search = QStringLiteral("13900000300");
    model.setFilter(byPhone);
    QCOMPARE(model.rowCount(), m_knownConsents);
    QCOMPARE(model.data(model.index(0, ConsentTableModel::PhoneColumn)).toString(), cd::maskPhone(byPhone.search));
    QVERIFY(model.data(model.index(0, ConsentTableModel::PhoneColumn)).toString().contains(QLatin1Char('*')));

    // Search by name prefix: the seven "Zed Tester" customers
    cd::ConsentFilter byName;
    byName.search = QStringLiteral("Zed");
    model.setFilter(byName);
    fetchAll(model);
    QSet<QString> customers;
    for (int r = 0; r < model.rowCount(); ++r) {
        customers.insert(model.data(model.index(r, 0), ConsentTableModel::PseudonymRole).toString());
        QVERIFY(model.data(model.index(r, ConsentTableModel::NameColumn)).toString().startsWith(QLatin1Char('Z')));
        QVERIFY(model.data(model.index(r, ConsentTableModel::NameColumn)).toString().contains(QLatin1Char('*')));
    }
    QCOMPARE(customers.size(), kSubjects / 100);

    // Needs renewal: a new notice for text messages marks its granted consents
    cd::PurposeService purposes(*m_session);
    const cd::Purpose sms = purpose("marketing-sms");
    auto published = purposes.publishNotice(sms.id, QStringLiteral("新的短信通知。"), QStringLiteral("A new notice for texts."), cdtest::fullNoticeItems());
    QVERIFY(published.ok());
    cd::ConsentFilter renewal;
    renewal.needsRenewalOnly = true;
    model.setFilter(renewal);
    QCOMPARE(fetchAll(model), expectedCount(renewal));
    QVERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.data(model.index(r, ConsentTableModel::NeedsRenewalColumn)).toString(), QStringLiteral("\u2713"));
        QCOMPARE(model.data(model.index(r, 0), ConsentTableModel::PurposeCodeRole).toString(), QStringLiteral("marketing-sms"));
    }

    // Combined, then a search that finds nothing, then back to everything
    cd::ConsentFilter combined = face;
    combined.status = cd::ConsentStatus::Granted;
    combined.search = m_knownPseudonym;
    model.setFilter(combined);
    QCOMPARE(qint64(model.rowCount()), expectedCount(combined));
    cd::ConsentFilter nothing;
    nothing.search = QStringLiteral("S-DOES-NOT-EXIST");
    model.setFilter(nothing);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.setFilter({});
    QCOMPARE(model.rowCount(), ConsentTableModel::kPageSize);
    QVERIFY(model.lastError().isEmpty());
}

void TestConsentModel::headersAndPurposeNamesFollowTheLanguage()
{
    QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
    ConsentTableModel model(*m_session);
    model.reload();
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    int memberRow = -1;
    for (int r = 0; r < model.rowCount() && memberRow < 0; ++r) {
        if (model.data(model.index(r, 0), ConsentTableModel::PurposeCodeRole).toString() == QLatin1String("membership"))
            memberRow = r;
    }
    QVERIFY(memberRow >= 0);
    const cd::Purpose membership = purpose("membership");
    QCOMPARE(model.data(model.index(memberRow, ConsentTableModel::PurposeColumn)).toString(), membership.nameEn);

    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(cd::i18n::setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(headers.count() > 0);
    QVERIFY(cells.count() > 0);
    QCOMPARE(model.data(model.index(memberRow, ConsentTableModel::PurposeColumn)).toString(), membership.nameZh);
    QCOMPARE(model.rowCount(), ConsentTableModel::kPageSize);  // retranslating does not reload

    headers.clear();
    QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
    QTRY_VERIFY(headers.count() > 0);
    QCOMPARE(model.data(model.index(memberRow, ConsentTableModel::PurposeColumn)).toString(), membership.nameEn);
}

void TestConsentModel::cleanupTestCase()
{
    m_session.reset();
}

QTEST_GUILESS_MAIN(TestConsentModel)
#include "tst_consentmodel.moc"
