#pragma once
// The data-subject request queue: overdue first, then by working days left, coloured by them;
// filters by state and type that can never hide an overdue request; a line saying when a
// deadline is an estimate (a year without a calendar file counts Monday–Friday only); intake
// at the counter and, per request, the timeline and the actions its state allows.
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class RequestDetailDialog;
class RequestQueueModel;

namespace cd { class RequestService; class Session; class VendorWorker; }

class RequestsPage : public QWidget {
    Q_OBJECT
public:
    RequestsPage(cd::Session &session, cd::VendorWorker *vendors, QWidget *parent = nullptr);
    ~RequestsPage() override;

    RequestQueueModel *model() const { return m_model; }
    cd::RequestService &requests() const { return *m_requests; }
    void refresh();
    // Opens the request's detail dialog (window-modal, not blocking); returns it.
    RequestDetailDialog *openRequest(qint64 id);
    void newRequest();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateNotes();
    void openCurrent();

    cd::Session &m_session;
    cd::VendorWorker *m_vendors;
    std::unique_ptr<cd::RequestService> m_requests;
    RequestQueueModel *m_model;
    bool m_allowed = true;
    QPushButton *m_newButton;
    QPushButton *m_openButton;
    QPushButton *m_refreshButton;
    QLabel *m_stateLabel;
    QComboBox *m_stateFilter;
    QLabel *m_typeLabel;
    QComboBox *m_typeFilter;
    QCheckBox *m_closedCheck;
    QLabel *m_overdueNote;
    QLabel *m_estimateNote;
    QTableView *m_view;
    QLabel *m_legend;
    QLabel *m_countLabel;
};
