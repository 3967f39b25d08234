#include "GuardianStep.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

GuardianStep::GuardianStep(QWidget *parent) : RegisterStep(parent)
{
    setObjectName(QStringLiteral("guardianStep"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(QStringLiteral("guardianNameEdit"));
    m_nameEdit->setMaxLength(100);
    m_relationCombo = new QComboBox;
    m_relationCombo->setObjectName(QStringLiteral("guardianRelationCombo"));
    m_relationCombo->addItem(QString(), QStringLiteral("parent"));
    m_relationCombo->addItem(QString(), QStringLiteral("guardian"));
    m_form->addRow(QStringLiteral("-"), m_nameEdit);
    m_form->addRow(QStringLiteral("-"), m_relationCombo);
    layout->addLayout(m_form);

    m_consentCheck = new QCheckBox;
    m_consentCheck->setObjectName(QStringLiteral("guardianConsentCheck"));
    QFont bold = m_consentCheck->font();
    bold.setBold(true);
    m_consentCheck->setFont(bold);
    layout->addWidget(m_consentCheck);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("guardianError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { setError({}); });
    connect(m_consentCheck, &QCheckBox::toggled, this, [this] { setError({}); });
    retranslateUi();
}

void GuardianStep::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString GuardianStep::title() const { return tr("Guardian"); }

bool GuardianStep::appliesTo(const RegistrationDraft &draft) const { return draft.under14; }

void GuardianStep::enter(const RegistrationDraft &)
{
    m_nameEdit->setFocus();
}

bool GuardianStep::commit(RegistrationDraft &draft)
{
    const QString name = m_nameEdit->text().simplified();
    if (name.isEmpty()) {
        setError(tr("Enter the name of the parent or guardian who gives consent."));
        m_nameEdit->setFocus();
        return false;
    }
    if (!m_consentCheck->isChecked()) {
        setError(tr("A child under 14 can be registered only with the consent of a parent or guardian."));
        m_consentCheck->setFocus();
        return false;
    }
    draft.guardian = cd::Guardian{name, m_relationCombo->currentData().toString(), true};
    setError({});
    return true;
}

void GuardianStep::retranslateUi()
{
    m_intro->setText(tr("The customer is under 14. A parent or other guardian must be present and consent on "
                        "the child's behalf (PIPL Art. 31)."));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_nameEdit))) {
        label->setText(tr("Guardian's na&me:"));
        label->setBuddy(m_nameEdit);
    }
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_relationCombo))) {
        label->setText(tr("Re&lation to the child:"));
        label->setBuddy(m_relationCombo);
    }
    m_relationCombo->setItemText(0, tr("Parent"));
    m_relationCombo->setItemText(1, tr("Other legal guardian"));
    m_consentCheck->setText(tr("The guardian consents on the child's behalf"));
}
