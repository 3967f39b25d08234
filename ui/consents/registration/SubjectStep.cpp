#include "SubjectStep.h"

#include "core/access/Session.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kMaxNameLength = 100;

QLabel *makeErrorLabel(const char *objectName)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    // Take the width of the field column, so that a message wraps as little as possible.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->hide();
    return label;
}

// Spaces and dashes are how people write numbers; the store keeps digits (and a leading +).
QString normalizedPhone(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit() || (c == QLatin1Char('+') && out.isEmpty()))
            out.append(c);
        else if (!c.isSpace() && c != QLatin1Char('-'))
            return text.trimmed();  // leave it to the validator to refuse
    }
    return out;
}
} // namespace

SubjectStep::SubjectStep(cd::Session &session, QWidget *parent) : RegisterStep(parent), m_session(session)
{
    setObjectName(QStringLiteral("subjectStep"));
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *modeRow = new QHBoxLayout;
    m_newRadio = new QRadioButton;
    m_newRadio->setObjectName(QStringLiteral("newSubjectRadio"));
    m_existingRadio = new QRadioButton;
    m_existingRadio->setObjectName(QStringLiteral("existingSubjectRadio"));
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_newRadio);
    m_modeGroup->addButton(m_existingRadio);
    m_newRadio->setChecked(true);  // most customers at the counter are new
    modeRow->addWidget(m_newRadio);
    modeRow->addWidget(m_existingRadio);
    modeRow->addStretch();
    layout->addLayout(modeRow);

    m_modeStack = new QStackedWidget;
    m_modeStack->addWidget(buildNewSubjectForm());
    m_modeStack->addWidget(buildSearchForm());
    layout->addWidget(m_modeStack, 1);

    connect(m_newRadio, &QRadioButton::toggled, this, &SubjectStep::updateMode);

    setTabOrder(m_newRadio, m_existingRadio);
    setTabOrder(m_existingRadio, m_nameEdit);
    setTabOrder(m_nameEdit, m_phoneEdit);
    setTabOrder(m_phoneEdit, m_birthKnownCheck);
    setTabOrder(m_birthKnownCheck, m_birthDateEdit);
    setTabOrder(m_birthDateEdit, m_ageBandCombo);

    retranslateUi();
    updateMode();
    updateBirthDateMode();
}

QWidget *SubjectStep::buildNewSubjectForm()
{
    auto *page = new QWidget;
    m_form = new QFormLayout(page);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(QStringLiteral("subjectNameEdit"));
    m_nameEdit->setMaxLength(kMaxNameLength);
    m_nameError = makeErrorLabel("subjectNameError");
    m_phoneEdit = new QLineEdit;
    m_phoneEdit->setObjectName(QStringLiteral("subjectPhoneEdit"));
    m_phoneEdit->setMaxLength(24);
    m_phoneEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneError = makeErrorLabel("subjectPhoneError");

    auto *birthRow = new QWidget;
    auto *birthLayout = new QHBoxLayout(birthRow);
    birthLayout->setContentsMargins(0, 0, 0, 0);
    m_birthKnownCheck = new QCheckBox;
    m_birthKnownCheck->setObjectName(QStringLiteral("birthDateKnownCheck"));
    m_birthDateEdit = new QDateEdit;
    m_birthDateEdit->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthDateEdit->setCalendarPopup(true);
    m_birthDateEdit->setMinimumDate(QDate(1900, 1, 1));
    m_birthDateEdit->setMaximumDate(today());
    m_birthDateEdit->setDate(QDate(today().year() - 30, 1, 1));
    birthLayout->addWidget(m_birthKnownCheck);
    birthLayout->addWidget(m_birthDateEdit);
    birthLayout->addStretch(1);

    m_ageBandCombo = new QComboBox;
    m_ageBandCombo->setObjectName(QStringLiteral("ageBandCombo"));
    for (cd::AgeBand band : {cd::AgeBand::Unknown, cd::AgeBand::Under14, cd::AgeBand::From14To17, cd::AgeBand::Adult})
        m_ageBandCombo->addItem(QString(), cd::ageBandId(band));
    m_ageError = makeErrorLabel("ageBandError");

    m_childHint = new QLabel;
    m_childHint->setWordWrap(true);

    m_form->addRow(QStringLiteral("-"), m_nameEdit);
    m_form->addRow(QString(), m_nameError);
    m_form->addRow(QStringLiteral("-"), m_phoneEdit);
    m_form->addRow(QString(), m_phoneError);
    m_form->addRow(QStringLiteral("-"), birthRow);
    m_form->addRow(QStringLiteral("-"), m_ageBandCombo);
    m_form->addRow(QString(), m_ageError);
    m_form->addRow(m_childHint);
    m_form->setRowVisible(m_nameError, false);
    m_form->setRowVisible(m_phoneError, false);
    m_form->setRowVisible(m_ageError, false);

    connect(m_birthKnownCheck, &QCheckBox::toggled, this, &SubjectStep::updateBirthDateMode);
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { showError(m_nameError, {}); });
    connect(m_phoneEdit, &QLineEdit::textEdited, this, [this] { showError(m_phoneError, {}); });
    connect(m_ageBandCombo, &QComboBox::currentIndexChanged, this, [this] { showError(m_ageError, {}); });
    return page;
}

