#include "DeviceModeDialog.h"

#include "DeviceTableModel.h"
#include "ui/common/Retranslate.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
constexpr cd::CameraMode kOff = cd::CameraMode::Off;
constexpr cd::CameraMode kCount = cd::CameraMode::CountOnly;
constexpr cd::CameraMode kIdentify = cd::CameraMode::IdentifyConsented;

QLabel *helpLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setIndent(24);  // under the radio button's text
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}
} // namespace

DeviceModeDialog::DeviceModeDialog(const cd::DeviceRecord &device, const QString &zoneName, bool zoneHasSign,
                                   QWidget *parent, bool vendorCanIdentify)
    : QDialog(parent), m_device(device), m_zoneName(zoneName), m_zoneHasSign(zoneHasSign),
      m_vendorCanIdentify(vendorCanIdentify)
{
    setObjectName(QStringLiteral("deviceModeDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_off = new QRadioButton(this);
    m_off->setObjectName(QStringLiteral("modeOffRadio"));
    m_count = new QRadioButton(this);
    m_count->setObjectName(QStringLiteral("modeCountRadio"));
    m_identify = new QRadioButton(this);
    m_identify->setObjectName(QStringLiteral("modeIdentifyRadio"));
    m_group = new QButtonGroup(this);
    m_group->addButton(m_off);
    m_group->addButton(m_count);
    m_group->addButton(m_identify);
    m_offHelp = helpLabel(this);
    m_countHelp = helpLabel(this);
    m_identifyHelp = helpLabel(this);
    m_signHint = new QLabel(this);
    m_signHint->setObjectName(QStringLiteral("modeSignHint"));
    m_signHint->setWordWrap(true);
    m_signHint->setStyleSheet(QStringLiteral("color: #6b4500;"));
    m_signHint->setVisible(!zoneHasSign);
    m_identify->setEnabled(vendorCanIdentify);
    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("modeReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setMaximumHeight(m_reasonEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reasonEdit);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("modeErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39b; border-radius: 4px; padding: 6px; }"));
    m_errorLabel->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("modeOkButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(m_off);
    layout->addWidget(m_offHelp);
    layout->addWidget(m_count);
    layout->addWidget(m_countHelp);
    layout->addWidget(m_identify);
    layout->addWidget(m_identifyHelp);
    layout->addWidget(m_signHint);
    layout->addSpacing(6);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reasonEdit);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    // Start from the current mode: choosing it again changes nothing, so OK stays off until
    // another mode and a reason are given.
    if (device.mode == kCount)
        m_count->setChecked(true);
    else if (device.mode == kIdentify)
        m_identify->setChecked(true);
    else
        m_off->setChecked(true);

    connect(m_group, &QButtonGroup::buttonToggled, this, [this] {
        m_errorLabel->hide();
        updateOk();
    });
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &DeviceModeDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            emit submitted(selectedMode(), reason());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    updateOk();
    resize(520, sizeHint().height());
}

cd::CameraMode DeviceModeDialog::selectedMode() const
{
    if (m_count->isChecked())
        return kCount;
    if (m_identify->isChecked())
        return kIdentify;
    return kOff;
}

QString DeviceModeDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

void DeviceModeDialog::showRefusal(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    m_errorLabel->setFocus();
}

void DeviceModeDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedMode() != m_device.mode && !reason().isEmpty());
}

void DeviceModeDialog::retranslateUi()
{
    setWindowTitle(tr("Change camera mode"));
    m_intro->setText(tr("Camera <b>%1</b> (%2) in zone <b>%3</b>. Now: <b>%4</b>.")
                         .arg(m_device.name.toHtmlEscaped(), m_device.key.toHtmlEscaped(), m_zoneName.toHtmlEscaped(),
                              DeviceTableModel::modeDisplayName(m_device.mode)));
    m_off->setText(DeviceTableModel::modeDisplayName(kOff));
    m_count->setText(DeviceTableModel::modeDisplayName(kCount));
    m_identify->setText(DeviceTableModel::modeDisplayName(kIdentify));
    m_offHelp->setText(tr("The camera collects nothing for analytics."));
    m_countHelp->setText(tr("Counts visitors per zone and hour. No face image or face template is kept. Needs a "
                            "posted sign in the zone: counting still captures people (PIPL Art. 26)."));
    m_identifyHelp->setText(
        m_vendorCanIdentify
            ? tr("Recognises only customers enrolled with separate consent to face recognition; "
                 "everyone else is only counted. Needs a posted sign in the zone.")
            : tr("Not offered: this camera's vendor declares that it cannot identify anyone (it only counts people)."));
    m_signHint->setText(tr("This zone has no current sign record. Counting and face recognition will be refused "
                           "until the posted sign is recorded with a photo (tab Cameras and signs)."));
    m_reasonLabel->setText(tr("&Reason for the change (goes into the audit log):"));
    m_reasonEdit->setPlaceholderText(tr("e.g. sign posted at the entrance on 1 June; purpose approved in the PIIA"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change mode"));
}
