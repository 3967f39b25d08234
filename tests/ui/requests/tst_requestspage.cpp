// The Requests page over a real encrypted store: queue order and colours by working days left,
// overdue requests that no filter hides, only the actions the state and role allow, and a refusal
// through the dialog that reaches the timeline and the audit log. Every name and phone is synthetic.
#include "tests/support/StoreFixture.h"

#include "core/access/UserService.h"
#include "core/consent/SubjectService.h"
#include "core/i18n/Language.h"
#include "core/ledgers/AuditLog.h"
#include "core/requests/RequestService.h"
#include "ui/requests/RequestActionDialog.h"
#include "ui/requests/RequestDetailDialog.h"
#include "ui/requests/RequestFulfilDialog.h"
#include "vendors/VendorWorker.h"
#include "ui/requests/RequestQueueModel.h"
#include "ui/requests/RequestsPage.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using cd::RequestAction;

class TestRequestsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void queueOrderAndColours();
    void overdueIsNeverFilteredAway();
    void onlyAllowedActionsAreOffered();
    void refusalThroughTheDialog();
    void fulfilWritesTheLetterWhereChosen();

private:
    qint64 take(cd::RequestType type, const QDateTime &at, const char *phone);
    cdtest::TestStore m_store;
    QDateTime m_now{QDate(2026, 5, 20), QTime(9, 0), Qt::UTC};  // a Wednesday, calendar year 2026
    qint64 m_overdue = 0, m_soon = 0, m_week = 0, m_fresh = 0;
};

qint64 TestRequestsPage::take(cd::RequestType type, const QDateTime &at, const char *phone)
{
    m_store.clock.set(at);
    cd::SubjectInput in;
    in.name = QStringLiteral("测试顾客");
    in.phone = QLatin1String(phone);
    auto subject = cd::SubjectService(*m_store.officer).create(in);
    if (!subject.ok())
        return 0;
    cd::RequestIntake intake;
    intake.type = type;
    intake.subjectId = subject->id;
    intake.details = QStringLiteral("synthetic request");
    auto row = cd::RequestService(*m_store.officer).intake(intake);
    return row.ok() ? row->id : 0;
}

void TestRequestsPage::initTestCase()
{
    QVERIFY(cd::i18n::setLanguage(QStringLiteral("en")));
    QLoggingCategory::setFilterRules(QStringLiteral("qt.modeltest.debug=false"));
    const QString error = m_store.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Received 35, 18 and 12 calendar days ago and today: overdue, a few days left, about a week, 15.
    m_overdue = take(cd::RequestType::Access, m_now.addDays(-35), "13800000001");
    m_soon = take(cd::RequestType::Deletion, m_now.addDays(-18), "13800000002");
    m_week = take(cd::RequestType::Copy, m_now.addDays(-12), "13800000003");
    m_fresh = take(cd::RequestType::Explanation, m_now, "13800000004");
    QVERIFY(m_overdue && m_soon && m_week && m_fresh);
    m_store.clock.set(m_now);
}

// The bands the page promises in its legend: red overdue, orange <= 3, yellow <= 7, else none.
static QString band(bool overdue, int daysLeft)
{
    if (overdue)
        return QStringLiteral("red");
    if (daysLeft <= 3)
        return QStringLiteral("orange");
    return daysLeft <= 7 ? QStringLiteral("yellow") : QStringLiteral("none");
}

static QString colourName(const QVariant &v)
{
    if (!v.isValid())
        return QStringLiteral("none");
    const QColor c = v.value<QBrush>().color();
    if (c.red() > 0xf0 && c.green() < 0xe0 && c.blue() > 0xc0)
        return QStringLiteral("red");
    if (c.green() < 0xe8)
        return QStringLiteral("orange");
    return QStringLiteral("yellow");
}

