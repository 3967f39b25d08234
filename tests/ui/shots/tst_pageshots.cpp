// Renders the Requests, Retention and Deletion log pages (and a request's detail and refusal
// dialogs) over a seeded encrypted store, in English and in zh_CN, to PNG files for a person to
// look at: CONSENTDESK_SHOTS_DIR names the folder (else the test's temporary directory).
// CONSENTDESK_SHOTS_TSV may name files of translations not yet merged into translations/*.ts (context,
// source, Chinese per line, as engineers hand them in); with it, the zh_CN pages must show Chinese
// in every column header. Without it the compiled translations are used and tests/i18n is what
// checks that zh_CN is complete. Every name and phone is synthetic.
#include "tests/support/StoreFixture.h"
#include "tests/support/TsvTranslator.h"

#include "core/consent/SubjectService.h"
#include "core/i18n/Language.h"
#include "core/ledgers/DeletionLog.h"
#include "core/requests/RequestService.h"
#include "core/retention/RetentionService.h"
#include "ui/common/Gui.h"
#include "ui/ledgers/DeletionLogPage.h"
#include "ui/requests/RequestActionDialog.h"
#include "ui/requests/RequestDetailDialog.h"
#include "ui/requests/RequestQueueModel.h"
#include "ui/requests/RequestsPage.h"
#include "ui/retention/RetentionPage.h"
#include "ui/retention/RetentionScheduleModel.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTranslator>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QtTest>

class TestPageShots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void shots_data();
    void shots();

private:
    qint64 take(cd::RequestType type, const QDateTime &at, const QString &phone, bool matched = true);
    void save(QWidget *w, const QString &name);
    cdtest::TestStore m_store;
    QString m_dir;
    cdtest::TsvTranslator m_extra;
    bool m_haveExtra = false;
    QDateTime m_now{QDate(2026, 12, 21), QTime(9, 30), Qt::UTC};  // a Monday; deadlines run into 2027
    qint64 m_refusable = 0;
    qint64 m_week = 0;
};

qint64 TestPageShots::take(cd::RequestType type, const QDateTime &at, const QString &phone, bool matched)
{
    m_store.clock.set(at);
    cd::RequestIntake in;
    in.type = type;
    in.details = QStringLiteral("请提供我的全部个人信息副本");
    if (matched) {
        cd::SubjectInput s;
        s.name = QStringLiteral("王小明");
        s.phone = phone;
        auto subject = cd::SubjectService(*m_store.officer).create(s);
        if (!subject.ok())
            return 0;
        in.subjectId = subject->id;
    } else {
        in.contactName = QStringLiteral("李四");
        in.contactPhone = phone;
    }
    auto row = cd::RequestService(*m_store.officer).intake(in);
    return row.ok() ? row->id : 0;
}

