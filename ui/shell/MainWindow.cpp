#include "MainWindow.h"

#include "IdleLock.h"
#include "LanguageMenu.h"
#include "UnlockDialog.h"
#include "core/access/Session.h"
#include "core/consent/StoreService.h"
#include "ui/cameras/CameraVendors.h"
#include "ui/common/Gui.h"
#include "ui/common/PageSections.h"
#include "ui/common/Retranslate.h"
#include "ui/evidence/EvidenceRunner.h"
#include "ui/evidence/ExportEvidenceDialog.h"
#include "ui/users/ChangePassphrase.h"
#include "ui/users/UserDialog.h"
#include "vendors/VendorWorker.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
// The recovery slot signs in under this name (see cd::Vault::unlockWithRecoveryCode).
const QLatin1String kRecoveryUser("recovery");
const QString kUsersPage = QStringLiteral("users");
} // namespace

MainWindow::MainWindow(const QString &dbPath, std::unique_ptr<cd::Session> session, cd::Clock &clock,
                       QWidget *parent, const QJsonObject &vendorSettings, const PageRegistry &pages)
    : QMainWindow(parent), m_dbPath(dbPath), m_session(std::move(session)), m_clock(clock), m_registry(pages),
      m_vendorSettings(vendorSettings), m_vendorGraceMs(cd::VendorWorker::kDefaultGraceMs)
{
    cd::gui::initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/consentdesk.svg")));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(170);
    m_navigation->setMaximumWidth(260);
    m_navigation->setFrameShape(QFrame::NoFrame);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));

    // Shown while locked: no records stay on screen.
    m_lockedPage = new QWidget(m_stack);
    m_lockedPage->setObjectName(QStringLiteral("lockedPage"));
    m_lockedLabel = new QLabel(m_lockedPage);
    m_lockedLabel->setAlignment(Qt::AlignCenter);
    QFont big = m_lockedLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_lockedLabel->setFont(big);
    auto *lockIcon = new QLabel(m_lockedPage);
    lockIcon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(96, 96));
    lockIcon->setAlignment(Qt::AlignCenter);
    m_unlockAgainButton = new QPushButton(m_lockedPage);
    m_unlockAgainButton->setObjectName(QStringLiteral("unlockAgainButton"));
    auto *lockedLayout = new QVBoxLayout(m_lockedPage);
    lockedLayout->addStretch();
    lockedLayout->addWidget(lockIcon);
    lockedLayout->addWidget(m_lockedLabel);
    lockedLayout->addWidget(m_unlockAgainButton, 0, Qt::AlignHCenter);
    lockedLayout->addStretch();
    m_stack->addWidget(m_lockedPage);
    connect(m_unlockAgainButton, &QPushButton::clicked, this, &MainWindow::showUnlockDialog);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // Part 6: a database whose ledgers do not extend the last checkpoint is open read-only; the
    // reason stays in view for as long as it is.
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 8px; }"));
    m_readOnlyBanner->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        for (const Page &p : m_pages) {
            if (p.item == item) {
                m_stack->setCurrentWidget(p.widget);
                m_lastPage = p.spec->id;
            }
        }
    });

    m_idleLock = new IdleLock(this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lockNow);

    createActions();
    createMenus();
    createStatusBar();
    if (m_session) {
        m_lastUserName = m_session->user().name;
        loadStoreName();
        buildPages();
    }
    updateLockState();
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    resize(1180, 760);
}

MainWindow::~MainWindow()
{
    // Pages hold references to the session: they go first, then the key is wiped.
    destroyPages();
    if (m_session)
        m_session->lock();
    m_session.reset();
}

void MainWindow::createActions()
{
    m_lockAction = new QAction(QIcon(QStringLiteral(":/icons/lock.svg")), QString(), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockNow);

    m_changePassphraseAction = new QAction(this);
    m_changePassphraseAction->setObjectName(QStringLiteral("changePassphraseAction"));
    connect(m_changePassphraseAction, &QAction::triggered, this, &MainWindow::changeOwnPassphrase);

    m_idleTimeoutAction = new QAction(this);
    m_idleTimeoutAction->setObjectName(QStringLiteral("idleTimeoutAction"));
    connect(m_idleTimeoutAction, &QAction::triggered, this, [this] { m_idleLock->askTimeout(this); });

    m_exportEvidenceAction = new QAction(this);
    m_exportEvidenceAction->setObjectName(QStringLiteral("exportEvidenceAction"));
    m_exportEvidenceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportEvidenceAction, &QAction::triggered, this, &MainWindow::exportEvidence);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addAction(m_changePassphraseAction);
    m_fileMenu->addAction(m_idleTimeoutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportEvidenceAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    m_languageMenu = new LanguageMenu(this);
    menuBar()->addMenu(m_languageMenu);
    connect(m_languageMenu, &LanguageMenu::unavailable, this,
            [this] { statusBar()->showMessage(tr("This language is not available yet."), 5000); });
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_lockAction);
}

