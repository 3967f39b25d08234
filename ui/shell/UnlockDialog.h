#pragma once
// Signs a user in: user name + passphrase (or the recovery code). Argon2id takes about a
// second at moderate limits, so it runs on a worker thread while the dialog shows it is busy.
#include "core/base/Clock.h"
#include "core/base/Result.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
template <typename T> class QFutureWatcher;

namespace cd { class Session; }

class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    UnlockDialog(const QString &dbPath, cd::Clock &clock, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    void setUserName(const QString &name);
    // A line under the form, e.g. the demo accounts.
    void setHint(const QString &hint);
    bool isRecoveryMode() const { return m_recoveryMode; }
    void setRecoveryMode(bool on);
    bool isBusy() const { return m_busy; }

    // The signed-in session after accept(); empty before.
    std::unique_ptr<cd::Session> takeSession();

public slots:
    void reject() override;

private:
    using UnlockResult = cd::Result<std::unique_ptr<cd::Session>>;
    void retranslateUi();
    void startUnlock();
    void finishUnlock();
    void setBusy(bool busy);
    void showError(const QString &message);

    QString m_dbPath;
    cd::Clock &m_clock;
    bool m_recoveryMode = false;
    bool m_busy = false;
    std::unique_ptr<cd::Session> m_session;
    QFutureWatcher<UnlockResult> *m_watcher = nullptr;

    QLabel *m_heading;
    QLabel *m_userLabel;
    QLineEdit *m_userEdit;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphraseEdit;
    QLabel *m_recoveryLabel;
    QLineEdit *m_recoveryEdit;
    QLabel *m_errorLabel;
    QLabel *m_hintLabel;
    QPushButton *m_modeButton;
    QDialogButtonBox *m_buttons;
    QPushButton *m_unlockButton;
};