QWidget *SubjectStep::buildSearchForm()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_searchLabel = new QLabel;
    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("subjectSearchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_searchEdit);
    m_searchButton = new QPushButton;
    m_searchButton->setObjectName(QStringLiteral("subjectSearchButton"));
    m_searchButton->setAutoDefault(false);  // Enter belongs to the dialog's Next
    row->addWidget(m_searchLabel);
    row->addWidget(m_searchEdit, 1);
    row->addWidget(m_searchButton);
    layout->addLayout(row);
    m_results = new QListWidget;
    m_results->setObjectName(QStringLiteral("subjectResults"));
    layout->addWidget(m_results, 1);
    m_searchError = makeErrorLabel("subjectSearchError");
    layout->addWidget(m_searchError);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_searchTimer, &QTimer::timeout, this, &SubjectStep::runSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] {
        m_searchDirty = true;
        m_searchTimer->start();
    });
    connect(m_searchButton, &QPushButton::clicked, this, &SubjectStep::runSearch);
    connect(m_results, &QListWidget::currentRowChanged, this, [this] { showError(m_searchError, {}); });
    return page;
}

// The same day SubjectService uses to decide who is under 14, so the guardian step and the
// service never disagree.
QDate SubjectStep::today() const { return m_session.clock().now().date(); }

void SubjectStep::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    if (auto *form = qobject_cast<QFormLayout *>(label->parentWidget() ? label->parentWidget()->layout() : nullptr))
        form->setRowVisible(label, !message.isEmpty());
    else
        label->setVisible(!message.isEmpty());
}

void SubjectStep::updateMode()
{
    const bool isNew = m_newRadio->isChecked();
    m_modeStack->setCurrentIndex(isNew ? 0 : 1);
    if (isVisible())
        (isNew ? static_cast<QWidget *>(m_nameEdit) : m_searchEdit)->setFocus();
}

void SubjectStep::updateBirthDateMode()
{
    const bool known = m_birthKnownCheck->isChecked();
    m_birthDateEdit->setEnabled(known);
    m_ageBandCombo->setEnabled(!known);
    if (known)
        showError(m_ageError, {});
}

void SubjectStep::runSearch()
{
    m_searchTimer->stop();
    m_searchDirty = false;
    m_matches.clear();
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty()) {
        fillResults();
        return;
    }
    cd::SubjectService subjects(m_session);
    auto found = subjects.search(text, 20);
    if (!found) {
        fillResults();
        showError(m_searchError, found.error().message);
        return;
    }
    m_matches = std::move(found).value();
    fillResults();
    if (m_matches.empty())
        showError(m_searchError, tr("No customer found. Check the phone number, or register a new customer."));
}

void SubjectStep::fillResults()
{
    const int current = m_results->currentRow();
    m_results->clear();
    for (const cd::SubjectMatch &m : m_matches) {
        QString label = m.pseudonym + QStringLiteral("  ·  ") + m.maskedName;
        if (!m.maskedPhone.isEmpty())
            label += QStringLiteral("  ·  ") + m.maskedPhone;
        if (m.minor)
            label += QStringLiteral("  ·  ") + tr("under 14");
        auto *item = new QListWidgetItem(label, m_results);
        item->setData(Qt::UserRole, m.id);
    }
    if (!m_matches.empty())
        m_results->setCurrentRow(current >= 0 && current < int(m_matches.size()) ? current : 0);
}

QString SubjectStep::title() const { return tr("Customer"); }

