#pragma once
// Finds a customer by phone, pseudonym or name prefix (SubjectService::search: masked results,
// not a view of personal data) for the intake and identity dialogs.
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace cd { class Session; }

class SubjectPicker : public QWidget {
    Q_OBJECT
public:
    explicit SubjectPicker(cd::Session &session, QWidget *parent = nullptr);

    qint64 subjectId() const;  // 0: none chosen
    QString pseudonym() const;
    void search();

signals:
    void chosen();  // the choice changed (possibly to none)

private:
    void retranslateUi();

    cd::Session &m_session;
    QLineEdit *m_edit;
    QTimer *m_delay;
    QListWidget *m_results;
    QLabel *m_status;
};
