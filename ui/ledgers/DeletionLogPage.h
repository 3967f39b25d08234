#pragma once
// The deletion log for officers and auditors: newest first, filtered by reason, location and
// dates; each entry's why, what, where, by whom and the vendor's receipt, with a details pane;
// and the chain check of both ledgers (LedgerVerifyBar).
#include <QWidget>

class DeletionLogModel;
class LedgerVerifyBar;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cd { class Session; }

class DeletionLogPage : public QWidget {
    Q_OBJECT
public:
    explicit DeletionLogPage(cd::Session &session, QWidget *parent = nullptr);

    DeletionLogModel *model() const { return m_model; }
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void reloadLocations();
    void updateCount();
    void showSelected();

    cd::Session &m_session;
    DeletionLogModel *m_model;
    bool m_allowed = true;
    QLabel *m_reasonLabel;
    QComboBox *m_reasonFilter;
    QLabel *m_locationLabel;
    QComboBox *m_locationFilter;
    QCheckBox *m_dateCheck;
    QDateEdit *m_fromEdit;
    QLabel *m_toLabel;
    QDateEdit *m_toEdit;
    QPushButton *m_refreshButton;
    LedgerVerifyBar *m_verify;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QLabel *m_countLabel;
};
