#pragma once
// The cameras page: the face-data filing counter on top, then the cameras and the signs of their
// zones, live visitor counts, the vendors' health and enrolment, and the vendor erasures still
// owed. Officers change modes, record signs, enroll and retry erasures; staff and auditors see
// the same page read-only (the services refuse anyway). Every call that talks to a vendor runs on
// the vendor thread (VendorWorker) under a progress dialog (BusyCall); its answer comes back to
// the page, or is dropped if the page went meanwhile (the console locked). The page does not own
// the worker.
#include "core/domain/CameraMode.h"

#include <QPointer>
#include <QWidget>

class DeviceModeDialog;
class DeviceTableModel;
class FilingCounterWidget;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class VendorJobsModel;
class VendorStatusWidget;
class VisitorChart;
class VisitorCountsModel;
class ZoneSignsWidget;

namespace cd {
class Session;
class VendorWorker;
}

class CamerasPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = 10000;

    CamerasPage(cd::Session &session, cd::VendorWorker &vendors, QWidget *parent = nullptr);
    ~CamerasPage() override;

    DeviceTableModel *deviceModel() const { return m_deviceModel; }
    VendorJobsModel *jobsModel() const { return m_jobsModel; }
    VisitorCountsModel *visitorModel() const { return m_visitorModel; }
    FilingCounterWidget *filingCounter() const { return m_filing; }
    ZoneSignsWidget *zoneSigns() const { return m_zones; }
    bool canManage() const { return m_canManage; }

public slots:
    void refreshAll();
    void openModeDialog();
    void enrollAllConsented();
    void retryJobs();
    void pollNow();
    void refreshOccupancy();  // asks the vendors for the people in view now (live, not stored)
    void retireSign(qint64 signId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildCamerasTab();
    QWidget *buildVisitorsTab();
    QWidget *buildJobsTab();
    void applyMode(DeviceModeDialog *dialog, cd::CameraMode mode, const QString &reason);
    void updateActions();
    void updateSummaries();
    void setStatus(const QString &text, bool problem = false);
    void retranslateUi();

    cd::Session &m_session;
    QPointer<cd::VendorWorker> m_vendors;
    bool m_canManage = false;

    DeviceTableModel *m_deviceModel;
    VendorJobsModel *m_jobsModel;
    VisitorCountsModel *m_visitorModel;

    QLabel *m_readOnlyNote = nullptr;
    FilingCounterWidget *m_filing = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_camerasTab = nullptr;
    QWidget *m_visitorsTab = nullptr;
    QWidget *m_jobsTab = nullptr;
    QLabel *m_devicesTitle = nullptr;
    QTableView *m_devicesView = nullptr;
    QPushButton *m_changeModeButton = nullptr;
    ZoneSignsWidget *m_zones = nullptr;
    bool m_askingOccupancy = false;
    QTableView *m_visitorTable = nullptr;
    VisitorChart *m_chart = nullptr;
    QLabel *m_visitorTotal = nullptr;
    VendorStatusWidget *m_vendorStatus = nullptr;
    QLabel *m_jobsSummary = nullptr;
    QTableView *m_jobsView = nullptr;
    QPushButton *m_retryButton = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_refreshSoon = nullptr;
    QTimer *m_pollTimer = nullptr;
    QString m_statusText;
    bool m_statusProblem = false;
};
