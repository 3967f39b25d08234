#pragma once
// The first start of a console with no database: names the store, creates the first privacy
// officer, creates the encrypted database, and shows the recovery code once.
#include "core/base/Clock.h"
#include "core/access/Keyslots.h"

#include <QWizard>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class RecoveryCodeView;
class FunctionPage;

namespace cd { class Session; }

class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { StorePageId, OfficerPageId, RecoveryPageId };

    FirstRunWizard(const QString &dbPath, cd::Clock &clock, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // Tests inject KdfLimits::minimum(); real stores use the moderate default.
    void setKdfLimits(const cd::KdfLimits &kdf) { m_kdf = kdf; }
    bool isStoreCreated() const { return m_session != nullptr; }
    // The officer's session after the wizard finished (the store exists from the commit page on).
    std::unique_ptr<cd::Session> takeSession();

public slots:
    void reject() override;

private:
    FunctionPage *createStorePage();
    FunctionPage *createOfficerPage();
    FunctionPage *createRecoveryPage();
    void retranslateUi();
    bool officerInputValid();
    bool createStore();
    void showOfficerError(const QString &message);

    QString m_dbPath;
    cd::Clock &m_clock;
    cd::KdfLimits m_kdf;
    std::unique_ptr<cd::Session> m_session;

    FunctionPage *m_storePage;
    FunctionPage *m_officerPage;
    FunctionPage *m_recoveryPage;
    QLabel *m_storeIntro;
    QLabel *m_storeNameLabel;
    QLineEdit *m_storeNameEdit;
    QLabel *m_storeCodeLabel;
    QLineEdit *m_storeCodeEdit;
    QCheckBox *m_standardPurposes;
    QLabel *m_officerIntro;
    QLabel *m_loginLabel;
    QLineEdit *m_loginEdit;
    QLabel *m_displayLabel;
    QLineEdit *m_displayEdit;
    QLabel *m_passLabel;
    QLineEdit *m_passEdit;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeatEdit;
    QLabel *m_officerError;
    RecoveryCodeView *m_recoveryView;
};
