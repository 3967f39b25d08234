#pragma once
// Asks for a camera's new mode and the reason for the change (the reason goes into the audit
// log). It does not change anything itself: it emits submitted(), the page asks the vendor, and
// either closes the dialog or shows the service's refusal here, so the officer can read why.
#include "core/cameras/CameraRecords.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

class DeviceModeDialog : public QDialog {
    Q_OBJECT
public:
    // `vendorCanIdentify` false: the vendor's plugin does not offer recognition (a people
    // counter), so that choice is shown disabled with the reason.
    DeviceModeDialog(const cd::DeviceRecord &device, const QString &zoneName, bool zoneHasSign,
                     QWidget *parent = nullptr, bool vendorCanIdentify = true);

    const cd::DeviceRecord &device() const { return m_device; }
    cd::CameraMode selectedMode() const;
    QString reason() const;

    // The service refused: show why and keep the dialog open.
    void showRefusal(const QString &message);

signals:
    void submitted(cd::CameraMode mode, const QString &reason);

private:
    void retranslateUi();
    void updateOk();

    cd::DeviceRecord m_device;
    QString m_zoneName;
    bool m_zoneHasSign;
    bool m_vendorCanIdentify;
    QLabel *m_intro;
    QButtonGroup *m_group;
    QRadioButton *m_off;
    QRadioButton *m_count;
    QRadioButton *m_identify;
    QLabel *m_offHelp;
    QLabel *m_countHelp;
    QLabel *m_identifyHelp;
    QLabel *m_signHint;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reasonEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};