void TestPageShots::initTestCase()
{
    cd::gui::initResources();
    const QString error = m_store.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_dir = qEnvironmentVariable("CONSENTDESK_SHOTS_DIR", m_store.dir.filePath(QStringLiteral("shots")));
    QVERIFY(QDir().mkpath(m_dir));
    // A colon-separated list: every engineer's file, so that core's words show translated too.
    for (const QString &tsv : qEnvironmentVariable("CONSENTDESK_SHOTS_TSV").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        QVERIFY2((m_haveExtra = m_extra.load(tsv)), qPrintable(tsv));
    cd::Session &s = *m_store.officer;
    cd::RequestService requests(s);
    // The queue: overdue, due this week, next week, fresh, one not matched yet, one into 2027.
    QVERIFY(take(cd::RequestType::Access, m_now.addDays(-40), QStringLiteral("13800001001")));
    m_refusable = take(cd::RequestType::Deletion, m_now.addDays(-19), QStringLiteral("13800001002"));
    m_week = take(cd::RequestType::Copy, m_now.addDays(-13), QStringLiteral("13800001003"));
    QVERIFY(take(cd::RequestType::Correction, m_now.addDays(-2), QStringLiteral("13800001004")));
    QVERIFY(take(cd::RequestType::Explanation, m_now.addDays(-1), QStringLiteral("13911112222"), false));
    QVERIFY(m_refusable && m_week);
    m_store.clock.set(m_now.addDays(-12));
    CDT_OK(requests.verifyIdentity(m_week, cd::IdentityMethod::IdDocument));
    m_store.clock.set(m_now.addDays(-11));
    CDT_OK(requests.apply(m_week, cd::RequestAction::Start));
    m_store.clock.set(m_now.addDays(-8));
    CDT_OK(requests.pause(m_week, QStringLiteral("等待顾客补充会员账号")));
    m_store.clock.set(m_now.addDays(-6));
    CDT_OK(requests.resume(m_week));
    // A closed request past a short closed-request period: due for the retention sweep.
    const qint64 closed = take(cd::RequestType::Restriction, m_now.addDays(-60), QStringLiteral("13800001005"));
    m_store.clock.set(m_now.addDays(-50));
    CDT_OK(requests.cancel(closed, QStringLiteral("重复的请求")));
    cd::RetentionSettings rs;
    rs.closedRequestDays = 30;
    rs.renewalGraceDays = 30;
    m_store.clock.set(m_now.addDays(-45));
    CDT_OK(cd::RetentionService(s).setSettings(rs));
    // Deletion-log entries: a vendor erasure with its receipt, local erasures, a retention sweep.
    for (int i = 0; i < 3; ++i) {
        m_store.clock.set(m_now.addDays(-30 + 8 * i));
        cd::DeletionEntry e;
        e.at = m_store.clock.nowMs();
        e.reason = i == 1 ? QStringLiteral("withdrawal") : QStringLiteral("request");
        e.reasonRef = i == 1 ? QStringLiteral("consent:%1").arg(20 + i) : QStringLiteral("request:%1").arg(m_refusable);
        e.category = QStringLiteral("face-data");
        e.subjectRef = QStringLiteral("S-7F3A%1C2").arg(i);
        e.location = QStringLiteral("simcam");
        e.counts = QStringLiteral("face-image=%1;face-template=1").arg(12 + 5 * i);
        e.receiptId = QStringLiteral("simcam-rcpt-%1").arg(4410 + i);
        e.digest = QStringLiteral("9c1d7e0b44a2f3c5e6d7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d%1").arg(i);
        CDT_OK(cd::DeletionLog::append(s.db(), e));
        e.actorId = s.user().id;
        e.actorName = s.user().name;
        e.category = QStringLiteral("personal-fields");
        e.location = QStringLiteral("local");
        e.counts = QStringLiteral("name=1;phone=1;birth-date=1");
        e.receiptId.clear();
        e.digest.clear();
        e.recordIds = QStringLiteral("subject:%1").arg(30 + i);
        CDT_OK(cd::DeletionLog::append(s.db(), e));
    }
    m_store.clock.set(m_now);
}

void TestPageShots::save(QWidget *w, const QString &name)
{
    QTest::qWait(50);  // layouts settle in more than one pass (a label that grew a line)
    const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(w->grab().save(path), qPrintable(path));
}

void TestPageShots::shots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// True when every header of the model's columns holds a Chinese character.
static bool headersChinese(const QAbstractItemModel *model)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (int c = 0; c < model->columnCount(); ++c)
        if (!model->headerData(c, Qt::Horizontal).toString().contains(han))
            return false;
    return true;
}

void TestPageShots::shots()
{
    QFETCH(QString, language);
    QVERIFY(cd::i18n::setLanguage(language));
    const bool zh = language == QLatin1String("zh_CN") && m_haveExtra;
    if (m_haveExtra) {
        QCoreApplication::removeTranslator(&m_extra);
        if (language == QLatin1String("zh_CN"))
            QCoreApplication::installTranslator(&m_extra);
    }
    const QSize size(1280, 760);
    {
        RequestsPage page(*m_store.officer, nullptr);
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.model()->rowCount() >= 5);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("estimateNote"))->isVisible());  // 2027 has no calendar file
        if (zh)
            QVERIFY(headersChinese(page.model()));
        save(&page, QStringLiteral("requests-") + language);
        RequestDetailDialog *shown = page.openRequest(m_week);
        QVERIFY(QTest::qWaitForWindowExposed(shown));
        save(shown, QStringLiteral("request-detail-") + language);
        shown->reject();
        RequestDetailDialog *detail = page.openRequest(m_refusable);
        QVERIFY(QTest::qWaitForWindowExposed(detail));
        QTest::mouseClick(detail->actionButton(cd::RequestAction::Refuse), Qt::LeftButton);
        RequestActionDialog *refuse = nullptr;
        QTRY_VERIFY((refuse = detail->findChild<RequestActionDialog *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(refuse));
        auto *reason = refuse->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        reason->setPlainText(zh ? QStringLiteral("本店未持有所请求的数据。") : QStringLiteral("This store does not hold the data asked for."));
        save(refuse, QStringLiteral("request-refuse-") + language);
        refuse->reject();
        detail->reject();
    }
    {
        RetentionPage page(*m_store.officer);
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.scheduleModel()->rowCount() > 0);
        save(&page, QStringLiteral("retention-") + language);
    }
    {
        DeletionLogPage page(*m_store.officer);
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.findChild<QTableView *>(QStringLiteral("deletionView"))->model()->rowCount() >= 6);
        auto *view = page.findChild<QTableView *>(QStringLiteral("deletionView"));
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("verifyChainButton")), Qt::LeftButton);
        if (zh)
            QVERIFY(headersChinese(view->model()));
        save(&page, QStringLiteral("deletions-") + language);
    }
}

QTEST_MAIN(TestPageShots)
#include "tst_pageshots.moc"
