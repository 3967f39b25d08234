// The dashboard in the real window over a seeded year (tests/support/DashboardSeed.h): the officer
// lands on it, staff do not; every chart's bars equal what the store's tables say, counted here
// with plain SQL and month bounds of the test's own; clicking an open item opens the page that
// fixes it; F5 loads the figures again; the charts follow a change of language.
#include "tests/support/DashboardSeed.h"
#include "tests/support/MarkingTranslator.h"
#include "tests/support/Widgets.h"

#include "core/i18n/Language.h"
#include "ui/charts/BarChart.h"
#include "ui/common/Gui.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/OpenItemsList.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QStandardPaths>
#include <QtTest>

using cdtest::child;

class TestDashboardPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { cd::i18n::setLanguage(QStringLiteral("en")); }
    void officerLandsOnTheDashboardStaffDoNot();
    void chartsEqualTheStore();
    void clickingAnItemOpensItsPage();
    void f5LoadsAgain();
    void verifyingTheLedgersShowsOnTheDashboard();
    void chartsFollowTheLanguage();

private:
    std::unique_ptr<MainWindow> windowFor(const cdtest::TestUser &user);
    DashboardPage *loadedDashboard(MainWindow &w);
    qint64 count(const char *sql, const std::vector<qint64> &binds, const QString &text = {});
    std::vector<qint64> monthBounds() const;

    cdtest::TestStore m_store;
    cdtest::DashboardSeed m_seed;
    QTemporaryDir m_noPlugins;
    std::unique_ptr<cd::Session> m_reader;  // the test's own connection, for its counts
};

void TestDashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConsentDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDeskDashboardTest"));
    // No camera plugin: the seeded vendor's zones and counts stay as the seed wrote them.
    qputenv("CONSENTDESK_PLUGIN_PATH", m_noPlugins.path().toLocal8Bit());
    cd::gui::initResources();
    QString error = m_store.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = cdtest::seedDashboard(m_store, m_seed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The console's retention timer sweeps what is due when the window opens: swept here first,
    // the figures cannot change under the test (a second sweep finds nothing).
    QVERIFY(cd::RetentionService(*m_store.officer).sweep(false).ok());
    error = m_store.addTestUsers();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_reader = std::move(m_store.officer);
}

std::unique_ptr<MainWindow> TestDashboardPage::windowFor(const cdtest::TestUser &user)
{
    QString why;
    auto session = m_store.unlockAs(user, &why);
    if (!session) {
        qWarning("unlock failed: %s", qPrintable(why));
        return nullptr;
    }
    auto w = std::make_unique<MainWindow>(m_store.dbPath, std::move(session), m_store.clock);
    w->show();
    return w;
}

DashboardPage *TestDashboardPage::loadedDashboard(MainWindow &w)
{
    auto *page = child<DashboardPage>(&w, "dashboardPage");
    if (!page)
        return nullptr;
    const bool loaded = QTest::qWaitFor([page] { return page->hasFigures() && !page->isLoading(); }, 20000);
    return loaded ? page : nullptr;
}

qint64 TestDashboardPage::count(const char *sql, const std::vector<qint64> &binds, const QString &text)
{
    auto q = m_reader->db().query(sql);
    for (std::size_t i = 0; i < binds.size(); ++i)
        q.bind(int(i) + 1, binds[i]);
    if (!text.isNull())
        q.bind(int(binds.size()) + 1, text);
    if (!q.step().ok())
        return -1;
    return q.int64(0);
}

