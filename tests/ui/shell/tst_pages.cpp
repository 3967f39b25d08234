// The page registry decides what the main window shows: which pages each role sees, with which
// shortcuts, and that a page added to a registry appears without touching the window. A live
// language switch retranslates the navigation and the pages' own widgets. Real encrypted store.
#include "tests/support/StoreFixture.h"
#include "tests/support/MarkingTranslator.h"
#include "ShellAccounts.h"

#include "ui/shell/MainWindow.h"
#include "ui/shell/PageRegistry.h"
#include "core/i18n/Language.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

namespace {
using namespace cdtest;

struct Account {
    QString user;
    QString pass;
};

Account accountFor(const QString &role)
{
    if (role == QLatin1String("staff"))
        return {kStaff, kStaffPass};
    if (role == QLatin1String("auditor"))
        return {kAuditor, kAuditorPass};
    return {cdtest::kOfficer, cdtest::kOfficerPass};
}

QStringList split(const char *items) { return QString::fromUtf8(items).split(QLatin1Char('|')); }

// A page that only officers (ManageUsers) may see, registered by a test.
PageSpec extraPage()
{
    return {QStringLiteral("extra"), [] { return QCoreApplication::translate("TestPages", "Extra page"); },
            QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_9), {cd::Permission::ManageUsers},
            [](const PageContext &, QWidget *parent) {
                auto *page = new QLabel(parent);
                page->setObjectName(QStringLiteral("extraPage"));
                return page;
            }};
}

// The console's pages and the extra one after them.
PageRegistry consolePagesAndExtra()
{
    PageRegistry pages = consolePages();
    pages.add(extraPage());
    return pages;
}
} // namespace

class TestPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { cd::i18n::setLanguage(QStringLiteral("en")); }
    void registryDecidesPagesPerRole_data();
    void registryDecidesPagesPerRole();
    void pagesAppearWithTheirShortcuts();
    void aNewPageIsOneRegistration();
    void registryRefusesDuplicatesAndIncompletePages();
    void liveLanguageSwitchRetranslatesTitlesAndWidgets();
    void everyPageTitleFollowsAnyTranslator();

private:
    std::unique_ptr<MainWindow> windowFor(const Account &account, const PageRegistry &pages = consolePages());
    std::unique_ptr<cdtest::TestStore> m_store;
};

void TestPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConsentDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDeskPagesTest"));
    m_store = std::make_unique<cdtest::TestStore>();
    const QString error = cdtest::createShellStore(*m_store);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

std::unique_ptr<MainWindow> TestPages::windowFor(const Account &account, const PageRegistry &pages)
{
    QString why;
    auto session = m_store->unlock(account.user, account.pass, &why);
    if (!session) {
        qWarning("unlock failed: %s", qPrintable(why));
        return nullptr;
    }
    auto w = std::make_unique<MainWindow>(m_store->dbPath, std::move(session), m_store->clock, nullptr,
                                          QJsonObject(), pages);
    w->show();
    return w;
}

void TestPages::registryDecidesPagesPerRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("officer") << QStringLiteral("officer")
                             << split("dashboard|consents|cameras|purposes|users|audit|requests|retention|deletionLog|"
                                      "compliance")
                             << split("Dashboard|Consents|Cameras|Purposes & notices|Users|Audit log|Requests|Retention|"
                                      "Deletion log|Compliance");
    QTest::newRow("staff") << QStringLiteral("staff") << split("consents|cameras|requests")
                           << split("Consents|Cameras|Requests");
    QTest::newRow("auditor") << QStringLiteral("auditor")
                             << split("dashboard|consents|cameras|audit|requests|retention|deletionLog|compliance")
                             << split("Dashboard|Consents|Cameras|Audit log|Requests|Retention|Deletion log|Compliance");
}

