#pragma once
// Step 4 of registering consent, only when a chosen purpose processes face data: its own,
// explicit consent (PIPL Art. 29; the 2025 facial-recognition measures). Saying no here only
// drops the face purpose; the other purposes are still registered.
#include "RegisterStep.h"

class QCheckBox;
class QLabel;
class QTextBrowser;

class FaceConsentStep : public RegisterStep {
    Q_OBJECT
public:
    explicit FaceConsentStep(QWidget *parent = nullptr);

    QString title() const override;
    bool appliesTo(const RegistrationDraft &draft) const override;
    void enter(const RegistrationDraft &draft) override;
    bool commit(RegistrationDraft &draft) override;
    void retranslateUi() override;

private:
    void render();
    void updateDroppedNote();
    std::vector<cd::Purpose> facePurposes() const;  // chosen purposes needing separate consent
    bool involvesFace() const;

    std::vector<cd::Purpose> m_purposes;
    QTextBrowser *m_explanation = nullptr;
    QCheckBox *m_consentCheck = nullptr;
    QLabel *m_droppedNote = nullptr;
};
