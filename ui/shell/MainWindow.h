#pragma once
// The console's main window: navigation on the left, one page per task on the right, shown
// only to roles that may use it (the services refuse as well). Locking destroys the pages,
// wipes the key and asks someone to sign in again.
#include "core/base/Clock.h"
#include "UnlockDialog.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <vector>

class IdleLock;
class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolBar;
class UnlockDialog;

namespace cd {
class Session;
class VendorManager;
class VendorScheduler;
}

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class PageKind { Consents, Purposes, Users, Audit, Cameras };

    // `vendorSettings` are handed to every camera-vendor plugin (e.g. the demo's live visitors).
    MainWindow(const QString &dbPath, std::unique_ptr<cd::Session> session, cd::Clock &clock,
               QWidget *parent = nullptr, const QJsonObject &vendorSettings = {});
    ~MainWindow() override;

    cd::Session *session() const { return m_session.get(); }
    bool isLocked() const { return !m_session; }
    IdleLock *idleLock() const { return m_idleLock; }
    UnlockDialog *unlockDialog() const { return m_unlockDialog; }
    // Shown in the unlock dialog, e.g. the demo accounts.
    void setUnlockHint(const QString &hint) { m_unlockHint = hint; }
    cd::VendorManager *vendors() const { return m_vendors.get(); }
    // The page shown now, or nullptr while locked.
    QWidget *currentPage() const;
    bool showPage(PageKind kind);

public slots:
    void lockNow();
    void showUnlockDialog();

signals:
    void lockedChanged(bool locked);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page {
        PageKind kind;
        QWidget *widget;
        QListWidgetItem *item;
    };

    void createActions();
    void createMenus();
    void createStatusBar();
    void buildPages();
    void destroyPages();
    void addPage(PageKind kind, QWidget *widget, const QString &icon);
    bool closeOpenDialogs();
    void unlocked(std::unique_ptr<cd::Session> session);
    void loadStoreName();
    void updateLockState();
    void retranslateUi();
    void switchLanguage(const QString &language);
    void changeOwnPassphrase();
    void editIdleTimeout();
    void showAbout();
    static QString pageTitle(PageKind kind);

    QString m_dbPath;
    std::unique_ptr<cd::Session> m_session;
    cd::Clock &m_clock;
    QString m_lastUserName;
    QString m_storeName;
    QString m_unlockHint;
    PageKind m_lastPage = PageKind::Consents;
    std::vector<Page> m_pages;
    bool m_lockPending = false;
    QJsonObject m_vendorSettings;
    std::unique_ptr<cd::VendorManager> m_vendors;
    cd::VendorScheduler *m_vendorScheduler = nullptr;

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

    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_lockAction;
    QAction *m_changePassphraseAction;
    QAction *m_idleTimeoutAction;
    QAction *m_quitAction;
    QAction *m_aboutAction;
    QActionGroup *m_languageGroup;
};