void TestPages::registryDecidesPagesPerRole()
{
    QFETCH(QString, role);
    QFETCH(QStringList, pages);
    QFETCH(QStringList, titles);
    auto w = windowFor(accountFor(role));
    QVERIFY(w);
    QCOMPARE(cd::roleId(w->session()->user().role), role);

    QStringList registered;
    for (const PageSpec *p : consolePages().visibleTo(w->session()->user().role))
        registered << p->id;
    QCOMPARE(registered, pages);
    QCOMPARE(navigationTexts(*w), titles);
    // Each page the role may see exists and can be shown; the others do not exist at all.
    for (const PageSpec &p : consolePages().pages()) {
        const bool visible = pages.contains(p.id);
        QCOMPARE(w->showPage(p.id), visible);
        QCOMPARE(w->findChild<QWidget *>(p.id + QStringLiteral("Page")) != nullptr, visible);
        QCOMPARE(w->findChild<QAction *>(QStringLiteral("pageAction_") + p.id) != nullptr, visible);
        if (visible)
            QCOMPARE(w->currentPage()->objectName(), p.id + QStringLiteral("Page"));
    }
}

void TestPages::pagesAppearWithTheirShortcuts()
{
    auto w = windowFor(accountFor(QStringLiteral("officer")));
    QVERIFY(w);
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    const std::pair<QString, int> expected[] = {
        {QStringLiteral("dashboard"), Qt::Key_0}, {QStringLiteral("consents"), Qt::Key_1}, {QStringLiteral("cameras"), Qt::Key_2},
        {QStringLiteral("purposes"), Qt::Key_3}, {QStringLiteral("users"), Qt::Key_4},
        {QStringLiteral("audit"), Qt::Key_5},
    };
    auto *nav = w->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    int row = 0;
    for (const auto &[id, key] : expected) {
        const QKeySequence shortcut(Qt::CTRL | Qt::Key(key));
        auto *action = w->findChild<QAction *>(QStringLiteral("pageAction_") + id);
        QVERIFY2(action, qPrintable(id));
        QCOMPARE(action->shortcut(), shortcut);
        QCOMPARE(action->text(), nav->item(row)->text());
        QVERIFY2(nav->item(row)->toolTip().contains(shortcut.toString(QKeySequence::NativeText)),
                 qPrintable(nav->item(row)->toolTip()));
        ++row;
    }
    // Typed, not triggered: the shortcuts reach the pages in any order.
    for (const auto &[id, key] : {expected[4], expected[1], expected[5], expected[0], expected[2], expected[3]}) {
        QTest::keySequence(w.get(), QKeySequence(Qt::CTRL | Qt::Key(key)));
        QTRY_COMPARE(w->currentPage()->objectName(), id + QStringLiteral("Page"));
        QCOMPARE(nav->currentItem()->text(), w->findChild<QAction *>(QStringLiteral("pageAction_") + id)->text());
    }
    // Locked, no page and no page action is left.
    w->lockNow();
    QTRY_VERIFY(w->isLocked());
    QVERIFY(!w->currentPage());
    QVERIFY(!w->findChild<QAction *>(QStringLiteral("pageAction_users")));
}

