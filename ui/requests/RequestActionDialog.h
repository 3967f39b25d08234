#pragma once
// What an action on a request needs before it runs: a reason (refuse, cancel, extend; the
// refusal's Art. 50 letter is shown as it will be stored), the days of an extension, the identity
// method (document, phone code or member account — never face) and, for an unmatched request,
// who the customer is, or the officer to assign. Start, complete and the like need nothing.
#include "core/requests/RequestService.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTextBrowser;
class SubjectPicker;

namespace cd { class Session; }

class RequestActionDialog : public QDialog {
    Q_OBJECT
public:
    RequestActionDialog(cd::Session &session, cd::RequestService &requests, const cd::RequestRow &row,
                        cd::RequestAction action, QWidget *parent = nullptr);

    // True when the action asks nothing of the officer beyond a confirmation.
    static bool needsInput(cd::RequestAction action);
    cd::RequestActionInput input() const;

private:
    void retranslateUi();
    void updateState();

    cd::RequestRow m_row;
    cd::RequestAction m_action;
    QLabel *m_intro;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_daysLabel = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_subjectLabel = nullptr;
    SubjectPicker *m_subject = nullptr;
    QLabel *m_officerLabel = nullptr;
    QComboBox *m_officer = nullptr;
    QLabel *m_letterLabel = nullptr;
    QTextBrowser *m_letter = nullptr;
    QDialogButtonBox *m_buttons;
};
