#pragma once
// The camera vendors: each running plugin host with its health (translated), restarts and last
// error, how many customers are enrolled there, and the plugins refused when checked, with the
// reason, as the vendor thread last reported them. The enrol button is here; the page carries it
// out (it talks to the vendors).
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cd {
class Session;
class VendorWorker;
}

class VendorStatusWidget : public QWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, VersionColumn, HealthColumn, RestartsColumn, EnrolledColumn, ErrorColumn,
                  ColumnCount };

    VendorStatusWidget(cd::Session &session, cd::VendorWorker &vendors, QWidget *parent = nullptr);

    void refresh();
    void setEditable(bool editable);
    QTreeWidget *view() const { return m_view; }
    QPushButton *enrollButton() const { return m_enrollButton; }
    QLabel *containmentLabel() const { return m_containment; }

signals:
    void enrollRequested();

private:
    void retranslateUi();

    cd::Session &m_session;
    QPointer<cd::VendorWorker> m_vendors;  // not owned; its hosts as last reported
    QLabel *m_intro;
    QTreeWidget *m_view;
    QPushButton *m_enrollButton;
    QLabel *m_enrollNote;
    QLabel *m_containment;  // what each running host reported about its sandbox
    bool m_columnsSized = false;
};
