#pragma once
// Registering a customer's consent at the counter, step by step: customer, purposes, notice,
// separate consent for face data (when needed), guardian (for a child under 14), review.
// Register creates the customer (if new) and the consents in one transaction.
#include "RegisterStep.h"

#include <QDialog>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class ReviewStep;

namespace cd {
class Session;
}

class RegisterConsentDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegisterConsentDialog(cd::Session &session, QWidget *parent = nullptr);

    const std::vector<qint64> &registeredConsentIds() const { return m_registeredIds; }

private:
    void goNext();
    void goBack();
    void registerConsent();
    void showStep(int index);
    int applicableStep(int from, int direction) const;  // -1 when none
    void updateHeader();
    void retranslateUi();

    cd::Session &m_session;
    RegistrationDraft m_draft;
    std::vector<RegisterStep *> m_steps;
    ReviewStep *m_review = nullptr;
    int m_current = 0;
    std::vector<qint64> m_registeredIds;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_counterLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_finishButton = nullptr;
};
