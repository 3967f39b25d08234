#pragma once
// One request: what was asked, its deadline, the whole timeline, the refusal letter if any, and
// buttons for exactly the actions the current state and the signed-in role allow (the one
// transition table, RequestRules); Fulfil when the request is ready and vendors are available.
#include "core/requests/RequestService.h"

#include <QDialog>
#include <map>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace cd { class Session; class VendorWorker; }

class RequestDetailDialog : public QDialog {
    Q_OBJECT
public:
    RequestDetailDialog(cd::Session &session, cd::RequestService &requests, cd::VendorWorker *vendors,
                        qint64 requestId, QWidget *parent = nullptr);

    // The actions of the table allowed from this row's state and pause for `role`.
    static QList<cd::RequestAction> allowedActions(const cd::RequestRow &row, cd::Role role);
    static bool canFulfil(const cd::RequestRow &row, cd::Role role);
    bool reload();
    const cd::RequestDetail &detail() const { return m_detail; }
    QPushButton *actionButton(cd::RequestAction action) const;

signals:
    void changed();  // an action ran: the queue should refresh

private:
    void retranslateUi();
    void showDetail();
    void runAction(cd::RequestAction action);
    void apply(cd::RequestAction action, const cd::RequestActionInput &input);
    void fulfil();

    cd::Session &m_session;
    cd::RequestService &m_requests;
    cd::VendorWorker *m_vendors;
    qint64 m_id;
    cd::RequestDetail m_detail;
    bool m_loaded = false;
    QLabel *m_summary;
    QLabel *m_estimate;
    QLabel *m_timelineLabel;
    QTableWidget *m_timeline;
    QLabel *m_letterLabel;
    QTextBrowser *m_letter;
    std::map<cd::RequestAction, QPushButton *> m_actions;
    QPushButton *m_fulfilButton;
    QPushButton *m_closeButton;
    QLabel *m_error;
};
