#include "SubjectDetailsDialog.h"

#include "ConsentTableModel.h"
#include "core/consent/SubjectService.h"
#include "ui/common/Retranslate.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QLabel *makeField(const char *objectName)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

SubjectDetailsDialog::SubjectDetailsDialog(cd::Session &session, qint64 subjectId, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("subjectDetailsDialog"));
    cd::SubjectService subjects(session);
    auto subject = subjects.view(subjectId);  // audited as "subject.view"
    if (subject)
        m_subject = std::move(subject).value();
    else
        m_error = subject.error().message;

    auto *layout = new QVBoxLayout(this);
    m_auditNote = new QLabel;
    m_auditNote->setObjectName(QStringLiteral("auditNoteLabel"));
    m_auditNote->setWordWrap(true);
    m_auditNote->setStyleSheet(QStringLiteral("color: #555555;"));
    layout->addWidget(m_auditNote);

    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("subjectDetailsError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setVisible(!m_error.isEmpty());
    layout->addWidget(m_errorLabel);

    m_form = new QFormLayout;
    m_pseudonym = makeField("subjectPseudonymLabel");
    m_name = makeField("subjectNameLabel");
    m_phone = makeField("subjectPhoneLabel");
    m_birth = makeField("subjectBirthLabel");
    m_minor = makeField("subjectMinorLabel");
    m_created = makeField("subjectCreatedLabel");
    for (QLabel *field : {m_pseudonym, m_name, m_phone, m_birth, m_minor, m_created})
        m_form->addRow(QStringLiteral("-"), field);
    layout->addLayout(m_form);

    m_consentsLabel = new QLabel;
    layout->addWidget(m_consentsLabel);
    m_model = new ConsentTableModel(session, this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("subjectConsentsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The name and phone are above in full; the customer's own id repeats on every row.
    for (int c : {ConsentTableModel::PseudonymColumn, ConsentTableModel::NameColumn, ConsentTableModel::PhoneColumn})
        m_view->setColumnHidden(c, true);
    layout->addWidget(m_view, 1);
    if (m_subject) {
        cd::ConsentFilter filter;
        filter.search = m_subject->pseudonym;
        m_model->setFilter(filter);
        m_view->resizeColumnsToContents();
    } else {
        m_view->hide();
        m_consentsLabel->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    resize(900, 560);
}

void SubjectDetailsDialog::setRow(QLabel *field, const QString &label, const QString &value)
{
    if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
        l->setText(label);
    field->setText(value);
    m_form->setRowVisible(field, m_subject.has_value());
}

void SubjectDetailsDialog::retranslateUi()
{
    setWindowTitle(tr("Customer details"));
    m_auditNote->setText(tr("This is the customer's full personal data. Opening this window was recorded in the "
                            "audit log with your name and the time."));
    m_errorLabel->setText(m_error);
    m_consentsLabel->setText(tr("Consents of this customer:"));
    const cd::Subject s = m_subject.value_or(cd::Subject{});
    setRow(m_pseudonym, tr("Customer ID:"), s.pseudonym);
    setRow(m_name, tr("Name:"), s.name);
    setRow(m_phone, tr("Phone:"), s.phone.isEmpty() ? tr("not given") : s.phone);
    setRow(m_birth, s.birthDate ? tr("Birth date:") : tr("Age group:"),
           s.birthDate ? s.birthDate->toString(Qt::ISODate) : cd::ageBandDisplayName(s.ageBand));
    setRow(m_minor, tr("Under 14 when registered:"), s.minor ? tr("Yes") : tr("No"));
    setRow(m_created, tr("Registered:"),
           s.createdAt > 0 ? QDateTime::fromMSecsSinceEpoch(s.createdAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                           : QString());
}
