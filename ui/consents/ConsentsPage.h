#pragma once
// The consents page: the part store staff use at the counter. A searchable, filterable list of
// consents (masked, paged: smooth at a million rows) with the actions register, withdraw and
// view a customer's details. Buttons follow the role; the services refuse anyway.
#include <QWidget>

class ConsentTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cd {
class Session;
}

class ConsentsPage : public QWidget {
    Q_OBJECT
public:
    explicit ConsentsPage(cd::Session &session, QWidget *parent = nullptr);

    ConsentTableModel *model() const { return m_model; }

public slots:
    void reloadList();
    void openRegisterDialog();
    void openWithdrawDialog();
    void openDetailsDialog();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void loadPurposeFilter();
    void updateActions();
    void updateStatusLine();
    void retranslateUi();

    cd::Session &m_session;
    ConsentTableModel *m_model = nullptr;
    bool m_columnsSized = false;

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_purposeFilter = nullptr;
    QCheckBox *m_renewalCheck = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_statusLine = nullptr;
    QPushButton *m_registerButton = nullptr;
    QPushButton *m_withdrawButton = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
};
