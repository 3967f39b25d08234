// The console's shell driven like a user would: first-run wizard, unlock dialog, main window
// with locking, idle lock, live language switch and role-based pages. Real encrypted stores.
#include "tests/support/Widgets.h"
#include "tests/support/StoreFixture.h"
#include "tests/support/MarkingTranslator.h"
#include "ShellAccounts.h"

#include "ui/shell/FirstRunWizard.h"
#include "ui/shell/IdleLock.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UnlockDialog.h"
#include "core/i18n/Language.h"
#include "core/consent/PurposeService.h"
#include "core/access/UserService.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

namespace {
using namespace cdtest;

using cdtest::child;

// Types into the unlock dialog and presses Unlock.
void submitUnlock(UnlockDialog *dialog, const QString &user, const QString &passphrase)
{
    child<QLineEdit>(dialog, "userEdit")->setText(user);
    child<QLineEdit>(dialog, "passphraseEdit")->setText(passphrase);
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
}
} // namespace

class TestShell : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void wizardCreatesStoreAndShowsWorkingRecoveryCode();
    void unlockDialogShowsErrorThenSignsIn();
    void unlockDialogWithRecoveryCode();
    void lockWipesSessionAndUnlockRebuildsPages();
    void lockClosesOpenPageDialogsFirst();
    void idleTimeoutLocks();
    void languageSwitchRetranslatesLive();
    void everyShellTextFollowsALanguageChange();
    void officerPublishesNoticeThroughDialog();
    void staffSeesNoOfficerPages();
    void auditorSeesAuditButNoManagement();
    void readOnlySessionShowsItsBanner();

private:
    std::unique_ptr<MainWindow> windowFor(const QString &user, const QString &pass);
    std::unique_ptr<cdtest::TestStore> m_store;
};

void TestShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("ConsentDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDeskShellTest"));
    cd::i18n::setLanguage(QStringLiteral("en"));

    m_store = std::make_unique<cdtest::TestStore>();
    const QString error = cdtest::createShellStore(*m_store);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestShell::init() { cd::i18n::setLanguage(QStringLiteral("en")); }

std::unique_ptr<MainWindow> TestShell::windowFor(const QString &user, const QString &pass)
{
    QString why;
    auto session = m_store->unlock(user, pass, &why);
    if (!session) {
        qWarning("unlock failed: %s", qPrintable(why));
        return nullptr;
    }
    auto w = std::make_unique<MainWindow>(m_store->dbPath, std::move(session), m_store->clock);
    w->show();
    return w;
}

void TestShell::wizardCreatesStoreAndShowsWorkingRecoveryCode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.cdb"));
    cd::ManualClock clock(cdtest::testStart());
    FirstRunWizard wizard(path, clock);
    wizard.setKdfLimits(cd::KdfLimits::minimum());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::StorePageId));

    // Page 1: Next stays disabled until the store has a name.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    child<QLineEdit>(&wizard, "storeNameEdit")->setText(QStringLiteral("Harbour Road"));
    child<QLineEdit>(&wizard, "storeCodeEdit")->setText(QStringLiteral("S007"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::OfficerPageId));

    // Page 2: a mismatch is refused inline and nothing is created.
    child<QLineEdit>(&wizard, "officerNameEdit")->setText(QStringLiteral("olivia"));
    child<QLineEdit>(&wizard, "officerDisplayNameEdit")->setText(QStringLiteral("Officer O"));
    child<QLineEdit>(&wizard, "passphraseEdit")->setText(QStringLiteral("long-enough-pass"));
    child<QLineEdit>(&wizard, "passphraseRepeatEdit")->setText(QStringLiteral("long-enough-pasz"));
    auto *error = child<QLabel>(&wizard, "officerErrorLabel");
    QVERIFY(error);
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::OfficerPageId));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("match")));
    QVERIFY(!cd::Vault::exists(path));

    // Too short.
    child<QLineEdit>(&wizard, "passphraseEdit")->setText(QStringLiteral("short"));
    child<QLineEdit>(&wizard, "passphraseRepeatEdit")->setText(QStringLiteral("short"));
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::OfficerPageId));
    QVERIFY(error->text().contains(QString::number(cd::Vault::kMinPassphraseLength)));

    child<QLineEdit>(&wizard, "passphraseEdit")->setText(QStringLiteral("long-enough-pass"));
    child<QLineEdit>(&wizard, "passphraseRepeatEdit")->setText(QStringLiteral("long-enough-pass"));
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::RecoveryPageId));
    QVERIFY(cd::Vault::exists(path));
    QVERIFY(wizard.isStoreCreated());

    // Page 3: Finish needs the "written down" box; Cancel cannot undo a created store.
    auto *codeLabel = child<QLabel>(&wizard, "recoveryCodeLabel");
    QVERIFY(codeLabel);
    const QString shown = codeLabel->text();
    QVERIFY(shown.size() >= 32);
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.reject();
    QVERIFY(wizard.isVisible());
    child<QCheckBox>(&wizard, "confirmCheck")->setChecked(true);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    auto session = wizard.takeSession();
    QVERIFY(session);
    QCOMPARE(session->user().name, QStringLiteral("olivia"));
    QCOMPARE(session->user().role, cd::Role::Officer);
    auto purposes = cd::PurposeService(*session).list();
    CDT_OK(purposes);
    QVERIFY(!purposes->empty());  // the standard purposes were added
    session->lock();

    // The code as shown (two lines) opens the store; a wrong one does not.
    QString typed = shown;
    typed.replace(QLatin1Char('\n'), QString());
    auto recovered = cd::Vault::unlockWithRecoveryCode(path, typed, clock);
    CDT_OK(recovered);
    QCOMPARE(recovered.value()->user().role, cd::Role::Officer);
    recovered.value()->lock();
    QString wrong = typed;
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!cd::Vault::unlockWithRecoveryCode(path, wrong, clock).ok());
    // And the officer's passphrase opens it too.
    auto byPass = cd::Vault::unlock(path, QStringLiteral("olivia"), QStringLiteral("long-enough-pass"), clock);
    CDT_OK(byPass);
}

