#include "FirstRunWizard.h"

#include "ui/common/Gui.h"
#include "RecoveryCodeView.h"
#include "core/demo/DemoData.h"
#include "core/access/Session.h"
#include "core/access/Vault.h"
#include "ui/common/Retranslate.h"

#include <QCheckBox>
#include <QEvent>
#include <QEventLoop>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

// A wizard page whose checks are supplied by the wizard, which owns every widget and text.
class FunctionPage : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<bool()> validate;
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return validate ? validate() : true; }
    void notifyCompleteChanged() { emit completeChanged(); }
};

FirstRunWizard::FirstRunWizard(const QString &dbPath, cd::Clock &clock, QWidget *parent)
    : QWizard(parent), m_dbPath(dbPath), m_clock(clock), m_kdf(cd::KdfLimits::moderate())
{
    cd::gui::initResources();
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/consentdesk.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/consentdesk.svg")).pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    m_storePage = createStorePage();
    m_officerPage = createOfficerPage();
    m_recoveryPage = createRecoveryPage();
    setPage(StorePageId, m_storePage);
    setPage(OfficerPageId, m_officerPage);
    setPage(RecoveryPageId, m_recoveryPage);
    setStartId(StorePageId);

    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    resize(640, 520);
}

FirstRunWizard::~FirstRunWizard() = default;

FunctionPage *FirstRunWizard::createStorePage()
{
    auto *page = new FunctionPage(this);
    m_storeIntro = new QLabel(page);
    m_storeIntro->setWordWrap(true);
    m_storeNameEdit = new QLineEdit(page);
    m_storeNameEdit->setObjectName(QStringLiteral("storeNameEdit"));
    m_storeCodeEdit = new QLineEdit(QStringLiteral("S001"), page);
    m_storeCodeEdit->setObjectName(QStringLiteral("storeCodeEdit"));
    m_storeCodeEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{1,16}")), m_storeCodeEdit));
    m_storeNameLabel = new QLabel(page);
    m_storeNameLabel->setBuddy(m_storeNameEdit);
    m_storeCodeLabel = new QLabel(page);
    m_storeCodeLabel->setBuddy(m_storeCodeEdit);
    m_standardPurposes = new QCheckBox(page);
    m_standardPurposes->setObjectName(QStringLiteral("standardPurposesCheck"));
    m_standardPurposes->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(m_storeNameLabel, m_storeNameEdit);
    form->addRow(m_storeCodeLabel, m_storeCodeEdit);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_storeIntro);
    layout->addLayout(form);
    layout->addWidget(m_standardPurposes);
    layout->addStretch();

    page->complete = [this] {
        return !m_storeNameEdit->text().trimmed().isEmpty() && m_storeCodeEdit->hasAcceptableInput();
    };
    connect(m_storeNameEdit, &QLineEdit::textChanged, page, &FunctionPage::notifyCompleteChanged);
    connect(m_storeCodeEdit, &QLineEdit::textChanged, page, &FunctionPage::notifyCompleteChanged);
    return page;
}

FunctionPage *FirstRunWizard::createOfficerPage()
{
    auto *page = new FunctionPage(this);
    page->setCommitPage(true);  // the store exists once this page is done: no way back
    m_officerIntro = new QLabel(page);
    m_officerIntro->setWordWrap(true);
    m_loginEdit = new QLineEdit(page);
    m_loginEdit->setObjectName(QStringLiteral("officerNameEdit"));
    m_loginEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{1,32}")), m_loginEdit));
    m_displayEdit = new QLineEdit(page);
    m_displayEdit->setObjectName(QStringLiteral("officerDisplayNameEdit"));
    m_passEdit = new QLineEdit(page);
    m_passEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passEdit->setEchoMode(QLineEdit::Password);
    m_repeatEdit = new QLineEdit(page);
    m_repeatEdit->setObjectName(QStringLiteral("passphraseRepeatEdit"));
    m_repeatEdit->setEchoMode(QLineEdit::Password);
    m_loginLabel = new QLabel(page);
    m_loginLabel->setBuddy(m_loginEdit);
    m_displayLabel = new QLabel(page);
    m_displayLabel->setBuddy(m_displayEdit);
    m_passLabel = new QLabel(page);
    m_passLabel->setBuddy(m_passEdit);
    m_repeatLabel = new QLabel(page);
    m_repeatLabel->setBuddy(m_repeatEdit);
    m_officerError = new QLabel(page);
    m_officerError->setObjectName(QStringLiteral("officerErrorLabel"));
    m_officerError->setWordWrap(true);
    m_officerError->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_officerError->hide();

    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_loginEdit);
    form->addRow(m_displayLabel, m_displayEdit);
    form->addRow(m_passLabel, m_passEdit);
    form->addRow(m_repeatLabel, m_repeatEdit);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_officerIntro);
    layout->addLayout(form);
    layout->addWidget(m_officerError);
    layout->addStretch();

    page->complete = [this] {
        return m_loginEdit->hasAcceptableInput() && !m_displayEdit->text().trimmed().isEmpty()
            && !m_passEdit->text().isEmpty() && !m_repeatEdit->text().isEmpty();
    };
    page->validate = [this] { return officerInputValid() && createStore(); };
    for (QLineEdit *edit : {m_loginEdit, m_displayEdit, m_passEdit, m_repeatEdit})
        connect(edit, &QLineEdit::textChanged, page, &FunctionPage::notifyCompleteChanged);
    // Point out a mismatch as soon as the second passphrase is as long as the first.
    connect(m_repeatEdit, &QLineEdit::textChanged, this, [this](const QString &repeat) {
        if (repeat.size() >= m_passEdit->text().size() && repeat != m_passEdit->text())
            showOfficerError(tr("The two passphrases do not match."));
        else if (!repeat.isEmpty())
            showOfficerError(QString());
    });
    return page;
}