std::vector<qint64> TestDashboardPage::monthBounds() const
{
    const QDate today = cdtest::dashboardNow().toLocalTime().date();
    const qint64 from = QDateTime(today.addDays(-364), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 to = QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    std::vector<qint64> bounds{from};
    for (QDate first(today.addDays(-364).year(), today.addDays(-364).month(), 1);;) {
        first = first.addMonths(1);
        const qint64 ms = QDateTime(first, QTime(0, 0)).toMSecsSinceEpoch();
        if (ms >= to)
            break;
        bounds.push_back(ms);
    }
    bounds.push_back(to);
    return bounds;
}

// The values of the bar set named `name` (an empty list when there is none).
static QList<qint64> setValues(BarChart *chart, const QString &name)
{
    for (QBarSet *set : chart->bars()->barSets()) {
        if (set->label() != name)
            continue;
        QList<qint64> out;
        for (int i = 0; i < set->count(); ++i)
            out << qint64(set->at(i));
        return out;
    }
    return {};
}

void TestDashboardPage::officerLandsOnTheDashboardStaffDoNot()
{
    auto w = windowFor(cdtest::officerUser());
    QVERIFY(w);
    QCOMPARE(w->currentPage()->objectName(), QStringLiteral("dashboardPage"));
    QVERIFY(loadedDashboard(*w));
    auto *action = child<QAction>(w.get(), "pageAction_dashboard");
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    w.reset();

    auto staff = windowFor(cdtest::staffUser());
    QVERIFY(staff);
    QCOMPARE(staff->currentPage()->objectName(), QStringLiteral("consentsPage"));
    QVERIFY(!child<QWidget>(staff.get(), "dashboardPage"));
    QVERIFY(!staff->showPage(QStringLiteral("dashboard")));
    staff.reset();

    auto auditor = windowFor(cdtest::auditorUser());
    QVERIFY(auditor);
    QCOMPARE(auditor->currentPage()->objectName(), QStringLiteral("dashboardPage"));
}

void TestDashboardPage::chartsEqualTheStore()
{
    auto w = windowFor(cdtest::officerUser());
    QVERIFY(w);
    DashboardPage *page = loadedDashboard(*w);
    QVERIFY(page);
    DashboardCharts *charts = page->charts();
    const std::vector<qint64> bounds = monthBounds();
    QCOMPARE(charts->consentsGiven()->categories().size(), int(bounds.size()) - 1);

    // Per purpose (by its English name): consents given and withdrawals per month, and by status now.
    auto purposes = m_reader->db().query("SELECT id, name_en FROM purposes WHERE active = 1 OR id IN "
                                         "(SELECT purpose_id FROM consents)");
    std::vector<std::pair<qint64, QString>> list;
    CDT_OK(purposes.forEach([&](const cd::Query &q) { list.emplace_back(q.int64(0), q.text(1)); }));
    QCOMPARE(int(charts->consentsGiven()->bars()->barSets().size()), int(list.size()));
    QCOMPARE(charts->consentsByStatus()->categories().size(), int(list.size()));
    qint64 allGiven = 0;
    for (const auto &[id, name] : list) {
        QList<qint64> given, withdrawn;
        for (std::size_t b = 0; b + 1 < bounds.size(); ++b) {
            given << count("SELECT count(*) FROM consents WHERE purpose_id = ?1 AND granted_at >= ?2 AND granted_at < ?3",
                           {id, bounds[b], bounds[b + 1]});
            withdrawn << count("SELECT count(*) FROM consents WHERE purpose_id = ?1 AND withdrawn_at >= ?2 "
                               "AND withdrawn_at < ?3",
                               {id, bounds[b], bounds[b + 1]});
            allGiven += given.back();
        }
        QCOMPARE(setValues(charts->consentsGiven(), name), given);
        QCOMPARE(setValues(charts->withdrawals(), name), withdrawn);
        const int column = int(charts->consentsByStatus()->categories().indexOf(name));
        QVERIFY2(column >= 0, qPrintable(name));
        for (cd::ConsentStatus st : {cd::ConsentStatus::Granted, cd::ConsentStatus::Withdrawn,
                                     cd::ConsentStatus::Expired, cd::ConsentStatus::Superseded}) {
            const QList<qint64> values = setValues(charts->consentsByStatus(), cd::statusDisplayName(st));
            QCOMPARE(values.at(column),
                     count("SELECT count(*) FROM consents WHERE purpose_id = ?1 AND status = ?2", {id}, cd::statusId(st)));
        }
    }
    QCOMPARE(allGiven, 48);  // what the seed registered in the period: 24 customers, two purposes each

    // Requests by type: received in the period, from the table; answered and on time, from what
    // the seed did (an access request on time, a copy late, a deletion refused on time).
    const QStringList types = charts->requests()->categories();
    const QList<qint64> received = setValues(charts->requests(), QStringLiteral("Received"));
    QCOMPARE(received.size(), types.size());
    for (cd::RequestType t : cd::RequestRules::allTypes()) {
        const int i = int(types.indexOf(cd::RequestRules::typeName(t)));
        QVERIFY(i >= 0);
        QCOMPARE(received.at(i), count("SELECT count(*) FROM requests WHERE received_at >= ?1 AND received_at < ?2 "
                                       "AND type = ?3",
                                       {bounds.front(), bounds.back()}, cd::RequestRules::typeId(t)));
    }
    const QList<qint64> answered = setValues(charts->requests(), QStringLiteral("Answered"));
    const QList<qint64> onTime = setValues(charts->requests(), QStringLiteral("Answered on time"));
    auto at = [&](const QList<qint64> &values, cd::RequestType t) {
        return values.at(int(types.indexOf(cd::RequestRules::typeName(t))));
    };
    QCOMPARE(at(answered, cd::RequestType::Access), 1);
    QCOMPARE(at(onTime, cd::RequestType::Access), 1);
    QCOMPARE(at(answered, cd::RequestType::Copy), 1);
    QCOMPARE(at(onTime, cd::RequestType::Copy), 0);
    QCOMPARE(at(answered, cd::RequestType::Deletion), 1);
    QCOMPARE(at(onTime, cd::RequestType::Deletion), 1);
    QCOMPARE(setValues(charts->daysLeft(), QStringLiteral("Open requests")), (QList<qint64>{1, 0, 0, 0, 1}));
    QVERIFY2(child<QLabel>(page, "requestsSummary")->text().contains(QStringLiteral("2 of 3")),
             qPrintable(child<QLabel>(page, "requestsSummary")->text()));

    // Deletion-log entries per reason over the year, and visitors per zone.
    for (const auto &[reason, label] : {std::pair{"withdrawal", "Withdrawal"}, std::pair{"request", "Request"},
                                        std::pair{"retention", "Retention"}}) {
        qint64 sum = 0;
        for (qint64 v : setValues(charts->deletions(), QLatin1String(label)))
            sum += v;
        QCOMPARE(sum, count("SELECT count(*) FROM deletion_log WHERE at >= ?1 AND at < ?2 AND reason = ?3",
                            {bounds.front(), bounds.back()}, QLatin1String(reason)));
    }
    QCOMPARE(charts->deletions()->categories().size(), 365);
    for (const auto &[zone, name] : {std::pair{"entrance", "Entrance"}, std::pair{"checkout", "Checkout"}}) {
        const QList<qint64> perMonth = setValues(charts->visitors(), QLatin1String(name));
        QCOMPARE(perMonth.size(), int(bounds.size()) - 1);
        for (std::size_t b = 0; b + 1 < bounds.size(); ++b)
            QCOMPARE(perMonth.at(int(b)),
                     count("SELECT coalesce(sum(visitors), 0) FROM visitor_counts WHERE hour_start >= ?1 "
                           "AND hour_start < ?2 AND zone_key = ?3",
                           {bounds[b], bounds[b + 1]}, QLatin1String(zone)));
    }
}

void TestDashboardPage::clickingAnItemOpensItsPage()
{
    auto w = windowFor(cdtest::officerUser());
    QVERIFY(w);
    DashboardPage *page = loadedDashboard(*w);
    QVERIFY(page);
    auto *list = child<OpenItemsList>(page, "openItemsList");
    QVERIFY(list);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto find = [&](const QString &kind) -> QListWidgetItem * {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole + 1).toString() == kind)
                return list->item(i);
        return nullptr;
    };
    QCOMPARE(list->count(), 3);
    QListWidgetItem *zone = find(QStringLiteral("zone-without-sign"));
    QVERIFY(zone);
    QVERIFY2(zone->text().contains(QStringLiteral("Checkout")), qPrintable(zone->text()));
    list->scrollToItem(zone);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(zone).center());
    QTRY_COMPARE(w->currentPage()->objectName(), QStringLiteral("camerasPage"));

    // An assessment's item asks for the compliance page: shown when the console has it, and
    // harmless (the dashboard stays) while it does not.
    QVERIFY(w->showPage(QStringLiteral("dashboard")));
    QListWidgetItem *piia = find(QStringLiteral("gap:piia-review-due"));
    QVERIFY(piia);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(piia).center());
    const bool haveCompliance = consolePages().find(QStringLiteral("compliance")) != nullptr;
    QTRY_COMPARE(w->currentPage()->objectName(),
                 haveCompliance ? QStringLiteral("compliancePage") : QStringLiteral("dashboardPage"));
    if (!haveCompliance)
        return;
    // The agreement's item opens the compliance page at its tab, whichever tab was shown before.
    auto *tabs = w->currentPage()->findChild<QTabWidget *>(QStringLiteral("complianceTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->currentIndex(), 0);
    tabs->setCurrentIndex(3);
    QVERIFY(w->showPage(QStringLiteral("dashboard")));
    QListWidgetItem *agreement = find(QStringLiteral("agreement-expiring"));
    QVERIFY(agreement);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(agreement).center());
    QTRY_COMPARE(w->currentPage()->objectName(), QStringLiteral("compliancePage"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("agreementsTab"));
}

void TestDashboardPage::f5LoadsAgain()
{
    auto w = windowFor(cdtest::officerUser());
    QVERIFY(w);
    DashboardPage *page = loadedDashboard(*w);
    QVERIFY(page);
    const qint64 before = page->figures().deletions.total();
    cd::DeletionEntry e;
    e.at = m_store.clock.nowMs();
    e.reason = QStringLiteral("manual");
    e.reasonRef = QStringLiteral("test");
    e.category = QStringLiteral("personal-fields");
    e.subjectRef = QStringLiteral("S-TEST");
    e.location = QStringLiteral("local");
    e.counts = QStringLiteral("name=1");
    CDT_OK(cd::DeletionLog::append(m_reader->db(), e));
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_F5);
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(refreshed.at(0).at(0).toBool(), true);
    QCOMPARE(page->figures().deletions.total(), before + 1);
    QCOMPARE(setValues(page->charts()->deletions(), QStringLiteral("Manual")).last(), 1);
}

