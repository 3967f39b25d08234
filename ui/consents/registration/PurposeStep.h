#pragma once
// Step 2 of registering consent: which purposes the customer agrees to, and how consent is
// given (counter tablet, paper form, kiosk). Purposes are specific (PIPL Art. 14): each is
// chosen on its own, nothing is pre-ticked.
#include "RegisterStep.h"

class QComboBox;
class QLabel;
class QListWidget;

namespace cd {
class Session;
}

class PurposeStep : public RegisterStep {
    Q_OBJECT
public:
    explicit PurposeStep(cd::Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void enter(const RegistrationDraft &draft) override;
    bool commit(RegistrationDraft &draft) override;
    void retranslateUi() override;

private:
    void loadPurposes();
    void fillList();
    void setError(const QString &message);

    cd::Session &m_session;
    std::vector<cd::Purpose> m_purposes;  // active purposes, in list order
    QString m_loadError;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_methodCombo = nullptr;
};