FunctionPage *FirstRunWizard::createRecoveryPage()
{
    auto *page = new FunctionPage(this);
    page->setFinalPage(true);
    m_recoveryView = new RecoveryCodeView(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_recoveryView);
    page->complete = [this] { return m_session && m_recoveryView->isConfirmed(); };
    connect(m_recoveryView, &RecoveryCodeView::confirmedChanged, page, &FunctionPage::notifyCompleteChanged);
    return page;
}

std::unique_ptr<cd::Session> FirstRunWizard::takeSession() { return std::move(m_session); }

void FirstRunWizard::reject()
{
    if (m_session)
        return;  // the store exists: leave only through Finish, after the code was written down
    QWizard::reject();
}

void FirstRunWizard::retranslateUi()
{
    setWindowTitle(tr("Set up ConsentDesk"));
    setButtonText(QWizard::CommitButton, tr("&Create store"));
    m_storePage->setTitle(tr("Your store"));
    m_storePage->setSubTitle(tr("Step 1 of 3: name the store whose customers' consent this console records."));
    m_storeIntro->setText(tr("Every consent record keeps the store it was given in. The code is a short "
                             "identifier printed on exports, for example S001."));
    m_storeNameLabel->setText(tr("Store &name:"));
    m_storeCodeLabel->setText(tr("Store &code:"));
    m_standardPurposes->setText(tr("&Add the standard purposes with their first notices (you can edit them later)"));

    m_officerPage->setTitle(tr("Privacy officer"));
    m_officerPage->setSubTitle(tr("Step 2 of 3: the first user, who manages purposes, notices and users."));
    m_officerIntro->setText(tr("The passphrase opens the encrypted database. Use at least %n characters; "
                               "a few unrelated words are easy to remember and hard to guess.",
                               nullptr, cd::Vault::kMinPassphraseLength));
    m_loginLabel->setText(tr("&Login name:"));
    m_displayLabel->setText(tr("&Display name:"));
    m_passLabel->setText(tr("&Passphrase:"));
    m_repeatLabel->setText(tr("&Repeat passphrase:"));

    m_recoveryPage->setTitle(tr("Recovery code"));
    m_recoveryPage->setSubTitle(tr("Step 3 of 3: the store is created. Keep this code safe."));
}

void FirstRunWizard::showOfficerError(const QString &message)
{
    m_officerError->setText(message);
    m_officerError->setVisible(!message.isEmpty());
}

bool FirstRunWizard::officerInputValid()
{
    const QString pass = m_passEdit->text();
    if (pass.size() < cd::Vault::kMinPassphraseLength) {
        showOfficerError(tr("The passphrase must have at least %n characters.", nullptr,
                            cd::Vault::kMinPassphraseLength));
        m_passEdit->setFocus();
        return false;
    }
    if (const auto check = cd::Vault::checkPassphrase(pass); !check.ok()) {
        showOfficerError(check.error().message);
        m_passEdit->setFocus();
        return false;
    }
    if (m_repeatEdit->text() != pass) {
        m_repeatEdit->clear();
        m_repeatEdit->setFocus();
        showOfficerError(tr("The two passphrases do not match."));
        return false;
    }
    showOfficerError(QString());
    return true;
}

bool FirstRunWizard::createStore()
{
    if (m_session)
        return true;
    cd::CreateOptions options;
    options.storeCode = m_storeCodeEdit->text().trimmed();
    options.storeName = m_storeNameEdit->text().trimmed();
    options.officerName = m_loginEdit->text().trimmed();
    options.officerDisplayName = m_displayEdit->text().trimmed();
    options.officerPassphrase = m_passEdit->text();
    options.kdf = m_kdf;

    // Argon2id for two slots takes a few seconds at moderate limits: run it off the GUI
    // thread and keep painting; the wizard is disabled meanwhile.
    using CreateResult = cd::Result<cd::CreatedVault>;
    const QString path = m_dbPath;
    cd::Clock *clock = &m_clock;
    QFutureWatcher<CreateResult> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    setEnabled(false);
    setCursor(Qt::BusyCursor);
    showOfficerError(QString());
    watcher.setFuture(QtConcurrent::run([path, options, clock] { return cd::Vault::create(path, options, *clock); }));
    loop.exec();
    unsetCursor();
    setEnabled(true);

    CreateResult created = watcher.future().takeResult();
    if (!created.ok()) {
        showOfficerError(created.error().message);
        return false;
    }
    m_passEdit->clear();
    m_repeatEdit->clear();
    m_session = std::move(created.value().session);
    m_recoveryView->setStoreName(options.storeName);
    m_recoveryView->setCode(created.value().recoveryCode);
    if (m_standardPurposes->isChecked()) {
        if (const auto added = cd::demo::addStandardPurposes(*m_session); !added.ok())
            qCWarning(lcUi) << "standard purposes not added, code" << int(added.error().code);
    }
    return true;
}