void SubjectStep::enter(const RegistrationDraft &)
{
    (m_newRadio->isChecked() ? static_cast<QWidget *>(m_nameEdit) : m_searchEdit)->setFocus();
}

bool SubjectStep::validateNew(cd::SubjectInput &input)
{
    QWidget *firstBad = nullptr;
    const QString name = m_nameEdit->text().simplified();
    if (name.isEmpty()) {
        showError(m_nameError, tr("Enter the customer's name."));
        firstBad = m_nameEdit;
    } else {
        showError(m_nameError, {});
    }

    const QString phone = normalizedPhone(m_phoneEdit->text());
    // Optional (data minimisation), but when given it must be a number the store can search by.
    static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9]{5,20}$"));
    if (!phone.isEmpty() && !phonePattern.match(phone).hasMatch()) {
        showError(m_phoneError, tr("A phone number has 5 to 20 digits, for example 138 0013 8000."));
        firstBad = firstBad ? firstBad : m_phoneEdit;
    } else {
        showError(m_phoneError, {});
    }

    const bool birthKnown = m_birthKnownCheck->isChecked();
    const auto band = cd::ageBandFromId(m_ageBandCombo->currentData().toString());
    if (!birthKnown && band == cd::AgeBand::Unknown) {
        showError(m_ageError, tr("Choose the customer's age group, or enter the birth date."));
        firstBad = firstBad ? firstBad : m_ageBandCombo;
    } else {
        showError(m_ageError, {});
    }

    if (firstBad) {
        firstBad->setFocus();
        return false;
    }
    input = cd::SubjectInput{};
    input.name = name;
    input.phone = phone;
    if (birthKnown)
        input.birthDate = m_birthDateEdit->date();
    input.ageBand = birthKnown ? cd::AgeBand::Unknown : band;
    return true;
}

bool SubjectStep::validateExisting(RegistrationDraft &draft)
{
    if (m_searchDirty) {  // Enter in the search field searches first
        runSearch();
        return false;
    }
    const int row = m_results->currentRow();
    if (row < 0 || row >= int(m_matches.size())) {
        showError(m_searchError, tr("Search for the customer and choose one from the list."));
        m_searchEdit->setFocus();
        return false;
    }
    const cd::SubjectMatch &m = m_matches[std::size_t(row)];
    draft.existingSubjectId = m.id;
    draft.existingLabel = m.pseudonym + QStringLiteral(" · ") + m.maskedName;
    draft.under14 = m.minor;
    return true;
}

bool SubjectStep::commit(RegistrationDraft &draft)
{
    draft.newSubject = m_newRadio->isChecked();
    if (!draft.newSubject)
        return validateExisting(draft);
    cd::SubjectInput input;
    if (!validateNew(input))
        return false;
    draft.subject = input;
    draft.existingSubjectId = 0;
    draft.existingLabel.clear();
    draft.under14 = cd::isUnder14(input, today());
    return true;
}

void SubjectStep::retranslateUi()
{
    m_intro->setText(tr("Register a new customer, or find one who is already registered."));
    m_newRadio->setText(tr("Ne&w customer"));
    m_existingRadio->setText(tr("E&xisting customer"));

    auto setFormLabel = [this](QWidget *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            label->setText(text);
            label->setBuddy(field);
        }
    };
    setFormLabel(m_nameEdit, tr("N&ame:"));
    setFormLabel(m_phoneEdit, tr("&Phone:"));
    setFormLabel(m_birthKnownCheck->parentWidget(), tr("Birth date:"));
    setFormLabel(m_ageBandCombo, tr("A&ge group:"));
    m_nameEdit->setPlaceholderText(tr("Full name as the customer gives it"));
    m_phoneEdit->setPlaceholderText(tr("Optional: lets the customer be found again by phone"));
    m_birthKnownCheck->setText(tr("&Known"));
    m_ageBandCombo->setItemText(0, tr("Choose…", "age group not chosen yet"));
    for (int i = 1; i < m_ageBandCombo->count(); ++i)
        m_ageBandCombo->setItemText(i, cd::ageBandDisplayName(cd::ageBandFromId(m_ageBandCombo->itemData(i).toString())));
    m_childHint->setText(tr("For a child under 14, a parent or guardian must give consent on the child's behalf."));

    m_searchLabel->setText(tr("&Search:"));
    m_searchEdit->setPlaceholderText(tr("Customer ID, phone number or start of the name"));
    m_searchButton->setText(tr("Find"));
    fillResults();
}
