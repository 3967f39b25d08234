// The Retention page over a real encrypted store: the rules, a closed request that falls due,
// "Sweep now" (dry run, then the sweep, on a worker thread with its own connection) deleting it
// with a deletion-log entry, the last sweep shown, and no sweep button for a role that may not
// run jobs. Every name and phone is synthetic.
#include "tests/support/StoreFixture.h"

#include "core/access/UserService.h"
#include "core/consent/SubjectService.h"
#include "core/i18n/Language.h"
#include "core/ledgers/DeletionLog.h"
#include "core/requests/RequestService.h"
#include "ui/retention/RetentionPage.h"
#include "ui/retention/RetentionScheduleModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

class TestRetentionPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsRulesAndWhatIsDue();
    void sweepsOffTheGuiThread();
    void staffCannotSweep();

private:
    int dueRows(RetentionScheduleModel *model) const;
    cdtest::TestStore m_store;
    qint64 m_request = 0;
};

void TestRetentionPage::initTestCase()
{
    QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
    QLoggingCategory::setFilterRules(QStringLiteral("qt.modeltest.debug=false"));
    const QString error = m_store.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    cd::SubjectInput in;
    in.name = QStringLiteral("测试顾客");
    in.phone = QStringLiteral("13900000001");
    auto subject = cd::SubjectService(*m_store.officer).create(in);
    CDT_OK(subject);
    cd::RequestService requests(*m_store.officer);
    cd::RequestIntake intake;
    intake.type = cd::RequestType::Explanation;
    intake.subjectId = subject->id;
    intake.details = QStringLiteral("synthetic");
    auto row = requests.intake(intake);
    CDT_OK(row);
    m_request = row->id;
    CDT_OK(requests.cancel(m_request, QStringLiteral("asked twice")));
    // Past the closed-request period (default 1095 days): its details are now due for erasure.
    m_store.clock.advanceDays(cd::kDefaultClosedRequestDays + 2);
}

int TestRetentionPage::dueRows(RetentionScheduleModel *model) const
{
    int due = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        due += model->index(r, 0).data(RetentionScheduleModel::DueNowRole).toBool() ? 1 : 0;
    return due;
}

void TestRetentionPage::showsRulesAndWhatIsDue()
{
    RetentionPage page(*m_store.officer);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *rules = page.findChild<QTableWidget *>(QStringLiteral("rulesTable"));
    QCOMPARE(rules->rowCount(), int(cd::allRetentionKinds().size()));
    bool closedPeriod = false;
    for (int r = 0; r < rules->rowCount(); ++r)
        closedPeriod = closedPeriod || rules->item(r, 1)->text().contains(QString::number(cd::kDefaultClosedRequestDays));
    QVERIFY2(closedPeriod, "the closed-request period is shown");
    RetentionScheduleModel *model = page.scheduleModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY2(model->lastError().isEmpty(), qPrintable(model->lastError()));
    QCOMPARE(dueRows(model), 1);
    bool listed = false;
    for (int r = 0; r < model->rowCount(); ++r)
        listed = listed || model->index(r, RetentionScheduleModel::RefColumn).data().toString().contains(QString::number(m_request));
    QVERIFY(listed);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("lastSweepLabel"))->text().contains(QStringLiteral("1 item")));
}

void TestRetentionPage::sweepsOffTheGuiThread()
{
    RetentionPage page(*m_store.officer);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *button = page.findChild<QPushButton *>(QStringLiteral("sweepButton"));
    QVERIFY(button->isVisible() && button->isEnabled());
    QSignalSpy finished(&page, &RetentionPage::sweepFinished);
    page.sweepNow(false);  // dry run, then the sweep without asking
    QVERIFY(page.isSweeping());
    QVERIFY(!button->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), true);   // the dry run first
    QCOMPARE(finished.at(1).at(0).toBool(), false);  // then the sweep
    QVERIFY(finished.at(1).at(1).toBool());
    QVERIFY(button->isEnabled());
    QCOMPARE(dueRows(page.scheduleModel()), 0);
    cd::DeletionFilter f;
    f.reason = QStringLiteral("retention");
    auto entries = cd::DeletionLog::page(*m_store.officer, f, 0, 10);
    CDT_OK(entries);
    QCOMPARE(int(entries->size()), 1);
    QVERIFY(entries->front().recordIds.contains(QStringLiteral("request:%1").arg(m_request)));
    const QString last = page.findChild<QLabel *>(QStringLiteral("lastSweepLabel"))->text();
    QVERIFY2(last.contains(QStringLiteral("Swept from this console")), qPrintable(last));
    QVERIFY2(last.contains(QStringLiteral("entry %1 of the deletion log").arg(entries->front().seq)), qPrintable(last));
}

void TestRetentionPage::staffCannotSweep()
{
    CDT_OK(cd::UserService(*m_store.officer)
               .add(QStringLiteral("clerk"), QStringLiteral("Clerk"), cd::Role::Staff, QStringLiteral("clerk-pass-01"),
                    cd::KdfLimits::minimum()));
    QString why;
    auto staff = m_store.unlock(QStringLiteral("clerk"), QStringLiteral("clerk-pass-01"), &why);
    QVERIFY2(staff, qPrintable(why));
    RetentionPage page(*staff);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("sweepButton"))->isVisible());
    page.sweepNow(false);  // refused before any worker starts
    QVERIFY(!page.isSweeping());
}

QTEST_MAIN(TestRetentionPage)
#include "tst_retentionpage.moc"
