#pragma once
// Step 1 of registering consent: who the customer is. Either an existing customer found by
// pseudonym, exact phone or name prefix (masked results), or a new one typed in at the counter.
#include "RegisterStep.h"
#include "core/consent/SubjectService.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;

namespace cd {
class Session;
}

class SubjectStep : public RegisterStep {
    Q_OBJECT
public:
    explicit SubjectStep(cd::Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void enter(const RegistrationDraft &draft) override;
    bool commit(RegistrationDraft &draft) override;
    void retranslateUi() override;

private:
    QWidget *buildNewSubjectForm();
    QWidget *buildSearchForm();
    void updateMode();
    void updateBirthDateMode();
    void runSearch();
    void fillResults();
    bool validateNew(cd::SubjectInput &input);
    bool validateExisting(RegistrationDraft &draft);
    static void showError(QLabel *label, const QString &message);
    QDate today() const;

    cd::Session &m_session;
    QLabel *m_intro = nullptr;
    QRadioButton *m_newRadio = nullptr;
    QRadioButton *m_existingRadio = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QStackedWidget *m_modeStack = nullptr;

    // New customer
    QFormLayout *m_form = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameError = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLabel *m_phoneError = nullptr;
    QCheckBox *m_birthKnownCheck = nullptr;
    QDateEdit *m_birthDateEdit = nullptr;
    QComboBox *m_ageBandCombo = nullptr;
    QLabel *m_ageError = nullptr;
    QLabel *m_childHint = nullptr;

    // Existing customer
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QPushButton *m_searchButton = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_searchError = nullptr;
    QTimer *m_searchTimer = nullptr;
    std::vector<cd::SubjectMatch> m_matches;
    bool m_searchDirty = false;
};