void TestPages::aNewPageIsOneRegistration()
{
    const PageRegistry pages = consolePagesAndExtra();
    QVERIFY(pages.find(QStringLiteral("extra")));

    auto officer = windowFor(accountFor(QStringLiteral("officer")), pages);
    QVERIFY(officer);
    QCOMPARE(navigationTexts(*officer).last(), QStringLiteral("Extra page"));
    QVERIFY(officer->showPage(QStringLiteral("extra")));
    QCOMPARE(officer->currentPage()->objectName(), QStringLiteral("extraPage"));
    QCOMPARE(officer->findChild<QAction *>(QStringLiteral("pageAction_extra"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_9));
    officer.reset();

    auto staff = windowFor(accountFor(QStringLiteral("staff")), pages);
    QVERIFY(staff);
    QVERIFY(!navigationTexts(*staff).contains(QStringLiteral("Extra page")));
    QVERIFY(!staff->showPage(QStringLiteral("extra")));
    QVERIFY(!staff->findChild<QWidget *>(QStringLiteral("extraPage")));
}

void TestPages::registryRefusesDuplicatesAndIncompletePages()
{
    PageRegistry pages;
    QVERIFY(pages.add(extraPage()));
    QVERIFY(!pages.add(extraPage()));  // the same id twice
    PageSpec noFactory = extraPage();
    noFactory.id = QStringLiteral("other");
    noFactory.create = nullptr;
    QVERIFY(!pages.add(noFactory));
    PageSpec noId = extraPage();
    noId.id.clear();
    QVERIFY(!pages.add(noId));
    QCOMPARE(int(pages.pages().size()), 1);
    QVERIFY(pages.find(QStringLiteral("extra")));
    QVERIFY(!pages.find(QStringLiteral("other")));
    QCOMPARE(int(pages.visibleTo(cd::Role::Officer).size()), 1);
    QCOMPARE(int(pages.visibleTo(cd::Role::Auditor).size()), 0);
}

void TestPages::liveLanguageSwitchRetranslatesTitlesAndWidgets()
{
    auto w = windowFor(accountFor(QStringLiteral("officer")));
    QVERIFY(w);
    QVERIFY(w->showPage(QStringLiteral("users")));
    auto *nav = w->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *addUser = w->findChild<QPushButton *>(QStringLiteral("addUserButton"));
    auto *auditView = w->findChild<QAbstractItemView *>(QStringLiteral("auditView"));
    QVERIFY(nav && addUser && auditView);
    const QStringList english = navigationTexts(*w);
    const QString englishButton = addUser->text();
    const QString englishHeader = auditView->model()->headerData(1, Qt::Horizontal).toString();
    QCOMPARE(englishButton, QStringLiteral("&Add user…"));
    QCOMPARE(englishHeader, QStringLiteral("Time"));

    w->findChild<QAction *>(QStringLiteral("languageAction_zh_CN"))->trigger();
    QCOMPARE(cd::i18n::currentLanguage(), QStringLiteral("zh_CN"));  // the translation is compiled in
    QVERIFY(w->findChild<QAction *>(QStringLiteral("languageAction_zh_CN"))->isChecked());
    // The real Chinese texts: a page title in the navigation and in its shortcut action, a
    // button of the page, and a header of a page's table model.
    const QString usersZh = QCoreApplication::translate("MainWindow", "Users");
    QVERIFY2(usersZh != QLatin1String("Users"), "zh_CN must translate the navigation");
    QTRY_COMPARE(nav->item(4)->text(), usersZh);  // after Dashboard, Consents, Cameras, Purposes
    QCOMPARE(w->findChild<QAction *>(QStringLiteral("pageAction_users"))->text(), usersZh);
    QTRY_VERIFY(addUser->text() != englishButton);
    QCOMPARE(addUser->text(), QCoreApplication::translate("UsersPage", "&Add user…"));
    QVERIFY(!auditView->model()->headerData(1, Qt::Horizontal).toString().contains(QLatin1String("Time")));
    const QStringList chinese = navigationTexts(*w);
    QCOMPARE(chinese.size(), english.size());
    for (int i = 0; i < chinese.size(); ++i)
        QVERIFY2(chinese[i] != english[i], qPrintable(english[i]));

    w->findChild<QAction *>(QStringLiteral("languageAction_en"))->trigger();
    QTRY_COMPARE(navigationTexts(*w), english);
    QTRY_COMPARE(addUser->text(), englishButton);
    QCOMPARE(auditView->model()->headerData(1, Qt::Horizontal).toString(), englishHeader);
    QVERIFY(w->findChild<QAction *>(QStringLiteral("languageAction_en"))->isChecked());
}

void TestPages::everyPageTitleFollowsAnyTranslator()
{
    const PageRegistry pages = consolePagesAndExtra();
    QVERIFY(pages.find(QStringLiteral("extra")));
    auto w = windowFor(accountFor(QStringLiteral("officer")), pages);
    QVERIFY(w);
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(navigationTexts(*w).last(), QStringLiteral("«Extra page»"));
    for (const QString &title : navigationTexts(*w))
        QVERIFY2(title.startsWith(QStringLiteral("«")), qPrintable(title));
    QVERIFY(w->findChild<QAction *>(QStringLiteral("pageAction_audit"))->text().startsWith(QStringLiteral("«")));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(navigationTexts(*w).last(), QStringLiteral("Extra page"));
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