void MainWindow::createStatusBar()
{
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    m_storeStatus = new QLabel(this);
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    statusBar()->addPermanentWidget(m_userStatus);
    statusBar()->addPermanentWidget(m_storeStatus);
}

void MainWindow::buildPages()
{
    // The vendors run while the console is unlocked, whichever pages the role sees.
    m_cameras = new CameraVendors(*m_session, m_dbPath, m_vendorSettings, this);
    connect(m_cameras, &CameraVendors::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    const PageContext context{*m_session, m_storeName, *m_cameras, [this](const QString &id) { return showPage(id); }};
    for (const PageSpec *spec : m_registry.visibleTo(m_session->user().role)) {
        QWidget *widget = spec->create(context, m_stack);
        m_stack->addWidget(widget);
        auto *item = new QListWidgetItem(QIcon(spec->icon), spec->title());
        item->setSizeHint(QSize(0, 40));
        m_navigation->addItem(item);
        auto *action = new QAction(QIcon(spec->icon), spec->title(), this);
        action->setObjectName(QStringLiteral("pageAction_") + spec->id);
        action->setShortcut(spec->shortcut);
        connect(action, &QAction::triggered, this, [this, id = spec->id] { showPage(id); });
        m_goMenu->addAction(action);
        m_pages.push_back({spec, widget, item, action});
    }
    if (!showPage(m_lastPage) && !m_pages.empty())
        m_navigation->setCurrentRow(0);
}

void MainWindow::destroyPages()
{
    delete m_exportDialog;  // it holds the session; an export in flight stops on its own connection
    const QSignalBlocker block(m_navigation);
    m_navigation->clear();
    m_stack->setCurrentWidget(m_lockedPage);
    for (const Page &p : m_pages) {
        m_stack->removeWidget(p.widget);
        delete p.widget;  // now: the session they reference is about to go
        delete p.action;
    }
    m_pages.clear();
    // Then the vendors: their thread ends (a call in flight may finish within the grace period,
    // else it is cancelled) and their host processes with it. No vendor call is on this thread's
    // stack: it never waits for one.
    if (m_cameras && !m_cameras->stop(m_vendorGraceMs))
        qCWarning(lcUi) << "the vendor thread is still finishing; it closes its own connection";
    delete m_cameras;
    m_cameras = nullptr;
}

cd::VendorWorker *MainWindow::vendors() const { return m_cameras ? &m_cameras->worker() : nullptr; }

QWidget *MainWindow::currentPage() const
{
    QWidget *w = m_stack->currentWidget();
    return w == m_lockedPage ? nullptr : w;
}

bool MainWindow::showPage(const QString &id)
{
    const QString page = id.section(QLatin1Char('/'), 0, 0);
    const QString part = id.section(QLatin1Char('/'), 1);
    for (const Page &p : m_pages) {
        if (p.spec->id == page) {
            m_navigation->setCurrentItem(p.item);
            m_stack->setCurrentWidget(p.widget);
            if (auto *sections = dynamic_cast<PageSections *>(p.widget); sections && !part.isEmpty())
                sections->showSection(part);
            return true;
        }
    }
    return false;
}

// Dialogs opened by pages may run their own event loop (exec()); tearing a page down under
// one would pull the stack from under it. They are closed first and the lock runs a moment
// later, once their loops have returned.
bool MainWindow::closeOpenDialogs()
{
    bool closedAny = false;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        auto *dialog = qobject_cast<QDialog *>(w);
        if (!dialog || !dialog->isVisible() || dialog == m_unlockDialog)
            continue;
        for (QWidget *p = dialog->parentWidget(); p; p = p->parentWidget()) {
            if (p == this) {
                dialog->done(QDialog::Rejected);
                closedAny = true;
                break;
            }
        }
    }
    return closedAny;
}

