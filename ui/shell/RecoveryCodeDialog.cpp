#include "RecoveryCodeDialog.h"

#include "RecoveryCodeView.h"
#include "ui/common/Retranslate.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

RecoveryCodeDialog::RecoveryCodeDialog(const QString &code, const QString &storeName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryCodeDialog"));
    m_view = new RecoveryCodeView(this);
    m_view->setCode(code);
    m_view->setStoreName(storeName);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_buttons);

    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setEnabled(false);
    connect(m_view, &RecoveryCodeView::confirmedChanged, close, &QPushButton::setEnabled);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecoveryCodeDialog::reject);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    resize(560, 380);
}

void RecoveryCodeDialog::reject()
{
    if (m_view->isConfirmed())
        QDialog::reject();
}

void RecoveryCodeDialog::retranslateUi()
{
    setWindowTitle(tr("New recovery code"));
}
