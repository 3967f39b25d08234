// The deletion-log page over a real encrypted store: entries with their why, what, where and the
// vendor's receipt; filters by reason, place and date; and Verify naming the deletion log and the
// first broken seq after a row is altered behind the triggers' back.
#include "tests/support/StoreFixture.h"

#include "core/i18n/Language.h"
#include "core/ledgers/DeletionLog.h"
#include "core/store/Database.h"
#include "ui/ledgers/AuditPage.h"
#include "ui/ledgers/DeletionLogModel.h"
#include "ui/ledgers/DeletionLogPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

class TestDeletionLogPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEntriesWithReceipts();
    void filtersByReasonPlaceAndDate();
    void pagesThroughALongLog();
    void verifyNamesTheBrokenLedgerAndSeq();

private:
    static constexpr int kVendorEntries = 3;
    static constexpr int kLocalEntries = 2;
    static constexpr int kRetentionEntries = 250;  // more than a page
    cdtest::TestStore m_store;
};

void TestDeletionLogPage::initTestCase()
{
    QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
    QLoggingCategory::setFilterRules(QStringLiteral("qt.modeltest.debug=false"));
    const QString error = m_store.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    cd::Database &db = m_store.officer->db();
    // Vendor erasures for a request, each with the vendor's receipt and digest (a week apart).
    for (int i = 0; i < kVendorEntries; ++i) {
        m_store.clock.advanceDays(7);
        cd::DeletionEntry e;
        e.at = m_store.clock.nowMs();
        e.actorId = 0;
        e.reason = QStringLiteral("request");
        e.reasonRef = QStringLiteral("request:%1").arg(10 + i);
        e.category = QStringLiteral("face-data");
        e.subjectRef = QStringLiteral("S-TEST%1").arg(i);
        e.location = QStringLiteral("simcam");
        e.counts = QStringLiteral("face-image=%1;face-template=1").arg(5 + i);
        e.receiptId = QStringLiteral("RCPT-%1").arg(1000 + i);
        e.digest = QString(64, QLatin1Char('a' + i));
        CDT_OK(cd::DeletionLog::append(db, e));
    }
    for (int i = 0; i < kLocalEntries; ++i) {
        m_store.clock.advanceDays(1);
        cd::DeletionEntry e;
        e.at = m_store.clock.nowMs();
        e.actorId = m_store.officer->user().id;
        e.actorName = m_store.officer->user().name;
        e.reason = QStringLiteral("withdrawal");
        e.reasonRef = QStringLiteral("consent:%1").arg(i + 1);
        e.category = QStringLiteral("personal-fields");
        e.subjectRef = QStringLiteral("S-LOCAL%1").arg(i);
        e.location = QStringLiteral("local");
        e.counts = QStringLiteral("name=1;phone=1");
        e.recordIds = QStringLiteral("subject:%1").arg(i + 1);
        CDT_OK(cd::DeletionLog::append(db, e));
    }
    cd::Transaction tx(db);
    CDT_OK(tx.begin());
    for (int i = 0; i < kRetentionEntries; ++i) {
        m_store.clock.advanceSecs(60);
        cd::DeletionEntry e;
        e.at = m_store.clock.nowMs();
        e.reason = QStringLiteral("retention");
        e.category = QStringLiteral("request-details");
        e.subjectRef = QStringLiteral("*");
        e.location = QStringLiteral("local");
        e.counts = QStringLiteral("request=1");
        e.recordIds = QStringLiteral("request:%1").arg(100 + i);
        CDT_OK(cd::DeletionLog::append(db, e));
    }
    CDT_OK(tx.commit());
}

