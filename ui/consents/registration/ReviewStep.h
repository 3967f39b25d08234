#pragma once
// Last step of registering consent: what will be recorded, before Register. A refusal from the
// services is shown here and nothing typed is lost.
#include "RegisterStep.h"

class QLabel;
class QTextBrowser;

namespace cd {
class Session;
}

class ReviewStep : public RegisterStep {
    Q_OBJECT
public:
    explicit ReviewStep(cd::Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void enter(const RegistrationDraft &draft) override;
    bool commit(RegistrationDraft &draft) override;
    void retranslateUi() override;

    void showError(const QString &message);
    static bool hasSomethingToRegister(const RegistrationDraft &draft);

private:
    void render();

    cd::Session &m_session;
    RegistrationDraft m_draft;
    QLabel *m_intro = nullptr;
    QTextBrowser *m_summary = nullptr;
    QLabel *m_error = nullptr;
};
