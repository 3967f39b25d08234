#pragma once
// The officer's list of users: add, remove, reset a passphrase, change one's own, and renew
// the store's recovery code.
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd { class Session; }

class UsersPage : public QWidget {
    Q_OBJECT
public:
    UsersPage(cd::Session &session, const QString &storeName, QWidget *parent = nullptr);

    void reload();

private:
    void retranslateUi();
    void updateButtons();
    QString selectedUserName() const;
    void addUser();
    void removeUser();
    void resetPassphrase();
    void changeOwnPassphrase();
    void renewRecoveryCode();

    cd::Session &m_session;
    QString m_storeName;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_resetButton;
    QPushButton *m_ownButton;
    QPushButton *m_recoveryButton;
};
