#pragma once
// A new recovery code, shown once (after UserService::renewRecoveryCode).
#include <QDialog>

class QDialogButtonBox;
class RecoveryCodeView;

class RecoveryCodeDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryCodeDialog(const QString &code, const QString &storeName, QWidget *parent = nullptr);

public slots:
    // Closing needs the "written down" box ticked: the code is never shown again.
    void reject() override;

private:
    void retranslateUi();
    RecoveryCodeView *m_view;
    QDialogButtonBox *m_buttons;
};
