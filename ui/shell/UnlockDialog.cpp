#include "UnlockDialog.h"

#include "ui/common/Gui.h"
#include "core/access/Session.h"
#include "core/access/Vault.h"
#include "ui/common/Retranslate.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

UnlockDialog::UnlockDialog(const QString &dbPath, cd::Clock &clock, QWidget *parent)
    : QDialog(parent), m_dbPath(dbPath), m_clock(clock)
{
    cd::gui::initResources();
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/consentdesk.svg")));

    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_recoveryEdit = new QLineEdit(this);
    m_recoveryEdit->setObjectName(QStringLiteral("recoveryEdit"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_recoveryEdit->setFont(mono);
    m_recoveryEdit->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QStringLiteral("XXXX-")) * 8 + 16);

    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_userEdit);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphraseEdit);
    m_recoveryLabel = new QLabel(this);
    m_recoveryLabel->setBuddy(m_recoveryEdit);

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_userEdit);
    form->addRow(m_passphraseLabel, m_passphraseEdit);
    form->addRow(m_recoveryLabel, m_recoveryEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    m_hintLabel = new QLabel(this);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->hide();

    m_modeButton = new QPushButton(this);
    m_modeButton->setObjectName(QStringLiteral("recoveryButton"));
    m_modeButton->setFlat(true);
    m_modeButton->setAutoDefault(false);
    m_modeButton->setCursor(Qt::PointingHandCursor);
    m_modeButton->setStyleSheet(QStringLiteral("text-align: left; color: palette(link); text-decoration: underline;"));

    m_buttons = new QDialogButtonBox(this);
    m_unlockButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_modeButton, 0, Qt::AlignLeft);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setTabOrder(m_userEdit, m_passphraseEdit);
    setTabOrder(m_passphraseEdit, m_recoveryEdit);
    setTabOrder(m_recoveryEdit, m_unlockButton);

    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockDialog::startUnlock);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_modeButton, &QPushButton::clicked, this, [this] { setRecoveryMode(!m_recoveryMode); });

    m_watcher = new QFutureWatcher<UnlockResult>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &UnlockDialog::finishUnlock);

    setRecoveryMode(false);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    setMinimumWidth(420);
}

// A worker still running keeps its own reference to the future; its result (a session) is
// destroyed with the future, which wipes the key.
UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setUserName(const QString &name)
{
    m_userEdit->setText(name);
    if (!name.isEmpty() && !m_recoveryMode)
        m_passphraseEdit->setFocus();
}

void UnlockDialog::setHint(const QString &hint)
{
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
}

void UnlockDialog::setRecoveryMode(bool on)
{
    m_recoveryMode = on;
    m_userLabel->setVisible(!on);
    m_userEdit->setVisible(!on);
    m_passphraseLabel->setVisible(!on);
    m_passphraseEdit->setVisible(!on);
    m_recoveryLabel->setVisible(on);
    m_recoveryEdit->setVisible(on);
    m_errorLabel->hide();
    if (on)
        m_recoveryEdit->setFocus();
    else if (m_userEdit->text().isEmpty())
        m_userEdit->setFocus();
    else
        m_passphraseEdit->setFocus();
    retranslateUi();
}

std::unique_ptr<cd::Session> UnlockDialog::takeSession() { return std::move(m_session); }

void UnlockDialog::reject()
{
    if (m_busy)
        return;  // the key derivation finishes in a moment; a half-open session is not left behind
    QDialog::reject();
}

void UnlockDialog::retranslateUi()
{
    setWindowTitle(tr("Unlock ConsentDesk"));
    m_heading->setText(m_recoveryMode ? tr("Sign in with the recovery code") : tr("Sign in to unlock the console"));
    m_userLabel->setText(tr("&User name:"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_recoveryLabel->setText(tr("Recovery &code:"));
    m_recoveryEdit->setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX",
                                          "recovery code placeholder; keep the pattern"));
    m_modeButton->setText(m_recoveryMode ? tr("Use user name and passphrase…") : tr("Use recovery code…"));
    m_unlockButton->setText(tr("&Unlock", "verb: open the locked console"));
    if (auto *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Cancel"));
}

void UnlockDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_userEdit->setEnabled(!busy);
    m_passphraseEdit->setEnabled(!busy);
    m_recoveryEdit->setEnabled(!busy);
    m_modeButton->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void UnlockDialog::startUnlock()
{
    if (m_busy)
        return;
    const QString path = m_dbPath;
    cd::Clock *clock = &m_clock;
    QFuture<UnlockResult> future;
    if (m_recoveryMode) {
        const QString code = m_recoveryEdit->text().trimmed();
        if (code.isEmpty()) {
            showError(tr("Enter the recovery code."));
            m_recoveryEdit->setFocus();
            return;
        }
        future = QtConcurrent::run([path, code, clock] { return cd::Vault::unlockWithRecoveryCode(path, code, *clock); });
    } else {
        const QString user = m_userEdit->text().trimmed();
        const QString passphrase = m_passphraseEdit->text();
        if (user.isEmpty()) {
            showError(tr("Enter your user name."));
            m_userEdit->setFocus();
            return;
        }
        if (passphrase.isEmpty()) {
            showError(tr("Enter your passphrase."));
            m_passphraseEdit->setFocus();
            return;
        }
        future = QtConcurrent::run([path, user, passphrase, clock] {
            return cd::Vault::unlock(path, user, passphrase, *clock);
        });
    }
    showError(QString());
    setBusy(true);
    m_watcher->setFuture(future);
}

void UnlockDialog::finishUnlock()
{
    UnlockResult result = m_watcher->future().takeResult();
    setBusy(false);
    if (!result.ok()) {
        qCInfo(lcUi) << "unlock refused, code" << int(result.error().code);
        showError(result.error().message);
        if (m_recoveryMode) {
            m_recoveryEdit->selectAll();
            m_recoveryEdit->setFocus();
        } else {
            m_passphraseEdit->clear();
            m_passphraseEdit->setFocus();
        }
        return;
    }
    m_passphraseEdit->clear();
    m_recoveryEdit->clear();
    m_session = std::move(result).value();
    accept();
}