void TestDashboardPage::verifyingTheLedgersShowsOnTheDashboard()
{
    auto w = windowFor(cdtest::auditorUser());
    QVERIFY(w);
    DashboardPage *page = loadedDashboard(*w);
    QVERIFY(page);
    auto *ledgers = child<QLabel>(page, "ledgerSummary");
    QVERIFY2(ledgers->text().contains(QStringLiteral("never verified")), qPrintable(ledgers->text()));
    // The auditor verifies on the Audit log page; the dashboard shows when, by whom, and the result.
    QVERIFY(w->showPage(QStringLiteral("audit")));
    auto *auditPage = child<QWidget>(w.get(), "auditPage");
    QVERIFY(auditPage);
    QTest::mouseClick(child<QPushButton>(auditPage, "verifyChainButton"), Qt::LeftButton);
    QVERIFY(w->showPage(QStringLiteral("dashboard")));
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    page->refresh();
    QTRY_COMPARE(refreshed.count(), 1);
    QVERIFY2(ledgers->text().startsWith(QStringLiteral("Ledgers intact")), qPrintable(ledgers->text()));
    QVERIFY2(ledgers->text().contains(cdtest::auditorUser().name), qPrintable(ledgers->text()));
    QCOMPARE(page->figures().ledgers.verifiedBy, cdtest::auditorUser().name);
    const cd::LedgerHealth::Ledger audit = page->figures().ledgers.ledgers.at(0);
    QCOMPARE(audit.rowsNow, count("SELECT max(seq) FROM audit_log", {}));
    QVERIFY(audit.rowsVerified > 0 && audit.rowsVerified <= audit.rowsNow);
}

void TestDashboardPage::chartsFollowTheLanguage()
{
    auto w = windowFor(cdtest::officerUser());
    QVERIFY(w);
    DashboardPage *page = loadedDashboard(*w);
    QVERIFY(page);
    BarChart *given = page->charts()->consentsGiven();
    const QString english = given->chart()->title();
    cdtest::MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_VERIFY(given->chart()->title().startsWith(QStringLiteral("«")));
    QVERIFY(page->charts()->requests()->bars()->barSets().first()->label().startsWith(QStringLiteral("«")));
    QVERIFY(page->charts()->consentsByStatus()->bars()->barSets().first()->label().startsWith(QStringLiteral("«")));
    QVERIFY(child<QPushButton>(page, "dashboardRefreshButton")->text().startsWith(QStringLiteral("«")));
    QVERIFY(child<QLabel>(page, "filingSummary")->text().startsWith(QStringLiteral("«")));
    auto *list = child<OpenItemsList>(page, "openItemsList");
    QVERIFY(list->item(0)->text().contains(QStringLiteral("«")));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(given->chart()->title(), english);
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