void TestRequestsPage::queueOrderAndColours()
{
    RequestsPage page(*m_store.officer, nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RequestQueueModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE(model->rowCount(), 4);
    QList<qint64> ids;
    QStringList bands;
    int previous = std::numeric_limits<int>::min();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, RequestQueueModel::DaysLeftColumn);
        const int left = i.data(RequestQueueModel::DaysLeftRole).toInt();
        QVERIFY2(left >= previous, "sorted by working days left");
        previous = left;
        ids << i.data(RequestQueueModel::RequestIdRole).toLongLong();
        const QString expected = band(i.data(RequestQueueModel::OverdueRole).toBool(), left);
        QCOMPARE(colourName(i.data(Qt::BackgroundRole)), expected);
        bands << expected;
    }
    QCOMPARE(ids, (QList<qint64>{m_overdue, m_soon, m_week, m_fresh}));
    QCOMPARE(bands.first(), QStringLiteral("red"));
    QCOMPARE(bands.last(), QStringLiteral("none"));
    QVERIFY2(bands.contains(QStringLiteral("orange")), qPrintable(bands.join(QLatin1Char(','))));
    const QString lateText = model->index(0, RequestQueueModel::DaysLeftColumn).data().toString();
    QVERIFY2(lateText.contains(QStringLiteral("overdue")), qPrintable(lateText));
    // 2026 has a calendar file: no deadline here is an estimate, so the line stays hidden.
    QVERIFY(!page.findChild<QLabel *>(QStringLiteral("estimateNote"))->isVisible());
}

void TestRequestsPage::overdueIsNeverFilteredAway()
{
    RequestsPage page(*m_store.officer, nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *typeFilter = page.findChild<QComboBox *>(QStringLiteral("typeFilter"));
    QVERIFY(typeFilter);
    typeFilter->setCurrentIndex(typeFilter->findData(int(cd::RequestType::Explanation)));
    emit typeFilter->activated(typeFilter->currentIndex());
    RequestQueueModel *model = page.model();
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data(RequestQueueModel::RequestIdRole).toLongLong(), m_overdue);
    QVERIFY(model->index(0, 0).data(RequestQueueModel::ShownBecauseOverdueRole).toBool());
    QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("overdue")));
    QCOMPARE(model->index(1, 0).data(RequestQueueModel::RequestIdRole).toLongLong(), m_fresh);
    QVERIFY(!model->index(1, 0).data(RequestQueueModel::ShownBecauseOverdueRole).toBool());
    auto *note = page.findChild<QLabel *>(QStringLiteral("overdueNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("always shown")), qPrintable(note->text()));
}

void TestRequestsPage::onlyAllowedActionsAreOffered()
{
    RequestsPage page(*m_store.officer, nullptr);
    RequestDetailDialog *detail = page.openRequest(m_week);
    QVERIFY(detail);
    QVERIFY(QTest::qWaitForWindowExposed(detail));
    // Received, not paused, officer: exactly what the transition table allows.
    const QList<RequestAction> expected{RequestAction::VerifyIdentity, RequestAction::Refuse, RequestAction::Cancel,
                                        RequestAction::Pause, RequestAction::Extend, RequestAction::Assign};
    for (RequestAction a : cd::RequestRules::allActions()) {
        QPushButton *b = detail->actionButton(a);
        QVERIFY(b);
        QCOMPARE(b->isVisible() && b->isEnabled(), expected.contains(a));
    }
    QVERIFY(!detail->findChild<QPushButton *>(QStringLiteral("fulfilButton"))->isVisible());  // no vendors here
    // A store clerk may only verify identity (and take requests in).
    cd::RequestRow row = detail->detail().row;
    QCOMPARE(RequestDetailDialog::allowedActions(row, cd::Role::Staff), QList<RequestAction>{RequestAction::VerifyIdentity});
    QVERIFY(RequestDetailDialog::allowedActions(row, cd::Role::Auditor).isEmpty());
    // Paused: resume appears, start and pause do not.
    row.deadline.paused = true;
    const QList<RequestAction> paused = RequestDetailDialog::allowedActions(row, cd::Role::Officer);
    QVERIFY(paused.contains(RequestAction::Resume));
    QVERIFY(!paused.contains(RequestAction::Pause));
    detail->close();
}

void TestRequestsPage::refusalThroughTheDialog()
{
    RequestsPage page(*m_store.officer, nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RequestDetailDialog *detail = page.openRequest(m_soon);
    QVERIFY(QTest::qWaitForWindowExposed(detail));
    QTest::mouseClick(detail->actionButton(RequestAction::Refuse), Qt::LeftButton);
    RequestActionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = detail->findChild<RequestActionDialog *>(QStringLiteral("requestActionDialog"))) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("actionOkButton"));
    QVERIFY(!ok->isEnabled());  // no reason, no refusal (Art. 50)
    const QString reason = QStringLiteral("The data asked for is not held by this store");
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, reason);
    QTRY_VERIFY(ok->isEnabled());
    const QString letter = dialog->findChild<QTextBrowser *>(QStringLiteral("refusalLetterView"))->toPlainText();
    QVERIFY2(letter.contains(reason), qPrintable(letter));
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_COMPARE(detail->detail().row.state, cd::RequestState::Refused);
    auto *timeline = detail->findChild<QTableWidget *>(QStringLiteral("timelineTable"));
    bool found = false;
    for (int r = 0; r < timeline->rowCount(); ++r)
        found = found || timeline->item(r, 4)->text() == reason;
    QVERIFY2(found, "the refusal and its reason are in the timeline");
    QVERIFY(detail->findChild<QTextBrowser *>(QStringLiteral("refusalLetterText"))->toPlainText().contains(reason));
    // Closed now: no action is left to offer.
    for (RequestAction a : cd::RequestRules::allActions())
        QVERIFY(!detail->actionButton(a)->isVisible());
    auto audit = cd::AuditLog::page(*m_store.officer, 0, 20, QStringLiteral("request.refuse"));
    CDT_OK(audit);
    QVERIFY(!audit->empty());
    QCOMPARE(audit->front().objectId, QString::number(m_soon));
    // The queue no longer lists it (closed requests are hidden unless asked for).
    QTRY_COMPARE(page.model()->rowCount(), 3);
}

