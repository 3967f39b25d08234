#pragma once
// Step 5 of registering consent, only for a child under 14: a parent or other guardian consents
// on the child's behalf (PIPL Art. 31), and the record names who did.
#include "RegisterStep.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

class GuardianStep : public RegisterStep {
    Q_OBJECT
public:
    explicit GuardianStep(QWidget *parent = nullptr);

    QString title() const override;
    bool appliesTo(const RegistrationDraft &draft) const override;
    void enter(const RegistrationDraft &draft) override;
    bool commit(RegistrationDraft &draft) override;
    void retranslateUi() override;

private:
    void setError(const QString &message);

    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_relationCombo = nullptr;
    QCheckBox *m_consentCheck = nullptr;
    QLabel *m_error = nullptr;
};
