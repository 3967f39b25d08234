#pragma once
// A customer's full record and their consents. Opening it is a view of personal data, so
// SubjectService::view() records it in the audit log every time, and the dialog says so.
#include "core/domain/Records.h"

#include <QDialog>
#include <optional>

class ConsentTableModel;
class QFormLayout;
class QLabel;
class QTableView;

namespace cd {
class Session;
}

class SubjectDetailsDialog : public QDialog {
    Q_OBJECT
public:
    SubjectDetailsDialog(cd::Session &session, qint64 subjectId, QWidget *parent = nullptr);

    bool loaded() const { return m_subject.has_value(); }

private:
    void retranslateUi();
    void setRow(QLabel *field, const QString &label, const QString &value);

    cd::Session &m_session;
    std::optional<cd::Subject> m_subject;
    QString m_error;
    QLabel *m_auditNote = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_pseudonym = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_birth = nullptr;
    QLabel *m_minor = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_consentsLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    ConsentTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};
