#pragma once
// Keeps the vendors in step while the console is open: carries out due erasures, enrolls newly
// consented customers and fetches visitor counts on timers. One round at a time: vendor calls
// run a local event loop, and a timer firing inside it must not start a second round.
#include <QObject>
#include <QTimer>

namespace cd {

class VendorManager;

class VendorScheduler : public QObject {
    Q_OBJECT
public:
    explicit VendorScheduler(VendorManager &vendors, QObject *parent = nullptr);
    void start(int jobsMs = 30000, int countsMs = 15000);
    void stop();
    void runNow();  // e.g. right after a withdrawal or a registration

signals:
    void problem(const QString &message);  // translated; for the status bar

private:
    void round(bool counts);

    VendorManager &m_vendors;
    QTimer m_jobs;
    QTimer m_counts;
    bool m_busy = false;
};

} // namespace cd