void MainWindow::exportEvidence()
{
    if (!m_session || !cd::roleAllows(m_session->user().role, cd::Permission::ExportEvidence))
        return;
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    auto *dialog = new ExportEvidenceDialog(*m_session, consoleEvidenceRunner(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog = dialog;
    dialog->open();
}

void MainWindow::lockNow()
{
    if (!m_session) {
        showUnlockDialog();
        return;
    }
    if (closeOpenDialogs()) {
        if (!m_lockPending) {
            m_lockPending = true;
            QTimer::singleShot(50, this, [this] {
                m_lockPending = false;
                lockNow();
            });
        }
        return;
    }
    qCInfo(lcUi) << "locking the console";
    m_idleLock->setEnabled(false);
    destroyPages();
    m_session->lock();  // closes the database and wipes the key
    m_session.reset();
    updateLockState();
    retranslateUi();
    emit lockedChanged(true);
    showUnlockDialog();
}

void MainWindow::showUnlockDialog()
{
    if (m_session)
        return;
    if (m_unlockDialog) {
        m_unlockDialog->show();
        m_unlockDialog->raise();
        m_unlockDialog->activateWindow();
        return;
    }
    auto *dialog = new UnlockDialog(m_dbPath, m_clock, this);
    m_unlockDialog = dialog;
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setUserName(m_lastUserName);
    dialog->setHint(m_unlockHint);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { unlocked(dialog->takeSession()); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();  // not exec(): the window stays responsive and tests can drive the dialog
}

void MainWindow::unlocked(std::unique_ptr<cd::Session> session)
{
    if (!session)
        return;
    m_session = std::move(session);
    const bool recovery = m_session->user().name == kRecoveryUser;
    if (!recovery)
        m_lastUserName = m_session->user().name;
    loadStoreName();
    buildPages();
    m_idleLock->setEnabled(true);
    updateLockState();
    retranslateUi();
    emit lockedChanged(false);
    if (recovery) {
        showPage(kUsersPage);
        cd::gui::showInfo(this, tr("Signed in with the recovery code"),
                          tr("Set a new passphrase for each user who lost theirs on the Users page, then print "
                             "a new recovery code there and keep it safe."));
    }
}

void MainWindow::loadStoreName()
{
    m_storeName.clear();
    auto stores = cd::StoreService(*m_session).list();
    if (!stores.ok()) {
        qCWarning(lcUi) << "store list failed, code" << int(stores.error().code);
        return;
    }
    // Consents record the store they were given in: a fresh session works in the first store.
    if (m_session->currentStoreId() == 0 && !stores->empty())
        m_session->setCurrentStoreId(stores->front().id);
    for (const cd::StoreInfo &s : stores.value()) {
        if (m_storeName.isEmpty() || s.id == m_session->currentStoreId())
            m_storeName = s.name.isEmpty() ? s.code : s.name;
    }
}

void MainWindow::updateLockState()
{
    const bool locked = !m_session;
    m_navigation->setVisible(!locked);
    if (locked)
        m_stack->setCurrentWidget(m_lockedPage);
    m_goMenu->menuAction()->setVisible(!locked);
    m_changePassphraseAction->setEnabled(!locked);
    m_idleTimeoutAction->setEnabled(!locked && cd::roleAllows(m_session->user().role, cd::Permission::ManageUsers));
    m_exportEvidenceAction->setVisible(!locked && cd::roleAllows(m_session->user().role, cd::Permission::ExportEvidence));
    m_readOnlyBanner->setVisible(!locked && m_session->isReadOnly());
}

void MainWindow::retranslateUi()
{
    const bool locked = !m_session;
    setWindowTitle(locked ? tr("ConsentDesk — locked")
                          : (m_storeName.isEmpty() ? tr("ConsentDesk") : tr("ConsentDesk — %1").arg(m_storeName)));
    m_fileMenu->setTitle(tr("&Console", "menu: the application"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_lockAction->setText(locked ? tr("&Unlock…", "verb") : tr("&Lock", "verb: lock the console"));
    m_lockAction->setToolTip(locked ? tr("Sign in again") : tr("Lock the console now and wipe the key (Ctrl+L)"));
    m_changePassphraseAction->setText(tr("Change my &passphrase…"));
    m_idleTimeoutAction->setText(tr("Lock when &idle after…"));
    m_exportEvidenceAction->setText(tr("&Export evidence…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About ConsentDesk"));
    m_lockedLabel->setText(tr("The console is locked."));
    // The reason was worded at sign-in, in the language of that moment; the label follows now.
    if (!locked && m_session->isReadOnly())
        m_readOnlyBanner->setText(tr("Read-only: %1").arg(m_session->readOnlyReason()));
    m_unlockAgainButton->setText(tr("&Unlock…", "verb"));
    for (const Page &p : m_pages) {
        const QString title = p.spec->title();
        p.item->setText(title);
        p.action->setText(title);
        p.item->setToolTip(p.spec->shortcut.isEmpty()
                               ? title
                               : tr("%1 (%2)")
                                     .arg(title, p.spec->shortcut.toString(QKeySequence::NativeText)));
    }
    if (locked) {
        m_userStatus->setText(tr("Locked"));
        m_storeStatus->clear();
    } else {
        const cd::User &u = m_session->user();
        m_userStatus->setText(tr("%1 · %2", "status bar: user display name · role")
                                  .arg(u.displayName.isEmpty() ? u.name : u.displayName,
                                       cd::roleDisplayName(u.role)));
        m_storeStatus->setText(tr("Store: %1").arg(m_storeName));
    }
}

void MainWindow::changeOwnPassphrase()
{
    auto *dialog = openChangeOwnPassphrase(this, [this] { return m_session.get(); });
    if (dialog) {
        connect(dialog, &QDialog::accepted, this,
                [this] { statusBar()->showMessage(tr("Your passphrase was changed."), 8000); });
    }
}

void MainWindow::showAbout()
{
    cd::gui::showInfo(this, tr("About ConsentDesk"),
                      tr("ConsentDesk %1\n\nRecords customers' consent for camera analytics under China's "
                         "Personal Information Protection Law, in an encrypted database.")
                          .arg(QCoreApplication::applicationVersion()));
}
