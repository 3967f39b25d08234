#pragma once
// The audit log for officers and auditors: newest first, filtered by action, and a check that
// walks both ledgers' hash chains and names the first broken row of each.
#include <QWidget>

class AuditTableModel;
class LedgerVerifyBar;
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
    LedgerVerifyBar *m_verify;
    QLabel *m_countLabel;
    QTableView *m_view;
};
