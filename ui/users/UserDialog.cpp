#include "UserDialog.h"

#include "ui/common/Gui.h"
#include "core/access/Vault.h"
#include "ui/common/Retranslate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

UserDialog::UserDialog(Mode mode, QWidget *parent) : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("userDialog"));
    auto lineEdit = [this](const char *name, bool secret) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_nameEdit = lineEdit("nameEdit", false);
    m_nameEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{1,32}")), m_nameEdit));
    m_displayEdit = lineEdit("displayNameEdit", false);
    m_roleCombo = new QComboBox(this);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    for (cd::Role r : cd::allRoles())
        m_roleCombo->addItem(cd::roleDisplayName(r), int(r));
    m_oldEdit = lineEdit("oldPassphraseEdit", true);
    m_passEdit = lineEdit("passphraseEdit", true);
    m_repeatEdit = lineEdit("passphraseRepeatEdit", true);

    auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_nameLabel = label(m_nameEdit);
    m_displayLabel = label(m_displayEdit);
    m_roleLabel = label(m_roleCombo);
    m_oldLabel = label(m_oldEdit);
    m_passLabel = label(m_passEdit);
    m_repeatLabel = label(m_repeatEdit);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_nameEdit);
    if (mode == Mode::Add) {
        form->addRow(m_displayLabel, m_displayEdit);
        form->addRow(m_roleLabel, m_roleCombo);
    } else {
        m_nameEdit->setReadOnly(true);
        m_nameEdit->setFocusPolicy(Qt::NoFocus);
        for (QWidget *w : {static_cast<QWidget *>(m_displayLabel), static_cast<QWidget *>(m_displayEdit),
                           static_cast<QWidget *>(m_roleLabel), static_cast<QWidget *>(m_roleCombo)})
            w->hide();
    }
    if (mode == Mode::ChangeOwnPassphrase) {
        form->addRow(m_oldLabel, m_oldEdit);
    } else {
        m_oldLabel->hide();
        m_oldEdit->hide();
    }
    form->addRow(m_passLabel, m_passEdit);
    form->addRow(m_repeatLabel, m_repeatEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_errorLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    setMinimumWidth(440);
}

void UserDialog::setUserName(const QString &name) { m_nameEdit->setText(name); }

QString UserDialog::userName() const { return m_nameEdit->text().trimmed(); }
QString UserDialog::displayName() const { return m_displayEdit->text().trimmed(); }
cd::Role UserDialog::role() const { return cd::Role(m_roleCombo->currentData().toInt()); }
QString UserDialog::oldPassphrase() const { return m_oldEdit->text(); }
QString UserDialog::passphrase() const { return m_passEdit->text(); }

void UserDialog::retranslateUi()
{
    switch (m_mode) {
    case Mode::Add: setWindowTitle(tr("Add user")); break;
    case Mode::ResetPassphrase: setWindowTitle(tr("Reset passphrase")); break;
    case Mode::ChangeOwnPassphrase: setWindowTitle(tr("Change my passphrase")); break;
    }
    m_nameLabel->setText(tr("&Login name:"));
    m_displayLabel->setText(tr("&Display name:"));
    m_roleLabel->setText(tr("&Role:"));
    for (int i = 0; i < m_roleCombo->count(); ++i)
        m_roleCombo->setItemText(i, cd::roleDisplayName(cd::Role(m_roleCombo->itemData(i).toInt())));
    m_oldLabel->setText(tr("&Current passphrase:"));
    m_passLabel->setText(m_mode == Mode::Add ? tr("&Passphrase:") : tr("&New passphrase:"));
    m_repeatLabel->setText(tr("&Repeat passphrase:"));
    m_passEdit->setPlaceholderText(tr("at least %n characters", nullptr, cd::Vault::kMinPassphraseLength));
}

void UserDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

bool UserDialog::inputValid()
{
    if (m_mode == Mode::Add && !m_nameEdit->hasAcceptableInput()) {
        showError(tr("Enter a login name: letters, digits, dot, dash or underscore."));
        m_nameEdit->setFocus();
        return false;
    }
    if (m_mode == Mode::Add && displayName().isEmpty()) {
        showError(tr("Enter a display name."));
        m_displayEdit->setFocus();
        return false;
    }
    if (m_mode == Mode::ChangeOwnPassphrase && oldPassphrase().isEmpty()) {
        showError(tr("Enter your current passphrase."));
        m_oldEdit->setFocus();
        return false;
    }
    if (passphrase().size() < cd::Vault::kMinPassphraseLength) {
        showError(tr("The passphrase must have at least %n characters.", nullptr, cd::Vault::kMinPassphraseLength));
        m_passEdit->setFocus();
        return false;
    }
    if (const auto check = cd::Vault::checkPassphrase(passphrase()); !check.ok()) {
        showError(check.error().message);
        m_passEdit->setFocus();
        return false;
    }
    if (m_repeatEdit->text() != passphrase()) {
        showError(tr("The two passphrases do not match."));
        m_repeatEdit->clear();
        m_repeatEdit->setFocus();
        return false;
    }
    showError(QString());
    return true;
}

void UserDialog::accept()
{
    if (!inputValid())
        return;
    if (m_apply) {
        // Argon2id runs here (about a second): a busy cursor, and no second click meanwhile.
        setEnabled(false);
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        const cd::Result<void> applied = m_apply(*this);
        QGuiApplication::restoreOverrideCursor();
        setEnabled(true);
        if (!applied.ok()) {
            cd::gui::showError(this, windowTitle(), applied.error());
            if (m_mode == Mode::ChangeOwnPassphrase && applied.error().code == cd::ErrorCode::WrongPassphrase) {
                m_oldEdit->clear();
                m_oldEdit->setFocus();
            }
            return;
        }
    }
    QDialog::accept();
}
