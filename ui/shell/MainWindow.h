#pragma once
// The console's main window hosts pages: navigation on the left, the page on the right, both
// built from a PageRegistry for the signed-in role. Locking destroys the pages, stops the camera
// vendors' thread (a vendor call in flight gets a bounded grace period, then is cancelled), wipes
// the key and asks someone to sign in again.
#include "core/base/Clock.h"
#include "PageRegistry.h"
#include "UnlockDialog.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <vector>

class CameraVendors;
class IdleLock;
class LanguageMenu;
class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolBar;

namespace cd {
class Session;
class VendorWorker;
}

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `vendorSettings` are handed to every camera-vendor plugin (e.g. the demo's live visitors).
    // `pages` must outlive the window.
    MainWindow(const QString &dbPath, std::unique_ptr<cd::Session> session, cd::Clock &clock,
               QWidget *parent = nullptr, const QJsonObject &vendorSettings = {},
               const PageRegistry &pages = consolePages());
    ~MainWindow() override;

    cd::Session *session() const { return m_session.get(); }
    bool isLocked() const { return !m_session; }
    IdleLock *idleLock() const { return m_idleLock; }
    UnlockDialog *unlockDialog() const { return m_unlockDialog; }
    // Shown in the unlock dialog, e.g. the demo accounts.
    void setUnlockHint(const QString &hint) { m_unlockHint = hint; }
    // The vendors of this session, or nullptr while locked.
    cd::VendorWorker *vendors() const;
    // How long locking lets a vendor call in flight finish before cancelling it.
    void setVendorGraceMs(int ms) { m_vendorGraceMs = ms; }
    // The page shown now, or nullptr while locked.
    QWidget *currentPage() const;
    // Shows the page registered as `id` ("page" or "page/part", see PageSections); false when the
    // signed-in role does not have it.
    bool showPage(const QString &id);

public slots:
    void lockNow();
    void showUnlockDialog();

signals:
    void lockedChanged(bool locked);

private:
    struct Page {
        const PageSpec *spec;
        QWidget *widget;
        QListWidgetItem *item;
        QAction *action;  // its shortcut
    };

    void createActions();
    void createMenus();
    void createStatusBar();
    void buildPages();
    void destroyPages();
    bool closeOpenDialogs();
    void unlocked(std::unique_ptr<cd::Session> session);
    void loadStoreName();
    void updateLockState();
    void retranslateUi();
    void changeOwnPassphrase();
    void showAbout();
    void exportEvidence();

    QString m_dbPath;
    std::unique_ptr<cd::Session> m_session;
    cd::Clock &m_clock;
    const PageRegistry &m_registry;
    QString m_lastUserName;
    QString m_storeName;
    QString m_unlockHint;
    QString m_lastPage;
    std::vector<Page> m_pages;
    bool m_lockPending = false;
    QJsonObject m_vendorSettings;
    CameraVendors *m_cameras = nullptr;
    int m_vendorGraceMs;

    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QWidget *m_lockedPage;
    QLabel *m_lockedLabel;
    QPushButton *m_unlockAgainButton;
    QLabel *m_userStatus;
    QLabel *m_storeStatus;
    QToolBar *m_toolBar;
    IdleLock *m_idleLock;
    QPointer<UnlockDialog> m_unlockDialog;
    QPointer<QDialog> m_exportDialog;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_lockAction;
    QAction *m_changePassphraseAction;
    QAction *m_idleTimeoutAction;
    QAction *m_exportEvidenceAction;
    QLabel *m_readOnlyBanner = nullptr;
    QAction *m_quitAction;
    QAction *m_aboutAction;
};
