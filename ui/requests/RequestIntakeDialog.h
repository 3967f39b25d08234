#pragma once
// Taking a data-subject request in at the counter (or from a call or a letter): the type, the
// channel, and either a registered customer found by phone or pseudonym, or the contact details
// of someone not matched yet (the request then waits in "needs identity").
#include "core/requests/RequestService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class SubjectPicker;

namespace cd { class Session; }

class RequestIntakeDialog : public QDialog {
    Q_OBJECT
public:
    RequestIntakeDialog(cd::Session &session, cd::RequestService &requests, QWidget *parent = nullptr);

    cd::RequestIntake intake() const;
    // The request taken in (valid after accept()).
    const cd::RequestRow &created() const { return m_created; }

    void accept() override;  // takes the request in; stays open with the reason when refused

private:
    void retranslateUi();
    void updateState();

    cd::RequestService &m_requests;
    cd::RequestRow m_created;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_channelLabel;
    QComboBox *m_channel;
    QLabel *m_customerLabel;
    SubjectPicker *m_subject;
    QCheckBox *m_unmatched;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_phoneLabel;
    QLineEdit *m_phone;
    QLabel *m_detailsLabel;
    QPlainTextEdit *m_details;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