void TestShell::unlockDialogShowsErrorThenSignsIn()
{
    UnlockDialog dialog(m_store->dbPath, m_store->clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *errorLabel = child<QLabel>(&dialog, "errorLabel");
    auto *passEdit = child<QLineEdit>(&dialog, "passphraseEdit");
    QVERIFY(errorLabel && passEdit);
    QCOMPARE(passEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!errorLabel->isVisible());

    submitUnlock(&dialog, cdtest::kOfficer, QStringLiteral("not-the-passphrase"));
    QTRY_VERIFY(errorLabel->isVisible() && !errorLabel->text().isEmpty());
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(!dialog.takeSession());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(child<QLineEdit>(&dialog, "userEdit")->text(), cdtest::kOfficer);  // kept
    QVERIFY(passEdit->text().isEmpty());                                          // cleared

    submitUnlock(&dialog, cdtest::kOfficer, cdtest::kOfficerPass);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    auto session = dialog.takeSession();
    QVERIFY(session);
    QVERIFY(!session->isLocked());
    QCOMPARE(session->user().name, cdtest::kOfficer);
    session->lock();
}

void TestShell::unlockDialogWithRecoveryCode()
{
    UnlockDialog dialog(m_store->dbPath, m_store->clock);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "recoveryButton"), Qt::LeftButton);
    QVERIFY(dialog.isRecoveryMode());
    auto *code = child<QLineEdit>(&dialog, "recoveryEdit");
    QVERIFY(code->isVisible());
    code->setText(QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"));
    QTest::mouseClick(child<QPushButton>(&dialog, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY(!child<QLabel>(&dialog, "errorLabel")->text().isEmpty());
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(!dialog.takeSession());

    code->setText(m_store->recoveryCode.toLower());  // typed casually: still accepted
    QTest::mouseClick(child<QPushButton>(&dialog, "unlockButton"), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    auto session = dialog.takeSession();
    QVERIFY(session);
    QCOMPARE(session->user().role, cd::Role::Officer);
    session->lock();
}

void TestShell::lockWipesSessionAndUnlockRebuildsPages()
{
    auto w = windowFor(cdtest::kOfficer, cdtest::kOfficerPass);
    QVERIFY(w);
    QVERIFY(child<QWidget>(w.get(), "consentsPage"));
    QVERIFY(child<QWidget>(w.get(), "usersPage"));
    QVERIFY(child<QWidget>(w.get(), "purposesPage"));
    QVERIFY(child<QWidget>(w.get(), "auditPage"));
    QVERIFY(child<QLabel>(w.get(), "userStatus")->text().contains(QStringLiteral("Officer O")));
    QVERIFY(child<QLabel>(w.get(), "storeStatus")->text().contains(QStringLiteral("Test store")));
    QSignalSpy locked(w.get(), &MainWindow::lockedChanged);

    auto *lockAction = child<QAction>(w.get(), "lockAction");
    QVERIFY(lockAction);
    QCOMPARE(lockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->trigger();
    QVERIFY(w->isLocked());
    QCOMPARE(w->session(), nullptr);
    QCOMPARE(locked.count(), 1);
    QCOMPARE(locked.at(0).at(0).toBool(), true);
    QVERIFY(!child<QWidget>(w.get(), "usersPage"));  // pages are gone with the key
    QVERIFY(!child<QWidget>(w.get(), "consentsPage"));
    QVERIFY(w->windowTitle().contains(QStringLiteral("locked")));

    UnlockDialog *dialog = w->unlockDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(child<QLineEdit>(dialog, "userEdit")->text(), cdtest::kOfficer);  // the last user, prefilled

    submitUnlock(dialog, cdtest::kOfficer, QStringLiteral("wrong-passphrase"));
    QTRY_VERIFY(!child<QLabel>(dialog, "errorLabel")->text().isEmpty());
    QVERIFY(w->isLocked());

    submitUnlock(dialog, cdtest::kOfficer, cdtest::kOfficerPass);
    QTRY_VERIFY(!w->isLocked());
    QVERIFY(w->session());
    QCOMPARE(locked.count(), 2);
    QCOMPARE(locked.at(1).at(0).toBool(), false);
    QVERIFY(child<QWidget>(w.get(), "usersPage"));
    QVERIFY(child<QWidget>(w.get(), "auditPage"));
    QVERIFY(w->currentPage());
    QTRY_VERIFY(!w->unlockDialog());

    // A different user may take over at the lock screen: the pages follow the new role.
    w->lockNow();
    QTRY_VERIFY(w->unlockDialog() && w->unlockDialog()->isVisible());
    submitUnlock(w->unlockDialog(), kStaff, kStaffPass);
    QTRY_VERIFY(!w->isLocked());
    QCOMPARE(w->session()->user().name, kStaff);
    QVERIFY(!child<QWidget>(w.get(), "usersPage"));
}

void TestShell::lockClosesOpenPageDialogsFirst()
{
    auto w = windowFor(cdtest::kOfficer, cdtest::kOfficerPass);
    QVERIFY(w);
    QVERIFY(w->showPage(QStringLiteral("users")));
    auto *add = child<QPushButton>(w.get(), "addUserButton");
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QDialog *dialog = child<QDialog>(w.get(), "userDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QPointer<QDialog> guard(dialog);

    w->lockNow();
    QTRY_VERIFY(w->isLocked());
    QVERIFY(!guard);  // closed and destroyed with its page
    QTRY_VERIFY(w->unlockDialog() && w->unlockDialog()->isVisible());
}

void TestShell::idleTimeoutLocks()
{
    auto w = windowFor(cdtest::kOfficer, cdtest::kOfficerPass);
    QVERIFY(w);
    QVERIFY(w->idleLock());
    QCOMPARE(w->idleLock()->timeoutMs(), IdleLock::kDefaultTimeoutMinutes * 60 * 1000);
    w->idleLock()->setTimeoutMs(200);
    QTRY_VERIFY_WITH_TIMEOUT(w->isLocked(), 5000);
    QCOMPARE(w->session(), nullptr);
    QVERIFY(!w->idleLock()->isEnabled());  // no countdown while locked
    QTRY_VERIFY(w->unlockDialog() && w->unlockDialog()->isVisible());
    submitUnlock(w->unlockDialog(), cdtest::kOfficer, cdtest::kOfficerPass);
    QTRY_VERIFY(!w->isLocked());
    QVERIFY(w->idleLock()->isEnabled());
    w->idleLock()->setTimeoutMs(60 * 60 * 1000);
}

void TestShell::languageSwitchRetranslatesLive()
{
    auto w = windowFor(cdtest::kOfficer, cdtest::kOfficerPass);
    QVERIFY(w);
    const QStringList english = navigationTexts(*w);
    QVERIFY(english.contains(QStringLiteral("Consents")));
    const QString englishTitle = w->windowTitle();

    auto *zh = child<QAction>(w.get(), "languageAction_zh_CN");
    QVERIFY(zh);
    zh->trigger();
    if (cd::i18n::currentLanguage() != QLatin1String("zh_CN"))
        QSKIP("No compiled zh_CN translation (\":/i18n/consentdesk_zh_CN.qm\") yet");
    if (QCoreApplication::translate("MainWindow", "Consents") == QLatin1String("Consents"))
        QSKIP("The zh_CN translation does not translate the navigation yet");
    QVERIFY(child<QAction>(w.get(), "languageAction_zh_CN")->isChecked());
    QTRY_VERIFY(navigationTexts(*w) != english);  // LanguageChange is posted to the window
    const QStringList chinese = navigationTexts(*w);
    QCOMPARE(chinese.size(), english.size());
    QVERIFY(chinese != english);
    QVERIFY(!chinese.contains(QStringLiteral("Consents")));
    QVERIFY(w->windowTitle() != englishTitle || !chinese.isEmpty());

    child<QAction>(w.get(), "languageAction_en")->trigger();
    QTRY_COMPARE(navigationTexts(*w), english);
    QTRY_COMPARE(w->windowTitle(), englishTitle);
}

void TestShell::everyShellTextFollowsALanguageChange()
{
    auto w = windowFor(cdtest::kOfficer, cdtest::kOfficerPass);
    QVERIFY(w);
    const QStringList english = navigationTexts(*w);
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(navigationTexts(*w).first(), QStringLiteral("«Dashboard»"));
    for (const QString &text : navigationTexts(*w))
        QVERIFY2(text.startsWith(QStringLiteral("«")), qPrintable(text));
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("«")));
    QVERIFY(child<QAction>(w.get(), "lockAction")->text().startsWith(QStringLiteral("«")));
    QVERIFY(child<QPushButton>(w.get(), "addUserButton")->text().startsWith(QStringLiteral("«")));
    QVERIFY(child<QPushButton>(w.get(), "publishNoticeButton")->text().startsWith(QStringLiteral("«")));
    QVERIFY(child<QPushButton>(w.get(), "verifyChainButton")->text().startsWith(QStringLiteral("«")));
    auto *auditView = child<QAbstractItemView>(w.get(), "auditView");
    QVERIFY(auditView->model()->headerData(1, Qt::Horizontal).toString().startsWith(QStringLiteral("«")));

    // The lock screen and the unlock dialog follow as well.
    w->lockNow();
    QTRY_VERIFY(w->unlockDialog() && w->unlockDialog()->isVisible());
    QVERIFY(child<QPushButton>(w->unlockDialog(), "unlockButton")->text().startsWith(QStringLiteral("«")));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(child<QPushButton>(w->unlockDialog(), "unlockButton")->text(), QStringLiteral("&Unlock"));
    submitUnlock(w->unlockDialog(), cdtest::kOfficer, cdtest::kOfficerPass);
    QTRY_VERIFY(!w->isLocked());
    QCOMPARE(navigationTexts(*w), english);
}

void TestShell::officerPublishesNoticeThroughDialog()
{
    auto w = windowFor(cdtest::kOfficer, cdtest::kOfficerPass);
    QVERIFY(w);
    cd::PurposeService purposes(*w->session());
    cd::Purpose p;
    p.code = QStringLiteral("test-visits");
    p.nameZh = QStringLiteral("到店统计");
    p.nameEn = QStringLiteral("Visit counts");
    p.legalBasis = QStringLiteral("consent (PIPL Art. 13(1))");
    p.dataCategories = QStringLiteral("visit-history");
    auto added = purposes.add(p);
    CDT_OK(added);
    QVERIFY(w->showPage(QStringLiteral("purposes")));
    auto *table = child<QTableWidget>(w.get(), "purposeTable");
    QVERIFY(table);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == p.code)
            row = r;
    }
    QVERIFY(row >= 0);
    table->selectRow(row);
    QTest::mouseClick(child<QPushButton>(w.get(), "publishNoticeButton"), Qt::LeftButton);
    auto *dialog = child<QDialog>(w.get(), "noticeDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Both languages are required: the dialog refuses and stays open.
    child<QPlainTextEdit>(dialog, "textEnEdit")->setPlainText(QStringLiteral("We count visits."));
    QMetaObject::invokeMethod(dialog, "accept");
    QVERIFY(dialog->isVisible());
    auto notices = purposes.notices(added->id);
    CDT_OK(notices);
    QCOMPARE(int(notices->size()), 0);

    child<QPlainTextEdit>(dialog, "textZhEdit")->setPlainText(QStringLiteral("我们统计到店次数。"));
    // The checklist (Art. 17): a notice that does not state its items is refused, the dialog stays.
    QMetaObject::invokeMethod(dialog, "accept");
    QVERIFY(dialog->isVisible());
    CDT_OK(notices);
    QCOMPARE(int(purposes.notices(added->id)->size()), 0);
    const QList<QLineEdit *> items = dialog->findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^noticeItem_")));
    QCOMPARE(items.size(), int(cd::requiredNoticeItems(p.sensitive).size()));
    for (QLineEdit *item : items)
        item->setText(QStringLiteral("Stated for the test: ") + item->objectName());
    QMetaObject::invokeMethod(dialog, "accept");
    QTRY_VERIFY(!child<QDialog>(w.get(), "noticeDialog"));
    notices = purposes.notices(added->id);
    CDT_OK(notices);
    QCOMPARE(int(notices->size()), 1);
    QCOMPARE(notices->front().sha256, cd::noticeHash(QStringLiteral("我们统计到店次数。"), QStringLiteral("We count visits.")));
    QTRY_COMPARE(child<QTableWidget>(w.get(), "noticeTable")->rowCount(), 1);
    // The confirmation says what happens to existing consents.
    QMessageBox *info = nullptr;
    QTRY_VERIFY((info = w->findChild<QMessageBox *>()) != nullptr);
    QVERIFY2(info->text().contains(QStringLiteral("renewal")), qPrintable(info->text()));
    info->accept();
}

void TestShell::staffSeesNoOfficerPages()
{
    auto w = windowFor(kStaff, kStaffPass);
    QVERIFY(w);
    QVERIFY(child<QWidget>(w.get(), "consentsPage"));
    QVERIFY(!child<QWidget>(w.get(), "usersPage"));
    QVERIFY(!child<QWidget>(w.get(), "purposesPage"));
    QVERIFY(!child<QWidget>(w.get(), "auditPage"));
    // Staff see the cameras (read-only: the page and the services refuse changes).
    QCOMPARE(navigationTexts(*w), (QStringList{QStringLiteral("Consents"), QStringLiteral("Cameras"),
                                               QStringLiteral("Requests")}));
    QVERIFY(!w->showPage(QStringLiteral("users")));
    QVERIFY(child<QLabel>(w.get(), "userStatus")->text().contains(cd::roleDisplayName(cd::Role::Staff)));
}

void TestShell::auditorSeesAuditButNoManagement()
{
    auto w = windowFor(kAuditor, kAuditorPass);
    QVERIFY(w);
    QVERIFY(child<QWidget>(w.get(), "auditPage"));
    QVERIFY(!child<QWidget>(w.get(), "usersPage"));
    QVERIFY(!child<QWidget>(w.get(), "purposesPage"));
    QVERIFY(w->showPage(QStringLiteral("audit")));
}

// A database whose chains do not extend the last checkpoint opens read-only (core decides that at
// sign-in: tst_cli_signedledgers); the window says so above every page, in the current language,
// and a change is refused by the database itself.
void TestShell::readOnlySessionShowsItsBanner()
{
    QString why;
    auto session = m_store->unlock(cdtest::kOfficer, cdtest::kOfficerPass, &why);
    QVERIFY2(session, qPrintable(why));
    const QString reason = QStringLiteral("synthetic reason for the test");
    QVERIFY(session->setReadOnly(reason));
    MainWindow w(m_store->dbPath, std::move(session), m_store->clock);
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *banner = child<QLabel>(&w, "readOnlyBanner");
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Read-only: ") + reason);
    // The database refuses a change itself, with the reason rather than the file's permissions.
    auto write = w.session()->db().exec("UPDATE meta SET value = value WHERE key = 'database_id'");
    QVERIFY(!write);
    QVERIFY2(write.error().message.contains(reason), qPrintable(write.error().message));
    const QString dir = qEnvironmentVariable("CONSENTDESK_SHOTS_DIR");
    if (!dir.isEmpty())
        QVERIFY(w.grab().save(dir + QStringLiteral("/readonly-en.png")));

    child<QAction>(&w, "languageAction_zh_CN")->trigger();
    if (cd::i18n::currentLanguage() != QLatin1String("zh_CN"))
        QSKIP("No compiled zh_CN translation yet");
    QTRY_VERIFY(banner->text().startsWith(QStringLiteral("只读")));
    QVERIFY(banner->text().endsWith(reason));
    QTest::qWait(100);  // the pages' own LanguageChange (the dashboard's charts) before the picture
    if (!dir.isEmpty())
        QVERIFY(w.grab().save(dir + QStringLiteral("/readonly-zh_CN.png")));
    child<QAction>(&w, "languageAction_en")->trigger();
    QTRY_VERIFY(banner->text().startsWith(QStringLiteral("Read-only")));
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
