#include "RegisterConsentDialog.h"

#include "ui/consents/ConsentTableModel.h"  // lcUiConsents
#include "FaceConsentStep.h"
#include "GuardianStep.h"
#include "NoticeStep.h"
#include "PurposeStep.h"
#include "ReviewStep.h"
#include "SubjectStep.h"
#include "core/consent/RegistrationService.h"
#include "ui/common/Retranslate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

RegisterConsentDialog::RegisterConsentDialog(cd::Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("registerConsentDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    m_titleLabel = new QLabel;
    m_titleLabel->setObjectName(QStringLiteral("stepTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_counterLabel = new QLabel;
    m_counterLabel->setObjectName(QStringLiteral("stepCounterLabel"));
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_counterLabel);
    layout->addLayout(header);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("stepStack"));
    m_review = new ReviewStep(session);
    m_steps = {new SubjectStep(session), new PurposeStep(session), new NoticeStep(session), new FaceConsentStep,
               new GuardianStep, m_review};
    for (RegisterStep *step : m_steps) {
        if (step->layout())
            step->layout()->setContentsMargins(0, 6, 0, 6);  // aligned with the title and the buttons
        m_stack->addWidget(step);
    }
    layout->addWidget(m_stack, 1);

    auto *buttons = new QHBoxLayout;
    m_cancelButton = new QPushButton;
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    m_backButton = new QPushButton;
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAutoDefault(false);
    m_nextButton = new QPushButton;
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_finishButton = new QPushButton;
    m_finishButton->setObjectName(QStringLiteral("finishButton"));
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_finishButton);
    layout->addLayout(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_backButton, &QPushButton::clicked, this, &RegisterConsentDialog::goBack);
    connect(m_nextButton, &QPushButton::clicked, this, &RegisterConsentDialog::goNext);
    connect(m_finishButton, &QPushButton::clicked, this, &RegisterConsentDialog::registerConsent);

    resize(860, 660);
    setMinimumSize(640, 520);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    showStep(0);
}

int RegisterConsentDialog::applicableStep(int from, int direction) const
{
    for (int i = from; i >= 0 && i < int(m_steps.size()); i += direction) {
        if (m_steps[std::size_t(i)]->appliesTo(m_draft))
            return i;
    }
    return -1;
}

void RegisterConsentDialog::showStep(int index)
{
    m_current = index;
    RegisterStep *step = m_steps[std::size_t(index)];
    step->enter(m_draft);
    m_stack->setCurrentWidget(step);
    const bool last = step == m_review;
    m_backButton->setEnabled(applicableStep(index - 1, -1) >= 0);
    m_nextButton->setVisible(!last);
    m_finishButton->setVisible(last);
    m_finishButton->setEnabled(last && ReviewStep::hasSomethingToRegister(m_draft));
    // Enter goes on: Next on every step, Register on the last one.
    m_nextButton->setDefault(!last);
    m_finishButton->setDefault(last);
    updateHeader();
}

void RegisterConsentDialog::goNext()
{
    RegisterStep *step = m_steps[std::size_t(m_current)];
    if (step == m_review || !step->commit(m_draft))
        return;
    if (!m_draft.under14)
        m_draft.guardian.reset();  // a guardian is recorded only for a child
    const int next = applicableStep(m_current + 1, +1);
    if (next >= 0)
        showStep(next);
}

void RegisterConsentDialog::goBack()
{
    const int previous = applicableStep(m_current - 1, -1);
    if (previous >= 0)
        showStep(previous);
}

void RegisterConsentDialog::updateHeader()
{
    int total = 0;
    int position = 0;
    for (int i = 0; i < int(m_steps.size()); ++i) {
        // Steps after the current one may still change with the draft; count what applies now.
        if (!m_steps[std::size_t(i)]->appliesTo(m_draft))
            continue;
        ++total;
        if (i <= m_current)
            position = total;
    }
    m_titleLabel->setText(m_steps[std::size_t(m_current)]->title());
    m_counterLabel->setText(tr("Step %1 of %2").arg(position).arg(total));
}

void RegisterConsentDialog::registerConsent()
{
    if (!m_review->commit(m_draft))
        return;
    m_review->showError({});
    m_finishButton->setEnabled(false);
    const auto fail = [this](const cd::Error &error) {
        m_review->showError(error.message);
        m_finishButton->setEnabled(true);
        qCInfo(lcUiConsents) << "registration refused, code" << int(error.code);
    };
    cd::RegistrationRequest request;
    if (m_draft.newSubject)
        request.newSubject = m_draft.subject;
    else
        request.existingSubjectId = m_draft.existingSubjectId;
    for (const cd::Purpose &p : m_draft.purposes) {
        request.purposeIds.push_back(p.id);
        if (const auto notice = m_draft.notices.find(p.id); notice != m_draft.notices.end())
            request.noticeShown[p.id] = notice->second.id;
    }
    request.separateConsentGiven = m_draft.separateConsentGiven;
    request.method = m_draft.method;
    if (m_draft.under14)
        request.guardian = m_draft.guardian;
    auto registered = cd::RegistrationService(m_session).registerCustomer(request);
    if (!registered) {
        fail(registered.error());
        return;
    }
    m_registeredIds = std::move(registered->consentIds);
    qCInfo(lcUiConsents) << "registered" << m_registeredIds.size() << "consent(s)";
    accept();
}

void RegisterConsentDialog::retranslateUi()
{
    setWindowTitle(tr("Register consent"));
    m_cancelButton->setText(tr("Cancel"));
    m_backButton->setText(tr("< &Back"));
    m_nextButton->setText(tr("&Next >"));
    m_finishButton->setText(tr("&Register", "button: record the consent now"));
    updateHeader();
}
