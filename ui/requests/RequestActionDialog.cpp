#include "RequestActionDialog.h"

#include "SubjectPicker.h"
#include "core/access/Session.h"
#include "core/access/UserService.h"
#include "ui/common/Retranslate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using cd::RequestAction;

bool RequestActionDialog::needsInput(RequestAction a)
{
    return a == RequestAction::VerifyIdentity || a == RequestAction::Refuse || a == RequestAction::Cancel
        || a == RequestAction::Extend || a == RequestAction::Pause || a == RequestAction::Assign;
}

RequestActionDialog::RequestActionDialog(cd::Session &session, cd::RequestService &requests, const cd::RequestRow &row,
                                         RequestAction action, QWidget *parent)
    : QDialog(parent), m_row(row), m_action(action)
{
    setObjectName(QStringLiteral("requestActionDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto *form = new QFormLayout;
    if (action == RequestAction::VerifyIdentity) {
        m_method = new QComboBox(this);
        m_method->setObjectName(QStringLiteral("identityMethodCombo"));
        // Face recognition is not offered: it may never be the way identity is verified.
        for (cd::IdentityMethod m : {cd::IdentityMethod::IdDocument, cd::IdentityMethod::PhoneCode,
                                     cd::IdentityMethod::MemberAccount})
            m_method->addItem(QString(), int(m));
        m_methodLabel = new QLabel(this);
        m_methodLabel->setBuddy(m_method);
        form->addRow(m_methodLabel, m_method);
        if (row.subjectPseudonym.isEmpty()) {  // unmatched: say who it turned out to be
            m_subject = new SubjectPicker(session, this);
            m_subjectLabel = new QLabel(this);
            form->addRow(m_subjectLabel, m_subject);
            connect(m_subject, &SubjectPicker::chosen, this, &RequestActionDialog::updateState);
        }
    }
    if (action == RequestAction::Extend) {
        m_days = new QSpinBox(this);
        m_days->setObjectName(QStringLiteral("extensionDaysSpin"));
        const auto max = requests.maxExtensionDays();
        m_days->setRange(1, max.ok() ? max.value() : cd::RequestService::kDefaultMaxExtensionDays);
        m_days->setValue(m_days->maximum());
        m_daysLabel = new QLabel(this);
        m_daysLabel->setBuddy(m_days);
        form->addRow(m_daysLabel, m_days);
    }
    if (action == RequestAction::Assign) {
        m_officer = new QComboBox(this);
        m_officer->setObjectName(QStringLiteral("officerCombo"));
        if (const auto users = cd::UserService(session).list(); users.ok())
            for (const cd::User &u : users.value())
                if (u.role == cd::Role::Officer)
                    m_officer->addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.id);
        m_officerLabel = new QLabel(this);
        m_officerLabel->setBuddy(m_officer);
        form->addRow(m_officerLabel, m_officer);
    }
    if (action == RequestAction::Refuse || action == RequestAction::Cancel || action == RequestAction::Extend
        || action == RequestAction::Pause) {
        m_note = new QPlainTextEdit(this);
        m_note->setObjectName(QStringLiteral("reasonEdit"));
        m_note->setTabChangesFocus(true);
        m_note->setMaximumHeight(90);
        m_noteLabel = new QLabel(this);
        m_noteLabel->setBuddy(m_note);
        form->addRow(m_noteLabel, m_note);
        connect(m_note, &QPlainTextEdit::textChanged, this, &RequestActionDialog::updateState);
    }
    if (action == RequestAction::Refuse) {
        m_letter = new QTextBrowser(this);
        m_letter->setObjectName(QStringLiteral("refusalLetterView"));
        m_letterLabel = new QLabel(this);
        form->addRow(m_letterLabel, m_letter);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("actionOkButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(action == RequestAction::Refuse ? 620 : 460, sizeHint().height());
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

cd::RequestActionInput RequestActionDialog::input() const
{
    cd::RequestActionInput in;
    if (m_note)
        in.note = m_note->toPlainText().trimmed();
    if (m_method)
        in.method = cd::IdentityMethod(m_method->currentData().toInt());
    if (m_subject)
        in.subjectId = m_subject->subjectId();
    if (m_days)
        in.extensionDays = m_days->value();
    if (m_officer)
        in.assigneeId = m_officer->currentData().toLongLong();
    return in;
}

void RequestActionDialog::updateState()
{
    const cd::RequestActionInput in = input();
    const bool reasonRequired = m_action == RequestAction::Refuse || m_action == RequestAction::Cancel
        || m_action == RequestAction::Extend;
    bool ok = !(reasonRequired && in.note.isEmpty());
    if (m_subject && in.subjectId == 0)
        ok = false;
    if (m_officer && in.assigneeId == 0)
        ok = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (m_letter) {
        const QString reason = in.note.isEmpty() ? tr("(the reason you write above)") : in.note;
        m_letter->setPlainText(cd::RequestRules::refusalLetter(m_row.id, m_row.type, reason));
    }
}

void RequestActionDialog::retranslateUi()
{
    setWindowTitle(tr("%1 — request %2").arg(cd::RequestRules::actionName(m_action)).arg(m_row.id));
    switch (m_action) {
    case RequestAction::VerifyIdentity:
        m_intro->setText(tr("How did the person asking prove who they are? Face recognition is never accepted."));
        break;
    case RequestAction::Refuse:
        m_intro->setText(tr("A refusal must give its reasons (PIPL Art. 50). The customer receives the letter below, "
                            "which also names their right to complain and to sue."));
        break;
    case RequestAction::Extend:
        m_intro->setText(tr("The deadline can be extended once, by working days, with a reason."));
        break;
    case RequestAction::Cancel:
        m_intro->setText(tr("Cancelling closes the request without an answer (e.g. a duplicate or withdrawn by the "
                            "customer). Say why."));
        break;
    case RequestAction::Pause:
        m_intro->setText(tr("Pause while waiting for the customer: the deadline stops until the request resumes."));
        break;
    default:
        m_intro->setText(tr("Choose the officer who handles this request."));
        break;
    }
    if (m_methodLabel)
        m_methodLabel->setText(tr("&Method:"));
    if (m_method)
        for (int i = 0; i < m_method->count(); ++i)
            m_method->setItemText(i, cd::RequestRules::methodName(cd::IdentityMethod(m_method->itemData(i).toInt())));
    if (m_subjectLabel)
        m_subjectLabel->setText(tr("Customer:"));
    if (m_daysLabel)
        m_daysLabel->setText(tr("&Working days:"));
    if (m_officerLabel)
        m_officerLabel->setText(tr("&Officer:"));
    if (m_noteLabel)
        m_noteLabel->setText(m_action == RequestAction::Pause ? tr("&Note:") : tr("&Reason:"));
    if (m_letterLabel)
        m_letterLabel->setText(tr("Letter:"));
    updateState();
}
