// AuditTableModel over a real encrypted store with more than three pages of audit rows.
#include "tests/support/StoreFixture.h"

#include "ui/ledgers/AuditPage.h"
#include "ui/ledgers/AuditTableModel.h"
#include "core/i18n/Language.h"
#include "core/ledgers/AuditLog.h"
#include "core/store/Database.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLoggingCategory>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

class TestAuditModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesThroughTheWholeLog();
    void filtersByActionPrefix();
    void marksTheBrokenRow();
    void pageVerifiesTheChain();

private:
    cdtest::TestStore m_store;
    qint64 m_total = 0;
    static constexpr int kAlpha = 450;
    static constexpr int kBeta = 250;
};

void TestAuditModel::initTestCase()
{
    cd::i18n::setLanguage(QStringLiteral("en"));
    // The tester prints every row it sees at debug level: too much for a log.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.modeltest.debug=false"));
    const QString error = m_store.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    cd::Session &s = *m_store.officer;
    // Synthetic rows with two action prefixes, in one transaction for speed.
    cd::Transaction tx(s.db());
    CDT_OK(tx.begin());
    for (int i = 0; i < kAlpha; ++i) {
        m_store.clock.advanceSecs(7);
        CDT_OK(cd::AuditLog::append(s, QStringLiteral("alpha.event"), QStringLiteral("test"), QString::number(i)));
        if (i < kBeta)
            CDT_OK(cd::AuditLog::append(s, QStringLiteral("beta.event"), QStringLiteral("test"), QString::number(i),
                                        QStringLiteral("synthetic")));
    }
    CDT_OK(tx.commit());
    auto count = cd::AuditLog::count(s.db());
    CDT_OK(count);
    m_total = count.value();
    QVERIFY(m_total >= kAlpha + kBeta);
    QVERIFY(m_total > 3 * AuditTableModel::kPageSize);
}

void TestAuditModel::pagesThroughTheWholeLog()
{
    AuditTableModel model(*m_store.officer);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester may have fetched the first page itself; each fetchMore adds one page.
    int rows = model.rowCount();
    QVERIFY(rows % AuditTableModel::kPageSize == 0);
    QVERIFY(rows < m_total);
    QVERIFY(model.canFetchMore({}));
    int pages = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        const int now = model.rowCount();
        // A full page each time, except the last one.
        if (model.canFetchMore({}))
            QCOMPARE(now - rows, AuditTableModel::kPageSize);
        else
            QVERIFY(now - rows > 0 && now - rows <= AuditTableModel::kPageSize);
        rows = now;
        QVERIFY(++pages < 100);
    }
    QCOMPARE(qint64(model.rowCount()), m_total);
    QVERIFY(pages >= 2);  // rowCount grew over several fetchMore calls

    // Newest first, no gaps and no duplicates across page boundaries.
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.entry(r).seq, m_total - r);
    QCOMPARE(model.columnCount(), int(AuditTableModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, AuditTableModel::SeqColumn)).toLongLong(), m_total);
    QVERIFY(!model.data(model.index(0, AuditTableModel::TimeColumn)).toString().isEmpty());
    QCOMPARE(model.headerData(AuditTableModel::ActionColumn, Qt::Horizontal).toString(), QStringLiteral("Action"));
    QVERIFY(model.lastError().isEmpty());

    // A reload starts over from the newest row.
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), AuditTableModel::kPageSize);
}

void TestAuditModel::filtersByActionPrefix()
{
    AuditTableModel model(*m_store.officer);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setActionPrefix(QStringLiteral("beta."));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), kBeta);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.entry(r).action, QStringLiteral("beta.event"));

    model.setActionPrefix(QStringLiteral("alpha."));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), kAlpha);

    model.setActionPrefix(QStringLiteral("no-such-action."));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 0);
}

void TestAuditModel::marksTheBrokenRow()
{
    AuditTableModel model(*m_store.officer);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    if (model.rowCount() == 0)
        model.fetchMore({});
    QVERIFY(!model.data(model.index(5, 0), Qt::ForegroundRole).isValid());
    const qint64 broken = model.entry(5).seq;
    model.setBrokenSeq(broken);
    QVERIFY(model.data(model.index(5, 0), Qt::ForegroundRole).isValid());
    QVERIFY(!model.data(model.index(6, 0), Qt::ForegroundRole).isValid());  // older rows are fine
    model.setBrokenSeq(0);
    QVERIFY(!model.data(model.index(5, 0), Qt::ForegroundRole).isValid());
}

void TestAuditModel::pageVerifiesTheChain()
{
    // Intact first.
    {
        AuditPage page(*m_store.officer);
        page.verifyChain();
        auto *label = page.findChild<QLabel *>(QStringLiteral("verifyLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("intact")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QString::number(m_total)), qPrintable(label->text()));
    }
    // Then alter one row behind the triggers' back, as an attacker with the key could.
    cd::Database &db = m_store.officer->db();
    CDT_OK(db.exec("DROP TRIGGER audit_log_no_update"));
    CDT_OK(db.exec("UPDATE audit_log SET detail = 'altered' WHERE seq = 42"));
    AuditPage page(*m_store.officer);
    page.verifyChain();
    auto *label = page.findChild<QLabel *>(QStringLiteral("verifyLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("42")), qPrintable(label->text()));
    QVERIFY(label->styleSheet().contains(QStringLiteral("#b00020")));
}

QTEST_MAIN(TestAuditModel)
#include "tst_auditmodel.moc"
