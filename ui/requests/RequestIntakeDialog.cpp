#include "RequestIntakeDialog.h"

#include "SubjectPicker.h"
#include "ui/common/Retranslate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RequestIntakeDialog::RequestIntakeDialog(cd::Session &session, cd::RequestService &requests, QWidget *parent)
    : QDialog(parent), m_requests(requests)
{
    setObjectName(QStringLiteral("requestIntakeDialog"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("intakeTypeCombo"));
    for (cd::RequestType t : cd::RequestRules::allTypes())
        m_type->addItem(QString(), int(t));
    m_typeLabel = new QLabel(this);
    m_typeLabel->setBuddy(m_type);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("intakeChannelCombo"));
    for (cd::RequestChannel c : {cd::RequestChannel::Counter, cd::RequestChannel::Phone, cd::RequestChannel::Online,
                                 cd::RequestChannel::Letter})
        m_channel->addItem(QString(), int(c));
    m_channelLabel = new QLabel(this);
    m_channelLabel->setBuddy(m_channel);
    m_subject = new SubjectPicker(session, this);
    m_customerLabel = new QLabel(this);
    m_unmatched = new QCheckBox(this);
    m_unmatched->setObjectName(QStringLiteral("unmatchedCheck"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("contactNameEdit"));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("contactPhoneEdit"));
    m_phoneLabel = new QLabel(this);
    m_phoneLabel->setBuddy(m_phone);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("intakeDetailsEdit"));
    m_details->setTabChangesFocus(true);
    m_details->setMaximumHeight(90);
    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setBuddy(m_details);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("intakeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("intakeOkButton"));

    auto *form = new QFormLayout;
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_channelLabel, m_channel);
    form->addRow(m_customerLabel, m_subject);
    form->addRow(QString(), m_unmatched);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_phoneLabel, m_phone);
    form->addRow(m_detailsLabel, m_details);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_subject, &SubjectPicker::chosen, this, &RequestIntakeDialog::updateState);
    connect(m_unmatched, &QCheckBox::toggled, this, &RequestIntakeDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &RequestIntakeDialog::updateState);
    connect(m_phone, &QLineEdit::textChanged, this, &RequestIntakeDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RequestIntakeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

cd::RequestIntake RequestIntakeDialog::intake() const
{
    cd::RequestIntake in;
    in.type = cd::RequestType(m_type->currentData().toInt());
    in.channel = cd::RequestChannel(m_channel->currentData().toInt());
    if (m_unmatched->isChecked()) {
        in.contactName = m_name->text().trimmed();
        in.contactPhone = m_phone->text().trimmed();
    } else {
        in.subjectId = m_subject->subjectId();
    }
    in.details = m_details->toPlainText().trimmed();
    return in;
}

void RequestIntakeDialog::updateState()
{
    const bool unmatched = m_unmatched->isChecked();
    m_subject->setEnabled(!unmatched);
    m_name->setEnabled(unmatched);
    m_phone->setEnabled(unmatched);
    const cd::RequestIntake in = intake();
    const bool ok = unmatched ? !in.contactName.isEmpty() && !in.contactPhone.isEmpty() : in.subjectId != 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void RequestIntakeDialog::accept()
{
    auto taken = m_requests.intake(intake());
    if (!taken.ok()) {
        m_error->setText(taken.error().message);  // e.g. a duplicate: the officer sees why
        return;
    }
    m_created = taken.value();
    QDialog::accept();
}

void RequestIntakeDialog::retranslateUi()
{
    setWindowTitle(tr("New data-subject request"));
    m_typeLabel->setText(tr("&Type:"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, cd::RequestRules::typeName(cd::RequestType(m_type->itemData(i).toInt())));
    m_channelLabel->setText(tr("&Channel:"));
    const QStringList channels{tr("At the counter"), tr("By phone"), tr("Online"), tr("By letter")};
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(i, channels.value(i));
    m_customerLabel->setText(tr("Customer:"));
    m_unmatched->setText(tr("&Not registered or not found: take contact details"));
    m_unmatched->setToolTip(tr("The request waits in \"needs identity\" until someone verifies who asks."));
    m_nameLabel->setText(tr("&Name:"));
    m_phoneLabel->setText(tr("&Phone:"));
    m_detailsLabel->setText(tr("&What is asked:"));
    updateState();
}
