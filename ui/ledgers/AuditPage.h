#pragma once
// The audit log for officers and auditors: newest first, filtered by action, and a check
// that walks the hash chain and names the first broken row.
#include <QWidget>

class AuditTableModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cd { class Session; }

class AuditPage : public QWidget {
    Q_OBJECT
public:
    explicit AuditPage(cd::Session &session, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    void verifyChain();
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateCount();

    cd::Session &m_session;
    AuditTableModel *m_model;
    bool m_allowed = true;
    QLabel *m_filterLabel;
    QLineEdit *m_filterEdit;
    QTimer *m_filterDelay;
    QPushButton *m_refreshButton;
    QPushButton *m_verifyButton;
    QLabel *m_verifyLabel;
    QLabel *m_countLabel;
    QTableView *m_view;
};