void TestRequestsPage::fulfilWritesTheLetterWhereChosen()
{
    // An explanation needs no vendor: a vendor thread without plugins is enough to run the fulfilment.
    cd::VendorManagerOptions options;
    options.dataRoot = m_store.dir.filePath(QStringLiteral("vendors"));
    cd::VendorWorker vendors(*m_store.officer, options);
    cd::RequestService requests(*m_store.officer);
    CDT_OK(requests.verifyIdentity(m_fresh, cd::IdentityMethod::PhoneCode));
    RequestsPage page(*m_store.officer, &vendors);
    RequestDetailDialog *detail = page.openRequest(m_fresh);
    QVERIFY(QTest::qWaitForWindowExposed(detail));
    auto *fulfil = detail->findChild<QPushButton *>(QStringLiteral("fulfilButton"));
    QVERIFY(fulfil->isVisible() && fulfil->isEnabled());
    QTest::mouseClick(fulfil, Qt::LeftButton);
    RequestFulfilDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = detail->findChild<RequestFulfilDialog *>(QStringLiteral("requestFulfilDialog"))) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runFulfilButton"));
    QVERIFY(!run->isEnabled());  // no note, no file yet
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("fulfilNoteEdit"))
        ->setPlainText(QStringLiteral("Explained which purposes use the data and for how long."));
    const QString pdf = m_store.dir.filePath(QStringLiteral("letters/explanation.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(pdf).path()));
    dialog->setOutputPath(pdf);  // what the file dialog would set
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    // The fulfilment runs on the vendor thread; its outcome comes back to the dialog.
    QTRY_VERIFY2(dialog->outcome().contains(QStringLiteral("completed")), qPrintable(dialog->outcome()));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QVERIFY(cdtest::readFile(pdf).startsWith("%PDF"));
    auto shown = requests.show(m_fresh);
    CDT_OK(shown);
    QCOMPARE(shown->row.state, cd::RequestState::Completed);
    QTRY_COMPARE(detail->detail().row.state, cd::RequestState::Completed);  // the detail followed
    QVERIFY(!detail->actionButton(RequestAction::Refuse)->isVisible());
}

QTEST_MAIN(TestRequestsPage)
#include "tst_requestspage.moc"
