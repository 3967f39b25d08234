#include "WithdrawDialog.h"

#include "ConsentTableModel.h"  // lcUiConsents
#include "core/consent/ConsentService.h"
#include "ui/common/Retranslate.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WithdrawDialog::WithdrawDialog(cd::Session &session, const cd::ConsentRow &row, QWidget *parent)
    : QDialog(parent), m_session(session), m_row(row)
{
    setObjectName(QStringLiteral("withdrawDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("withdrawSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    m_channelLabel = new QLabel;
    m_channelCombo = new QComboBox;
    m_channelCombo->setObjectName(QStringLiteral("withdrawChannelCombo"));
    for (const char *id : {"counter", "phone", "online", "letter"})
        m_channelCombo->addItem(QString(), QLatin1String(id));
    m_channelLabel->setBuddy(m_channelCombo);
    form->addRow(m_channelLabel, m_channelCombo);
    layout->addLayout(form);

    m_consequence = new QLabel;
    m_consequence->setWordWrap(true);
    layout->addWidget(m_consequence);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("withdrawError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_confirmButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirmButton->setObjectName(QStringLiteral("withdrawConfirmButton"));
    m_confirmButton->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_confirmButton, &QPushButton::clicked, this, &WithdrawDialog::withdraw);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    setMinimumWidth(480);
}

void WithdrawDialog::withdraw()
{
    m_confirmButton->setEnabled(false);
    cd::ConsentService consents(m_session);
    auto done = consents.withdraw(m_row.id, m_channelCombo->currentData().toString());
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        m_confirmButton->setEnabled(true);
        qCInfo(lcUiConsents) << "withdrawal refused, code" << int(done.error().code);
        return;
    }
    qCInfo(lcUiConsents) << "consent withdrawn" << m_row.id;
    accept();
}

void WithdrawDialog::retranslateUi()
{
    setWindowTitle(tr("Withdraw consent"));
    const QString granted = QDateTime::fromMSecsSinceEpoch(m_row.grantedAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_summary->setText(QStringLiteral("<b>%1</b><br/>%2<br/>%3")
                           .arg(tr("Withdraw consent %1?").arg(m_row.id).toHtmlEscaped(),
                                tr("Customer: %1 (%2)").arg(m_row.pseudonym, m_row.maskedName).toHtmlEscaped(),
                                tr("Purpose: %1, given %2").arg(m_row.purposeName, granted).toHtmlEscaped()));
    m_channelLabel->setText(tr("&Withdrawn by:", "channel through which the customer withdrew"));
    m_channelCombo->setItemText(0, tr("At the counter"));
    m_channelCombo->setItemText(1, tr("By phone"));
    m_channelCombo->setItemText(2, tr("Online"));
    m_channelCombo->setItemText(3, tr("By letter"));
    m_consequence->setText(tr("Processing for this purpose stops now, and the data kept for it will be deleted. "
                              "The customer's other consents stay as they are."));
    m_confirmButton->setText(tr("Withdraw consent"));
}
