#include "PurposeDialog.h"

#include "ui/common/Gui.h"
#include "ui/common/Retranslate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

PurposeDialog::PurposeDialog(const std::optional<cd::Purpose> &existing, QWidget *parent)
    : QDialog(parent), m_base(existing.value_or(cd::Purpose{})), m_editing(existing.has_value())
{
    setObjectName(QStringLiteral("purposeDialog"));
    m_renewalWarning = new QLabel(this);
    m_renewalWarning->setWordWrap(true);
    m_renewalWarning->setVisible(m_editing);
    m_renewalWarning->setStyleSheet(QStringLiteral("color: #8a5a00;"));

    m_codeEdit = new QLineEdit(m_base.code, this);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9-]{0,39}")), m_codeEdit));
    m_codeEdit->setReadOnly(m_editing);
    m_nameZhEdit = new QLineEdit(m_base.nameZh, this);
    m_nameZhEdit->setObjectName(QStringLiteral("nameZhEdit"));
    m_nameEnEdit = new QLineEdit(m_base.nameEn, this);
    m_nameEnEdit->setObjectName(QStringLiteral("nameEnEdit"));
    m_basisCombo = new QComboBox(this);
    m_basisCombo->setObjectName(QStringLiteral("legalBasisCombo"));
    m_basisCombo->setEditable(true);
    // Suggestions in the form the standard purposes use; the text is stored as typed.
    m_basisCombo->addItems({QStringLiteral("consent (PIPL Art. 13(1))"),
                            QStringLiteral("separate consent (PIPL Art. 13(1), 29)"),
                            QStringLiteral("contract (PIPL Art. 13(2))"),
                            QStringLiteral("legal obligation (PIPL Art. 13(3))")});
    m_basisCombo->setCurrentText(m_base.legalBasis);
    m_categoriesEdit = new QLineEdit(m_base.dataCategories, this);
    m_categoriesEdit->setObjectName(QStringLiteral("categoriesEdit"));
    m_sensitiveCheck = new QCheckBox(this);
    m_sensitiveCheck->setObjectName(QStringLiteral("sensitiveCheck"));
    m_sensitiveCheck->setChecked(m_base.sensitive);
    m_separateCheck = new QCheckBox(this);
    m_separateCheck->setObjectName(QStringLiteral("separateConsentCheck"));
    m_separateCheck->setChecked(m_base.separateConsentRequired);
    m_retentionSpin = new QSpinBox(this);
    m_retentionSpin->setObjectName(QStringLiteral("retentionSpin"));
    m_retentionSpin->setRange(1, 36500);
    m_retentionSpin->setValue(m_base.retentionDays);
    m_validitySpin = new QSpinBox(this);
    m_validitySpin->setObjectName(QStringLiteral("validitySpin"));
    m_validitySpin->setRange(0, 36500);
    m_validitySpin->setValue(m_base.consentValidityDays);

    auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_codeLabel = label(m_codeEdit);
    m_nameZhLabel = label(m_nameZhEdit);
    m_nameEnLabel = label(m_nameEnEdit);
    m_basisLabel = label(m_basisCombo);
    m_categoriesLabel = label(m_categoriesEdit);
    m_retentionLabel = label(m_retentionSpin);
    m_validityLabel = label(m_validitySpin);

    auto *form = new QFormLayout;
    form->addRow(m_codeLabel, m_codeEdit);
    form->addRow(m_nameZhLabel, m_nameZhEdit);
    form->addRow(m_nameEnLabel, m_nameEnEdit);
    form->addRow(m_basisLabel, m_basisCombo);
    form->addRow(m_categoriesLabel, m_categoriesEdit);
    form->addRow(QString(), m_sensitiveCheck);
    form->addRow(QString(), m_separateCheck);
    form->addRow(m_retentionLabel, m_retentionSpin);
    form->addRow(m_validityLabel, m_validitySpin);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PurposeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PurposeDialog::reject);
    connect(m_categoriesEdit, &QLineEdit::textEdited, this, &PurposeDialog::categoriesChanged);
    // Separate consent exists only for sensitive data (PIPL Art. 29).
    connect(m_separateCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_sensitiveCheck->setChecked(true);
    });
    connect(m_sensitiveCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            m_separateCheck->setChecked(false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_renewalWarning);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    setMinimumWidth(520);
    if (m_editing)
        m_nameZhEdit->setFocus();
}

cd::Purpose PurposeDialog::purpose() const
{
    cd::Purpose p = m_base;
    p.code = m_codeEdit->text().trimmed();
    p.nameZh = m_nameZhEdit->text().trimmed();
    p.nameEn = m_nameEnEdit->text().trimmed();
    p.legalBasis = m_basisCombo->currentText().trimmed();
    p.dataCategories = m_categoriesEdit->text().trimmed();
    p.sensitive = m_sensitiveCheck->isChecked();
    p.separateConsentRequired = m_separateCheck->isChecked();
    p.retentionDays = m_retentionSpin->value();
    p.consentValidityDays = m_validitySpin->value();
    return p;
}

void PurposeDialog::categoriesChanged()
{
    // Face data is sensitive and needs separate consent (PIPL Art. 28, 29): set both for the user.
    if (m_categoriesEdit->text().contains(QLatin1String("face"), Qt::CaseInsensitive)) {
        m_sensitiveCheck->setChecked(true);
        m_separateCheck->setChecked(true);
    }
}

void PurposeDialog::accept()
{
    if (!m_codeEdit->hasAcceptableInput()) {
        cd::gui::showError(this, windowTitle(),
                           tr("The code is a short id of lower-case letters, digits and dashes, e.g. "
                              "\"face-recognition\"."));
        m_codeEdit->setFocus();
        return;
    }
    if (m_apply) {
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        const cd::Result<void> applied = m_apply(purpose());
        QGuiApplication::restoreOverrideCursor();
        if (!applied.ok()) {
            cd::gui::showError(this, windowTitle(), applied.error());
            return;
        }
    }
    QDialog::accept();
}

void PurposeDialog::retranslateUi()
{
    setWindowTitle(m_editing ? tr("Edit purpose") : tr("Add purpose"));
    m_renewalWarning->setText(tr("Changing the legal basis, data categories, sensitivity, retention or validity "
                                 "is a change of purpose (PIPL Art. 14): every granted consent for it will need "
                                 "to be renewed. Changing only the names does not."));
    m_codeLabel->setText(tr("&Code:", "short identifier of a purpose"));
    m_nameZhLabel->setText(tr("Name (&Chinese):"));
    m_nameEnLabel->setText(tr("Name (&English):"));
    m_basisLabel->setText(tr("&Legal basis:"));
    m_categoriesLabel->setText(tr("Data c&ategories:"));
    m_categoriesEdit->setPlaceholderText(tr("comma-separated, e.g. face-image,phone"));
    m_sensitiveCheck->setText(tr("&Sensitive personal information (PIPL Art. 28)"));
    m_separateCheck->setText(tr("Needs se&parate consent (PIPL Art. 29)"));
    m_retentionLabel->setText(tr("&Keep data for:"));
    m_retentionSpin->setSuffix(tr(" days", "spin box suffix, with leading space"));
    m_validityLabel->setText(tr("Consent &valid for:"));
    m_validitySpin->setSuffix(tr(" days", "spin box suffix, with leading space"));
    m_validitySpin->setSpecialValueText(tr("until withdrawn"));
}