void TestDeletionLogPage::showsEntriesWithReceipts()
{
    DeletionLogPage page(*m_store.officer);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *reason = page.findChild<QComboBox *>(QStringLiteral("reasonFilter"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("request")));
    emit reason->activated(reason->currentIndex());
    DeletionLogModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE(model->rowCount(), kVendorEntries);
    // Newest first; each with its receipt, its digest (short) and why.
    for (int r = 0; r < kVendorEntries; ++r) {
        const int i = kVendorEntries - 1 - r;
        const QString receipt = model->index(r, DeletionLogModel::ReceiptColumn).data().toString();
        QVERIFY2(receipt.startsWith(QStringLiteral("RCPT-%1").arg(1000 + i)), qPrintable(receipt));
        QCOMPARE(model->index(r, DeletionLogModel::WhereColumn).data().toString(), QStringLiteral("simcam"));
        QVERIFY(model->index(r, DeletionLogModel::WhyColumn).data().toString().contains(QStringLiteral("request:%1").arg(10 + i)));
        QCOMPARE(model->index(r, DeletionLogModel::WhoColumn).data().toString(), QStringLiteral("(job)"));
    }
    // Selecting an entry shows all of it, digest in full.
    auto *view = page.findChild<QTableView *>(QStringLiteral("deletionView"));
    view->setCurrentIndex(model->index(0, 0));
    const QString details = page.findChild<QPlainTextEdit *>(QStringLiteral("deletionDetails"))->toPlainText();
    QVERIFY2(details.contains(QString(64, QLatin1Char('a' + kVendorEntries - 1))), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("face-image=7")));
}

void TestDeletionLogPage::filtersByReasonPlaceAndDate()
{
    DeletionLogPage page(*m_store.officer);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *place = page.findChild<QComboBox *>(QStringLiteral("locationFilter"));
    QVERIFY(place->findData(QStringLiteral("simcam")) > 0);
    place->setCurrentIndex(place->findData(QStringLiteral("local")));
    emit place->activated(place->currentIndex());
    auto *reason = page.findChild<QComboBox *>(QStringLiteral("reasonFilter"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("withdrawal")));
    emit reason->activated(reason->currentIndex());
    QTRY_COMPARE(page.model()->rowCount(), kLocalEntries);
    QCOMPARE(page.model()->index(0, DeletionLogModel::ReceiptColumn).data().toString(),
             QStringLiteral("(local, no receipt)"));
    // A date range that holds only the first vendor entry (day 7 after the start).
    reason->setCurrentIndex(0);
    place->setCurrentIndex(0);
    auto *from = page.findChild<QDateEdit *>(QStringLiteral("fromDateEdit"));
    auto *to = page.findChild<QDateEdit *>(QStringLiteral("toDateEdit"));
    const QDate first = cdtest::testStart().addDays(7).toLocalTime().date();
    from->setDate(first);
    to->setDate(first);
    page.findChild<QCheckBox *>(QStringLiteral("dateRangeCheck"))->setChecked(true);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, DeletionLogModel::ReceiptColumn).data().toString().left(9), QStringLiteral("RCPT-1000"));
}

void TestDeletionLogPage::pagesThroughALongLog()
{
    DeletionLogModel model(*m_store.officer);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), kVendorEntries + kLocalEntries + kRetentionEntries);
    QCOMPARE(model.index(0, 0).data().toLongLong(), qint64(kVendorEntries + kLocalEntries + kRetentionEntries));
}

void TestDeletionLogPage::verifyNamesTheBrokenLedgerAndSeq()
{
    {
        DeletionLogPage page(*m_store.officer);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("verifyChainButton")), Qt::LeftButton);
        const QString text = page.findChild<QLabel *>(QStringLiteral("verifyLabel"))->text();
        QVERIFY2(text.contains(QStringLiteral("The audit log is intact")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("The deletion log is intact: %1 row").arg(kVendorEntries + kLocalEntries
                                                                                        + kRetentionEntries)),
                 qPrintable(text));
    }
    // An attacker with the key rewrites one entry's counts.
    cd::Database &db = m_store.officer->db();
    CDT_OK(db.exec("DROP TRIGGER deletion_log_no_update"));
    CDT_OK(db.exec("UPDATE deletion_log SET counts = 'face-image=0' WHERE seq = 2"));
    DeletionLogPage page(*m_store.officer);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("verifyChainButton")), Qt::LeftButton);
    auto *label = page.findChild<QLabel *>(QStringLiteral("verifyLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("The deletion log is broken at row 2")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("The audit log is intact")), qPrintable(label->text()));
    QVERIFY(label->styleSheet().contains(QStringLiteral("#b00020")));
    // The audit page's button runs the same check and says the same.
    AuditPage audit(*m_store.officer);
    audit.verifyChain();
    QCOMPARE(audit.findChild<QLabel *>(QStringLiteral("verifyLabel"))->text(), label->text());
}

QTEST_MAIN(TestDeletionLogPage)
#include "tst_deletionlogpage.moc"
